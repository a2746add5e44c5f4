// A national or regional table numbered on three levels: clusters "I", "II" over provinces "1",
// "2" over offices "1.1", "1.2" (Tổng cục's or a cluster's report). Each level's row is the
// subtotal of the rows numbered under it, never added; the offices are the leaves. Refused before
// (SECTION_ROW_MISMATCH + DECLARED_TOTAL_MISMATCH: the cluster's row heading "nothing" was added,
// 1220 against 610). A wrong subtotal at any level is still refused at its row. Both readers;
// totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-nested-numbering-', ['--format', 'csv']);

const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';

// I: 300 + 310 = 610, 230 + 230 = 460, 10 + 15 = 25; Gia Lai: 100 + 200 = 300, 80 + 150 = 230,
// 5 + 5 = 10; Đắk Lắk: 110 + 200 = 310, 80 + 150 = 230, 5 + 10 = 15; II = Khánh Hòa: 90 + 160 =
// 250, 70 + 130 = 200, 4 + 6 = 10; total: 610 + 250 = 860, 460 + 200 = 660, 25 + 10 = 35.
const NATIONAL = [
  HEADER,
  'I;Cụm thi đua số 1;610;460;25',
  '1;Cục THADS tỉnh Gia Lai;300;230;10',
  '1.1;Văn phòng Cục;100;80;5',
  '1.2;Phòng THADS khu vực 1;200;150;5',
  '2;Cục THADS tỉnh Đắk Lắk;310;230;15',
  '2.1;Văn phòng Cục;110;80;5',
  '2.2;Phòng THADS khu vực 1;200;150;10',
  'II;Cụm thi đua số 2;250;200;10',
  '1;Cục THADS tỉnh Khánh Hòa;250;200;10',
  '1.1;Văn phòng Cục;90;70;4',
  '1.2;Phòng THADS khu vực 1;160;130;6',
  ';Tổng cộng;860;660;35',
];

/**
 * province, office, with conditions, resolved (completed + terminated), rate: 85/100 = 85.00 %,
 * 155/200 = 77.50 %, 85/110 = 77.27 %, 160/200 = 80.00 %, 74/90 = 82.22 %, 136/160 = 85.00 %;
 * total 860, 85 + 155 + 85 + 160 + 74 + 136 = 695, 695/860 = 80.81 %.
 */
const OFFICES = [
  'Gia Lai|Văn phòng Cục|100|85|85.00',
  'Gia Lai|Phòng THADS khu vực 1|200|155|77.50',
  'Đắk Lắk|Văn phòng Cục|110|85|77.27',
  'Đắk Lắk|Phòng THADS khu vực 1|200|160|80.00',
  'Khánh Hòa|Văn phòng Cục|90|74|82.22',
  'Khánh Hòa|Phòng THADS khu vực 1|160|136|85.00',
  '|TOTAL|860|695|80.81',
];

function rows(csv: string): string[] {
  const [header, ...lines] = csv.trim().split('\n');
  const at = (name: string) => header!.split(',').indexOf(name);
  const keep = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map(at);
  return lines.map((l) => {
    const c = l.split(',');
    return keep.map((i) => c[i]).join('|');
  });
}

const replace = (lines: readonly string[], from: string, to: string) => lines.map((l) => (l === from ? to : l));

