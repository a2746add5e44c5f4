// One office's figures given twice across the files of a run, one copy naming the office another
// way, were added silently (work101c): "Chi cục Thi hành án dân sự huyện Mỹ Lộc, tỉnh Nam Định"
// (the letterhead's name) beside "Chi cục THADS huyện Mỹ Lộc" was a second office, 800 / 630
// instead of a refusal; so was "Mỹ Lộc 2024 (Nam Định).csv" beside "Mỹ Lộc 2024.csv", and a
// province summary's "Cấp tỉnh" / "Cơ quan Cục" / "Cục" / "Văn phòng" / "Cấp Cục" row beside
// "Văn phòng Cục 2024.csv" (700 where the summary's own Tổng cộng says 600). Right:
// DUPLICATE_INPUT. Controls: "Châu Thành" of Tiền Giang and of Bến Tre are two offices; a Chi cục
// file beside the Văn phòng Cục file is summed, figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-dupinput-');

const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MY_LOC = [HEAD, 'Chi cục THADS huyện Mỹ Lộc,300,240,5000000,2000000'];
const VU_BAN = [HEAD, 'Chi cục THADS huyện Vụ Bản,200,150,4000000,1000000'];
const VAN_PHONG = [HEAD, 'Văn phòng Cục THADS tỉnh Nam Định,100,80,1000000,500000'];
const summary = (level: string) => [
  'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  `1,${level},100,80,1000000,500000`,
  '2,Chi cục THADS huyện Mỹ Lộc,300,240,5000000,2000000',
  '3,Chi cục THADS huyện Vụ Bản,200,150,4000000,1000000',
  ',Tổng cộng,600,470,10000000,3500000',
];

function run(files: string[]) {
  const r = spawnThads(['summarize', ...files, '--format', 'json'], { cwd: dir });
  return { ...r, codes: stderrCodes(r.stderr) };
}
const totals = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: Record<string, string>; money: Record<string, string> } };
  return { offices: j.groups.length, cases: [j.total.cases.withConditions, j.total.cases.resolved], money: [j.total.money.withConditions, j.total.money.resolved] };
};

/** A one-sheet workbook of CSV-like lines (figures as numbers). */
async function workbook(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const cells = (l: string): string[] => {
    const out: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of l) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) [out[out.length], cell] = [cell, ''];
      else cell += ch;
    }
    return [...out, cell];
  };
  for (const l of lines) ws.addRow(cells(l).map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('01: a copy naming the office with its province is the same office', () => {
  const copies = [', tỉnh Nam Định', ' - Nam Định', ' – tỉnh Nam Định', '; tỉnh Nam Định', ' (Nam Định)'];
  test.each(copies)('"Chi cục Thi hành án dân sự huyện Mỹ Lộc%s" beside "Chi cục THADS huyện Mỹ Lộc": DUPLICATE_INPUT', (tail) => {
    const files = write({
      [`a${copies.indexOf(tail)}/Mỹ Lộc 2024.csv`]: MY_LOC,
      [`a${copies.indexOf(tail)}/Vụ Bản 2024.csv`]: VU_BAN,
      [`a${copies.indexOf(tail)}/Mỹ Lộc 2024 (1).csv`]: [HEAD, `"Chi cục Thi hành án dân sự huyện Mỹ Lộc${tail}",300,240,5000000,2000000`],
    });
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/without and with diacritics/);
  });

  test('no office column: "Mỹ Lộc 2024 (Nam Định).csv" beside "Mỹ Lộc 2024.csv": DUPLICATE_INPUT', () => {
    const cols = ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong'];
    const files = write({
      'b/Mỹ Lộc 2024 (Nam Định).csv': [...cols, '300,250,5000000,2100000'],
      'b/Mỹ Lộc 2024.csv': [...cols, '300,240,5000000,2000000'],
      'b/Vụ Bản 2024.csv': [...cols, '200,150,4000000,1000000'],
    });
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
  });

  test('xlsx twin: the copy with ", tỉnh Nam Định" as a workbook: DUPLICATE_INPUT', async () => {
    const files = [
      await workbook('Mỹ Lộc 2024.xlsx', MY_LOC),
      await workbook('Vụ Bản 2024.xlsx', VU_BAN),
      await workbook('Mỹ Lộc 2024 (1).xlsx', [HEAD, '"Chi cục Thi hành án dân sự huyện Mỹ Lộc, tỉnh Nam Định",300,240,5000000,2000000']),
    ];
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
  });

  test('control: "Huyện Châu Thành, tỉnh Tiền Giang" and "Huyện Châu Thành, tỉnh Bến Tre" are two offices, summed', () => {
    const files = write({
      'c/Châu Thành TG 2024.csv': [HEAD, '"Huyện Châu Thành, tỉnh Tiền Giang",300,240,5000000,2000000'],
      'c/Châu Thành BT 2024.csv': [HEAD, '"Huyện Châu Thành, tỉnh Bến Tre",300,240,5000000,2000000'],
    });
    const r = run(files);
    expect(r.code).toBe(0);
    // 300 + 300 = 600, 240 + 240 = 480; 5.000.000 + 5.000.000, 2.000.000 + 2.000.000
    expect(totals(r.stdout)).toEqual({ offices: 2, cases: ['600', '480'], money: ['10000000', '4000000'] });
  });

  test('control: Mỹ Lộc and Vụ Bản, each once, are summed', () => {
    const files = write({ 'd/Mỹ Lộc 2024.csv': [HEAD, '"Chi cục Thi hành án dân sự huyện Mỹ Lộc, tỉnh Nam Định",300,240,5000000,2000000'], 'd/Vụ Bản 2024.csv': VU_BAN });
    const r = run(files);
    expect(r.code).toBe(0);
    // 300 + 200 = 500, 240 + 150 = 390; 5.000.000 + 4.000.000, 2.000.000 + 1.000.000
    expect(totals(r.stdout)).toEqual({ offices: 2, cases: ['500', '390'], money: ['9000000', '3000000'] });
  });
});

