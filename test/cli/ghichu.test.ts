// A note typed in the table with figures beside it ("Ghi chú: số liệu của Chi cục Vụ Bản gồm cả
// việc ủy thác đến | 45 | 20", round 91b 04) is never an office, whatever office it names: it
// was added as a 4th office (TOTAL 3.855 / 3.170 = 82,23 % for 3.810 / 3.150 = 82,68 %), exit 0.
// Refused NOT_AN_OFFICE at its cell, by both readers and in an .xlsx; without figures such a
// line is what it was (a title over offices refused, a note under the table skipped), and
// offices named with a colon, "số", or tones like a note's words read as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const ARGS = ['--province', 'Nam Định', '--year', '2019', '--measure', 'cases', '--format', 'csv'];
const { both, write } = bothReaders('thads-ghichu-', ARGS);

const HEADER = 'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành';
const OFFICES = [
  '1,Chi cục THADS huyện Mỹ Lộc,380,300,20,60',
  '2,Chi cục THADS huyện Vụ Bản,580,450,30,100',
  '3,Chi cục THADS thành phố Nam Định,2850,2200,150,500',
];
// By hand: có ĐK 380 + 580 + 2850 = 3810; giải quyết xong (thi hành xong + đình chỉ) 320 + 480 + 2350 = 3150; 3150/3810 = 82,68 %
const RIGHT_TOTAL = ',TOTAL,2019,,,,,,,3810,2950,200,660,,,,,,3150,,82.68,';

/** the TOTAL line of a CSV summary, cut after the rate */
const totalOf = (stdout: string) => {
  const line = stdout.split('\n').find((l) => l.startsWith(',TOTAL,'));
  return line === undefined ? null : line.slice(0, RIGHT_TOTAL.length);
};
const districts = (stdout: string) => stdout.trim().split('\n').slice(1).map((l) => l.split(',')[1]);

const NOTES = [
  'Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến',
  'Ghi chú: huyện Vụ Bản gồm cả việc ủy thác đến',
  'Chi cục Vụ Bản: số việc ủy thác đến',
  'Chi cục THADS huyện Vụ Bản: gồm cả việc ủy thác đến',
  '(*) Số liệu Chi cục Vụ Bản gồm cả việc ủy thác đến',
  'Lưu ý: Chi cục THADS huyện Vụ Bản',
  'Chú thích: Chi cục Vụ Bản',
  'Ghi chu: Chi cuc Vu Ban gom ca viec uy thac den',
  'Số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến',
  'Số việc Chi cục Vụ Bản nhận ủy thác',
  'Note: Chi cục Vụ Bản includes entrusted cases',
];