describe('a table numbered on three levels (cluster ⊃ province ⊃ office)', () => {
  it('reads the offices, each in its province, each level checked against its own rows only', async () => {
    const r = await both('toan-quoc-viec-2025.csv', NATIONAL);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OFFICES);
  });

  it('reads the same without diacritics and in upper case', async () => {
    const ascii = [
      'STT;Don vi;Co dieu kien;Thi hanh xong;Dinh chi',
      'I;CUM THI DUA SO 1;610;460;25',
      '1;CUC THADS TINH GIA LAI;300;230;10',
      '1.1;Van phong Cuc;100;80;5',
      '1.2;Phong THADS khu vuc 1;200;150;5',
      '2;Cuc THADS tinh Dak Lak;310;230;15',
      '2.1;Van phong Cuc;110;80;5',
      '2.2;Phong THADS khu vuc 1;200;150;10',
      ';Tong cong;610;460;25',
    ];
    const r = await both('toan-quoc-viec-2025.csv', ascii);
    expect(r.code).toBe(0);
    // 85 + 155 + 85 + 160 = 485, 485/610 = 79.51 %
    expect(rows(r.stdout)).toEqual([
      'Gia Lai|Van phong Cuc|100|85|85.00',
      'Gia Lai|Phong THADS khu vuc 1|200|155|77.50',
      'Đắk Lắk|Van phong Cuc|110|85|77.27',
      'Đắk Lắk|Phong THADS khu vuc 1|200|160|80.00',
      '|TOTAL|610|485|79.51',
    ]);
  });

  it('reads letters over Roman numbers over items (A ⊃ I ⊃ 1) the same way', async () => {
    const lettered = [
      HEADER,
      'A;Cụm thi đua số 1;610;460;25',
      'I;Cục THADS tỉnh Gia Lai;300;230;10',
      '1;Văn phòng Cục;100;80;5',
      '2;Phòng THADS khu vực 1;200;150;5',
      'II;Cục THADS tỉnh Đắk Lắk;310;230;15',
      '1;Văn phòng Cục;110;80;5',
      '2;Phòng THADS khu vực 1;200;150;10',
      'B;Cụm thi đua số 2;250;200;10',
      'I;Cục THADS tỉnh Khánh Hòa;250;200;10',
      '1;Văn phòng Cục;90;70;4',
      '2;Phòng THADS khu vực 1;160;130;6',
      ';Tổng cộng;860;660;35',
    ];
    const r = await both('toan-quoc-viec-2025.csv', lettered);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(OFFICES);
  });

  it('reads the workbook as the CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of NATIONAL) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    await wb.xlsx.writeFile(join(dir, 'toan-quoc-viec-2025.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'toan-quoc-viec-2025.xlsx')], []);
    expect(r.code).toBe(0);
    expect(r.rows.map((o) => [o.province, o.district, o.cases_with_conditions, o.cases_resolved, o.cases_rate].join('|'))).toEqual(OFFICES);
  });

  it('refuses a wrong cluster subtotal at its row', async () => {
    const r = await both('toan-quoc-viec-2025.csv', replace(NATIONAL, 'I;Cụm thi đua số 1;610;460;25', 'I;Cụm thi đua số 1;611;460;25'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // (a cluster's heading is a group of provinces' subtotal, as "Khối thi đua số 1" is: work82b 01)
    expect(r.stderr).toContain('FILE:2:3: error: declared subtotal "Cụm thi đua số 1" has cases with conditions 611, but the rows below it add up to 610 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
  });

  it('refuses a wrong province subtotal at its row, also under the second cluster', async () => {
    const second = await both('toan-quoc-viec-2025.csv', replace(NATIONAL, '2;Cục THADS tỉnh Đắk Lắk;310;230;15', '2;Cục THADS tỉnh Đắk Lắk;310;231;15'));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('FILE:6:4: error: line 6 "Cục THADS tỉnh Đắk Lắk" heads the rows below it as a section, but its cases completed 231 is not the sum of the rows below it (230); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
    expect(second.stderr.match(/error:/g)).toHaveLength(1);
    const last = await both('toan-quoc-viec-2025.csv', replace(NATIONAL, '1;Cục THADS tỉnh Khánh Hòa;250;200;10', '1;Cục THADS tỉnh Khánh Hòa;250;200;9'));
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('FILE:10:5: error: line 10 "Cục THADS tỉnh Khánh Hòa" heads the rows below it as a section, but its cases terminated 9 is not the sum of the rows below it (10)');
    expect(last.stderr.match(/error:/g)).toHaveLength(1);
  });

  it('refuses a wrong letter-level subtotal at its row', async () => {
    const lettered = [HEADER, 'A;Cụm thi đua số 1;600;460;25', 'I;Cục THADS tỉnh Gia Lai;300;230;10', '1;Văn phòng Cục;100;80;5', '2;Phòng THADS khu vực 1;200;150;5', 'II;Cục THADS tỉnh Đắk Lắk;310;230;15', '1;Văn phòng Cục;110;80;5', '2;Phòng THADS khu vực 1;200;150;10'];
    const r = await both('toan-quoc-viec-2025.csv', lettered);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: declared subtotal "Cụm thi đua số 1" has cases with conditions 600, but the rows below it add up to 610 [DECLARED_TOTAL_MISMATCH]');
  });

  it('refuses a wrong total, checked against the offices only', async () => {
    const r = await both('toan-quoc-viec-2025.csv', replace(NATIONAL, ';Tổng cộng;860;660;35', ';Tổng cộng;860;661;35'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:13:4: error: declared total "Tổng cộng" has cases completed 661, but the office rows add up to 660 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
  });
});

describe('tables that look alike read as before', () => {
  it('two levels: province sections "I", "II" over offices "1", "2"', async () => {
    // Gia Lai 100 + 200 = 300, 80 + 150 = 230; Đắk Lắk 300 + 400 = 700, 250 + 300 = 550;
    // 80/100 = 80.00 %, 150/200 = 75.00 %, 250/300 = 83.33 %, 300/400 = 75.00 %; 780/1000 = 78.00 %
    const r = await both('toan-quoc-viec-2025.csv', [
      HEADER,
      'I;Cục THADS tỉnh Gia Lai;300;230;0',
      '1;Phòng THADS khu vực 1;100;80;0',
      '2;Phòng THADS khu vực 2;200;150;0',
      'II;Cục THADS tỉnh Đắk Lắk;700;550;0',
      '1;Phòng THADS khu vực 1;300;250;0',
      '2;Phòng THADS khu vực 2;400;300;0',
      ';Tổng cộng;1000;780;0',
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Gia Lai|Phòng THADS khu vực 1|100|80|80.00',
      'Gia Lai|Phòng THADS khu vực 2|200|150|75.00',
      'Đắk Lắk|Phòng THADS khu vực 1|300|250|83.33',
      'Đắk Lắk|Phòng THADS khu vực 2|400|300|75.00',
      '|TOTAL|1000|780|78.00',
    ]);
  });

  it('two levels: a wrong section subtotal is still refused', async () => {
    const r = await both('toan-quoc-viec-2025.csv', [HEADER, 'I;Cục THADS tỉnh Gia Lai;310;230;0', '1;Phòng THADS khu vực 1;100;80;0', '2;Phòng THADS khu vực 2;200;150;0', 'II;Cục THADS tỉnh Đắk Lắk;700;550;0', '1;Phòng THADS khu vực 1;300;250;0', '2;Phòng THADS khu vực 2;400;300;0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: line 2 "Cục THADS tỉnh Gia Lai" heads the rows below it as a section, but its cases with conditions 310 is not the sum of the rows below it (300)');
  });

  it('Roman sections over offices whose "1.1" rows are their enforcers (the form by enforcer)', async () => {
    // KV1 Gia Lai = its enforcers 90 + 60 = 150, 60 + 40 = 100, 5 + 5 = 10; KV2 = 100, 70, 5;
    // I = 150 + 100 = 250, 170, 15; II = Đắk Lắk KV1 120, 90, 6; total 370, 260, 21.
    // resolved 110/150 = 73.33 %, 75/100 = 75.00 %, 96/120 = 80.00 %; 281/370 = 75.95 %
    const r = await both('toan-quoc-viec-2025.csv', [
      'STT;Đơn vị;Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ',
      'I;Cục THADS tỉnh Gia Lai;;250;170;15',
      '1;Phòng THADS khu vực 1;;150;100;10',
      '1.1;Phòng THADS khu vực 1;Nguyễn Văn An;90;60;5',
      '1.2;Phòng THADS khu vực 1;Trần Thị Bình;60;40;5',
      '2;Phòng THADS khu vực 2;;100;70;5',
      '2.1;Phòng THADS khu vực 2;Lê Văn Cường;100;70;5',
      'II;Cục THADS tỉnh Đắk Lắk;;120;90;6',
      '1;Phòng THADS khu vực 1;;120;90;6',
      '1.1;Phòng THADS khu vực 1;Phạm Văn Dũng;120;90;6',
      ';Tổng cộng;;370;260;21',
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Gia Lai|Phòng THADS khu vực 1|150|110|73.33',
      'Gia Lai|Phòng THADS khu vực 2|100|75|75.00',
      'Đắk Lắk|Phòng THADS khu vực 1|120|96|80.00',
      '|TOTAL|370|281|75.95',
    ]);
  });

  it('a cluster table without province rows: the provinces\' departments are the offices', async () => {
    // I = 300 + 310 = 610, 230 + 230 = 460, 10 + 15 = 25; II = 250, 200, 10; total 860, 660, 35;
    // resolved 240/300 = 80.00 %, 245/310 = 79.03 %, 210/250 = 84.00 %; 695/860 = 80.81 %
    const r = await both('toan-quoc-viec-2025.csv', [
      HEADER,
      'I;Cụm thi đua số 1;610;460;25',
      '1;Cục THADS tỉnh Gia Lai;300;230;10',
      '2;Cục THADS tỉnh Đắk Lắk;310;230;15',
      'II;Cụm thi đua số 2;250;200;10',
      '1;Cục THADS tỉnh Khánh Hòa;250;200;10',
      ';Tổng cộng;860;660;35',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['|Cục THADS tỉnh Gia Lai|300|240|80.00', '|Cục THADS tỉnh Đắk Lắk|310|245|79.03', '|Cục THADS tỉnh Khánh Hòa|250|210|84.00', '|TOTAL|860|695|80.81']);
  });

  it('provinces "1", "2" over their offices "1.1", "1.2" without a cluster', async () => {
    // 85 + 155 + 85 + 160 = 485 resolved of 610: 79.51 %
    const r = await both('toan-quoc-viec-2025.csv', [HEADER, ...NATIONAL.slice(2, 8), ';Tổng cộng;610;460;25']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([...OFFICES.slice(0, 4), '|TOTAL|610|485|79.51']);
  });
});