describe("02: the province level's own row of a summary beside the Văn phòng Cục's file is one office", () => {
  const levels = ['Cấp tỉnh', 'Cơ quan Cục', 'Cục', 'Văn phòng', 'Cấp Cục'];
  test.each(levels)('"%s" row beside "Văn phòng Cục 2024.csv": DUPLICATE_INPUT', (level) => {
    const at = `e${levels.indexOf(level)}`;
    const files = write({ [`${at}/Tổng hợp 2024.csv`]: summary(level), [`${at}/Văn phòng Cục 2024.csv`]: VAN_PHONG });
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
    expect(r.stdout).toBe('');
  });

  test('xlsx twin: the "Cấp tỉnh" summary as a workbook beside the Văn phòng Cục workbook: DUPLICATE_INPUT', async () => {
    const files = [await workbook('Tổng hợp 2024.xlsx', summary('Cấp tỉnh')), await workbook('Văn phòng Cục 2024.xlsx', VAN_PHONG)];
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
  });

  test('control: the "Văn phòng Cục" row beside the file is refused as before', () => {
    const files = write({ 'f/Tổng hợp 2024.csv': summary('Văn phòng Cục'), 'f/Văn phòng Cục 2024.csv': VAN_PHONG });
    const r = run(files);
    expect(r.code).toBe(1);
    expect(r.codes).toContain('DUPLICATE_INPUT');
  });

  test('control: the Văn phòng Cục file beside the Chi cục files is summed', () => {
    const files = write({ 'g/Văn phòng Cục 2024.csv': VAN_PHONG, 'g/Mỹ Lộc 2024.csv': MY_LOC, 'g/Vụ Bản 2024.csv': VU_BAN });
    const r = run(files);
    expect(r.code).toBe(0);
    // 100 + 300 + 200 = 600, 80 + 240 + 150 = 470; 1.000.000 + 5.000.000 + 4.000.000, 500.000 + 2.000.000 + 1.000.000
    expect(totals(r.stdout)).toEqual({ offices: 3, cases: ['600', '470'], money: ['10000000', '3500000'] });
  });

  test('control: the "Cấp tỉnh" summary alone is summed to its own Tổng cộng', () => {
    const files = write({ 'h/Tổng hợp 2024.csv': summary('Cấp tỉnh') });
    const r = run(files);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual({ offices: 3, cases: ['600', '470'], money: ['10000000', '3500000'] });
  });
});
