// Every real-world shape of fixtures/real-world (generated from fixtures/2019.csv by
// test/fixtures-src/make-real-world.mjs) must give exactly the figures of its canonical twin,
// or fail with its documented code, location and hint.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads, transcript } from '../helpers/cli.js';

const CONFIG = ['--config', 'fixtures/thads.config.json'];
const RW = 'fixtures/real-world';

async function jsonOf(args: readonly string[]): Promise<{ body: unknown; warnings: unknown[]; stderr: string; code: number }> {
  const r = await runThads(['summarize', ...args, ...CONFIG, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  const { warnings, ...body } = JSON.parse(r.stdout) as { warnings: unknown[] };
  return { body, warnings, stderr: r.stderr, code: r.code };
}

const SAME_AS_TWIN: [string, string[]][] = [
  ['vi-excel-semicolon-bom', [`${RW}/vi-excel-semicolon-bom/bao-cao-2019.csv`]],
  ['utf16le', [`${RW}/utf16le/bao-cao-2019.txt`]],
  ['windows-1258', ['--encoding', 'windows-1258', `${RW}/windows-1258/bao-cao-2019.csv`]],
  ['title-and-unit-lines', [`${RW}/title-and-unit-lines/bao-cao-2019.csv`]],
  ['totals-row-ok', [`${RW}/totals-row-ok/bao-cao-2019.csv`]],
  // accepted on request only: by default a contradicted total is refused (below)
  ['totals-row-mismatch', ['--accept-total-mismatch', `${RW}/totals-row-mismatch/bao-cao-2019.csv`]],
  ['split-cases-money', [`${RW}/split-cases-money/bao-cao-viec-2019.csv`, `${RW}/split-cases-money/bao-cao-tien-2019.csv`]],
  ['nfd-headers', [`${RW}/nfd-headers/bao-cao-2019.csv`]],
  ['en-numbers', [`${RW}/en-numbers/report-2019.tsv`]],
  ['quoted-names-with-commas', [`${RW}/quoted-names-with-commas/bao-cao-2019.csv`]],
  ['crlf', [`${RW}/crlf/bao-cao-2019.csv`]],
];

describe('real-world shapes read as their canonical twin', () => {
  it.each(SAME_AS_TWIN)('%s gives exactly the groups and total of fixtures/2019.csv', async (_name, args) => {
    const twin = await jsonOf(['fixtures/2019.csv']);
    const shape = await jsonOf(args);
    expect(shape.body).toEqual(twin.body);
  });

  it.each(SAME_AS_TWIN.filter(([name]) => name !== 'totals-row-mismatch'))('%s reads without a warning', async (_name, args) => {
    const shape = await jsonOf(args);
    expect(shape.warnings).toEqual([]);
    expect(shape.stderr).toBe('');
  });

  it('money in nghìn đồng comes out in exact đồng', async () => {
    // Mỹ Lộc's money carried over is written "16.201.577,4875" (nghìn đồng) in the file.
    const shape = await jsonOf([`${RW}/vi-excel-semicolon-bom/bao-cao-2019.csv`]);
    const groups = (shape.body as { groups: { district: string; money: { carriedOver: string } }[] }).groups;
    expect(groups.find((g) => g.district === 'Mỹ Lộc')!.money.carriedOver).toBe('16201577487.5');
  });
});

describe('real-world shapes that must not be read silently', () => {
  it('totals-row-mismatch: the declared total row is checked, the wrong cell named, and the sum refused', async () => {
    const r = await runThads(['summarize', `${RW}/totals-row-mismatch/bao-cao-2019.csv`, ...CONFIG, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The total row is line 2, right below the header; column 10 is cases with conditions
    // (STT, Tỉnh, Đơn vị, then 7 case fields up to it); the offices add up to 5871.
    expect(r.stderr).toBe(
      `${RW}/totals-row-mismatch/bao-cao-2019.csv:2:10: error: declared total "Tổng cộng" has cases with conditions 5872, but the office rows add up to 5871 [DECLARED_TOTAL_MISMATCH]\n` +
        '  hint: the total row does not equal the sum of the office rows; one of them is wrong (summarize refuses it; --accept-total-mismatch prints the sum of the office rows anyway)\n' +
        'thads: 1 error in the input; nothing was summed\n',
    );
    const accepted = await runThads(['summarize', `${RW}/totals-row-mismatch/bao-cao-2019.csv`, ...CONFIG, '--format', 'json', '--accept-total-mismatch']);
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toContain(':2:10: warning: declared total "Tổng cộng"');
    const strict = await runThads(['summarize', `${RW}/totals-row-mismatch/bao-cao-2019.csv`, ...CONFIG, '--format', 'json', '--accept-total-mismatch', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('ambiguous-numbers: refused with the first ambiguous cell and the flag to pass', async () => {
    const r = await runThads(['summarize', `${RW}/ambiguous-numbers/bao-cao-2019.csv`, ...CONFIG, '--format', 'json']);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/real-world-ambiguous.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('ambiguous-numbers: --number-format vi reads "28.329" triệu as 28 329 000 000 đồng', async () => {
    const { body } = await jsonOf(['--number-format', 'vi', `${RW}/ambiguous-numbers/bao-cao-2019.csv`]);
    const first = (body as { groups: { district: string; money: { carriedOver: string } }[] }).groups[0]!;
    // 28 328 815 335 đồng rounded to whole triệu in the generator.
    expect(first.district).toBe('Thành phố Nam Định');
    expect(first.money.carriedOver).toBe('28329000000');
  });

  it('windows-1258 without --encoding: invalid UTF-8 with its byte offset and the hint', async () => {
    const r = await runThads(['summarize', `${RW}/windows-1258/bao-cao-2019.csv`, ...CONFIG, '--format', 'json']);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/real-world-windows-1258-no-flag.txt');
    expect(r.code).toBe(1);
  });

  // --encoding is for files that state none (round 21, finding 05: one windows-1258 office file
  // beside UTF-8 ones with a byte order mark could not be summed in one run).
  it('a byte order mark wins over --encoding: utf16le given --encoding utf-8 is read as UTF-16, never as garbage', async () => {
    const forced = await runThads(['summarize', '--encoding', 'utf-8', `${RW}/utf16le/bao-cao-2019.txt`, ...CONFIG, '--format', 'json']);
    const plain = await runThads(['summarize', `${RW}/utf16le/bao-cao-2019.txt`, ...CONFIG, '--format', 'json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).total).toEqual(JSON.parse(plain.stdout).total);
    expect(JSON.parse(forced.stdout).total.cases.resolved).toBe('5513');
  });

  it('--encoding windows-1258 over a folder of one windows-1258 file and UTF-8 ones with a BOM reads each right', async () => {
    const both = await runThads(['summarize', '--encoding', 'windows-1258', `${RW}/windows-1258/bao-cao-2019.csv`, `${RW}/vi-excel-semicolon-bom/bao-cao-2019.csv`, ...CONFIG, '--format', 'json']);
    // the same report twice: refused as one office given twice, which only a right reading of both files can tell
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('[DUPLICATE_INPUT]');
    expect(both.stderr).not.toContain('NO_HEADER');
  });
});

describe('small hand-checked file: "-" for zero, decimal commas, a signature line, --delimiter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-rw-'));
  const path = join(dir, 'tong-hop-2019.csv');
  writeFileSync(
    path,
    'Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (nghìn đồng);Tiền giải quyết xong (nghìn đồng)\n' +
      'A;1.050;-;490.712.345,678;-\n' +
      'B;2;2;0,5;0,25\n' +
      ';;;Người lập biểu;\n',
  );

  it('sums exactly in đồng', async () => {
    const r = await runThads(['summarize', path, '--format', 'json', '--by', 'none']);
    expect(r.stderr).toBe('');
    const total = (JSON.parse(r.stdout) as { total: { cases: Record<string, string>; money: Record<string, string> } }).total;
    // 1.050 cases (a count, so Vietnamese grouping) + 2; "-" is 0.
    expect(total.cases.withConditions).toBe('1052');
    expect(total.cases.resolved).toBe('2');
    // 490 712 345,678 nghìn + 0,5 nghìn = 490 712 345 678 + 500 đồng; 0,25 nghìn = 250 đồng.
    expect(total.money.withConditions).toBe('490712346178');
    expect(total.money.resolved).toBe('250');
  });

  it('a wrong --delimiter finds no header instead of guessing', async () => {
    const r = await runThads(['summarize', path, '--delimiter', ',']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path}:1: error: no header row found [NO_HEADER]`);
  });
});
