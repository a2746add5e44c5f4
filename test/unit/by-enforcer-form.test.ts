// TT 05/2024's form by enforcer ("BIỂU 04 … THEO CHẤP HÀNH VIÊN"): each office a numbered row,
// its enforcers below it without an STT, their names in the office column (round 31, 03: ranked
// as four offices, "Nguyễn Văn An … đứng thứ 1/4 đơn vị"; with the offices' subtotals, 600/490);
// the office column headed "Đơn vị / Chấp hành viên" (07: OFFICE_COLUMN_MISSING).
import { describe, expect, it } from 'vitest';
import { isByEnforcerForm, namesOfficeNotPerson } from '../../src/input/by-enforcer.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-by-enforcer-', ['--format', 'csv']);

const TITLE = 'BIỂU 04: KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN';
const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const ENFORCERS = {
  chuSe: [';Nguyễn Văn An;60;50;2', ';Trần Thị Bình;40;30;3'],
  dakDoa: [';Lê Văn Cường;120;90;5', ';Phạm Thị Dung;80;60;5'],
};
/** office title rows without figures (03a) */
const TITLES = [TITLE, HEADER, '1;Chi cục THADS huyện Chư Sê;;;', ...ENFORCERS.chuSe, '2;Chi cục THADS huyện Đắk Đoa;;;', ...ENFORCERS.dakDoa];
/** office rows with their subtotals (03b) */
const SUBTOTALS = [TITLE, HEADER, '1;Chi cục THADS huyện Chư Sê;100;80;5', ...ENFORCERS.chuSe, '2;Chi cục THADS huyện Đắk Đoa;200;150;10', ...ENFORCERS.dakDoa];

