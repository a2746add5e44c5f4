// work89a 02 and 03: a district bearing another province's name (Quảng Bình's huyện Quảng Ninh,
// Sơn La's Phú Yên, Bạc Liêu's Hòa Bình). 02: "Quảng Bình - Quảng Ninh 2019.csv" was an office
// "Quảng Bình" of a province Quảng Ninh, ranked, exit 0. 03: a Cục table numbering "8 | Quảng
// Ninh" among its Chi cục was refused (SECTION_ROW_MISMATCH). Totals by hand; near shapes keep
// their reading.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook, writeCasesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-likeprov-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { both } = bothReaders('thads-likeprov-both-', ['--format', 'csv', '--by', 'province', '--measure', 'cases', '--year', '2019']);

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** csv rows: province, district, to execute, with conditions, resolved, rate (and rank, of, by province) */
function rows(csv: string, rank = false): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[8], c[9], c[18], c[20], ...(rank ? [c[26], c[27]] : [])].join(' ');
  });
}

const OFFICE_FILE = (total: number, withConditions: number, completed: number, terminated: number, resolved: number) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019,,,,',
  '(Từ ngày 01/10/2018 đến ngày 30/9/2019),,,,',
  ',,,,Đơn vị tính: việc',
  'Việc tổng số phải thi hành,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong',
  `${total},${withConditions},${completed},${terminated},${resolved}`,
];

describe('"Province - Office" file names whose office bears another province\'s name (work89a 02)', () => {
  const qn = write('Quảng Bình - Quảng Ninh 2019.csv', OFFICE_FILE(300, 250, 150, 30, 180));
  const lt = write('Quảng Bình - Lệ Thủy 2019.csv', OFFICE_FILE(100, 80, 50, 10, 60));
  const bt = write('Quảng Bình - Bố Trạch 2019.csv', OFFICE_FILE(200, 150, 100, 20, 120));

  it('by province: one province Quảng Bình, 600 / 480 / 360 = 75,00 %, rank 1/1', () => {
    const r = spawnThads(['summarize', '--by', 'province', '--format', 'csv', qn, lt, bt]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout, true)).toEqual(['Quảng Bình  600 480 360 75.00 1 1', ' TOTAL 600 480 360 75.00  ']);
  });

  it('by office: Quảng Ninh is an office of Quảng Bình, never the reverse', () => {
    const r = spawnThads(['summarize', '--format', 'csv', qn, lt, bt]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Quảng Bình Quảng Ninh 300 250 180 72.00',
      'Quảng Bình Lệ Thủy 100 80 60 75.00',
      'Quảng Bình Bố Trạch 200 150 120 80.00',
      ' TOTAL 600 480 360 75.00',
    ]);
  });

  it.each([
    ['Sơn La - Phú Yên 2019.csv', 'Sơn La Phú Yên'],
    ['Bạc Liêu - Hòa Bình 2019.csv', 'Bạc Liêu Hòa Bình'],
    ['Quang Binh - Quang Ninh 2019.csv', 'Quảng Bình Quang Ninh'],
    ['Quảng Bình, Quảng Ninh 2019.csv', 'Quảng Bình Quảng Ninh'],
    ['Cục THADS tỉnh Quảng Bình - Quảng Ninh 2019.csv', 'Quảng Bình Quảng Ninh'],
    // controls: read so before the fix, and still
    ['Quảng Ninh - Quảng Bình 2019.csv', 'Quảng Bình Quảng Ninh'],
    ['Hòa Bình - Bạc Liêu 2019.csv', 'Bạc Liêu Hòa Bình'],
    ['Quảng Bình - huyện Quảng Ninh 2019.csv', 'Quảng Bình huyện Quảng Ninh'],
    ['Nam Định - Mỹ Lộc 2019.csv', 'Nam Định Mỹ Lộc'],
    ['Mỹ Lộc - Nam Định 2019.csv', 'Nam Định Mỹ Lộc'],
  ])('%s → %s', (name, placed) => {
    const r = spawnThads(['summarize', '--format', 'csv', write(name, OFFICE_FILE(300, 250, 150, 30, 180))]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([`${placed} 300 250 180 72.00`, ' TOTAL 300 250 180 72.00']);
  });

  it('the .xlsx twin: "Quảng Bình - Quảng Ninh 2019.xlsx" is Quảng Ninh of Quảng Bình', async () => {
    const file = await writeCasesWorkbook(dir, 'Quảng Bình - Quảng Ninh 2019.xlsx', 250, 180);
    const r = spawnThads(['summarize', '--format', 'csv', file]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quảng Bình Quảng Ninh  250 180 72.00', ' TOTAL  250 180 72.00']);
  });
});

