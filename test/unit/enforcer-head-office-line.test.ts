// One Phòng's form by enforcer whose name column is headed by an enforcer's word ("Chấp hành
// viên", "Họ tên", "Người thực hiện") and no office column: the office's own line there
// ("Phòng THADS khu vực 1", the sum of its enforcers) was added on top of them — every count
// doubled, exit 0 (round 61c, 01: khu vực 1 1 140 / 960 against 570 / 480). It is the office's
// subtotal: checked against its enforcers, counted once. Two offices' lines in one such file
// are refused (no column says whose each row is).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { ENFORCERS as KV1_ENFORCERS, header, KV1, KV1_READ, rows, TITLE } from '../helpers/kv1-enforcers.js';

const { dir, both } = bothReaders('thads-enforcer-head-', ['--format', 'csv']);

const KV1_LINE = ';Phòng THADS khu vực 1;830;570;480';

describe('the office\'s own line among its enforcers, the column headed by an enforcer\'s word', () => {
  it('above the enforcers: their subtotal, counted once (was 1660 / 1140 / 960)', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), KV1_LINE, ...KV1_ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  it('below the enforcers: the same', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ...KV1_ENFORCERS, KV1_LINE]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  for (const name of ['Họ tên', 'Người thực hiện', 'Họ tên chấp hành viên', 'CHẤP HÀNH VIÊN', 'Họ và tên']) {
    it(`headed "${name}": the same`, async () => {
      const r = await both(KV1, [TITLE, header(name), KV1_LINE, ...KV1_ENFORCERS]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(KV1_READ);
    });
  }

  for (const office of ['PHÒNG THADS KHU VỰC 1', 'Phong THADS khu vuc 1', 'THADS khu vực 1', 'Khu vực 1', 'Phòng Thi hành án dân sự khu vực 1']) {
    it(`the office written "${office}": the same`, async () => {
      const r = await both(KV1, [TITLE, header('Chấp hành viên'), `;${office};830;570;480`, ...KV1_ENFORCERS]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(KV1_READ);
    });
  }

  it('a Chi cục\'s sheet of 2019, its line at the bottom: the same', async () => {
    // 200 + 180 + 190 = 570 with conditions, 170 + 160 + 150 = 480 resolved: 84.21 %
    const r = await both('Chi cục THADS huyện Mỹ Lộc - viec 2019.csv', [TITLE.replace('2025', '2019'), header('Chấp hành viên'), ...KV1_ENFORCERS, ';Chi cục THADS huyện Mỹ Lộc;830;570;480']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 830 570 480 84.21');
    expect(rows(r.stdout)).toHaveLength(2);
  });

  it('without the title "theo Chấp hành viên": the same', async () => {
    const r = await both(KV1, [header('Chấp hành viên'), KV1_LINE, ...KV1_ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  it('an office line that is not its enforcers\' sum is refused, never added (resolved 490 against 480)', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ...KV1_ENFORCERS, ';Phòng THADS khu vực 1;830;570;490']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
  });

  it('two offices\' lines in one file without an office column: refused at the second', async () => {
    const r = await both('phu-tho-theo-chv-viec-2025.csv', [
      TITLE, header('Chấp hành viên'),
      '1;Phòng THADS khu vực 1;830;570;480', ';Nguyễn Văn An;300;200;170', ';Trần Thị Bình;250;180;160', ';Lê Văn Cường;280;190;150',
      '2;Phòng THADS khu vực 2;580;380;330', ';Phạm Văn Dũng;320;210;190', ';Hoàng Thị Em;260;170;140',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: no office column is named, and the enforcers\' column names the office "Phòng THADS khu vực 1" (line 3) and "Phòng THADS khu vực 2": the file holds several offices, whose enforcers\' rows would be summed as one office [OFFICE_COLUMN_MISSING]');
  });

  it('xlsx: the same sheet, its office line counted once', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Phòng THADS khu vực 1 - viec 2025.xlsx', [TITLE, header('Chấp hành viên'), KV1_LINE, ...KV1_ENFORCERS], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });
});

describe('over-reach: files that read as before', () => {
  it('a list of enforcers alone: the file\'s office, their sum', async () => {
    // 320 + 260 + 300 = 880, 210 + 170 + 220 = 600, 190 + 140 + 200 = 530; 530 / 600 = 88.33 %
    const r = await both('Phòng THADS khu vực 2 - viec 2025.csv', [TITLE, header('Chấp hành viên'), '1;Phạm Văn Dũng;320;210;190', '2;Hoàng Thị Em;260;170;140', '3;Đỗ Văn Giang;300;220;200']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 2 880 600 530 88.33', 'TOTAL 880 600 530 88.33']);
  });

  it('an enforcer whose figures are two others\' sum is added, a person\'s row never a subtotal', async () => {
    // An = Bình + Cường (60 + 40 = 100, 50 + 30 = 80, 40 + 30 = 70): 100 + 60 + 40 = 200,
    // 80 + 50 + 30 = 160, 70 + 40 + 30 = 140; 140 / 160 = 87.50 %
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), '1;Nguyễn Văn An;100;80;70', '2;Trần Thị Bình;60;50;40', '3;Lê Văn Cường;40;30;30']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 200 160 140 87.50', 'TOTAL 200 160 140 87.50']);
  });

  it('an enforcer who heads the office ("Trưởng phòng"), equal to two others\' sum: still added', async () => {
    // as above: 100 + 60 + 40 = 200, 80 + 50 + 30 = 160, 70 + 40 + 30 = 140; 87.50 %
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), '1;Nguyễn Văn An (Trưởng phòng);100;80;70', '2;Trần Thị Bình;60;50;40', '3;Lê Văn Cường;40;30;30']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 200 160 140 87.50', 'TOTAL 200 160 140 87.50']);
  });

  it('"Tổng cộng" in the enforcers\' column: checked, as before', async () => {
    const r = await both(KV1, [TITLE, header('Chấp hành viên'), ';Tổng cộng;830;570;480', ...KV1_ENFORCERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(KV1_READ);
  });

  for (const side of ['Ghi chú', 'Người lập']) {
    it(`an office list headed "Đơn vị" with a "${side}" column: its offices`, async () => {
      // 570 + 380 = 950, 480 + 330 = 810; 810 / 950 = 0.85263… → 85.26 %
      const r = await both('phu-tho-viec-2025.csv', [
        `STT;Đơn vị;Tổng số phải thi hành;Có điều kiện thi hành;Giải quyết xong;${side}`,
        '1;Phòng THADS khu vực 1;830;570;480;Nguyễn Văn An', '2;Phòng THADS khu vực 2;580;380;330;Trần Thị Bình',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 830 570 480 84.21', 'Phòng THADS khu vực 2 580 380 330 86.84', 'TOTAL 1410 950 810 85.26']);
    });
  }
});

describe('the finding\'s two offices together', () => {
  it('khu vực 1 with its office line and khu vực 2 without: 1710 / 1170 / 1010, 86.32 %, +2.42', async () => {
    // 830 + 880 = 1710, 570 + 600 = 1170, 480 + 530 = 1010; 1010 / 1170 = 0.86324… → 86.32 %;
    // 86.32 − 83.90 (2025's target) = +2.42
    const r = await bothOnFiles(join(dir, 'two'), {
      [KV1]: [TITLE, header('Chấp hành viên'), KV1_LINE, ...KV1_ENFORCERS],
      'Phòng THADS khu vực 2 - viec 2025.csv': [TITLE, header('Chấp hành viên'), '1;Phạm Văn Dũng;320;210;190', '2;Hoàng Thị Em;260;170;140', '3;Đỗ Văn Giang;300;220;200'],
    }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const total = r.stdout.trim().split('\n').at(-1)!.split(',');
    expect([total[1], total[8], total[9], total[18], total[20], total[22]]).toEqual(['TOTAL', '1710', '1170', '1010', '86.32', '2.42']);
  });
});
