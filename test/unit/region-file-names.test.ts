// A Phòng THADS khu vực's file name with words after its number (round work85c, findings 01, 04,
// 05). A khu vực's number names one office of its province: "KV 3 - bản hoàn thiện" beside "KV
// 3" is khu vực 3 twice (was a fourth office, added: 9.000 for 6.000, exit 0), "KV2 - Yen Mo"
// under the title "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2" is that office (was OFFICE_NAME_CONFLICT),
// unless a province follows the number ("… khu vực 2 - Gia Lai", kept apart from Đắk Lắk's).
// "KV 1 - năm trước" (last year's file kept beside) is refused as a year conflict, never read as
// the run's year (was a fourth office under --year 2026: 6.900 for 6.000, exit 0).
// The office is shown as its file name writes it ("KV2 - Yen Mo"): an unread note stays in sight.
import { describe, expect, it } from 'vitest';
import { bareName } from '../../src/domain/office-names.js';
import { earlierPeriodOfFileName } from '../../src/input/file-names.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook, writeCasesWorkbook } from '../helpers/lines-workbook.js';

const { dir } = fileTree('thads-region-names-');

const HEADER = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
/** finding 01's files: the province's title, the year, money in nghìn đồng; no office column, no office title */
const untitled = (row: string) => ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', 'Đơn vị tính: Việc; nghìn đồng', HEADER, row];
/** finding 05's files: the same with the office's title line */
const titled = (n: number, row: string) => ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', `PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ${n}`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', 'Đơn vị tính: Việc; nghìn đồng', HEADER, row];
const KV1 = '1000,800,50000000,20000000';
const KV2 = '2000,1700,80000000,40000000';
const KV3 = '3000,2400,90000000,30000000';
const KV3_RESENT = '3000,2450,90000000,31000000';
/** finding 04's files: header and one row, money in đồng */
const bare = (row: string) => [HEADER, row];

const cols = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);

describe('bareName: a region is its number, whatever follows it but a province', () => {
  it.each([
    ['KV 3 - bản hoàn thiện', 'khu vực 3'],
    ['KV2 - Yen Mo', 'khu vực 2'],
    ['Phong THADS KV1 (Hoa Lư - Gia Viễn)', 'khu vực 1'],
    ['Phòng THADS khu vực 2 - Pleiku', 'khu vực 2'],
    ['PKV3 - signed', 'khu vực 3'],
    ['khu vực III - bản hoàn thiện', 'khu vực 3'],
    ['KV 3 - BC tổng kết', 'khu vực 3'],
    // a province after it is kept (two provinces' khu vực 2)
    ['Phòng THADS khu vực 2 - Gia Lai', 'khu vực 2 - gia lai'],
    ['KV 2 (Đắk Lắk)', 'khu vực 2 - đắk lắk'],
  ])('%s → %s', (name, bareKey) => {
    expect(bareName(name)).toBe(bareKey);
  });

  it.each(['KV1 + KV2', 'KV 1, KV 2', 'KV 1 và khu vực 2', 'KV 1-3'])('%s: two regions, kept as written (no khu vực 1)', (name) => {
    expect(bareName(name)).not.toBe('khu vực 1');
  });

  it('a Chi cục keeps what follows its name', () => {
    expect(bareName('Mỹ Lộc - Vụ Bản')).toBe('mĩ lộc - vụ bản');
  });
});

