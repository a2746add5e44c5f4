// A merged province's 2025 table (statistics year 1/10/2024–30/9/2025) whose Roman sections state
// their part of the year by its days: "I | Cục THADS tỉnh Ninh Bình (từ 01/10/2024 đến
// 30/6/2025)", "III | THADS tỉnh Ninh Bình (từ 01/7/2025 đến 30/9/2025)" — the merger's halves of
// the report's own year, each section equal to its items, "Tổng cộng" = I + II + III. work98c 01:
// refused NOT_AN_OFFICE ("holds the figures of another period than the report's"), its xlsx too.
// Right, by hand: 2.000 + 1.800 + 3.900 = 7.700 việc thụ lý; 1.500 + 1.500 + 3.000 = 6.000 có
// điều kiện; 1.200 + 1.200 + 2.550 = 4.950 xong; 4.950 / 6.000 = 82,50 %. Its offices: the
// former Cục Ninh Bình's Văn phòng (until 30/6) beside the provincial THADS's (from 1/7) are two
// offices, as under "(trước 01/7/2025)" / "(từ 01/7/2025)". Controls: a range that is no merger
// half ("đến 31/3/2025", a half-year), another year's ("6 tháng đầu năm 2024"), a merger half in
// a 2026 table or in a 9-month 2025 table (outside the report's period), "Cùng kỳ năm trước" stay
// refused, as are an office row (no section) noting a half, and a bare line of those days heading
// a second table; the words "(trước 01/7/2025)" keep their reading. The real binary; titled CSV
// (reference reader), plain CSV (byte scanner first) and an xlsx with =SUM sections.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-subperiod-');

const HALF1 = '(từ 01/10/2024 đến 30/6/2025)';
const HALF2 = '(từ 01/7/2025 đến 30/9/2025)';
const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025,,,,', '(Từ ngày 01/10/2024 đến ngày 30/9/2025),,,,'];
const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
function body(half1: string, half2: string, cuc2 = `Cục THADS tỉnh Nam Định ${half1}`): string[] {
  return [
    HEADER,
    `I,Cục THADS tỉnh Ninh Bình ${half1},"2.000","1.500","1.200"`,
    '1,Văn phòng Cục,"1.000",800,600',
    '2,Chi cục THADS thành phố Hoa Lư,"1.000",700,600',
    `II,${cuc2},"1.800","1.500","1.200"`,
    '1,Văn phòng Cục,"1.100",900,700',
    '2,Chi cục THADS huyện Mỹ Lộc,700,600,500',
    `III,THADS tỉnh Ninh Bình ${half2},"3.900","3.000","2.550"`,
    '1,Văn phòng THADS tỉnh,400,300,250',
    '2,Phòng THADS khu vực 1,"2.000","1.500","1.300"',
    '3,Phòng THADS khu vực 2,"1.500","1.200","1.000"',
    ',Tổng cộng,"7.700","6.000","4.950"',
  ];
}
const OFFICES = ['Văn phòng Cục (Ninh Bình)', 'Chi cục THADS thành phố Hoa Lư', 'Văn phòng Cục (Nam Định)', 'Chi cục THADS huyện Mỹ Lộc', 'Văn phòng THADS tỉnh', 'Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'];

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** exit 0, no error, the offices as read and the TOTAL's thụ lý, có điều kiện, xong, rate (computed by hand above). */
function right(r: ReturnType<typeof run>) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const total = rows.find((row) => row[at('district')] === 'TOTAL')!;
  expect(rows.filter((row) => row !== total).map((row) => row[at('district')])).toEqual(OFFICES);
  expect(['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[at(k)])).toEqual(['7700', '6000', '4950', '82.50']);
}
/** exit 1, NOT_AN_OFFICE at `line` naming `label` as another period's, nothing summed. */
function refused(r: ReturnType<typeof run>, line: number, label: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`:${line}:2: error: "${label.replace(/[()/]/g, '\\$&')}" holds the figures of another period than the report's.*\\[NOT_AN_OFFICE\\]`));
}

let n = 0;
const titled = (lines: readonly string[], title = TITLE) => file(`titled-${n++} viec.csv`, [...title, ...lines]);