// Quảng Bình's Cục table: its own row, then its 8 Chi cục by bare name; Tổng cộng = the 9 rows.
// By hand: to execute 412+1250+620+215+388+702+954+531+867 = 5939; có ĐK 318+980+503+170+301+566+761+420+688 = 4707;
// resolved 270+753+398+145+240+443+588+325+531 = 3693; 3693/4707 = 78,46 %.
const CUC_ROWS = (quangNinh: string) => [
  'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong',
  '1;Cục THADS tỉnh Quảng Bình;412;318;251;19;270',
  '2;Đồng Hới;1.250;980;701;52;753',
  '3;Ba Đồn;620;503;377;21;398',
  '4;Minh Hóa;215;170;139;6;145',
  '5;Tuyên Hóa;388;301;226;14;240',
  '6;Quảng Trạch;702;566;410;33;443',
  '7;Bố Trạch;954;761;548;40;588',
  `8;${quangNinh};531;420;307;18;325`,
  '9;Lệ Thủy;867;688;502;29;531',
  ';Tổng cộng;5.939;4.707;3.461;232;3.693',
];
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ';;;;;;Đơn vị tính: việc'];
const QB_TOTAL = ['Quảng Bình  5939 4707 3693 78.46', ' TOTAL 5939 4707 3693 78.46'];

describe('a Cục table numbering a district named like another province among its Chi cục (work89a 03)', () => {
  it('the found file (title lines: the reference reader): 5939 / 4707 / 3693, 78,46 %, exit 0', () => {
    const r = spawnThads(['summarize', '--by', 'province', '--format', 'csv', write('Quảng Bình 2019.csv', [...TITLE, ...CUC_ROWS('Quảng Ninh')])]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(QB_TOTAL);
    const o = spawnThads(['summarize', '--format', 'csv', write('Quảng Bình 2019.csv', [...TITLE, ...CUC_ROWS('Quảng Ninh')])]);
    expect(rows(o.stdout)).toContain('Quảng Bình Quảng Ninh 531 420 325 77.38');
  });

  it('plain CSV, both readers: the same', async () => {
    const r = await both('quang-binh-2019.csv', CUC_ROWS('Quảng Ninh').map((l) => l.replace(/\.(?=\d{3})/g, '').split(';').join(',')));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(QB_TOTAL);
  });

  it('Sơn La\'s table with "3 | Phú Yên": 300+900+400+600 = 2200, 250+700+310+480 = 1740, 79,09 %', async () => {
    const r = await both('son-la-2019.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Cục THADS tỉnh Sơn La,300,250',
      '2,Thành phố Sơn La,900,700',
      '3,Phú Yên,400,310',
      '4,Mộc Châu,600,480',
      ',Tổng cộng,2200,1740',
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Sơn La   2200 1740 79.09', ' TOTAL  2200 1740 79.09']);
  });

  it('the .xlsx twin', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Quảng Bình 2019.xlsx', [...TITLE, ...CUC_ROWS('Quảng Ninh')], ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(QB_TOTAL);
  });

  it('control: "Huyện Quảng Ninh" reads as before', () => {
    const r = spawnThads(['summarize', '--by', 'province', '--format', 'csv', write('Quảng Bình 2019.csv', [...TITLE, ...CUC_ROWS('Huyện Quảng Ninh')])]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(QB_TOTAL);
  });

  // controls: tables of provinces keep their province rows (1200/900 and 1000/800; 2200/1700 = 77,27 %)
  const BY_PROVINCE = ['Quảng Bình   1200 900 75.00', 'Quảng Ninh   1000 800 80.00', ' TOTAL  2200 1700 77.27'];
  it.each([
    ['offices unnumbered', ['1,Quảng Bình,1200,900', ',Đồng Hới,700,500', ',Lệ Thủy,500,400', '2,Quảng Ninh,1000,800', ',Hạ Long,600,500', ',Cẩm Phả,400,300']],
    ['offices numbered anew', ['1,Quảng Bình,1200,900', '1,Đồng Hới,700,500', '2,Lệ Thủy,500,400', '2,Quảng Ninh,1000,800', '1,Hạ Long,600,500', '2,Cẩm Phả,400,300']],
    ['numbered straight on, bare province rows', ['1,Quảng Bình,1200,900', '2,Đồng Hới,700,500', '3,Lệ Thủy,500,400', '4,Quảng Ninh,1000,800', '5,Hạ Long,600,500', '6,Cẩm Phả,400,300']],
    ['numbered straight on, Cục rows', ['1,Cục THADS tỉnh Quảng Bình,1200,900', '2,Đồng Hới,700,500', '3,Lệ Thủy,500,400', '4,Cục THADS tỉnh Quảng Ninh,1000,800', '5,Hạ Long,600,500', '6,Cẩm Phả,400,300']],
  ])('control, a table of provinces, %s', async (_, lines) => {
    const r = await both('toan-quoc-2019.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong', ...lines]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(BY_PROVINCE);
  });
});
