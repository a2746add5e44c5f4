// One office's form by enforcer without an office column (by-enforcer.ts OfficeLinesAmongEnforcers):
// the office's own line among its enforcers is their checked subtotal. Three holes:
// - in English ("Region 1 Enforcement Office", "District Office total") it was added as an
//   enforcer: every count doubled (1660 / 1140 / 960 for 830 / 570 / 480), exit 0;
// - naming ANOTHER office than the file's ("Phòng THADS khu vực 2" in khu vực 1's file) it was
//   taken as khu vực 1's subtotal, exit 0: refused OFFICE_NAME_CONFLICT;
// - the name column headed "Họ và tên CHV", "CHV", "Chấp hành viên thụ lý", "Ho ten CHV" was
//   not known as the enforcers': refused OFFICE_COLUMN_MISSING.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { ENFORCERS, header, KV1, KV1_READ, rows, TITLE } from '../helpers/kv1-enforcers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-enforcer-office-line-', ['--format', 'csv']);


describe('the office\'s line written in English: its enforcers\' subtotal, counted once', () => {
  for (const office of ['Region 1 Enforcement Office', 'Civil Judgment Enforcement Office of Region 1', 'District Office total', 'Office of Region 1', 'OFFICE TOTAL', 'Enforcement Office']) {
    it(`"${office}" above the enforcers (was 1660 / 1140 / 960)`, async () => {
      const r = await both(KV1, [TITLE, header('Chấp hành viên'), `;${office};830;570;480`, ...ENFORCERS]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(KV1_READ);
    });
  }

  it('without the title, headed "Ho ten CHV": the same', async () => {
    const r = await both(KV1, [header('Ho ten CHV'), ...ENFORCERS, ';Region 1 Enforcement Office;830;570;480']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  it('below the enforcers, the column headed "Enforcer": the same', async () => {
    const r = await both(KV1, [TITLE, header('Enforcer'), ...ENFORCERS, ';Region 1 Enforcement Office;830;570;480']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  it('an English office line that is not its enforcers\' sum is refused, never added (resolved 490 against 480)', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ...ENFORCERS, ';Region 1 Enforcement Office;830;570;490']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
  });

  it('xlsx: the same sheet, its English office line counted once', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Phòng THADS khu vực 1 - viec 2025.xlsx', [TITLE, header('Chấp hành viên'), ';Region 1 Enforcement Office;830;570;480', ...ENFORCERS], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });
});

describe('an office line naming another office than the file\'s: refused, located', () => {
  it('"Phòng THADS khu vực 2" in khu vực 1\'s file (by its name): OFFICE_NAME_CONFLICT', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ';Phòng THADS khu vực 2;830;570;480', ...ENFORCERS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:2: error: the enforcers\' column names the office "Phòng THADS khu vực 2", but the file name says the file is Phòng THADS khu vực 1\'s: that row is no subtotal of this office\'s enforcers, and its figures would be read as this office\'s [OFFICE_NAME_CONFLICT]');
  });

  it('"Phòng THADS khu vực II" (its number in Roman) in khu vực 1\'s file: refused', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ...ENFORCERS, ';Phòng THADS khu vực II;830;570;480']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:2: error: the enforcers\' column names the office "Phòng THADS khu vực II", but the file name says the file is Phòng THADS khu vực 1\'s');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
  });

  it('without the title "theo Chấp hành viên", headed "CHV": the same refusal', async () => {
    const r = await both(KV1, [header('CHV'), ';Phòng THADS khu vực 2;830;570;480', ...ENFORCERS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: the enforcers\' column names the office "Phòng THADS khu vực 2", but the file name says the file is Phòng THADS khu vực 1\'s');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
  });

  it('xlsx: the same refusal, located by row', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Phòng THADS khu vực 1 - viec 2025.xlsx', [TITLE, header('Chấp hành viên'), ';Phòng THADS khu vực 2;830;570;480', ...ENFORCERS], ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Phòng THADS khu vực 1 - viec 2025.xlsx:Sheet1!B3: error: the enforcers\' column names the office "Phòng THADS khu vực 2", but the file name says the file is Phòng THADS khu vực 1\'s');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
  });

  it('the file\'s office from its title, the other office written in English below the enforcers', async () => {
    const r = await both('bieu-04-viec-2025.csv', ['PHÒNG THADS KHU VỰC 1', TITLE, header('Chấp hành viên'), ...ENFORCERS, ';Region 2 Enforcement Office;830;570;480']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: the enforcers\' column names the office "Region 2 Enforcement Office", but the title (line 1) says the file is Phòng THADS khu vực 1\'s');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
  });

  it('a Chi cục\'s sheet of 2019 closed by another Chi cục\'s line, without diacritics: refused', async () => {
    const r = await both('Mỹ Lộc - viec 2019.csv', [TITLE.replace('2025', '2019'), header('Chấp hành viên'), ...ENFORCERS, ';Chi cuc THADS huyen Vu Ban;830;570;480']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:2: error: the enforcers\' column names the office "Chi cuc THADS huyen Vu Ban", but the file name says the file is Mỹ Lộc\'s');
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_CONFLICT']);
  });
});