describe('a 2025 table whose sections state the merger\'s halves of the year by their days', () => {
  test('titled CSV (work98c 01): 7.700 / 6.000 / 4.950, 82,50 %, exit 0', () => {
    right(run(titled(body(HALF1, HALF2))));
  });

  test('other spellings of the halves: "01/10/2024 - 30/6/2025", "từ ngày 1/10/2024 đến ngày 30/06/2025", "1.7.2025 - 30.9.2025"', () => {
    right(run(titled(body('(01/10/2024 - 30/6/2025)', '(01/7/2025 - 30/9/2025)'))));
    right(run(titled(body('(từ ngày 1/10/2024 đến ngày 30/06/2025)', '(từ ngày 01/07/2025 đến ngày 30/09/2025)'))));
    right(run(titled(body('(1.10.2024 - 30.6.2025)', '(1.7.2025 - 30.9.2025)'))));
  });

  test('the title saying only "NĂM 2025" (no days): the same', () => {
    right(run(titled(body(HALF1, HALF2), TITLE.slice(0, 2))));
  });

  test('plain CSV, the year in the file\'s name: the same', () => {
    right(run(file('plain/Ninh Binh 2025 viec.csv', body(HALF1, HALF2))));
  });

  test('xlsx saved with =SUM sections and total: the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TITLE) ws.addRow([l.split(',')[0]]);
    ws.addRow(HEADER.split(','));
    // rows 5–15: I (5) over 6–7, II (8) over 9–10, III (11) over 12–14, total (15)
    const sum = (cells: string, result: number) => ({ formula: cells, result });
    const cols = ['C', 'D', 'E'];
    const section = (stt: string, name: string, from: number, to: number, results: number[]) => ws.addRow([stt, name, ...cols.map((c, i) => sum(`SUM(${c}${from}:${c}${to})`, results[i]!))]);
    section('I', `Cục THADS tỉnh Ninh Bình ${HALF1}`, 6, 7, [2000, 1500, 1200]);
    ws.addRow([1, 'Văn phòng Cục', 1000, 800, 600]);
    ws.addRow([2, 'Chi cục THADS thành phố Hoa Lư', 1000, 700, 600]);
    section('II', `Cục THADS tỉnh Nam Định ${HALF1}`, 9, 10, [1800, 1500, 1200]);
    ws.addRow([1, 'Văn phòng Cục', 1100, 900, 700]);
    ws.addRow([2, 'Chi cục THADS huyện Mỹ Lộc', 700, 600, 500]);
    section('III', `THADS tỉnh Ninh Bình ${HALF2}`, 12, 14, [3900, 3000, 2550]);
    ws.addRow([1, 'Văn phòng THADS tỉnh', 400, 300, 250]);
    ws.addRow([2, 'Phòng THADS khu vực 1', 2000, 1500, 1300]);
    ws.addRow([3, 'Phòng THADS khu vực 2', 1500, 1200, 1000]);
    ws.addRow([null, 'Tổng cộng', ...cols.map((c, i) => sum(`${c}5+${c}8+${c}11`, [7700, 6000, 4950][i]!))]);
    const path = join(dir, 'Ninh Binh 2025 viec.xlsx');
    await wb.xlsx.writeFile(path);
    right(run(path));
  });
});

describe('controls: a part of a year that is no merger half, or outside the report\'s period, stays refused', () => {
  test('"(từ 01/10/2024 đến 31/3/2025)", a half-year inside the 2025 year but no merger half: refused at line 5', () => {
    refused(run(titled(body('(từ 01/10/2024 đến 31/3/2025)', HALF2))), 5, 'Cục THADS tỉnh Ninh Bình (từ 01/10/2024 đến 31/3/2025)');
  });

  test('"(6 tháng đầu năm 2024)" in a 2025 table: refused at line 5', () => {
    refused(run(titled(body('(6 tháng đầu năm 2024)', HALF2, `Cục THADS tỉnh Nam Định ${HALF1}`))), 5, 'Cục THADS tỉnh Ninh Bình (6 tháng đầu năm 2024)');
  });

  test('the merger halves in a 2026 table (1/10/2025–30/9/2026): refused at line 5', () => {
    const title = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,', '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,'];
    refused(run(titled(body(HALF1, HALF2), title)), 5, `Cục THADS tỉnh Ninh Bình ${HALF1}`);
  });

  test('a 9-month 2025 table (1/10/2024–30/6/2025): section III "(từ 01/7/2025 đến 30/9/2025)" refused at line 11', () => {
    const title = [...TITLE.slice(0, 2), '(Từ ngày 01/10/2024 đến ngày 30/6/2025),,,,'];
    refused(run(titled(body(HALF1, HALF2), title)), 11, `THADS tỉnh Ninh Bình ${HALF2}`);
  });

  test('"Cùng kỳ năm trước" as a row with figures: still refused NOT_AN_OFFICE', () => {
    const lines = [...body(HALF1, HALF2), ',Cùng kỳ năm trước,"7.000","5.500","4.400"'];
    const r = run(titled(lines));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/:16:2: error: "Cùng kỳ năm trước" .*\[NOT_AN_OFFICE\]/);
  });

  test('an office\'s own row (no section) noting a merger half beside whole-year rows, no total saying so: refused as before, line 2', () => {
    const lines = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', `1,Chi cục THADS huyện Mỹ Lộc ${HALF1},600,500`, '2,Phòng THADS khu vực 1,"1.500","1.300"'];
    refused(run(file('plain/Nam Dinh 2025 viec.csv', lines)), 2, `Chi cục THADS huyện Mỹ Lộc ${HALF1}`);
  });

  test('a line "Từ 01/10/2024 đến 30/6/2025" alone heading rows below the total: a second table, refused as before', () => {
    const lines = [HEADER, '1,Văn phòng THADS tỉnh,400,300,250', '2,Phòng THADS khu vực 1,"2.000","1.500","1.300"', ',Tổng cộng,"2.400","1.800","1.550"', ',Từ 01/10/2024 đến 30/6/2025,,,', '1,Văn phòng THADS tỉnh,300,200,150'];
    const r = run(titled(lines, TITLE.slice(0, 2)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  test('the words "(trước 01/7/2025)" / "(từ 01/7/2025)": the same right reading as before', () => {
    right(run(titled(body('(trước 01/7/2025)', '(từ 01/7/2025)'))));
  });
});
