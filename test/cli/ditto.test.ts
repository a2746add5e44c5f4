// The ditto mark `"` ("như trên") in the province column, written as typed by an exporter that
// does not quote: `2,",Chi cục THADS huyện Gia Viễn,500,…`. Row 2's `"` opened a quoted field
// that row 3's `"` closed, so two physical rows became one record with the header's cell count:
// half the offices vanished into a two-line "province" and `summarize` exited 0 with thụ lý 650
// of 1300 (work104c finding 02). Right: a quoted body cell holding a line break, the delimiter
// and the swallowed row's numbers is never a real cell: refused, CSV_MALFORMED, at the line and
// column where its quote opened; both readers agree. Also: a stray quote on line 4 closed by
// another field's quote on line 6 is reported at 4:2 (where it opened), not 6:2.
// Controls (today's result kept): Excel's quoted ditto `""""` (a cell holding `"`); a quoted
// header cell with a line break; a quoted office name with a line break and no delimiter
// ("Chi cục THADS⏎huyện Gia Viễn", cell-lines.ts); a quoted name with a comma and no line
// break; a note with a comma and a line break but no number pieces; the workbook twin, whose
// cells hold `"` and cannot swallow a row.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write, both } = bothReaders('thads-ditto-', ['--format', 'json']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024'];
const HEADER = 'STT,Tỉnh,Tên đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,Đình chỉ';
/** office, thụ lý, phải TH, có ĐK, xong, đình chỉ */
const OFFICES = [
  ['Chi cục THADS huyện Gia Viễn', '500', '493', '400', '300', '30'],
  ['Chi cục THADS huyện Nho Quan', '100', '90', '80', '70', '0'],
  ['Chi cục THADS huyện Kim Sơn', '150', '140', '120', '100', '5'],
  ['Chi cục THADS thành phố Tam Điệp', '250', '240', '200', '150', '10'],
];
const FIRST = '1,Ninh Bình,Văn phòng Cục,300,290,240,180,20';
/** the province column of rows 2–5 written as `ditto` */
const dittoRows = (ditto: string, sep = ',') => OFFICES.map((o, i) => [String(i + 2), ditto, ...o].join(sep));

type Totals = { total: string; withConditions: string; resolved: string; rate: string };
const totals = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: { district: string; cases: Totals }[]; total: { cases: Totals } };
  const t = j.total.cases;
  return { offices: j.groups.map((g) => g.district), total: [t.total, t.withConditions, t.resolved, t.rate] };
};

describe('the ditto mark " typed unquoted in the province column', () => {
  // By hand, the five offices (resolved = xong + đình chỉ):
  //   Văn phòng Cục 300 | 240 | 180+20 = 200;  Gia Viễn 500 | 400 | 300+30 = 330;
  //   Nho Quan 100 | 80 | 70+0 = 70;  Kim Sơn 150 | 120 | 100+5 = 105;  Tam Điệp 250 | 200 | 150+10 = 160
  //   total thụ lý 300+500+100+150+250 = 1300, có ĐK 240+400+80+120+200 = 1040,
  //   resolved 200+330+70+105+160 = 865, rate 865/1040 = 83.173 % → 83.17.
  // Read as the file says without quoting, Gia Viễn (line 5) and Kim Sơn (line 7) are swallowed:
  // the old build summed 650 | 520 | 430, exit 0. Line 5's `"` (column 2) opened the field.
  const FILE = [...TITLE, HEADER, FIRST, ...dittoRows('"')];

  test('refused where the swallowing quote opened (5:2), by both readers, not a half total', async () => {
    const r = await both('bao-cao-viec-2024.csv', FILE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['CSV_MALFORMED']);
    expect(r.stderr).toMatch(/^FILE:5:2: error: a quote opens a field here that a quote on a later line closes/m);
    expect(r.stderr).toMatch(/hint: .*ditto mark.*"như trên"/);
  });

  test('check refuses it too (it said "no problems")', () => {
    const path = write('check-viec-2024.csv', FILE);
    const r = spawnThads(['check', path], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/check-viec-2024\.csv:5:2: error: .*\[CSV_MALFORMED\]/);
  });

  test('the workbook twin: a cell holding " is a name, all five offices are read (1300 | 1040 | 865 | 83.17)', async () => {
    const lines = [...TITLE, HEADER.replace(/,/g, ';'), FIRST.replace(/,/g, ';'), ...dittoRows('"', ';')];
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-viec-2024.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout).total).toEqual(['1300', '1040', '865', '83.17']);
    expect(totals(r.stdout).offices).toHaveLength(5);
  });
});

describe('a stray opening quote closed by another field further down', () => {
  test('is reported at the line where the field opened (4:2), not where it closed (6)', async () => {
    const r = await both('loc-viec-2024.csv', [
      TITLE[1]!,
      'STT,Tên đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,Đình chỉ',
      '1,Văn phòng Cục,300,290,240,180,20',
      '2,"Chi cục THADS huyện Gia Viễn,500,493,400,300,30',
      '3,Chi cục THADS huyện Nho Quan,100,90,80,70,0',
      '4,"Chi cục THADS huyện Kim Sơn",100,90,80,70,0',
    ]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['CSV_MALFORMED']);
    expect(r.stderr).toMatch(/^FILE:4:2: error: a quoted field opened here is closed on line 6/m);
  });
});

describe('controls: quoted cells that are real cells keep today\'s reading', () => {
  // By hand, Văn phòng Cục, Gia Viễn, Nho Quan: thụ lý 300+500+100 = 900, có ĐK 240+400+80 = 720,
  // resolved 200+330+70 = 600, rate 600/720 = 83.333 % → 83.33.
  test('Excel\'s quoted ditto """" (a cell holding ")', async () => {
    const r = await both('excel-viec-2024.csv', [...TITLE, HEADER, FIRST, ...dittoRows('""""').slice(0, 2)]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ offices: ['Văn phòng Cục', 'Chi cục THADS huyện Gia Viễn', 'Chi cục THADS huyện Nho Quan'], total: ['900', '720', '600', '83.33'] });
  });

  test('a header cell with a line break, a name with a line break, a name with a comma', async () => {
    const r = await both('controls-viec-2024.csv', [
      ...TITLE,
      'STT,Tỉnh,Tên đơn vị,Tổng số thụ lý,Tổng số phải thi hành,"Có điều kiện\nthi hành",Thi hành xong,Đình chỉ',
      FIRST,
      '2,Ninh Bình,"Chi cục THADS\nhuyện Gia Viễn",500,493,400,300,30',
      '3,Ninh Bình,"Chi cục THADS huyện Nho Quan, tỉnh Ninh Bình",100,90,80,70,0',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ offices: ['Văn phòng Cục', 'Chi cục THADS\nhuyện Gia Viễn', 'Chi cục THADS huyện Nho Quan, tỉnh Ninh Bình'], total: ['900', '720', '600', '83.33'] });
  });

  // By hand, Văn phòng Cục and Gia Viễn: 300+500 = 800, 240+400 = 640, 200+330 = 530, 530/640 = 82.81 %.
  test('a note with a comma and a line break (no row\'s numbers in it)', async () => {
    const r = await both('notes-viec-2024.csv', [
      ...TITLE,
      `${HEADER},Ghi chú`,
      `${FIRST},"Đã xác minh, chờ kết quả\nsẽ báo cáo sau"`,
      '2,Ninh Bình,Chi cục THADS huyện Gia Viễn,500,493,400,300,30,',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ offices: ['Văn phòng Cục', 'Chi cục THADS huyện Gia Viễn'], total: ['800', '640', '530', '82.81'] });
  });
});