describe('the enforcers\' column headed as real forms head it', () => {
  for (const name of ['Họ và tên CHV', 'CHV', 'Họ tên Chấp hành viên', 'Chấp hành viên thụ lý', 'Ho ten CHV', 'HỌ VÀ TÊN CHẤP HÀNH VIÊN', 'Tên CHV']) {
    it(`headed "${name}": one office, its line counted once (was OFFICE_COLUMN_MISSING)`, async () => {
      const r = await both(KV1, [TITLE, header(name), ';Phòng THADS khu vực 1;830;570;480', ...ENFORCERS]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(KV1_READ);
    });
  }

  it('headed "CHV", without an office line: the enforcers summed', async () => {
    const r = await both(KV1, [TITLE, header('CHV'), ...ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });
});

describe('over-reach: files that read as before', () => {
  it('the same office written otherwise than the file\'s name ("Phong THADS khu vuc 1", "THA khu vực 01", "KV1", a file "kv1-…"; "THA …" and "KV1" were added as enforcers): its line', async () => {
    for (const office of ['Phong THADS khu vuc 1', 'THA khu vực 01', 'KV1', 'Khu vực số 1', 'Phòng THADS khu vực I']) {
      const r = await both(KV1, [TITLE, header('Chấp hành viên'), `;${office};830;570;480`, ...ENFORCERS]);
      expect(r.code, `${office}: ${r.stderr}`).toBe(0);
      expect(rows(r.stdout)).toEqual(KV1_READ);
    }
    const r = await both('kv1-viec-2025.csv', [TITLE, header('Chấp hành viên'), ';Phòng THADS khu vực 1;830;570;480', ...ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 830 570 480 84.21');
  });

  it('a Chi cục\'s own line in its file named by the place alone: its line', async () => {
    const r = await both('Mỹ Lộc - viec 2019.csv', [TITLE.replace('2025', '2019'), header('Chấp hành viên'), ...ENFORCERS, ';Chi cục THADS huyện Mỹ Lộc;830;570;480']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Mỹ Lộc 830 570 480 84.21', 'TOTAL 830 570 480 84.21']);
  });

  it('a file named after its province: its khu vực\'s line is read, never compared (the name says no office)', async () => {
    const r = await both('phu-tho-theo-chv-viec-2025.csv', [TITLE, header('Chấp hành viên'), ';Phòng THADS khu vực 1;830;570;480', ...ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 830 570 480 84.21');
  });

  it('an enforcer named like a place ("Nguyễn Văn Khu"): a person, added', async () => {
    // 300 + 250 = 550, 200 + 180 = 380, 170 + 160 = 330; 330 / 380 = 0.868421… → 86.84 %
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), '1;Nguyễn Văn Khu;300;200;170', '2;Trần Thị Bình;250;180;160']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 550 380 330 86.84', 'TOTAL 550 380 330 86.84']);
  });

  it('"Chi cục trưởng Trần Văn Bình", equal to two others\' sum: a person, added', async () => {
    // Bình = An + Cường (60 + 40 = 100, 50 + 30 = 80, 40 + 30 = 70): 60 + 100 + 40 = 200,
    // 50 + 80 + 30 = 160, 40 + 70 + 30 = 140; 140 / 160 = 87.50 %
    const r = await both('Chi cục THADS huyện Mỹ Lộc - viec 2019.csv', [TITLE.replace('2025', '2019'), header('Chấp hành viên'), '1;Nguyễn Văn An;60;50;40', '2;Chi cục trưởng Trần Văn Bình;100;80;70', '3;Lê Văn Cường;40;30;30']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 200 160 140 87.50');
  });

  it('an English enforcer "Nguyen Van An, Head of Office", equal to two others\' sum: a person, added', async () => {
    // as above: 100 + 60 + 40 = 200, 80 + 50 + 30 = 160, 70 + 40 + 30 = 140; 87.50 %
    const r = await both(KV1, [TITLE, header('Enforcer'), '1;Nguyen Van An, Head of Office;100;80;70', '2;Tran Thi Binh;60;50;40', '3;Le Van Cuong;40;30;30']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 200 160 140 87.50', 'TOTAL 200 160 140 87.50']);
  });

  it('a sheet by enforcer without an office line, headed "Họ và tên CHV": their sum', async () => {
    // 320 + 260 + 300 = 880, 210 + 170 + 220 = 600, 190 + 140 + 200 = 530; 530 / 600 = 88.33 %
    const r = await both('Phòng THADS khu vực 2 - viec 2025.csv', [TITLE, header('Họ và tên CHV'), '1;Phạm Văn Dũng;320;210;190', '2;Hoàng Thị Em;260;170;140', '3;Đỗ Văn Giang;300;220;200']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 2 880 600 530 88.33', 'TOTAL 880 600 530 88.33']);
  });
});
