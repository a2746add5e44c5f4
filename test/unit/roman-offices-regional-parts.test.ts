// Round 32: 04, a form by enforcer numbering its offices I, II and their enforcers 1, 2 (the
// enforcers were ranked as four offices, the Chi cục gone); 06, a 2025 report with each Phòng
// THADS khu vực numbered without figures over its former districts as bare place names (refused
// NOT_AN_OFFICE). Both readers (the fast path leaves both files to the reference).
import { describe, expect, it } from 'vitest';
import { namesRegionalOffice } from '../../src/input/by-enforcer.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-roman-regional-', ['--format', 'csv']);

const TITLE = 'BIỂU 04: KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2019';
const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const ROMAN = [
  TITLE, HEADER,
  'I;Chi cục THADS huyện Chư Sê;100;80;5', '1;Nguyễn Văn An;60;50;2', '2;Trần Thị Bình;40;30;3',
  'II;Chi cục THADS huyện Đắk Đoa;200;150;10', '1;Lê Văn Cường;120;90;5', '2;Phạm Thị Dung;80;60;5',
  ';Tổng cộng;300;230;15',
];

/** district, with conditions, resolved, rate, rank, rank of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20], c[26], c[27]].join(' ').trim();
  });
}

describe('a form by enforcer with offices numbered I, II over enforcers numbered 1, 2 (04)', () => {
  // Chư Sê: 60 + 40 = 100, resolved 50 + 2 + 30 + 3 = 85 (85.00 %); Đắk Đoa: 120 + 80 = 200,
  // 90 + 5 + 60 + 5 = 160 (80.00 %); total 300 / 245 = 81.666… → 81.67 %
  const READ = ['Chi cục THADS huyện Chư Sê 100 85 85.00 1 2', 'Chi cục THADS huyện Đắk Đoa 200 160 80.00 2 2', 'TOTAL 300 245 81.67'];

  it('the Roman rows are the offices, their subtotals checked, the enforcers their parts', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('Nguyễn Văn An');
  });

  it('offices without figures: their enforcers summed', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => l.replace(/^(I+;[^;]+);.*$/, '$1;;;')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a subtotal that is not its enforcers\' sum is refused', async () => {
    // 100 against 70 + 40 = 110
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => (l === '1;Nguyễn Văn An;60;50;2' ? '1;Nguyễn Văn An;70;50;2' : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3: error: "Chi cục THADS huyện Chư Sê" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 4–5)');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an office numbered 2 under a Roman office is refused, located', async () => {
    const r = await both('enf-viec-2019.csv', ROMAN.map((l) => (l === '2;Trần Thị Bình;40;30;3' ? '2;Chi cục THADS huyện Ia Grai;40;30;3' : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:5:1: error: "Chi cục THADS huyện Ia Grai" is numbered "2" under the office "Chi cục THADS huyện Chư Sê" (line 3), numbered as Roman, in a form by enforcer, where such rows are the office\'s enforcers, but it names an office: one of that office\'s rows or an office of its own, thads cannot tell, and it would be added as an office [NOT_AN_OFFICE]\n' +
        '  hint: number the offices 1, 2, 3… and leave their enforcers\' rows without STT, or number the offices I, II and name an enforcer on each row below them\n',
    );
  });

  it('without the title, SPEC\'s Roman-section rule stands: the numbered rows are offices', async () => {
    const r = await both('enf-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', ...ROMAN.slice(1)]);
    expect(r.code, r.stderr).toBe(0);
    // 52/60 = 86.67 %, 33/40 = 82.50 %, 65/80 = 81.25 %, 95/120 = 79.17 %
    expect(rows(r.stdout)).toEqual([
      'Nguyễn Văn An 60 52 86.67 1 4', 'Trần Thị Bình 40 33 82.50 2 4', 'Lê Văn Cường 120 95 79.17 4 4', 'Phạm Thị Dung 80 65 81.25 3 4', 'TOTAL 300 245 81.67',
    ]);
  });

  it('Roman sections over offices in a form by enforcer stay sections', async () => {
    const r = await both('enf-viec-2019.csv', [TITLE, HEADER, 'I;Các Chi cục;300;230;15', '1;Chi cục THADS huyện Chư Sê;;;', ';Nguyễn Văn An;60;50;2', ';Trần Thị Bình;40;30;3', '2;Chi cục THADS huyện Đắk Đoa;;;', ';Lê Văn Cường;120;90;5', ';Phạm Thị Dung;80;60;5']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('a Phòng THADS khu vực numbered without figures over its former districts (06)', () => {
  const KV = [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025', HEADER,
    '1;Phòng THADS khu vực 3;;;', ';Chư Sê;60;50;2', ';Chư Pưh;40;30;3',
    '2;Phòng THADS khu vực 4;;;', ';Đắk Đoa;120;90;5', ';Mang Yang;80;60;5',
  ];

  it('the khu vực is the office, its figures its districts\' sum', async () => {
    const r = await both('kv-viec-2025.csv', KV);
    expect(r.code, r.stderr).toBe(0);
    // khu vực 3: 60 + 40 = 100, 50 + 2 + 30 + 3 = 85 (85.00 %); khu vực 4: 200 / 160 (80.00 %)
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 3 100 85 85.00 1 2', 'Phòng THADS khu vực 4 200 160 80.00 2 2', 'TOTAL 300 245 81.67']);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
  });

  it('a person-like name under a Chi cục numbered without figures is still refused', async () => {
    const r = await both('kv-viec-2025.csv', KV.map((l) => l.replace('Phòng THADS khu vực 3', 'Chi cục THADS huyện Chư Sê').replace(';Chư Sê;', ';Nguyễn Văn An;')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "Nguyễn Văn An" has no STT under "Chi cục THADS huyện Chư Sê" (line 3), an office numbered without figures');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('before 2025 (no khu vực yet) the refusal stands', async () => {
    const r = await both('kv-viec-2024.csv', KV.map((l) => l.replace('2025', '2024')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "Chư Sê" has no STT under "Phòng THADS khu vực 3" (line 3)');
  });
});

describe('namesRegionalOffice', () => {
  it.each([
    ['Phòng THADS khu vực 3', true], ['Phòng Thi hành án dân sự khu vực 12', true], ['THADS khu vực 2', true],
    ['Khu vực 1', false], ['Chi cục THADS huyện Chư Sê', false], ['Chư Sê', false],
  ] as const)('%j → %s', (name, expected) => {
    expect(namesRegionalOffice(name)).toBe(expected);
  });
});

describe('a Phòng THADS khu vực numbered WITH figures over its former districts (round 33, 02)', () => {
  const H = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
  const { both: bothCsv } = bothReaders('thads-kv-parts-', ['--format', 'csv']);
  const rowsOf = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[18]].join(' '); });

  it('one part under "Trong đó:" is not added again', async () => {
    const r = await bothCsv('a-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,100,80', ',Trong đó:,,', ',Lý Sơn,100,80', '2,Phòng THADS khu vực 2,200,170', ',Trong đó:,,', ',Ba Tơ,200,170', '3,Phòng THADS khu vực 3,110,90']);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200 + 110 = 410, 80 + 170 + 90 = 340
    expect(rowsOf(r.stdout)).toEqual(['Phòng THADS khu vực 1 100 80', 'Phòng THADS khu vực 2 200 170', 'Phòng THADS khu vực 3 110 90', 'TOTAL 410 340']);
    expect(r.stderr).toBe('');
  });

  it('parts without "Trong đó:", two and one: the office rows stand', async () => {
    const r = await bothCsv('b-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,300,250', ',Ba Tơ,100,80', ',Minh Long,200,170', '2,Phòng THADS khu vực 2,150,120', ',Sơn Hà,150,120', '3,Phòng THADS khu vực 3,110,90']);
    expect(r.code, r.stderr).toBe(0);
    // 300 + 150 + 110 = 560, 250 + 120 + 90 = 460
    expect(rowsOf(r.stdout).at(-1)).toBe('TOTAL 560 460');
  });

  it('"Trong đó" parts summing to less than the office: the office row stands', async () => {
    const r = await bothCsv('c-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,300,250', ',Trong đó:,,', ',Ba Tơ,100,80', '2,Phòng THADS khu vực 2,150,120']);
    expect(r.code, r.stderr).toBe(0);
    expect(rowsOf(r.stdout).at(-1)).toBe('TOTAL 450 370');
  });

  it('"Trong đó" parts summing to more are refused', async () => {
    const r = await bothCsv('d-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,300,250', ',Trong đó:,,', ',Ba Tơ,200,80', ',Minh Long,200,170', '2,Phòng THADS khu vực 2,150,120']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and its parts under "Trong đó" (lines 4–5) add up to more than it');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('"Chia ra:" (the opener rows of parts elsewhere) lists all the parts: one is not added again, fewer are refused', async () => {
    const all = await bothCsv('f-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,100,80', ',Chia ra:,,', ',Lý Sơn,100,80', '2,Phòng THADS khu vực 2,110,90']);
    expect(all.code, all.stderr).toBe(0);
    // 100 + 110 = 210, 80 + 90 = 170
    expect(rowsOf(all.stdout).at(-1)).toBe('TOTAL 210 170');
    const fewer = await bothCsv('g-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,300,250', ',Chia ra:,,', ',Ba Tơ,100,80', '2,Phòng THADS khu vực 2,150,120']);
    expect(fewer.code).toBe(1);
    expect(fewer.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('parts without "Trong đó" that do not add up are refused', async () => {
    const r = await bothCsv('e-viec-2025.csv', [H, '1,Phòng THADS khu vực 1,300,250', ',Ba Tơ,90,80', ',Minh Long,200,170', '2,Phòng THADS khu vực 2,150,120']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 3–4)');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });
});
