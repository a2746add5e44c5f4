// "Ð"/"ð" (U+00D0/U+00F0, the Icelandic eth) written for "Đ"/"đ" (U+0110/U+0111): the same glyph in
// every common font, from a PDF of the forms or an ASCII-only line of a windows-1258 file saved as
// windows-1252 ("ĐVT: 1.000 đ" → "ÐVT: 1.000 ð"). Read as "Đ"/"đ" in every cell (legacy-font.ts
// cellReading, after a legacy font's reading: TCVN3's "Ð" is "é"), in file and sheet names
// (file-names.ts) and in name keys (names.ts foldName, foldHeader). Findings work70a 02, 03: the
// unit line was ignored (money 1000× low, exit 0), "6 THÁNG ÐẦU NĂM 2019" read as the whole year.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellReading } from '../../src/input/legacy-font.js';
import { foldHeader, foldName } from '../../src/domain/names.js';
import { fileTree } from '../helpers/file-tree.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = fileTree('thads-eth-');

// Two offices of Nam Định (finding 02's figures), money in the unit the line above states.
// Hand: cases 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 93.71 %;
// money 9 565 824 + 16 389 337 = 25 955 161, 8 009 735 + 14 490 040 = 22 499 775, 22 499 775/25 955 161 = 86.69 %.
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const ROWS = ['1,Mỹ Lộc,586,533,9565824,8009735', '2,Vụ Bản,655,630,16389337,14490040'];
const withUnit = (unit: string) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', unit, HEADER, ...ROWS];