describe('earlierPeriodOfFileName', () => {
  it.each([
    ['KV 1 - năm trước.csv', 'năm trước'],
    ['KV 1 - nam truoc.csv', 'nam truoc'],
    ['KV 1 - năm ngoái.csv', 'năm ngoái'],
    ['KV 1 - cùng kỳ.csv', 'cùng kỳ'],
    ['KV 1 - cung ky.csv', 'cung ky'],
    ['KV 1 - kỳ trước.csv', 'kỳ trước'],
    ['KV 1 (năm trước).csv', 'năm trước'],
    ['Kỳ trước - KV 1.csv', 'Kỳ trước'],
    ['Mỹ Lộc năm trước.csv', 'năm trước'],
  ])('%s → %s', (file, note) => {
    expect(earlierPeriodOfFileName(file)).toBe(note);
  });

  it.each([
    'KV 1 - 2026.csv', 'KV 1 - so với năm trước.csv', 'KV 1 - năm 2025.csv', 'Mỹ Lộc 2019.csv', 'KV 3 - bản hoàn thiện.csv', 'Nam Định 2019.csv', 'Hà Nam.csv',
    // a comparison anywhere before the note: the current report with comparison columns (work87a 03)
    'KV1 - so sánh cùng kỳ năm trước.csv', 'KV1 - so với cùng kỳ năm trước.csv', 'KV1 - tăng giảm so cùng kỳ năm trước.csv', 'KV1 - so cùng kỳ.csv', 'KV1 - so sánh với cùng kỳ năm trước.csv',
  ])('%s: none', (file) => {
    expect(earlierPeriodOfFileName(file)).toBeNull();
  });
});