describe('a note with figures under the offices is refused, never a 4th office', () => {
  for (const [i, note] of NOTES.entries()) {
    it(`"${note}" | 45 | 20: NOT_AN_OFFICE at its cell, both readers`, async () => {
      const r = await both(`note-${i}.csv`, [HEADER, ...OFFICES, `,"${note}",45,20,,`]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`FILE:5:2: error: "${note}" holds a note on the figures`);
      expect(r.stderr).toContain('[NOT_AN_OFFICE]');
    });
  }

  it('the same under a title line and a unit line (the reference reader), then the signatures', async () => {
    const r = await both('titled.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
      'Đơn vị tính: Việc,,,,,',
      HEADER,
      ...OFFICES,
      ',"Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến",45,20,,',
      ',,,,"Nam Định, ngày 10 tháng 10 năm 2019",',
      ',NGƯỜI LẬP BIỂU,,,CỤC TRƯỞNG,',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: "Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến" holds a note on the figures');
  });

  it('the trap hunter\'s workbook (.xlsx, title, merged header, date and signatures), the real binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-ghichu-x-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc');
    ws.getCell('A1').value = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
    ws.getCell('A2').value = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC';
    ws.getCell('A3').value = '(Từ ngày 01/10/2018 đến ngày 30/9/2019)';
    ws.getCell('A4').value = 'Đơn vị tính: Việc';
    ws.getRow(5).values = ['STT', 'Đơn vị', 'Có điều kiện thi hành'];
    ws.getRow(6).values = [null, null, 'Tổng số', 'Thi hành xong', 'Đình chỉ', 'Đang thi hành'];
    ws.mergeCells('A5:A6');
    ws.mergeCells('B5:B6');
    ws.mergeCells('C5:F5');
    ws.getRow(7).values = [1, 'Chi cục THADS huyện Mỹ Lộc', 380, 300, 20, 60];
    ws.getRow(8).values = [2, 'Chi cục THADS huyện Vụ Bản', 580, 450, 30, 100];
    ws.getRow(9).values = [3, 'Chi cục THADS thành phố Nam Định', 2850, 2200, 150, 500];
    ws.getRow(11).values = [null, 'Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến', 45, 20];
    ws.getCell('E13').value = 'Nam Định, ngày 10 tháng 10 năm 2019';
    ws.getCell('B14').value = 'NGƯỜI LẬP BIỂU';
    ws.getCell('E14').value = 'CỤC TRƯỞNG';
    const file = join(dir, 'nam-dinh-2019-ghichu.xlsx');
    await wb.xlsx.writeFile(file);
    const r = spawnThads(['summarize', file, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nam-dinh-2019-ghichu.xlsx:Việc!B11: error: "Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến" holds a note on the figures');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('a plain CSV through the real binary', () => {
    const file = write('bin.csv', [HEADER, ...OFFICES, ',"Chi cục Vụ Bản: số việc ủy thác đến",45,20,,']);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(':5:2: error: "Chi cục Vụ Bản: số việc ủy thác đến" holds a note on the figures');
  });
});

describe('over-reach controls: read as before', () => {
  it('the same note without figures under the table, then the signatures: skipped, 3 offices, 3.810 / 3.150', async () => {
    const r = await both('note-no-figures.csv', [
      HEADER,
      ...OFFICES,
      ',"Ghi chú: số liệu của Chi cục Vụ Bản gồm cả việc ủy thác đến",,,,',
      ',,,,"Nam Định, ngày 10 tháng 10 năm 2019",',
      ',NGƯỜI LẬP BIỂU,,,CỤC TRƯỞNG,',
    ]);
    expect(r.code).toBe(0);
    expect(districts(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS thành phố Nam Định', 'TOTAL']);
    expect(totalOf(r.stdout)).toBe(RIGHT_TOTAL);
  });

  it('a note without figures over the offices stays a title, refused as one', async () => {
    const r = await both('note-title.csv', [HEADER, ',"Ghi chú: số liệu án kinh tế",,,,', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: "Chi cục THADS huyện Mỹ Lộc" (numbered "1") is a line under "Ghi chú: số liệu án kinh tế" (line 2), a title without figures');
  });

  it('offices named with a colon and a place after it ("Phòng THADS khu vực 1: Vụ Bản") stay offices', async () => {
    const r = await both('colon-names.csv', [
      HEADER,
      '1,Phòng THADS khu vực 1: Vụ Bản,380,300,20,60',
      '2,Phòng THADS khu vực 2: Mỹ Lộc,580,450,30,100',
      '3,Phòng THADS khu vực 3: Nam Định,2850,2200,150,500',
    ]);
    expect(r.code).toBe(0);
    expect(districts(r.stdout)).toEqual(['Phòng THADS khu vực 1: Vụ Bản', 'Phòng THADS khu vực 2: Mỹ Lộc', 'Phòng THADS khu vực 3: Nam Định', 'TOTAL']);
    expect(totalOf(r.stdout)).toBe(RIGHT_TOTAL);
  });

  it('offices named with "số", a number, or words near a note\'s ("Quận 1", "Phòng THADS số 2", "Lưu Kiếm") stay offices', async () => {
    const r = await both('so-names.csv', [
      HEADER,
      '1,Chi cục THADS Quận 1,380,300,20,60',
      '2,Phòng THADS số 2,580,450,30,100',
      '3,Chi cục THADS huyện Lưu Kiếm,2850,2200,150,500',
    ]);
    expect(r.code).toBe(0);
    expect(districts(r.stdout)).toEqual(['Chi cục THADS Quận 1', 'Phòng THADS số 2', 'Chi cục THADS huyện Lưu Kiếm', 'TOTAL']);
    expect(totalOf(r.stdout)).toBe(RIGHT_TOTAL);
  });

  it('a notes column with "Ghi chú: …" and "Chi cục Vụ Bản: số việc …" beside the offices: read, 3.810 / 3.150', async () => {
    const r = await both('notes-column.csv', [
      `${HEADER},Ghi chú`,
      `${OFFICES[0]},Ghi chú: số liệu gồm cả ủy thác`,
      `${OFFICES[1]},Chi cục Vụ Bản: số việc ủy thác đến 45`,
      `${OFFICES[2]},`,
    ]);
    expect(r.code).toBe(0);
    expect(totalOf(r.stdout)).toBe(RIGHT_TOTAL);
  });
});
