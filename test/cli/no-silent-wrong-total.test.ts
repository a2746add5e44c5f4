// Issue 12: every way a real file was seen mis-summed, each with exit 0 and nothing on stderr.
// The rule: a wrong total never leaves thads with exit 0 — each file below is refused (exit 1
// or 2, located message, nothing on stdout) or read right (its TOTAL equals the sum of the
// offices computed here with BigInt, independently of thads).
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { openText } from '../../src/input/decode.js';
import { collect } from '../../src/collect.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { ThadsError } from '../../src/errors.js';

const SEED = readFileSync('fixtures/2019.csv', 'utf8').trim().split('\n');
const HEADER = SEED[0]!.split(',');
const OFFICES = SEED.slice(1).map((l) => l.split(','));

/** Column-wise exact sums of rows of canonical cells (figures from column 2 on). */
function sumRows(rows: readonly string[][]): string[] {
  const out: string[] = [];
  for (let i = 2; i < HEADER.length; i++) {
    const scale = Math.max(...rows.map((r) => (r[i]!.split('.')[1] ?? '').length));
    let s = 0n;
    for (const r of rows) {
      const [a, b = ''] = r[i]!.split('.');
      s += BigInt(a! + b.padEnd(scale, '0'));
    }
    let t = s.toString();
    if (scale > 0) {
      t = t.padStart(scale + 1, '0');
      t = `${t.slice(0, -scale)}.${t.slice(-scale)}`.replace(/\.?0+$/, '');
    }
    out.push(t);
  }
  return out;
}
const TRUE_TOTAL = sumRows(OFFICES);
const CASES_WITH_CONDITIONS = HEADER.indexOf('cases_with_conditions');

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'thads-i12-'));
}