describe('finding 01: a resend "KV 3 - <note>" beside "KV 3" is khu vực 3 twice', () => {
  it('KV 1, KV 2, KV 3 and "KV 3 - bản hoàn thiện": DUPLICATE_INPUT, exit 1 (was 9.000 for 6.000, exit 0)', async () => {
    const r = await bothOnFiles(dir, { 'f01/KV 1.csv': untitled(KV1), 'f01/KV 2.csv': untitled(KV2), 'f01/KV 3.csv': untitled(KV3), 'f01/KV 3 - bản hoàn thiện.csv': untitled(KV3_RESENT) }, ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'f01/KV 3 - bản hoàn thiện.csv:5: error: cases of "KV 3 - bản hoàn thiện" (2026) are given again: f01/KV 3.csv:5 already gave them as "KV 3" (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]\n' +
        "  hint: remove the copy (a khu vực's number names one office of its province, whatever follows it)\n",
    );
  });

  it.each([
    'KV 3 - sau khi sửa', 'KV 3 - BC sau khi sửa', 'KV 3_sualai', 'KV 3 - BC chính xác', 'KV 3 - đã duyệt', 'KV 3 - da duyet',
    'KV 3 - thay the ban truoc', 'KV 3 - số liệu chốt', 'KV 3 - hoàn thiện', 'KV 3 (rev)', 'KV 3 - ok', 'KV 3 - signed', 'KV3 moi',
    'KV 3 - Tra lai', 'Phòng THADS khu vực 3 - hoàn thiện', 'PKV3 - bản cuối', 'khu vực III - bản hoàn thiện', 'KHU VUC 3 - DA DUYET',
  ])('"%s.csv" beside "KV 3.csv": DUPLICATE_INPUT', async (name) => {
    const sub = `f01-${name.replace(/[^\p{L}\d]+/gu, '-')}`;
    const r = await bothOnFiles(dir, { [`${sub}/KV 3.csv`]: untitled(KV3), [`${sub}/${name}.csv`]: untitled(KV3_RESENT) }, ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
  });

  it('the resend alone under its title "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3" is khu vực 3 (was OFFICE_NAME_CONFLICT)', async () => {
    const r = await bothOnFiles(dir, { 'f01b/KV 3 - BC sau khi sửa.csv': titled(3, KV3_RESENT) }, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 2.450/3.000 = 81,67 %; 31/90 tỷ = 34,44 % (the name as its version's words leave it: "BC … sửa" goes)
    expect(cols({ rows: csvRows(r.stdout) })).toEqual([
      ['KV 3 - sau khi', '2026', '3000', '2450', '81.67', '90000000000', '31000000000', '34.44'],
      ['TOTAL', '2026', '3000', '2450', '81.67', '90000000000', '31000000000', '34.44'],
    ]);
  });
});

describe('finding 05: a KV file named with its area or a note under its own title is read', () => {
  it('the three titled files: 6.000 / 4.900 / 81,67 %, 220 / 90 tỷ / 40,91 %, exit 0 (was OFFICE_NAME_CONFLICT ×3)', async () => {
    const files = { 'f05/Phong THADS KV1 (Hoa Lư - Gia Viễn).csv': titled(1, KV1), 'f05/KV2 - Yen Mo 2026.csv': titled(2, KV2), 'f05/KV 3 - BC tổng kết.csv': titled(3, KV3) };
    const r = await bothOnFiles(dir, files, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // cases: 1.000 + 2.000 + 3.000 = 6.000; 800 + 1.700 + 2.400 = 4.900; 4.900/6.000 = 81,67 %
    // money (nghìn đồng × 1.000): 50 + 80 + 90 = 220 tỷ; 20 + 40 + 30 = 90 tỷ; 90/220 = 40,91 %
    const total = csvRows(r.stdout).find((x) => x.district === 'TOTAL')!;
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate, total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(['6000', '4900', '81.67', '220000000000', '90000000000', '40.91']);
    expect(csvRows(r.stdout).map((x) => x.district).sort()).toEqual(['KV 3 - tổng kết', 'KV2 - Yen Mo', 'Phong THADS KV1 (Hoa Lư - Gia Viễn)', 'TOTAL']);
  });

  it.each(['KV3 - Yen Mo', 'KV 3 - số liệu', 'KV 3 - tiền và việc', 'KV 3 - BC thống kê năm', 'KV 3 - gửi Phòng NV', 'KV 3 - Kèm CV 123', 'KV 3 - ketqua THA', 'KV 3 - đã duyệt'])(
    '"%s.csv" under "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3": khu vực 3, 3.000 / 2.400',
    async (name) => {
      const sub = `f05-${name.replace(/[^\p{L}\d]+/gu, '-')}`;
      const r = await bothOnFiles(dir, { [`${sub}/${name}.csv`]: titled(3, KV3) }, ['--year', '2026', '--format', 'csv']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const total = csvRows(r.stdout).find((x) => x.district === 'TOTAL')!;
      expect([total.cases_with_conditions, total.cases_resolved]).toEqual(['3000', '2400']);
    },
  );

  it('a KV file under another khu vực\'s title is still refused: "KV2 - Yen Mo.csv" titled KHU VỰC 3', async () => {
    const r = await bothOnFiles(dir, { 'f05c/KV2 - Yen Mo.csv': titled(3, KV3) }, ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('f05c/KV2 - Yen Mo.csv:2: error: the file name "KV2 - Yen Mo.csv" says the office is KV2 - Yen Mo, but the title (line 2) says Phòng THADS khu vực 3: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it('xlsx: "KV2 - Yên Mô.xlsx" under its title is khu vực 2 (2.000 / 1.700)', async () => {
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', 'Việc có điều kiện;Việc giải quyết xong', '2000;1700'];
    const r = await summarizeLinesWorkbook(dir, 'KV2 - Yên Mô.xlsx', lines, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['KV2 - Yên Mô', '2000', '1700', '85.00'],
      ['TOTAL', '2000', '1700', '85.00'],
    ]);
  });

  it('xlsx: "KV 3 - bản hoàn thiện.xlsx" beside "KV 3.xlsx": DUPLICATE_INPUT', async () => {
    const a = await writeCasesWorkbook(dir, 'KV 3.xlsx', 3000, 2400);
    const b = await writeCasesWorkbook(dir, 'KV 3 - bản hoàn thiện.xlsx', 3000, 2450);
    const r = await summarizeCsvRows(dir, [a, b], ['--year', '2026']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
  });
});

describe('finding 04: last year\'s file named "năm trước" is never read as the run\'s year', () => {
  const year2026 = { 'KV 1 - 2026.csv': bare('1000,800,50000000000,20000000000'), 'KV 2 - 2026.csv': bare('2000,1700,80000000000,40000000000'), 'KV 3 - 2026.csv': bare('3000,2400,90000000000,30000000000') };
  const lastYear = bare('900,700,40000000000,15000000000');
  const folder = (sub: string, name: string) => ({ ...Object.fromEntries(Object.entries(year2026).map(([f, l]) => [`${sub}/${f}`, l])), [`${sub}/${name}`]: lastYear });

  it('"KV 1 - năm trước.csv" under --year 2026: YEAR_CONFLICT at that file, exit 1 (was 6.900 for 6.000, exit 0)', async () => {
    const r = await bothOnFiles(dir, folder('f04', 'KV 1 - năm trước.csv'), ['--year', '2026', '--province', 'Ninh Bình', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'f04/KV 1 - năm trước.csv: error: the file name says its figures are of an earlier period ("năm trước"), but --year 2026 would read them as 2026 and add them to f04/KV 1 - 2026.csv, of 2026: figures of different years are never added [YEAR_CONFLICT]\n' +
        "  hint: name only the files of one year; an earlier year's file is given with --previous FILE\n",
    );
  });

  it.each(['KV 1 - nam truoc.csv', 'KV 1 - năm ngoái.csv', 'KV 1 - cùng kỳ.csv', 'KV 1 - cung ky.csv', 'KV 1 - kỳ trước.csv', 'KV 1 (năm trước).csv', 'KV 4 - năm trước.csv'])('"%s" under --year 2026: YEAR_CONFLICT', async (name) => {
    const sub = `f04-${name.replace(/[^\p{L}\d]+/gu, '-')}`;
    const r = await bothOnFiles(dir, folder(sub, name), ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
  });

  it('a Chi cục\'s "Mỹ Lộc - năm trước.csv" beside "Mỹ Lộc 2019.csv", "Vụ Bản 2019.csv" under --year 2019: YEAR_CONFLICT', async () => {
    const r = await bothOnFiles(dir, { 'f04m/Mỹ Lộc 2019.csv': bare('100,80,0,0'), 'f04m/Vụ Bản 2019.csv': bare('400,300,0,0'), 'f04m/Mỹ Lộc - năm trước.csv': bare('90,70,0,0') }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
  });

  it('without --year the folder stays refused as several years (2026, unknown)', async () => {
    const r = await bothOnFiles(dir, folder('f04n', 'KV 1 - năm trước.csv'), ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_YEARS']);
  });

  it('control: "KV 1 - năm trước.csv" alone under --year 2025 is read as the user dates it (900 / 700)', async () => {
    const r = await bothOnFiles(dir, { 'f04a/KV 1 - năm trước.csv': lastYear }, ['--year', '2025', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((x) => [x.district, x.year, x.cases_with_conditions, x.cases_resolved])).toEqual([
      ['KV 1 - năm trước', '2025', '900', '700'],
      ['TOTAL', '2025', '900', '700'],
    ]);
  });

  it('control: "KV 1 - so với năm trước.csv" (this year\'s figures compared) beside KV 2, KV 3 of 2026 reads: 6.000 / 4.900', async () => {
    const files = { 'f04c/KV 1 - so với năm trước.csv': bare('1000,800,50000000000,20000000000'), 'f04c/KV 2 - 2026.csv': year2026['KV 2 - 2026.csv'], 'f04c/KV 3 - 2026.csv': year2026['KV 3 - 2026.csv'] };
    const r = await bothOnFiles(dir, files, ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(0);
    const total = csvRows(r.stdout).find((x) => x.district === 'TOTAL')!;
    // 1.000 + 2.000 + 3.000 = 6.000; 800 + 1.700 + 2.400 = 4.900
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['6000', '4900', '81.67']);
  });
});

describe('over-reach controls', () => {
  it('KV 1, KV 2, KV 3 of one province read right: 6.000 / 4.900 / 81,67 %, 220 / 90 tỷ / 40,91 %', async () => {
    const r = await bothOnFiles(dir, { 'c1/KV 1.csv': untitled(KV1), 'c1/KV 2.csv': untitled(KV2), 'c1/KV 3.csv': untitled(KV3) }, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(cols({ rows: csvRows(r.stdout) })).toEqual([
      ['KV 1', '2026', '1000', '800', '80.00', '50000000000', '20000000000', '40.00'],
      ['KV 2', '2026', '2000', '1700', '85.00', '80000000000', '40000000000', '50.00'],
      ['KV 3', '2026', '3000', '2400', '80.00', '90000000000', '30000000000', '33.33'],
      // 6.000 / 4.900 = 81,67 %; 90 / 220 tỷ = 40,91 %
      ['TOTAL', '2026', '6000', '4900', '81.67', '220000000000', '90000000000', '40.91'],
    ]);
  });

  it('two provinces\' khu vực 2 with Tỉnh columns, areas after the number: two offices, 300 / 230', async () => {
    const files = {
      'c2/a.csv': ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Gia Lai,Phòng THADS khu vực 2 - Pleiku,100,80'],
      'c2/b.csv': ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Đắk Lắk,KV 2 - Buôn Ma Thuột,200,150'],
    };
    const r = await bothOnFiles(dir, files, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 100 + 200 = 300; 80 + 150 = 230; 230/300 = 76,67 %
    expect(csvRows(r.stdout).map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['Gia Lai', 'Phòng THADS khu vực 2 - Pleiku', '100', '80', '80.00'],
      ['Đắk Lắk', 'KV 2 - Buôn Ma Thuột', '200', '150', '75.00'],
      ['', 'TOTAL', '300', '230', '76.67'],
    ]);
  });

  it('"Phòng THADS khu vực 2 - Gia Lai.csv" and "… - Đắk Lắk.csv": two offices, 300 / 230', async () => {
    const plain = (row: string) => ['Việc có điều kiện,Việc giải quyết xong', row];
    const r = await bothOnFiles(dir, { 'c3/Phòng THADS khu vực 2 - Gia Lai.csv': plain('100,80'), 'c3/Phòng THADS khu vực 2 - Đắk Lắk.csv': plain('200,150') }, ['--year', '2026', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved])).toEqual([
      ['Gia Lai', 'Phòng THADS khu vực 2', '100', '80'],
      ['Đắk Lắk', 'Phòng THADS khu vực 2', '200', '150'],
      ['', 'TOTAL', '300', '230'],
    ]);
  });

  it('two provinces\' KV2 with no province stated: DUPLICATE_INPUT, the hint asks for a Tỉnh column or the province in the name', async () => {
    const plain = (row: string) => ['Việc có điều kiện,Việc giải quyết xong', row];
    const r = await bothOnFiles(dir, { 'c4/x/KV2 - Pleiku.csv': plain('100,80'), 'c4/y/KV2 - Buôn Ma Thuột.csv': plain('200,150') }, ['--year', '2026', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'c4/y/KV2 - Buôn Ma Thuột.csv:2: error: cases of "KV2 - Buôn Ma Thuột" (2026) are given again: c4/x/KV2 - Pleiku.csv:2 already gave them as "KV2 - Pleiku"; figures are never added across files [DUPLICATE_INPUT]\n' +
        '  hint: remove the copy (a khu vực\'s number names one office of its province, whatever follows it); if the two files are of different provinces, give each a province column (Tỉnh) or write the province in its name ("KV 2 - Gia Lai")\n' +
        'thads: 1 error in the input; nothing was summed\n',
    );
  });
});

/** CSV output's rows by column name. */
function csvRows(stdout: string): Record<string, string>[] {
  const [header, ...lines] = stdout.trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
}
