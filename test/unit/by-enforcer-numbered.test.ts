// Round 55a, finding 02: a form by enforcer with one name column ("Đơn vị / Chấp hành viên")
// numbering each Chi cục 1, 2 and its enforcers 1.1, 1.2 / 2.1 (or bulleting them "-") was
// refused NOT_AN_OFFICE as a breakdown, while the same figures read with the enforcers' STT
// empty or in a column of their own. The enforcers' rows are now their office's, its row checked
// against them (by-enforcer.ts SubNumberedEnforcers). Every expected figure is worked out by hand.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-by-enforcer-numbered-', ['--format', 'csv']);

const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024';
const HEADER = 'STT;Đơn vị / Chấp hành viên;Có điều kiện;Giải quyết xong';

/** Mỹ Lộc over its two enforcers, Vụ Bản over its one, the total; `office` its row's figures, `mark(i, j)` enforcer j's STT under office i. */
function form(office: (figures: string) => string, mark: (i: number, j: number) => string, head = [CUC, TITLE, HEADER]): string[] {
  return [
    ...head,
    `1;Chi cục THADS huyện Mỹ Lộc;${office('30;20')}`,
    `${mark(1, 1)};Nguyễn Văn A;10;5`,
    `${mark(1, 2)};Trần Văn B;20;15`,
    `2;Chi cục THADS huyện Vụ Bản;${office('25;20')}`,
    `${mark(2, 1)};Lê Thị C;25;20`,
    ';Tổng cộng;55;40',
  ];
}
const withFigures = (f: string) => f;
const withoutFigures = () => ';';
const dotted = (i: number, j: number) => `${i}.${j}`;

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Mỹ Lộc: 10 + 20 = 30, 5 + 15 = 20 (= its row 30/20) → 20/30 = 66.67 %; Vụ Bản: 25, 20 (= its
// row) → 20/25 = 80.00 %; total 30 + 25 = 55, 20 + 20 = 40 (= Tổng cộng) → 40/55 = 72.727… → 72.73 %
const READ = ['Chi cục THADS huyện Mỹ Lộc 30 20 66.67', 'Chi cục THADS huyện Vụ Bản 25 20 80.00', 'TOTAL 55 40 72.73'];

describe('a form by enforcer numbering its enforcers under their office', () => {
  it('1.1, 1.2 / 2.1 under offices 1, 2 with their subtotals (the finding): the offices\' rows', async () => {
    const r = await both('theo-chv-viec-2024.csv', form(withFigures, dotted));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('NOT_AN_OFFICE');
    expect(r.stderr).not.toContain('Nguyễn Văn A');
  });

  it('1.1, 1.2 / 2.1 under offices without figures', async () => {
    const r = await both('theo-chv-viec-2024.csv', form(withoutFigures, dotted));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
  });

  it('"-" bullets in the enforcers\' STT cells, the offices with figures or without', async () => {
    for (const office of [withFigures, withoutFigures]) {
      const r = await both('theo-chv-viec-2024.csv', form(office, () => '-'));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('other ways to write it: "1.1.", "1-1"; no diacritics, upper case; only the header saying so', async () => {
    const plain = [CUC, 'KET QUA THI HANH AN DAN SU TINH BANG VIEC THEO CHAP HANH VIEN NAM 2024', 'STT;DON VI / CHAP HANH VIEN;Co dieu kien;Giai quyet xong'];
    const headerOnly = [CUC, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', HEADER];
    for (const [mark, head] of [[(i: number, j: number) => `${i}.${j}.`, undefined], [(i: number, j: number) => `${i}-${j}`, undefined], [dotted, plain], [dotted, headerOnly]] as const) {
      const r = await both('theo-chv-viec-2024.csv', form(withFigures, mark, head));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('xlsx: the same sheet reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of form(withFigures, dotted)) ws.addRow(line.split(';').map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    const file = join(dir, 'theo-chv-viec-2024.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });

  it('enforcers whose sum is not their office\'s row: refused OFFICE_SUBTOTAL_MISMATCH, as unnumbered', async () => {
    // Mỹ Lộc's row 31 ≠ 10 + 20 = 30 (Tổng cộng 56 = 31 + 25)
    const lines = form(withFigures, dotted).map((l) => l.replace('Mỹ Lộc;30;20', 'Mỹ Lộc;31;20').replace('Tổng cộng;55;40', 'Tổng cộng;56;40'));
    const r = await both('theo-chv-viec-2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4: error: "Chi cục THADS huyện Mỹ Lộc" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 5–6)');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });
});

describe('what reads as before', () => {
  it('the enforcers\' STT cells empty, or the enforcer in a column of its own (the finding\'s controls)', async () => {
    const unnumbered = await both('theo-chv-viec-2024.csv', form(withFigures, () => ''));
    expect(unnumbered.code, unnumbered.stderr).toBe(0);
    expect(rows(unnumbered.stdout)).toEqual(READ);
    const twoColumns = await both('theo-chv-viec-2024.csv', [
      CUC, TITLE, 'STT;Đơn vị;Chấp hành viên;Có điều kiện;Giải quyết xong',
      '1;Chi cục THADS huyện Mỹ Lộc;;30;20', '1.1;;Nguyễn Văn A;10;5', '1.2;;Trần Văn B;20;15',
      '2;Chi cục THADS huyện Vụ Bản;;25;20', '2.1;;Lê Thị C;25;20', ';Tổng cộng;;55;40',
    ]);
    expect(twoColumns.code, twoColumns.stderr).toBe(0);
    expect(rows(twoColumns.stdout)).toEqual(READ);
  });

  it('a national table: "1 Cục THADS tỉnh X" over "1.1 Văn phòng Cục" are offices', async () => {
    const r = await both('ca-nuoc-viec-2024.csv', [
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', 'STT;Đơn vị;Có điều kiện;Giải quyết xong',
      '1;Cục THADS tỉnh Nam Định;100;80', '1.1;Văn phòng Cục;40;30', '1.2;Chi cục THADS huyện Mỹ Lộc;60;50',
      '2;Cục THADS tỉnh Thái Bình;50;40', '2.1;Văn phòng Cục;50;40', ';Tổng cộng;150;120',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 30/40 = 75.00 %, 50/60 = 83.33 %, 40/50 = 80.00 %; 40 + 60 + 50 = 150, 30 + 50 + 40 = 120 → 80.00 %
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục 40 30 75.00', 'Chi cục THADS huyện Mỹ Lộc 60 50 83.33', 'Văn phòng Cục 50 40 80.00', 'TOTAL 150 120 80.00']);
  });

  it('a form by office: "1.1 Nguyễn Văn A" under "1 Chi cục" is still refused as a breakdown line', async () => {
    const r = await both('don-vi-viec-2024.csv', form(withFigures, dotted, [CUC, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', 'STT;Đơn vị;Có điều kiện;Giải quyết xong']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:1: error: "Nguyễn Văn A" is numbered "1.1", a sub-item of item 1 "Chi cục THADS huyện Mỹ Lộc" (line 4), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('in a form by enforcer, a sub-item naming an office ("1.1 Văn phòng Chi cục") is still refused', async () => {
    const r = await both('theo-chv-viec-2024.csv', [CUC, TITLE, HEADER, '1;Chi cục THADS huyện Mỹ Lộc;30;20', '1.1;Văn phòng Chi cục;10;5', '1.2;Trần Văn B;20;15', ';Tổng cộng;30;20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Văn phòng Chi cục" is numbered "1.1", a sub-item of item 1 "Chi cục THADS huyện Mỹ Lộc" (line 4), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('in a form by enforcer, "2.1" under office 1 is no enforcer of it: refused as before', async () => {
    const r = await both('theo-chv-viec-2024.csv', [CUC, TITLE, HEADER, '1;Chi cục THADS huyện Mỹ Lộc;30;20', '2.1;Nguyễn Văn A;30;20', ';Tổng cộng;30;20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Nguyễn Văn A" is numbered "2.1", a sub-item of item 2, which the rows above do not number');
  });
});
