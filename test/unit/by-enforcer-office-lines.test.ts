// A province's form by office and enforcer in ONE name column (work86b): each office's line is the
// sum of its enforcers' rows, which follow (or precede) it. Read wrong with exit 0:
// 01 — the provincial office ("Phòng Nghiệp vụ và Tổ chức THADS") with ONE enforcer, numbered
//      offices, title "… CHIA THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN" or none: its enforcer added
//      beside it (606 / 451 for 559 / 418);
// 02 — title "… THEO CHẤP HÀNH VIÊN", nothing numbered, each Phòng's line below (or above) its
//      enforcers: every figure doubled (1118 for 559), two "Nguyễn Văn An" merged.
import { describe, expect, it } from 'vitest';
import { isByEnforcerForm } from '../../src/input/by-enforcer.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-enf-office-lines-', ['--format', 'csv']);

const CUC = 'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI';
const PLAIN_TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC';
const NAMED = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong';
const head = (title: string, header = NAMED) => [CUC, 'Biểu số 04/TK-THA', title, 'Năm 2026', header];

// The offices' lines and their enforcers (the findings' files). By hand:
// KV1: 103 + 117 + 81 = 301; 71 + 82 + 50 = 203; 6 + 11 + 4 = 21; 77 + 93 + 54 = 224
// KV2: 152 + 59 = 211; 101 + 48 = 149; 7 + 5 = 12; 108 + 53 = 161
// PNV: 47 / 31 / 2 / 33 (its one enforcer)
const PNV = 'Phòng Nghiệp vụ và Tổ chức THADS;47;31;2;33';
const PNV_ENF = ['Phạm Văn Dũng;47;31;2;33'];
const KV1 = 'Phòng THADS khu vực 1;301;203;21;224';
const KV1_ENF = ['Nguyễn Văn An;103;71;6;77', 'Trần Thị Bình;117;82;11;93', 'Chưa phân công;81;50;4;54'];
const KV2 = 'Phòng THADS khu vực 2;211;149;12;161';
const KV2_ENF = ['Lê Văn Cường;152;101;7;108', 'Nguyễn Văn An;59;48;5;53'];
const no = (l: string) => `;${l}`;
const numbered = (n: number, l: string) => `${n};${l}`;

