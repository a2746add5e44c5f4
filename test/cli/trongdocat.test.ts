// An of-which line naming a CATEGORY of cases ("Trong đó: án tín dụng, ngân hàng", "Trong đó: án
// hình sự", "Trong đó: việc thi hành án chủ động", "Riêng án tín dụng:") as a heading row without
// figures below the offices, over office rows NOT given above: those rows are that part of the
// offices' figures, not offices of the table. Was added as more offices, exit 0, no warning: Nam
// Định 2024, Mỹ Lộc 100/80/60 + Vụ Bản 200/150/120, then the block Ý Yên 30/20/10 + Nghĩa Hưng
// 40/30/20 → TOTAL 370 / 280 / 210 (the table's is 300 / 230 / 180). Now refused SECOND_TABLE at
// the heading (second-table.ts; the rule row-labels.ts opensCasePart), both readers and xlsx.
// Near shapes keep their reading: "Trong đó:" alone (and "Trong đó gồm:", since trongdogom) under "Tổng cộng" over the offices, levels,
// "Cục" and "Các Chi cục" lines, a group of offices ("Trong đó: các Phòng THADS khu vực").
// Every total below is computed by hand from the figures written here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { opensCasePart } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases', '--year', '2024'];
const { both } = bothReaders('thads-trongdocat-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-trongdocat-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;', 'Đơn vị tính: việc;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const OFFICES = ['1;Mỹ Lộc;100;80;60', '2;Vụ Bản;200;150;120'];
const BLOCK = ['1;Ý Yên;30;20;10', '2;Nghĩa Hưng;40;30;20'];
const file = (heading: string, block: readonly string[] = BLOCK) => [HEAD, ...OFFICES, `;${heading};;;`, ...block];
const titled = (lines: readonly string[]) => [...TITLE, ...lines];

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved']);

/** `lines` (';'-separated) written as a CSV with commas (quoted where a cell holds one) or as a workbook; its path. */
async function write(name: string, lines: readonly string[]): Promise<string> {
  const path = join(dir, name);
  if (name.endsWith('.csv')) {
    writeFileSync(path, `${lines.map((l) => l.split(';').map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`);
    return path;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  await wb.xlsx.writeFile(path);
  return path;
}

/** The real binary on `lines` written as `name`; messages name the file FILE. */
async function binary(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const path = await write(name, lines);
  const r = spawnThads(['summarize', path, ...args]);
  return { ...r, stderr: r.stderr.split(path).join('FILE') };
}

function refused(r: { code: number; stdout: string; stderr: string }, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toEqual(['SECOND_TABLE']);
}

describe('an of-which line naming a kind of cases over offices not given above: refused SECOND_TABLE', () => {
  const MESSAGE = 'error: below "Trong đó: án tín dụng, ngân hàng", an of-which line naming a kind of cases, come office rows ("Ý Yên" here, ';

  it('the binary on the hunter\'s nd2024.csv (title and unit lines, commas): at the heading, line 6 (was exit 0, TOTAL 370 / 280 / 210)', async () => {
    const r = await binary('nd2024.csv', titled(file('Trong đó: án tín dụng, ngân hàng')), ['--format', 'csv']);
    refused(r, 'titled');
    expect(r.stderr).toContain(`FILE:6:2: ${MESSAGE}line 7)`);
    expect(r.stderr).toContain('hint: the rows under an of-which line');
  });

  it('the binary on the plain CSV (byte scanner first) and the xlsx twins: the same refusal, located', async () => {
    const plain = await binary('nd-plain-2024.csv', file('Trong đó: án tín dụng, ngân hàng'));
    refused(plain, 'plain');
    expect(plain.stderr).toContain(`FILE:4:2: ${MESSAGE}line 5)`);
    const x = await binary('nd2024.xlsx', titled(file('Trong đó: án tín dụng, ngân hàng')), ['--format', 'csv']);
    refused(x, 'xlsx');
    expect(x.stderr).toContain(`FILE:Sheet1!B6: ${MESSAGE}row 7)`);
    refused(await binary('nd-plain-2024.xlsx', file('Trong đó: án tín dụng, ngân hàng')), 'xlsx plain');
  });

  it('other kinds and ways of writing the heading, both readers, plain and titled', async () => {
    const headings = [
      'Trong đó: án tín dụng, ngân hàng',
      'Trong đó: án hình sự',
      'Trong đó: việc thi hành án chủ động',
      'Riêng án tín dụng:',
      'TRONG ĐÓ: ÁN HÌNH SỰ',
      'Trong đó án hành chính:',
      'Trong số đó: các vụ án tham nhũng',
      'Trong đó: - Án dân sự',
      'T.đó: án kinh doanh thương mại',
      'Trong đó: thi hành án cho tổ chức tín dụng',
      'Trong do: an tin dung, ngan hang',
      'Trong do: viec chu dong',
    ];
    for (const heading of headings) {
      refused(await both('nd2024.csv', titled(file(heading))), heading);
      refused(await both('nd2024.csv', file(heading)), `${heading} (plain)`);
    }
    // English, unnumbered (numbered, its lines are refused NOT_AN_OFFICE under a title, as before)
    const english = [';Ý Yên;30;20;10', ';Nghĩa Hưng;40;30;20'];
    refused(await both('nd2024.csv', titled(file('Of which: credit cases', english))), 'Of which');
    refused(await both('nd2024.csv', file('Of which: credit cases', english)), 'Of which (plain)');
  });

  it('the offices below written otherwise: unnumbered, full names, one office only', async () => {
    const ways = [
      [';Ý Yên;30;20;10', ';Nghĩa Hưng;40;30;20'],
      ['1;Chi cục THADS huyện Ý Yên;30;20;10', '2;Chi cục THADS huyện Nghĩa Hưng;40;30;20'],
      ['1;Nghĩa Hưng;40;30;20'],
    ];
    for (const block of ways) {
      refused(await both('nd2024.csv', titled(file('Trong đó: án hình sự', block))), block.join(' '));
      refused(await both('nd2024.csv', file('Trong đó: án hình sự', block)), `${block.join(' ')} (plain)`);
    }
  });

  it('the heading saved in the STT cell (a merged title\'s), the name cell empty: refused at that cell', async () => {
    const lines = [HEAD, ...OFFICES, 'Trong đó: án hình sự;;;;', ...BLOCK];
    const r = await both('nd2024.csv', lines);
    refused(r, 'stt cell');
    expect(r.stderr).toContain('FILE:4:1: error: below "Trong đó: án hình sự"');
    refused(await binary('nd-stt-2024.xlsx', titled(lines)), 'stt cell xlsx');
  });

  it('the rule: a kind of cases after the of-which word, never an office, a group of offices or a level', () => {
    for (const t of ['Trong đó: án tín dụng, ngân hàng', 'Riêng án tín dụng:', 'Trong đó: việc thi hành án chủ động', 'Trong đó: vụ việc phức tạp', 'Trong do: an hinh su', 'Of which: criminal cases']) {
      expect(opensCasePart(t), t).toBe(true);
    }
    for (const t of ['Trong đó:', 'Trong đó gồm:', 'Trong đó: Cấp huyện', 'Trong đó: các Phòng THADS khu vực', 'Trong đó: Văn phòng Cục', 'Trong đó: Vụ Bản', 'Trong do: An Nhon', 'Trong đó: An Lão', 'Riêng:', 'Riêng các Chi cục mới thành lập', 'Án tín dụng', 'Of which: district offices']) {
      expect(opensCasePart(t), t).toBe(false);
    }
  });
});

describe('near shapes keep their present reading (over-reach controls)', () => {
  // Mỹ Lộc 100/80/60 + Vụ Bản 200/150/120 = 300 / 230 / 180
  const TWO = ['Mỹ Lộc|100|80|60', 'Vụ Bản|200|150|120', 'TOTAL|300|230|180'];

  async function read(name: string, lines: readonly string[], expected: readonly string[]) {
    for (const [label, shape] of [['titled', titled(lines)], ['plain', lines]] as const) {
      const r = await both(name, shape);
      expect(r.code, `${label}: ${r.stderr}`).toBe(0);
      expect(stderrCodes(r.stderr), label).toEqual([]);
      expect(rows(r.stdout), label).toEqual(expected);
    }
    const x = await binary(name.replace(/\.csv$/, '.xlsx'), titled(lines));
    expect(x.code, `xlsx: ${x.stderr}`).toBe(0);
    expect(rows(x.stdout), 'xlsx').toEqual(expected);
  }

  it('"Tổng cộng" on top, "Trong đó:" alone, the offices: the breakdown of the total, 300 / 230 / 180', async () => {
    await read('bare-2024.csv', [HEAD, ';Tổng cộng;300;230;180', ';Trong đó:;;;', ...OFFICES], TWO);
  });

  it('"Trong đó gồm:" under "Tổng cộng" on top: the breakdown of the total as under "Trong đó:", 300 / 230 / 180 (was refused SECOND_TABLE: trongdogom.test.ts)', async () => {
    await read('gom-2024.csv', [HEAD, ';Tổng cộng;300;230;180', ';Trong đó gồm:;;;', ...OFFICES], TWO);
  });

  it('"Trong đó: Cấp tỉnh" after the total, "Cấp huyện" below it: levels, 450 / 370 / 310', async () => {
    const lines = [HEAD, '1;Cục THADS tỉnh Nam Định;150;140;130', '2;Chi cục THADS huyện Mỹ Lộc;100;80;60', '3;Chi cục THADS huyện Vụ Bản;200;150;120', ';Tổng cộng;450;370;310', ';Trong đó: Cấp tỉnh;150;140;130', ';Cấp huyện;300;230;180'];
    // 150 + 100 + 200 = 450; 140 + 80 + 150 = 370; 130 + 60 + 120 = 310
    await read('level-2024.csv', lines, ['Cục THADS tỉnh Nam Định|150|140|130', 'Chi cục THADS huyện Mỹ Lộc|100|80|60', 'Chi cục THADS huyện Vụ Bản|200|150|120', 'TOTAL|450|370|310']);
  });

  it('"Trong đó:" over the "Cục THADS tỉnh …" and "Các Chi cục" lines, then the Chi cục: 450 / 370 / 310', async () => {
    const lines = [HEAD, ';Tổng cộng;450;370;310', ';Trong đó:;;;', ';Cục THADS tỉnh Nam Định;150;140;130', ';Các Chi cục;300;230;180', '1;Chi cục THADS huyện Mỹ Lộc;100;80;60', '2;Chi cục THADS huyện Vụ Bản;200;150;120'];
    await read('cuc-2024.csv', lines, ['Cục THADS tỉnh Nam Định|150|140|130', 'Chi cục THADS huyện Mỹ Lộc|100|80|60', 'Chi cục THADS huyện Vụ Bản|200|150|120', 'TOTAL|450|370|310']);
  });

  it('"Trong đó: các Phòng THADS khu vực" over "Phòng THADS khu vực 1", "… 2" (offices, no kind of cases): 450 / 370 / 310', async () => {
    const lines = [HEAD, '1;Văn phòng Cục THADS tỉnh Nam Định;150;140;130', ';Trong đó: các Phòng THADS khu vực;;;', '2;Phòng THADS khu vực 1;100;80;60', '3;Phòng THADS khu vực 2;200;150;120'];
    await read('kv-2024.csv', lines, ['Văn phòng Cục THADS tỉnh Nam Định|150|140|130', 'Phòng THADS khu vực 1|100|80|60', 'Phòng THADS khu vực 2|200|150|120', 'TOTAL|450|370|310']);
  });

  it('the same offices without any heading, and "Trong đó:" alone mid-table over a new office: read as before', async () => {
    await read('none-2024.csv', [HEAD, ...OFFICES], TWO);
    // + Ý Yên 30/20/10: 330 / 250 / 190
    await read('mid-2024.csv', [HEAD, ...OFFICES, ';Trong đó:;;;', '3;Ý Yên;30;20;10'], ['Mỹ Lộc|100|80|60', 'Vụ Bản|200|150|120', 'Ý Yên|30|20|10', 'TOTAL|330|250|190']);
  });
});