function write(d: string, name: string, lines: readonly string[]): string {
  const file = join(d, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function summarize(files: readonly string[], ...flags: string[]) {
  return runThads(['summarize', ...files, '--by', 'none', '--format', 'csv', '--year', '2019', ...flags]);
}

/** The TOTAL row's cases_with_conditions, or null when thads refused (and then nothing on stdout). */
function totalWithConditions(r: { code: number; stdout: string }): string | null {
  if (r.code !== 0) {
    expect(r.stdout).toBe('');
    return null;
  }
  const lines = r.stdout.trim().split('\n');
  const header = lines[0]!.split(',');
  return lines[lines.length - 1]!.split(',')[header.indexOf('cases_with_conditions')]!;
}

describe('1. the same data twice is never added', () => {
  const d = dir();
  const file = write(d, '2019.csv', SEED);
  copyFileSync(file, join(d, '2019 (1).csv'));
  symlinkSync(file, join(d, 'link-2019.csv'));
  it.each([
    ['the same path twice', [file, file]],
    ['./ and the plain path', [file, `${d}/./2019.csv`]],
    ['a symlink', [file, join(d, 'link-2019.csv')]],
    ['a downloaded-twice copy', [file, join(d, '2019 (1).csv')]],
  ])('%s: refused, naming both files', async (_name, files) => {
    const r = await summarize(files);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
    expect(r.stderr).toContain(file);
  });

  it('the same offices in two different files: refused, naming both', async () => {
    const a = write(d, 'a-2019.csv', SEED.slice(0, 4));
    const b = write(d, 'b-2019.csv', [SEED[0]!, ...SEED.slice(3, 6)]);
    const r = await summarize([a, b]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b-2019\.csv:2: error: cases of "Vụ Bản" \(2019\) are given again: .*a-2019\.csv:4 already gave them/);
  });

  it('check --strict fails a copy too', async () => {
    const r = await runThads(['check', '--strict', file, join(d, '2019 (1).csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[DUPLICATE_INPUT]');
  });

  it('split việc / tiền files still join', async () => {
    const split = dir();
    const caseCols = HEADER.map((h, i) => (i < 2 || h.startsWith('cases_') ? i : -1)).filter((i) => i >= 0);
    const moneyCols = HEADER.map((h, i) => (i < 2 || h.startsWith('money_') ? i : -1)).filter((i) => i >= 0);
    const viec = write(split, 'viec-2019.csv', SEED.map((l) => caseCols.map((i) => l.split(',')[i]).join(',')));
    const tien = write(split, 'tien-2019.csv', SEED.map((l) => moneyCols.map((i) => l.split(',')[i]).join(',')));
    const r = await summarize([viec, tien]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalWithConditions(r)).toBe(TRUE_TOTAL[CASES_WITH_CONDITIONS - 2]);
  });

  it('per-office files: a copy "(1)" names the same office', async () => {
    const po = dir();
    const one = write(po, 'Mỹ Lộc.csv', [SEED[0]!.replace('province,district,', 'province,'), SEED[2]!.split(',').filter((_, i) => i !== 1).join(',')]);
    copyFileSync(one, join(po, 'Mỹ Lộc (1).csv'));
    writeFileSync(join(po, 'Mỹ Lộc (1).csv'), `${readFileSync(one, 'utf8')}\n`); // not the same bytes
    const r = await summarize([one, join(po, 'Mỹ Lộc (1).csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('per-office files: a changed copy "~1" names the same office, never a second one summed beside it', async () => {
    const po = dir();
    const header = 'Việc tổng số thụ lý,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
    const one = write(po, 'Mỹ Lộc 2019.csv', [header, '701,586,520,13']);
    const copy = write(po, 'Mỹ Lộc 2019~1.csv', [header, '701,586,498,13']);
    const r = await summarize([one, copy]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });
});

/** The seed's offices with rows inserted, canonical columns plus an STT column in front. */
function withStt(rows: readonly (readonly [string, string, string, readonly string[]])[]): string[] {
  return [`STT,${HEADER.join(',')}`, ...rows.map(([stt, province, name, figures]) => [stt, province, name, ...figures].join(','))];
}
const PROVINCIAL = OFFICES.slice(0, 1);
const REGIONAL = OFFICES.slice(1);

describe('2–3. subtotal and total rows are never counted as offices', () => {
  const offices = (rows: string[][], from = 1) => rows.map((r, i) => [String(i + from), r[0]!, r[1]!, r.slice(2)] as const);
  const cases: [string, string[]][] = [
    [
      'the 2025 shape: Tổng cộng, Cấp tỉnh, Các Phòng Thi hành án dân sự khu vực',
      withStt([
        ['', '', 'Tổng cộng', TRUE_TOTAL],
        ['I', '', 'Cấp tỉnh', sumRows(PROVINCIAL)],
        ...offices(PROVINCIAL),
        ['II', '', 'Các Phòng Thi hành án dân sự khu vực', sumRows(REGIONAL)],
        ...offices(REGIONAL),
      ]),
    ],
    [
      'no Tổng cộng; Cấp tỉnh / Cấp huyện',
      withStt([['I', '', 'Cấp tỉnh', sumRows(PROVINCIAL)], ...offices(PROVINCIAL), ['II', '', 'Cấp huyện', sumRows(REGIONAL)], ...offices(REGIONAL)]),
    ],
    ['a "Phòng THADS khu vực" without a number above its offices', withStt([...offices(PROVINCIAL), ['', '', 'Phòng THADS khu vực', sumRows(REGIONAL)], ...offices(REGIONAL, 2)])],
    ['"Chi cục THADS cấp huyện" above its offices', withStt([...offices(PROVINCIAL), ['', '', 'Chi cục THADS cấp huyện', sumRows(REGIONAL)], ...offices(REGIONAL, 2)])],
    ['a section closing below its offices ("Cộng khối")', withStt([...offices(PROVINCIAL), ...offices(REGIONAL, 2), ['', '', 'Cộng khối Phòng khu vực', sumRows(REGIONAL)]])],
    ['"Cấp tỉnh" holding the Cục\'s own figures (heads no office)', withStt([['I', PROVINCIAL[0]![0]!, 'Cấp tỉnh', PROVINCIAL[0]!.slice(2)], ['II', '', 'Cấp huyện', sumRows(REGIONAL)], ...offices(REGIONAL)])],
    ['a Roman-numbered section under an office-like name', withStt([...offices(PROVINCIAL), ['II', '', 'Khu vực phía Nam', sumRows(REGIONAL)], ...offices(REGIONAL)])],
    ['the Roman number in the name cell ("II. Khu vực phía Nam")', withStt([...offices(PROVINCIAL), ['', '', 'II. Khu vực phía Nam', sumRows(REGIONAL)], ...offices(REGIONAL)])],
    ['Roman numbers on offices that head nothing', withStt(OFFICES.map((r, i) => [['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i]!, r[0]!, r[1]!, r.slice(2)] as const))],
    ...['Toàn ngành', 'Tổng số chung', 'Cộng chung', 'TOÀN TỈNH', 'Tổng cộng toàn tỉnh', 'Toàn quốc', 'Total'].map(
      (label): [string, string[]] => [`a total labelled "${label}" at the bottom`, withStt([...offices(OFFICES), ['', '', label, TRUE_TOTAL]])],
    ),
  ];
  it.each(cases)('%s: read right', async (_name, lines) => {
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', lines)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalWithConditions(r)).toBe(TRUE_TOTAL[CASES_WITH_CONDITIONS - 2]);
  });

  it.each([
    ['a total under a label nobody listed ("Tỉnh Nam Định"), no Tổng cộng', withStt([...offices(OFFICES), ['', 'Nam Định', 'Tỉnh Nam Định', TRUE_TOTAL]]), /line 12 "Tỉnh Nam Định" looks like a total row: its figures equal the sum of all the other 10 rows/],
    ['a subtotal under an unknown label above its offices', withStt([...offices(PROVINCIAL), ['', '', 'Huyện và khu vực', sumRows(REGIONAL)], ...offices(REGIONAL, 2)]), /line 3 "Huyện và khu vực" looks like a subtotal row: its figures equal the sum of lines 4–12 below it/],
    ['a Roman-numbered row that heads offices but is not their sum', withStt([...offices(PROVINCIAL), ['II', '', 'Khu vực phía Nam', sumRows(REGIONAL.slice(1))], ...offices(REGIONAL)]), /heads the rows below it as a section, but its cases carried over/],
    ['a Tổng cộng that a counted subtotal contradicts', withStt([['', '', 'Tổng cộng', TRUE_TOTAL], ...offices(PROVINCIAL), ['', '', 'Huyện và khu vực', sumRows(REGIONAL)], ...offices(REGIONAL, 2)]), /the difference is exactly line 4 "Huyện và khu vực", counted as an office/],
  ])('%s: refused', async (_name, lines, message) => {
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', lines)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a row that only looks like a total is counted with --no-total-guess, with a warning', async () => {
    const lines = withStt([...offices(OFFICES), ['', 'Nam Định', 'Tỉnh Nam Định', TRUE_TOTAL]]);
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', lines)], '--no-total-guess');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: line 12 "Tỉnh Nam Định" looks like a total row');
  });

  it('check reports them with a stable code and a location', async () => {
    const lines = withStt([...offices(OFFICES), ['', 'Nam Định', 'Tỉnh Nam Định', TRUE_TOTAL]]);
    const file = write(dir(), 'bao-cao-2019.csv', lines);
    const r = await runThads(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:12: error: line 12 "Tỉnh Nam Định" looks like a total row`);
    expect(r.stdout).toContain('[SUSPECTED_TOTAL_ROW]');
  });
});

describe('4. money units are never misread', () => {
  const title = (unitLine: string) => [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019${','.repeat(HEADER.length - 1)}`, `${unitLine}${','.repeat(HEADER.length - 1)}`];
  // The seed's money in nghìn đồng: every amount ÷ 1000, written with three decimals where needed.
  const inThousands = (rows: string[][]) =>
    rows.map((r) =>
      r.map((v, i) => {
        if (!HEADER[i]!.startsWith('money_')) return v;
        const [a, b = ''] = v.split('.');
        const digits = (a! + b).padStart(4 + b.length, '0');
        const point = digits.length - 3 - b.length;
        return `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '');
      }),
    );
  const body = [HEADER.join(','), ...inThousands(OFFICES).map((r) => r.join(','))];
  const moneyWithConditions = HEADER.indexOf('money_with_conditions');

  it.each(['(Đơn vị tính: nghìn đồng)', 'Đơn vị: nghìn đồng', 'Đơn vị tính: Ngàn đồng', 'ĐVT: ngđ', 'Đơn vị tính: 1.000 đồng', 'Đơn vị tính: Việc; nghìn đồng', '"Đơn vị tính: việc, 1.000đ"'])(
    'unit line %s: money read in nghìn đồng',
    async (unit) => {
      const r = await summarize([write(dir(), 'bao-cao-2019.csv', [...title(unit), ...body])]);
      expect(r.code, r.stderr).toBe(0);
      const last = r.stdout.trim().split('\n').pop()!.split(',');
      const header = r.stdout.split('\n')[0]!.split(',');
      expect(last[header.indexOf('money_with_conditions')]).toBe(TRUE_TOTAL[moneyWithConditions - 2]);
    },
  );

  it.each(['(Tr.đồng)', '(tr.đ)', '(triệu đồng)'])('header unit %s: money read in triệu đồng', async (unit) => {
    const header = HEADER.map((h) => (h.startsWith('money_') ? `${h.replace(/_/g, ' ')} ${unit}` : h));
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', [header.join(','), `Nam Định,Mỹ Lộc,${OFFICES[1]!.slice(2).map((v, i) => (HEADER[i + 2]!.startsWith('money_') ? '"1,5"' : v)).join(',')}`])], '--number-format', 'vi');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',1500000,');
  });

  it.each(['(nghìn đ)', '(ng.đ)', '(1.000 đ)'])('header unit %s: money read in nghìn đồng', async (unit) => {
    const header = HEADER.map((h) => (h.startsWith('money_') ? `${h.replace(/_/g, ' ')} ${unit}` : h));
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', [header.join(','), ...inThousands(OFFICES).map((r) => r.join(','))])]);
    expect(r.code, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!.split(',');
    expect(last[r.stdout.split('\n')[0]!.split(',').indexOf('money_with_conditions')]).toBe(TRUE_TOTAL[moneyWithConditions - 2]);
  });

  it.each(['Đơn vị tính: USD', 'Đơn vị tính: 10.000 đồng', 'ĐVT: nghìn USD'])('unit line %s: refused, naming it', async (unit) => {
    const file = write(dir(), 'bao-cao-2019.csv', [...title(unit), ...body]);
    const r = await summarize([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:2:1: error: the unit line "${unit}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('a header unit that names money but cannot be read: refused', async () => {
    const header = HEADER.map((h) => (h === 'money_with_conditions' ? 'Tiền có điều kiện (USD)' : h));
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', [header.join(','), ...OFFICES.map((o) => o.join(','))])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
  });

  it('a group cell carries the unit of the money under it ("Về tiền (nghìn đồng)")', async () => {
    const group = HEADER.map((h, i) => (h === 'money_carried_over' ? 'Về tiền (nghìn đồng)' : h === 'cases_carried_over' ? 'Về việc' : i === 1 ? '' : ''));
    const plain = HEADER.map((h) => h.replace(/^(cases|money)_/, ''));
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', [group.join(','), plain.join(','), ...inThousands(OFFICES).map((r) => r.join(','))])]);
    expect(r.code, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!.split(',');
    expect(last[r.stdout.split('\n')[0]!.split(',').indexOf('money_with_conditions')]).toBe(TRUE_TOTAL[moneyWithConditions - 2]);
  });

  it('a unit written in a cell of the header row itself', async () => {
    const lines = [`${HEADER.join(',')},ĐVT: nghìn đồng`, ...inThousands(OFFICES).map((r) => `${r.join(',')},`)];
    const r = await summarize([write(dir(), 'bao-cao-2019.csv', lines)], '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!.split(',');
    expect(last[r.stdout.split('\n')[0]!.split(',').indexOf('money_with_conditions')]).toBe(TRUE_TOTAL[moneyWithConditions - 2]);
  });

  it('inspect names the unit and where it came from', async () => {
    const r = await runThads(['inspect', write(dir(), 'bao-cao-2019.csv', [...title('(Đơn vị tính: nghìn đồng)'), ...body])]);
    expect(r.stdout).toMatch(/thousand.*unit line/);
  });
});

describe('5. ragged rows are errors, never zeros', () => {
  it('a row cut off: named with its cell count (summarize and check)', async () => {
    const file = write(dir(), '2019.csv', [SEED[0]!, SEED[1]!, SEED[2]!.split(',').slice(0, 30).join(','), ...SEED.slice(3)]);
    const r = await summarize([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:31: error: this row has 30 cells, but the header has 35 [RAGGED_ROW]`);
    const c = await runThads(['check', file]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('[RAGGED_ROW]');
  });

  it('a row shifted by a stray delimiter: its extra cell is named', async () => {
    const file = write(dir(), '2019.csv', [SEED[0]!, SEED[1]!, SEED[2]!.replace(',Mỹ Lộc,', ',Mỹ,Lộc,'), ...SEED.slice(3)]);
    const r = await summarize([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:36: error: this row has a value in cell 36, beyond the header's 35 columns [RAGGED_ROW]`);
  });

  it('trailing empty cells and short rows without figures (signatures) are fine', async () => {
    const file = write(dir(), '2019.csv', [`${SEED[0]!},`, ...SEED.slice(1).map((l) => `${l},`), 'Người lập biểu,,Thủ trưởng đơn vị']);
    const r = await summarize([file]);
    expect(r.code, r.stderr).toBe(0);
    expect(totalWithConditions(r)).toBe(TRUE_TOTAL[CASES_WITH_CONDITIONS - 2]);
  });
});

describe('6. a file that changes while it is read is an I/O error', () => {
  it('the fast path: the file shrinks after the first read', async () => {
    const file = write(dir(), '2019.csv', SEED);
    const chunk = fastPath.chunkBytes;
    fastPath.chunkBytes = 256;
    let truncated = false;
    const progress = { expect: () => {}, advance: () => { if (!truncated) (truncated = true), truncateSync(file, 600); }, finish: () => {} };
    try {
      await expect(collect([file], { matcher: new HeaderMatcher(), numberFormat: 'auto' }, ['district'], progress)).rejects.toThrow(/changed while it was read/);
    } finally {
      fastPath.chunkBytes = chunk;
    }
  });

  it('the reference reader: the file shrinks after the first chunk', async () => {
    const file = write(dir(), 'big.csv', Array.from({ length: 20_000 }, (_, i) => `line ${i},${'x'.repeat(20)}`));
    const text = await openText(file);
    const it = text.chunks[Symbol.asyncIterator]();
    await it.next();
    truncateSync(file, 1000);
    const drain = async () => {
      for (let n = await it.next(); !n.done; n = await it.next());
    };
    const err = await drain().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThadsError);
    expect((err as ThadsError).code).toBe('IO_ERROR');
  });
});

describe('7. an office column nobody named is never one office', () => {
  it.each(['Đơn vị báo cáo', 'Cơ quan', 'Đơn vị thi hành án', 'Tên cơ quan', 'Tên đơn vị'])('"%s" is the office column', async (name) => {
    const file = write(dir(), '2019.csv', [SEED[0]!.replace(',district,', `,${name},`), ...SEED.slice(1)]);
    const r = await runThads(['summarize', file, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(12); // header, 10 offices, TOTAL
  });

  it('an unknown column of names: refused, naming it', async () => {
    const file = write(dir(), '2019.csv', [SEED[0]!.replace(',district,', ',Tên ĐV,'), ...SEED.slice(1)]);
    const r = await runThads(['summarize', file, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:1:2: error: no office column is named, and column 2 "Tên ĐV" holds a different name on each row`);
    expect(r.stderr).toContain('"aliases": { "Tên ĐV": "district" }');
  });

  it('one row per enforcer in a per-office file stays one office', async () => {
    const header = ['Chấp hành viên', ...HEADER.slice(2)].join(',');
    const file = write(dir(), 'Mỹ Lộc 2019.csv', [header, `Nguyễn Văn A,${OFFICES[1]!.slice(2).join(',')}`, `Trần Thị B,${OFFICES[2]!.slice(2).join(',')}`]);
    const r = await runThads(['summarize', file, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('8–9. options that cannot hold are usage errors', () => {
  it('--previous of the same or a later year', async () => {
    // the input itself is refused before its year is asked (previous-year.test.ts)
    const same = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2019.csv', '--format', 'csv']);
    expect(same.code).toBe(2);
    expect(same.stdout).toBe('');
    expect(same.stderr).toContain('--previous fixtures/2019.csv is the input file fixtures/2019.csv (named twice)');
    const later = await runThads(['summarize', 'fixtures/2018.csv', '--previous', 'fixtures/2019.csv', '--format', 'csv']);
    expect(later.code).toBe(2);
    expect(later.stdout).toBe('');
    expect(later.stderr).toContain('--previous must be an earlier year than the input: it holds 2019, the input 2018');
  });

  it.each(['150', '100.5', '-1'])('--target-cases %s', async (value) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', `--target-cases=${value}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('a file with a Tổng cộng per year', () => {
  it('each total is checked against its own year, and --year keeps one', async () => {
    const header = `year,${HEADER.join(',')}`;
    const year = (y: number) => [...OFFICES.map((o) => `${y},${o.join(',')}`), `${y},,Tổng cộng,${TRUE_TOTAL.join(',')}`];
    const file = write(dir(), 'bao-cao.csv', [header, ...year(2018), ...year(2019)]);
    const both = await runThads(['summarize', file, '--by', 'year', '--format', 'csv']);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stderr).toBe('');
    const one = await runThads(['summarize', file, '--year', '2019', '--by', 'none', '--format', 'csv']);
    expect(totalWithConditions(one)).toBe(TRUE_TOTAL[CASES_WITH_CONDITIONS - 2]);
  });
});