/** district, with conditions, completed, terminated, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[10], c[11], c[18], c[20]].join(' ');
  });
}
// rates: 33/47 = 0.70212… → 70.21; 224/301 = 0.74418… → 74.42; 161/211 = 0.76303… → 76.30
// total 47 + 301 + 211 = 559, 31 + 203 + 149 = 383, 2 + 21 + 12 = 35, 33 + 224 + 161 = 418;
// 418/559 = 0.74776… → 74.78 (read wrong: 606 / 414 / 37 / 451, 74.42; doubled: 1118 / 766 / 70 / 836)
const R = {
  pnv: 'Phòng Nghiệp vụ và Tổ chức THADS 47 31 2 33 70.21',
  kv1: 'Phòng THADS khu vực 1 301 203 21 224 74.42',
  kv2: 'Phòng THADS khu vực 2 211 149 12 161 76.30',
  total: 'TOTAL 559 383 35 418 74.78',
};
const FILE = 'gia-lai-viec-2026.csv';

describe('01: the provincial office with one enforcer, offices numbered', () => {
  const finding = [...head('KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CHIA THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN'),
    numbered(1, PNV), ...PNV_ENF.map(no), numbered(2, KV1), ...KV1_ENF.map(no), numbered(3, KV2), ...KV2_ENF.map(no)];
  const pnvLast = [...head(PLAIN_TITLE), numbered(1, KV1), ...KV1_ENF.map(no), numbered(2, KV2), ...KV2_ENF.map(no), numbered(3, PNV), ...PNV_ENF.map(no)];

  it('the finding\'s file: three offices, its enforcer counted once (was 606 / 451, a person ranked)', async () => {
    const r = await both(FILE, finding);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.pnv, R.kv1, R.kv2, R.total]);
    expect(r.stdout).not.toContain('Phạm Văn Dũng');
  });

  it('the provincial office last, a title that says nothing of enforcers: the same', async () => {
    const r = await both(FILE, pnvLast);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
  });

  it('xlsx: both sheets read the same', async () => {
    const a = await summarizeLinesWorkbook(dir, 'gia-lai-viec-2026.xlsx', finding, ['--format', 'csv']);
    expect(a.code, a.stderr).toBe(0);
    expect(rows(a.stdout)).toEqual([R.pnv, R.kv1, R.kv2, R.total]);
    const b = await summarizeLinesWorkbook(dir, 'gia-lai-viec-2026.xlsx', pnvLast, ['--format', 'csv']);
    expect(b.code, b.stderr).toBe(0);
    expect(rows(b.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
  });

  const withOffice = (title: string, office: string) => [...head(title), numbered(1, KV1), ...KV1_ENF.map(no), numbered(2, KV2), ...KV2_ENF.map(no), numbered(3, `${office};47;31;2;33`), ...PNV_ENF.map(no)];
  for (const office of ['Văn phòng Cục', 'PHÒNG NGHIỆP VỤ VÀ TỔ CHỨC THADS', 'Phong Nghiep vu va To chuc THADS']) {
    it(`the office written "${office}", no title: its one enforcer counted once`, async () => {
      const r = await both(FILE, withOffice(PLAIN_TITLE, office), ['--format', 'csv', '--by', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([R.total]);
    });
  }
  // A Chi cục beside the khu vực in a report of 2026: none exists after 1/7/2025, refused (kvrest).
  it('the office written "Chi cục THADS huyện Chư Sê" in 2026, beside the khu vực: refused NOT_AN_OFFICE, never added', async () => {
    const r = await both(FILE, withOffice(PLAIN_TITLE, 'Chi cục THADS huyện Chư Sê'), ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/"Chi cục THADS huyện Chư Sê" names a district office beside the Phòng THADS khu vực, in a report of 2026.*\[NOT_AN_OFFICE\]/);
  });
  // Written as the province's ("Cục THADS tỉnh …"), a row that may head a province's offices: its
  // enforcer is its only where the title says the form is by enforcer.
  for (const office of ['Cục THADS tỉnh Gia Lai', 'Thi hành án dân sự tỉnh Gia Lai']) {
    it(`the office written "${office}", the title "THEO CHẤP HÀNH VIÊN": its one enforcer counted once`, async () => {
      const r = await both(FILE, withOffice('KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN', office));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, `${office} 47 31 2 33 70.21`, R.total]);
      expect(r.stdout).not.toContain('Phạm Văn Dũng');
    });
  }

  it('two enforcers under the provincial office, no title: their sum, counted once (was SUSPECTED_TOTAL_ROW)', async () => {
    // PNV 47 = 40 + 7, 31 = 30 + 1, 2 = 2 + 0, 33 = 32 + 1; total as above
    const lines = [...head(PLAIN_TITLE), numbered(1, KV1), ...KV1_ENF.map(no), numbered(2, KV2), ...KV2_ENF.map(no), numbered(3, PNV), ';Phạm Văn Dũng;40;30;2;32', ';Lê Thị Hoa;7;1;0;1'];
    const r = await both(FILE, lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
  });

  it('its one enforcer not equal to it: refused at the office\'s line, never added (was 388, exit 0)', async () => {
    const lines = [...head(PLAIN_TITLE), numbered(1, KV1), ...KV1_ENF.map(no), numbered(2, PNV), ';Phạm Văn Dũng;40;30;2;32'];
    const r = await both(FILE, lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:10: error: "Phòng Nghiệp vụ và Tổ chức THADS" on this row is an office with figures, and it is not the sum of its parts, its enforcers\' rows without an STT under it (line 11)');
  });
});

describe('01: a title saying the form is by enforcer in other words', () => {
  // The offices' lines without figures: without the title the provincial office's person below
  // it is refused (NOT_AN_OFFICE: its enforcer or an office?); with it, the office's row.
  const form = (title: string) => [...head(title), '1;Phòng Nghiệp vụ và Tổ chức THADS;;;;', ...PNV_ENF.map(no), '2;Phòng THADS khu vực 1;;;;', ...KV1_ENF.map(no), '3;Phòng THADS khu vực 2;;;;', ...KV2_ENF.map(no)];
  const titles = [
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CHIA THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CỦA CHẤP HÀNH VIÊN',
    'Kết quả thi hành án dân sự của từng Chấp hành viên',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHV',
    'KET QUA THI HANH AN DAN SU THEO DON VI VA CHAP HANH VIEN',
    'Civil judgment enforcement results by enforcer',
  ];
  for (const title of titles) {
    it(`"${title}"`, async () => {
      expect(isByEnforcerForm([{ cells: [title] }], 'Đơn vị')).toBe(true);
      const r = await both(FILE, form(title));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([R.pnv, R.kv1, R.kv2, R.total]);
    });
  }

  it('over-reach: a title that names no form by enforcer stays no such form, its person refused as before', async () => {
    for (const title of [PLAIN_TITLE, 'DANH SÁCH CHẤP HÀNH VIÊN ĐƯỢC BỔ NHIỆM', 'Số liệu do Chấp hành viên cập nhật']) expect(isByEnforcerForm([{ cells: [title] }], 'Đơn vị')).toBe(false);
    const r = await both(FILE, form(PLAIN_TITLE));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('02: a form by enforcer numbering nothing, each office\'s line below or above its enforcers', () => {
  const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN';
  const below = [...KV1_ENF, KV1, ...KV2_ENF, KV2, ...PNV_ENF, PNV].map(no);
  const above = [PNV, ...PNV_ENF, KV1, ...KV1_ENF, KV2, ...KV2_ENF];

  it('the finding\'s file, "Đơn vị / Chấp hành viên" header: three offices, counted once (was 1118 / 836)', async () => {
    const r = await both(FILE, [CUC, TITLE, 'Năm 2026', 'STT;Đơn vị / Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong', ...below]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
    expect(r.stdout).not.toContain('Nguyễn Văn An');
  });

  it('the column headed "Đơn vị": the same', async () => {
    const r = await both(FILE, [CUC, TITLE, 'Năm 2026', NAMED, ...below]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
  });

  it('the line above its enforcers, no STT column at all: the same', async () => {
    const r = await both(FILE, [CUC, TITLE, 'Năm 2026', 'Đơn vị / Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong', ...above]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.pnv, R.kv1, R.kv2, R.total]);
  });

  it('xlsx: both layouts read the same', async () => {
    const a = await summarizeLinesWorkbook(dir, 'gia-lai-viec-2026.xlsx', [CUC, TITLE, 'Năm 2026', NAMED, ...below], ['--format', 'csv']);
    expect(a.code, a.stderr).toBe(0);
    expect(rows(a.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
    const b = await summarizeLinesWorkbook(dir, 'gia-lai-viec-2026.xlsx', [CUC, TITLE, 'Năm 2026', 'Đơn vị / Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong', ...above], ['--format', 'csv']);
    expect(b.code, b.stderr).toBe(0);
    expect(rows(b.stdout)).toEqual([R.pnv, R.kv1, R.kv2, R.total]);
  });

  it('an office\'s line that is not its enforcers\' sum, below them: refused there, never added', async () => {
    // KV1's line 300 ≠ 103 + 117 + 81 = 301
    const lines = [CUC, TITLE, 'Năm 2026', NAMED, ...below.map((l) => l.replace('khu vực 1;301;', 'khu vực 1;300;'))];
    const r = await both(FILE, lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr).filter((c) => c !== 'DUPLICATE_OFFICE')).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:8: error: "Phòng THADS khu vực 1" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 5–7)');
  });

  it('above them: the same', async () => {
    // KV2's line 210 ≠ 152 + 59 = 211
    const lines = [CUC, TITLE, 'Năm 2026', NAMED, ...above.map(no).map((l) => l.replace('khu vực 2;211;', 'khu vực 2;210;'))];
    const r = await both(FILE, lines);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr).filter((c) => c !== 'DUPLICATE_OFFICE')).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:11: error: "Phòng THADS khu vực 2" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 12–13)');
  });

  it('offices numbered: an unnumbered office\'s name under one is still refused (NOT_AN_OFFICE)', async () => {
    const r = await both(FILE, [CUC, TITLE, 'Năm 2026', NAMED, numbered(1, KV1), ...KV1_ENF.map(no), no(KV2), ...KV2_ENF.map(no)]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('the offices alone under a by-enforcer title, nothing numbered: each an office (559)', async () => {
    const r = await both(FILE, [CUC, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN', 'Năm 2026', NAMED, no(KV1), no(KV2), no(PNV)]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.kv1, R.kv2, R.pnv, R.total]);
  });

  it('a list of offices without enforcers, nothing numbered, no Phòng a sum: 739', async () => {
    // 301 + 211 + 180 + 47 = 739; 203 + 149 + 120 + 31 = 503; 21 + 12 + 10 + 2 = 45; 224 + 161 + 130 + 33 = 548; 548/739 = 0.74154… → 74.15
    const r = await both(FILE, [...head(PLAIN_TITLE), no(KV1), no(KV2), ';Phòng THADS khu vực 3;180;120;10;130', no(PNV)], ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 739 503 45 548 74.15']);
  });

  it('separate "Đơn vị" and "Chấp hành viên" columns: each enforcer\'s row its office\'s (559)', async () => {
    const rowsOf = (office: string, enf: readonly string[]) => enf.map((e) => `;${office};${e}`);
    const lines = [CUC, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN', 'Năm 2026', 'STT;Đơn vị;Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong',
      ...rowsOf('Phòng Nghiệp vụ và Tổ chức THADS', PNV_ENF), ...rowsOf('Phòng THADS khu vực 1', KV1_ENF), ...rowsOf('Phòng THADS khu vực 2', KV2_ENF)];
    const r = await both(FILE, lines, ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([R.total]);
  });

  it('a khu vực with one enforcer, no title: read as before (211)', async () => {
    const r = await both(FILE, [...head(PLAIN_TITLE), numbered(1, KV2), ';Lê Văn Cường;211;149;12;161'], ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 211 149 12 161 76.30']);
  });

  it('a list of bare place names with one STT left out: each an office, as before (330)', async () => {
    // 100 + 80 + 60 + 90 = 330; 60 + 50 + 40 + 70 = 220; 5 + 2 + 1 + 3 = 11; 65 + 52 + 41 + 73 = 231; 231/330 = 70.00
    const lines = [CUC, PLAIN_TITLE, 'Năm 2019', NAMED, '1;Mỹ Lộc;100;60;5;65', '2;Vụ Bản;80;50;2;52', ';Ý Yên;60;40;1;41', '3;Nam Trực;90;70;3;73'];
    const r = await both('nam-dinh-viec-2019.csv', lines.map((l) => l.replace('GIA LAI', 'NAM ĐỊNH')), ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 330 220 11 231 70.00']);
  });

  it('an office named as such with its STT left out: an office, as before (240)', async () => {
    // 100 + 60 + 80 = 240; 60 + 40 + 50 = 150; 5 + 1 + 2 = 8; 65 + 41 + 52 = 158; 158/240 = 0.65833… → 65.83
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', PLAIN_TITLE, 'Năm 2019', NAMED, '1;Chi cục THADS huyện Mỹ Lộc;100;60;5;65', ';Chi cục THADS huyện Ý Yên;60;40;1;41', '2;Chi cục THADS huyện Vụ Bản;80;50;2;52'];
    const r = await both('nam-dinh-viec-2019.csv', lines, ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 240 150 8 158 65.83']);
  });
});