/** district, with conditions, resolved, rate, rank, rank of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20], c[26], c[27]].join(' ').trim();
  });
}
// Chư Sê: 60 + 40 = 100, resolved 50 + 2 + 30 + 3 = 85 (85.00 %); Đắk Đoa: 120 + 80 = 200,
// 90 + 5 + 60 + 5 = 160 (80.00 %); total 300 / 245 = 81.666… → 81.67 %
const READ = ['Chi cục THADS huyện Chư Sê 100 85 85.00 1 2', 'Chi cục THADS huyện Đắk Đoa 200 160 80.00 2 2', 'TOTAL 300 245 81.67'];

describe('a form by enforcer: the enforcers\' rows are their office\'s', () => {
  it('under office titles without figures: 2 offices, no office without figures (03a)', async () => {
    const r = await both('enf-viec-2019.csv', TITLES);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
    expect(r.stderr).not.toContain('Nguyễn Văn An');
  });

  it('text: the office is ranked, no enforcer', async () => {
    const r = await both('enf-viec-2019.csv', TITLES, ['--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('của Chi cục THADS huyện Chư Sê: về việc, đã giải quyết xong 85/100 việc có điều kiện giải quyết, đạt 85,00%');
    expect(r.stdout).toContain('đứng thứ 1/2 đơn vị');
    expect(r.stdout).not.toContain('Nguyễn Văn An');
  });

  it('under office rows with their subtotals: the office rows are checked, not added again (03b: 600 / 490)', async () => {
    const r = await both('enf-viec-2019.csv', SUBTOTALS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
  });

  it('with the form\'s "Tổng cộng" row, which then agrees (03c was refused: 300 against 600)', async () => {
    const r = await both('enf-viec-2019.csv', [...SUBTOTALS, ';Tổng cộng;300;230;15']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('an office\'s subtotal that is not its enforcers\' sum is refused', async () => {
    // 100 against 60 + 30 = 90
    const lines = SUBTOTALS.map((l) => (l === ';Trần Thị Bình;40;30;3' ? ';Trần Thị Bình;30;25;3' : l));
    const r = await both('enf-viec-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3: error: "Chi cục THADS huyện Chư Sê" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 4–5): as their subtotal it is wrong, as a row of its own it would be added beside them, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('"theo CHV" in the title, and rows after a blank line, are read so too', async () => {
    const r = await both('enf-viec-2019.csv', ['Kết quả thi hành án theo từng CHV năm 2019', HEADER, '1;Chi cục THADS huyện Chư Sê;;;', ...ENFORCERS.chuSe, '', '2;Chi cục THADS huyện Đắk Đoa;;;', '', ...ENFORCERS.dakDoa]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a name of an office without an STT under an office is refused, located', async () => {
    const r = await both('enf-viec-2019.csv', [TITLE, HEADER, '1;Chi cục THADS huyện Chư Sê;;;', ';Nguyễn Văn An;60;50;2', ';Chi cục THADS huyện Ia Grai;40;30;3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:5:2: error: "Chi cục THADS huyện Ia Grai" has no STT under the office "Chi cục THADS huyện Chư Sê" (line 3) in a form by enforcer, where such rows are the office\'s enforcers, but it names an office: one of that office\'s rows or an office of its own, thads cannot tell, and it would be added as an office [NOT_AN_OFFICE]\n' +
        '  hint: number each office in the STT column (1, 2, 3…); a row of the office above names its enforcer\n',
    );
  });

  it('offices listed without STT, or all numbered, under such a title stay offices', async () => {
    const flat = await both('enf-viec-2019.csv', ['KẾT QUẢ THEO CHẤP HÀNH VIÊN', 'Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ', 'Mỹ Lộc;60;50;2', 'Vụ Bản;40;30;3']);
    expect(flat.code, flat.stderr).toBe(0);
    // 52/60 = 86.67 %, 33/40 = 82.50 %, 85/100 = 85.00 %
    expect(rows(flat.stdout)).toEqual(['Mỹ Lộc 60 52 86.67 1 2', 'Vụ Bản 40 33 82.50 2 2', 'TOTAL 100 85 85.00']);
    const numbered = await both('enf-viec-2019.csv', [TITLE, HEADER, '1;Mỹ Lộc;60;50;2', '2;Vụ Bản;40;30;3']);
    expect(rows(numbered.stdout)).toEqual(['Mỹ Lộc 60 52 86.67 1 2', 'Vụ Bản 40 33 82.50 2 2', 'TOTAL 100 85 85.00']);
  });

  it('"Tổng cộng" without an STT under the last office is the total, no enforcer of it', async () => {
    const r = await both('enf-viec-2019.csv', [...TITLES, ';Tổng cộng;300;230;16']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:9:5: error: declared total "Tổng cộng" has cases terminated 16, but the office rows add up to 15 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('the office column headed "Đơn vị / Chấp hành viên" (07)', () => {
  it('is the office column of a form by enforcer', async () => {
    const r = await both('enf-viec-2019.csv', ['STT;Đơn vị / Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ', ...SUBTOTALS.slice(2), ';Tổng cộng;300;230;15']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_COLUMN_MISSING');
  });
});

describe('elsewhere, a person\'s name under an office numbered without figures', () => {
  it('is refused rather than ranked as an office', async () => {
    const r = await both('enf-viec-2019.csv', TITLES.slice(1));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:2: error: "Nguyễn Văn An" has no STT under "Chi cục THADS huyện Chư Sê" (line 2), an office numbered without figures: it may be one of that office\'s rows (an enforcer\'s) or an office of its own, which thads cannot tell apart, and it would be added as an office [NOT_AN_OFFICE]');
    expect(r.stderr).toContain('  hint: if the rows are the office\'s enforcers, say so in the title ("… theo Chấp hành viên") or head the column "Đơn vị / Chấp hành viên"; if they are offices, number them');
  });
});

describe('by-enforcer.ts', () => {
  it.each([
    [['BIỂU 04: KẾT QUẢ … THEO CHẤP HÀNH VIÊN'], 'Đơn vị', true],
    [['Kết quả theo từng CHV'], 'Đơn vị', true],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], 'Đơn vị', false],
    [[], 'Đơn vị / Chấp hành viên', true],
    [[], 'Đơn vị/CHV', true],
    [[], 'Đơn vị', false],
    [['Số chấp hành viên: 12'], 'Đơn vị', false],
  ] as const)('%j, office column %j → %s', (titles, header, expected) => {
    expect(isByEnforcerForm(titles.map((t) => ({ cells: [t] })), header)).toBe(expected);
  });

  it.each([
    ['Chi cục THADS huyện Ia Grai', true], ['Phòng THADS khu vực 2', true], ['Thị xã An Khê', true], ['Quận 1', true], ['Văn phòng Cục', true], ['TP. Pleiku', true],
    ['Nguyễn Văn Quân', false], ['Lê Thị Huyền', false], ['Trần Thị Cúc', false], ['Nguyễn Thanh Phong', false], ['Phạm Thị Dung', false],
  ] as const)('namesOfficeNotPerson(%j) → %s', (name, expected) => {
    expect(namesOfficeNotPerson(name)).toBe(expected);
  });
});