/** The TOTAL row's cases and money, through both readers; no error, exit 0. */
async function totals(name: string, lines: readonly string[], args: readonly string[] = []): Promise<string[]> {
  const [file] = write({ [name]: lines });
  const r = await summarizeCsvRows(dir, [file!], args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const t = r.rows.find((row) => row.district === 'TOTAL')!;
  return [t.cases_with_conditions!, t.cases_resolved!, t.cases_rate!, t.money_with_conditions!, t.money_resolved!, t.money_rate!];
}

// in nghìn đồng: 25 955 161 × 1000 = 25 955 161 000, 22 499 775 × 1000 = 22 499 775 000
const THOUSANDS = ['1241', '1163', '93.71', '25955161000', '22499775000', '86.69'];
// in đồng as written (no unit anywhere)
const DONG = ['1241', '1163', '93.71', '25955161', '22499775', '86.69'];

describe('a unit line written with the eth', () => {
  it.each([
    ['Ðơn vị tính: Việc; 1.000 đồng'], // finding 02's file: label with U+00D0
    ['ÐVT: 1.000 đồng'],
    ['ÐVT: 1.000 ð'], // the whole line through windows-1252
    ['ĐƠN VỊ TÍNH: VIỆC; 1.000 ÐỒNG'], // finding 02's "upper" file: only the unit's Ð
    ['Ðơn vị tính: Việc; nghìn ðồng'],
    ['Đơn vị tính: nghìn ðồng'], // was refused UNIT_UNREADABLE
    ['ĐVT: 1.000 VNÐ'], // was refused UNIT_UNREADABLE
    ['Đơn vị tính: nghìn VNÐ'],
  ])('"%s" is nghìn đồng, both readers', async (unit) => {
    expect(await totals('Nam Định 2019.csv', withUnit(unit))).toEqual(THOUSANDS);
  });

  it('a money header "(1.000 ðồng)" is nghìn đồng (finding 02 "header")', async () => {
    const header = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện (1.000 ðồng),Tiền giải quyết xong (1.000 ðồng)';
    expect(await totals('Nam Định header 2019.csv', [header, ...ROWS])).toEqual(THOUSANDS);
  });

  it('a money header "(Tr.ð)" is triệu đồng', async () => {
    // 25 955 161 × 1 000 000 = 25 955 161 000 000; 22 499 775 × 1 000 000 = 22 499 775 000 000
    const header = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện (Tr.ð),Tiền giải quyết xong (Tr.ð)';
    expect(await totals('Nam Định trieu 2019.csv', [header, ...ROWS])).toEqual(['1241', '1163', '93.71', '25955161000000', '22499775000000', '86.69']);
  });

  it('"ÐVT: 1.000 ð" in a latin1 file (0xD0 … 0xF0) read with --encoding latin1 is nghìn đồng, both readers', async () => {
    const lines = ['\u00d0VT: 1.000 \u00f0', 'STT,Don vi,Viec co dieu kien,Viec giai quyet xong,Tien co dieu kien,Tien giai quyet xong', '1,My Loc,586,533,9565824,8009735', '2,Vu Ban,655,630,16389337,14490040'];
    const file = join(dir, 'latin1 2019.csv');
    writeFileSync(file, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    const r = await summarizeCsvRows(dir, [file], ['--encoding', 'latin1']);
    expect(r.code).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([t.money_with_conditions, t.money_resolved]).toEqual(['25955161000', '22499775000']);
  });

  it('in a workbook: "ÐVT: 1.000 ð" is nghìn đồng', async () => {
    const lines = ['ÐVT: 1.000 ð', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', '1;Mỹ Lộc;586;533;9565824;8009735', '2;Vụ Bản;655;630;16389337;14490040'];
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2019.xlsx', lines, ['--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    const columns = head!.split(',');
    const total = Object.fromEntries(rows.find((l) => l.split(',')[1] === 'TOTAL')!.split(',').map((v, i) => [columns[i], v]));
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(['25955161000', '22499775000', '86.69']);
  });

  // over-reach controls: the right letter, and no unit at all, read as before
  it('control: "Đơn vị tính: Việc; 1.000 đồng" (U+0110) is nghìn đồng', async () => {
    expect(await totals('Nam Định dung 2019.csv', withUnit('Đơn vị tính: Việc; 1.000 đồng'))).toEqual(THOUSANDS);
  });

  it('control: no unit line, no unit in the headers: money stays in đồng', async () => {
    expect(await totals('Nam Định dong 2019.csv', [HEADER, ...ROWS])).toEqual(DONG);
  });
});

describe('a figure header written with the eth', () => {
  it('"Việc ðình chỉ", "Tiền ðình chỉ" are parts of resolved (finding 02 "thanh phan")', async () => {
    const lines = [
      'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Việc ðình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền ðình chỉ,Tiền giảm thi hành án',
      'Nam Định,Mỹ Lộc,586,520,13,9565824266,7194245234,634044111,181445605',
      'Nam Định,Vụ Bản,655,611,19,16389337399,13086832295,1077528862,325678557',
    ];
    // resolved: Mỹ Lộc 520 + 13 = 533, Vụ Bản 611 + 19 = 630, 1163/1241 = 93.71 %;
    // money: 7 194 245 234 + 634 044 111 + 181 445 605 = 8 009 734 950, 13 086 832 295 + 1 077 528 862 + 325 678 557 = 14 490 039 714,
    // 8 009 734 950 + 14 490 039 714 = 22 499 774 664 of 9 565 824 266 + 16 389 337 399 = 25 955 161 665: 86.69 %
    const [file] = write({ 'Nam Định thanh phan 2019.csv': lines });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const at = (d: string) => r.rows.find((row) => row.district === d)!;
    expect([at('Mỹ Lộc').cases_resolved, at('Mỹ Lộc').cases_rate, at('Mỹ Lộc').money_resolved]).toEqual(['533', '90.96', '8009734950']);
    expect([at('TOTAL').cases_resolved, at('TOTAL').cases_rate, at('TOTAL').money_resolved, at('TOTAL').money_rate]).toEqual(['1163', '93.71', '22499774664', '86.69']);
  });
});

describe('a period written with the eth', () => {
  // finding 03: a half year's report beside last year's year-end report
  const half = (title: string) => [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
    title,
    'Đơn vị tính: Việc; nghìn đồng',
    'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    '1,Mỹ Lộc,586,333,9565824,4009735',
    '2,Vụ Bản,655,330,16389337,7490040',
  ];
  const previous = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018',
    'Đơn vị tính: Việc; nghìn đồng',
    'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    '1,Mỹ Lộc,561,498,8840000,6950000',
    '2,Vụ Bản,640,590,15200000,12100000',
  ];

  it.each([['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ÐẦU NĂM 2019'], ['Báo cáo kết quả thi hành án dân sự 6 tháng ðầu năm 2019'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019']])(
    '"%s" is 1/10/2018–31/3/2019: no change on the year 2018 (PERIODS_DIFFER)',
    async (title) => {
      const [file, prev] = write({ 'p/Nam Định 2019.csv': half(title), 'p/Báo cáo năm 2018.csv': previous });
      for (const fast of [false, true]) {
        const json = await runArgs(dir, ['summarize', file!, '--previous', prev!, '--format', 'json'], fast);
        expect(json.code).toBe(0);
        expect(json.stderr).toContain('the input\'s period ends on 31/3/2019, the previous files\' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]');
        expect(JSON.parse(json.stdout).period).toEqual({ start: '2018-10-01', end: '2019-03-31', months: 6 });
      }
      // 333 + 330 = 663 of 586 + 655 = 1241: 53.42 %; no rate change printed
      const r = await summarizeCsvRows(dir, [file!], ['--previous', prev!]);
      const t = r.rows.find((row) => row.district === 'TOTAL')!;
      expect([t.cases_resolved, t.cases_rate, t.cases_rate_change, t.money_rate_change]).toEqual(['663', '53.42', '', '']);
    },
  );

  it('control: "BÁO CÁO … NĂM 2019" (a year\'s title) beside 2018 gives the change', async () => {
    // 2019: 663/1241 = 53.4247 %; 2018: 498 + 590 = 1088 of 561 + 640 = 1201 = 90.5912 %; 53.4247 − 90.5912 = −37.1665 → −37.17
    const [file, prev] = write({ 'y/Nam Định 2019.csv': half('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'), 'y/Báo cáo năm 2018.csv': previous });
    const r = await summarizeCsvRows(dir, [file!], ['--previous', prev!]);
    expect(r.code).toBe(0);
    const t = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([t.cases_rate, t.cases_rate_change]).toEqual(['53.42', '-37.17']);
  });
});

describe('file and sheet names written with the eth', () => {
  const offices = ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Cao Lãnh,500,400', '2,Sa Đéc,300,270'];

  it('"Ðồng Tháp 2019.csv" names the province Đồng Tháp', async () => {
    const [file] = write({ 'n/Ðồng Tháp 2019.csv': offices });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(0);
    // 400 + 270 = 670 of 500 + 300 = 800: 83.75 %
    expect(r.rows.map((x) => [x.province, x.district, x.cases_resolved, x.cases_rate])).toEqual([
      ['Đồng Tháp', 'Cao Lãnh', '400', '80.00'],
      ['Đồng Tháp', 'Sa Đéc', '270', '90.00'],
      ['', 'TOTAL', '670', '83.75'],
    ]);
  });

  it('"Chi cục THADS huyện Ðầm Dơi 2019.csv" under its title "… ĐẦM DƠI" is that office (was OFFICE_NAME_CONFLICT)', async () => {
    const [file] = write({ 'n/Chi cục THADS huyện Ðầm Dơi 2019.csv': ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐẦM DƠI', 'Việc có điều kiện,Việc giải quyết xong', '500,400'] });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved])).toEqual([
      ['Chi cục THADS huyện Đầm Dơi', '500', '400'],
      ['TOTAL', '500', '400'],
    ]);
  });

  it('"Nam Định 6 tháng Ðầu năm 2019.csv" states the half year', async () => {
    const [file] = write({ 'n/Nam Định 6 tháng Ðầu năm 2019.csv': ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,500,400'] });
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', file!, '--format', 'json'], fast);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.period).toEqual({ start: '2018-10-01', end: '2019-03-31', months: 6 });
      expect(out.groups[0].province).toBe('Nam Định');
    }
  });

  it.each([['6 tháng Ðầu năm 2019'], ['6 tháng đầu năm 2019']])('a sheet "%s" of "Nam Định 2019.xlsx" states the half year', async (sheet) => {
    const lines = ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Mỹ Lộc;500;400'];
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2019.xlsx', lines, ['--format', 'json'], sheet);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).period).toEqual({ start: '2018-10-01', end: '2019-03-31', months: 6 });
  });

  it('--sheet "Đồng Tháp" picks the tab "Ðồng Tháp" (was USAGE: no such sheet); control: --sheet "Vĩnh Long"', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, withConditions, resolved] of [['Ðồng Tháp', 500, 400], ['Vĩnh Long', 300, 270]] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong']);
      ws.addRow([1, 'Cao Lãnh', withConditions, resolved]);
    }
    const file = join(dir, 'two sheets 2019.xlsx');
    await wb.xlsx.writeFile(file);
    for (const [sheet, figures] of [['Đồng Tháp', ['500', '400']], ['Vĩnh Long', ['300', '270']]] as const) {
      const r = await runArgs(dir, ['summarize', file, '--sheet', sheet, '--format', 'csv'], false);
      expect(r.code).toBe(0);
      const [head, , total] = r.stdout.trim().split('\n');
      const columns = head!.split(',');
      const t = Object.fromEntries(total!.split(',').map((v, i) => [columns[i], v]));
      expect([t.district, t.cases_with_conditions, t.cases_resolved]).toEqual(['TOTAL', ...figures]);
    }
  });

  it('a config target keyed "Ðồng Tháp" is Đồng Tháp\'s', async () => {
    const files = write({
      'c/Đồng Tháp 2019.csv': offices,
      'c/thads.config.json': ['{ "targets": { "2019": { "cases": 80, "provinces": { "Ðồng Tháp": { "cases": 85 } } } } }'],
    });
    const r = await summarizeCsvRows(dir, [files[0]!], ['--config', files[1]!]);
    expect(r.code).toBe(0);
    // Cao Lãnh 400/500 = 80.00 % against 85: gap −5.00
    const x = r.rows.find((row) => row.district === 'Cao Lãnh')!;
    expect([x.cases_target, x.cases_gap_pp]).toEqual(['85', '-5.00']);
  });
});

describe('cellReading and the name keys', () => {
  it.each([
    ['ÐVT: 1.000 ð', 'ĐVT: 1.000 đ'],
    ['Ðồng Tháp', 'Đồng Tháp'],
    // control: a TCVN3 look-alike cell is read in its font first: its "Ð" is "é"
    ['Kh«ng ®\u00adîc phÐp', 'Không được phép'],
    // control: Unicode text without the eth is as written
    ['Đơn vị tính: 1.000 đồng', 'Đơn vị tính: 1.000 đồng'],
  ])('%s → %s', (cell, read) => {
    expect(cellReading(cell)).toBe(read);
  });

  it('foldName and foldHeader fold the eth as đ', () => {
    expect(foldName('Ðồng Tháp')).toBe(foldName('Đồng Tháp'));
    expect(foldHeader('Việc ðình chỉ')).toBe('viec dinh chi');
    expect(foldHeader('ÐVT')).toBe('dvt');
  });
});
