// A merged province's 2025 table (statistics year 1/10/2024–30/9/2025) split in two Roman sections
// written as bare periods, "I | Từ 01/10/2024 đến 30/6/2025" over the three former Cục, "II | Từ
// 01/7/2025 đến 30/9/2025" over the provincial THADS — the merger's halves of the report's own year.
// work100c 05: refused NOT_AN_OFFICE ("holds the figures of another period than the report's"),
// while "Giai đoạn từ …" (the same file) read right. Right, by hand: I = 2.500 + 3.000 + 1.500 =
// 7.000 thụ lý, 2.000 + 2.400 + 1.200 = 5.600 có ĐK, 1.500 + 1.700 + 800 = 4.000 xong; II = 3.000 /
// 2.400 / 2.000; Tổng cộng 10.000 / 8.000 / 6.000, 6.000 / 8.000 = 75,00 %; money (nghìn đồng)
// 1.000.000 / 600.000 / 250.000 = 1.000.000.000 / 600.000.000 / 250.000.000 đồng. A khu vực's own
// report (work100c t5 KV1): 1.000 + 1.500 + 500 = 3.000, 800 + 1.200 + 400 = 2.400, 600 + 900 + 300
// = 1.800. Controls: a bare period of another year, a whole-year period line over all offices, a
// period row among offices (no section), a range that is no merger half, the halves outside the
// report's period (2026, a 9-month 2025 report), a half section heading no rows: refused as before.
// The real binary: titled CSV (reference reader), plain CSV (byte scanner first, both readers
// in-process agree), xlsx with =SUM sections.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, file } = fileTree('thads-periodsec-');

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Đơn vị tính: Việc; nghìn đồng'];
const HEADER = 'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc);Tổng số thụ lý (tiền);Có điều kiện (tiền);Giải quyết xong (tiền)';
const HALF1 = 'Từ 01/10/2024 đến 30/6/2025';
const HALF2 = 'Từ 01/7/2025 đến 30/9/2025';
/** The finding's table (after the title): total first, section I over the former Cục, II over the new THADS. */
function body(one = `I;${HALF1}`, two = `II;${HALF2}`): string[] {
  return [
    HEADER,
    ';Tổng cộng;10.000;8.000;6.000;1.000.000;600.000;250.000',
    `${one};7.000;5.600;4.000;700.000;420.000;170.000`,
    '1;Cục THADS tỉnh Ninh Bình (cũ);2.500;2.000;1.500;250.000;150.000;60.000',
    '2;Cục THADS tỉnh Nam Định (cũ);3.000;2.400;1.700;300.000;180.000;70.000',
    '3;Cục THADS tỉnh Hà Nam (cũ);1.500;1.200;800;150.000;90.000;40.000',
    `${two};3.000;2.400;2.000;300.000;180.000;80.000`,
    '1;THADS tỉnh Ninh Bình;3.000;2.400;2.000;300.000;180.000;80.000',
  ];
}
const OFFICES = ['THADS tỉnh Ninh Bình', 'Cục THADS tỉnh Ninh Bình (cũ)', 'Cục THADS tỉnh Nam Định (cũ)', 'Cục THADS tỉnh Hà Nam (cũ)'];
const TOTAL = { cases_total: '10000', cases_with_conditions: '8000', cases_resolved: '6000', cases_rate: '75.00', money_total: '1000000000', money_with_conditions: '600000000', money_resolved: '250000000' };

type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };
function run(path: string): Run {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** exit 0, no error, the offices as read and the TOTAL's figures (by hand, above). */
function right(r: Run, offices: readonly string[] = OFFICES, total: Record<string, string> = TOTAL) {
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const sum = rows.find((row) => row[at('district')] === 'TOTAL')!;
  expect(rows.filter((row) => row !== sum).map((row) => row[at('district')])).toEqual(offices);
  expect(Object.fromEntries(Object.keys(total).map((k) => [k, sum[at(k)]]))).toEqual(total);
}
/** exit 1, nothing summed, NOT_AN_OFFICE at `line` (column 2, the office column) naming `label` as `kind`. */
function refused(r: Run, line: number, label: string, kind: string) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const esc = (s: string) => s.replace(/[()/.*+?[\]\\]/g, '\\$&');
  expect(r.stderr).toMatch(new RegExp(`:${line}:2: error: "${esc(label)}" holds ${esc(kind)}.*\\[NOT_AN_OFFICE\\]`));
}
const ANOTHER = 'the figures of another period than the report\'s';
const DAYS = 'the figures of a period its days name, no office\'s';

let n = 0;
const titled = (lines: readonly string[], title: readonly string[] = TITLE) => file(`t${n++}/Ninh Bình 2025.csv`, [...title, ...lines]);
const plain = (lines: readonly string[], name = 'Ninh Bình 2025.csv') => file(`p${n++}/${name}`, lines);

describe('a 2025 table in two sections written as the bare halves of the year', () => {
  test('titled CSV (work100c 05): 10.000 / 8.000 / 6.000, 75,00 %, money 1.000.000 / 600.000 / 250.000 nghìn đ, exit 0', () => {
    right(run(titled(body())));
  });

  test('other spellings: "Từ ngày … đến ngày …", "01/10/2024 - 30/6/2025", the Roman number in the name cell ("I. Từ …")', () => {
    right(run(titled(body('I;Từ ngày 01/10/2024 đến ngày 30/6/2025', 'II;Từ ngày 01/7/2025 đến ngày 30/9/2025'))));
    right(run(titled(body('I;01/10/2024 - 30/6/2025', 'II;01/7/2025 - 30/9/2025'))));
    right(run(titled(body(`;I. ${HALF1}`, `;II. ${HALF2}`))));
  });

  test('read as the "Giai đoạn từ …" spelling is (the finding\'s contrast): the same figures', () => {
    right(run(titled(body(`I;Giai đoạn từ 01/10/2024 đến 30/6/2025`, `II;Giai đoạn từ 01/7/2025 đến 30/9/2025`))));
  });

  test('a khu vực\'s own report (t5 KV1), the total at the bottom: 3.000 / 2.400 / 1.800, exit 0', () => {
    const lines = [
      'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
      'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
      'Đơn vị tính: Việc; nghìn đồng',
      HEADER,
      `I;${HALF1};2.500;2.000;1.500;90.000.000;70.000.000;25.000.000`,
      '1;Chi cục THADS huyện Mỹ Lộc;1.000;800;600;40.000.000;30.000.000;10.000.000',
      '2;Chi cục THADS huyện Vụ Bản;1.500;1.200;900;50.000.000;40.000.000;15.000.000',
      `II;${HALF2};500;400;300;10.000.000;8.000.000;2.000.000`,
      '1;Phòng THADS khu vực 1;500;400;300;10.000.000;8.000.000;2.000.000',
      ';Tổng cộng;3.000;2.400;1.800;100.000.000;78.000.000;27.000.000',
    ];
    right(run(file(`kv${n++}/KV1 2025.csv`, lines)), ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Phòng THADS khu vực 1'], {
      cases_total: '3000', cases_with_conditions: '2400', cases_resolved: '1800', cases_rate: '75.00', money_total: '100000000000', money_with_conditions: '78000000000', money_resolved: '27000000000',
    });
  });

  test('plain CSV, the year in the file\'s name (byte scanner first): the same (money as written, no unit line: đồng)', () => {
    right(run(plain(body())), OFFICES, { ...TOTAL, money_total: '1000000', money_with_conditions: '600000', money_resolved: '250000' });
  });

  test('plain CSV in process: the byte scanner and the reference reader agree, exit 0', async () => {
    const { both } = bothReaders('thads-periodsec-both-', ['--format', 'csv']);
    const r = await both('Ninh Bình 2025.csv', body());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^,TOTAL,2025,,,10000,,,,8000,,,,,,,,,6000,,75\.00,/m);
  });

  test('xlsx with =SUM sections and total: the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TITLE) ws.addRow([l]);
    ws.addRow(HEADER.split(';'));
    // rows 4–11: total (5) = I (6) + II (10); I over 7–9, II over 11
    const cols = ['C', 'D', 'E', 'F', 'G', 'H'];
    const f = (formula: string, result: number) => ({ formula, result });
    ws.addRow([null, 'Tổng cộng', ...cols.map((c, i) => f(`${c}6+${c}10`, [10000, 8000, 6000, 1000000, 600000, 250000][i]!))]);
    ws.addRow(['I', HALF1, ...cols.map((c, i) => f(`SUM(${c}7:${c}9)`, [7000, 5600, 4000, 700000, 420000, 170000][i]!))]);
    ws.addRow([1, 'Cục THADS tỉnh Ninh Bình (cũ)', 2500, 2000, 1500, 250000, 150000, 60000]);
    ws.addRow([2, 'Cục THADS tỉnh Nam Định (cũ)', 3000, 2400, 1700, 300000, 180000, 70000]);
    ws.addRow([3, 'Cục THADS tỉnh Hà Nam (cũ)', 1500, 1200, 800, 150000, 90000, 40000]);
    ws.addRow(['II', HALF2, ...cols.map((c, i) => f(`SUM(${c}11:${c}11)`, [3000, 2400, 2000, 300000, 180000, 80000][i]!))]);
    ws.addRow([1, 'THADS tỉnh Ninh Bình', 3000, 2400, 2000, 300000, 180000, 80000]);
    const path = join(dir, 'Ninh Bình 2025.xlsx');
    await wb.xlsx.writeFile(path);
    right(run(path));
  });

  test('the halves outside the report\'s period stay refused: a 2026 table at I (line 6), a 9-month 2025 report at II (line 11)', () => {
    refused(run(file(`y${n++}/Ninh Bình 2026.csv`, [TITLE[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', TITLE[2]!, ...body()])), 6, HALF1, ANOTHER);
    const nine = [...TITLE.slice(0, 2), '(Từ ngày 01/10/2024 đến ngày 30/6/2025)', TITLE[2]!];
    refused(run(titled(body(), nine)), 11, HALF2, ANOTHER);
  });
});

describe('a 2025 half alone in a 2026 table (its former Cục under "I | Từ 01/10/2024 đến 30/6/2025")', () => {
  test('refused at line 6, never summed as 2026\'s (was 7.000 / 5.600 / 4.000, exit 0: the line read as "Từ (cũ)")', () => {
    const lines = body().slice(0, 6);
    lines[1] = ';Tổng cộng;7.000;5.600;4.000;700.000;420.000;170.000';
    refused(run(file(`half/Ninh Bình 2026.csv`, [TITLE[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', TITLE[2]!, ...lines])), 6, HALF1, ANOTHER);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('a bare period of another year as section I ("Từ 01/10/2023 đến 30/9/2024" in a 2025 table): refused at line 6, titled and plain', () => {
    refused(run(titled(body('I;Từ 01/10/2023 đến 30/9/2024'))), 6, 'Từ 01/10/2023 đến 30/9/2024', DAYS);
    refused(run(plain(body('I;Từ 01/10/2023 đến 30/9/2024'))), 3, 'Từ 01/10/2023 đến 30/9/2024', DAYS);
  });

  test('the whole year\'s period line as a section over all offices ("I | Từ 01/10/2024 đến 30/9/2025"): refused at line 5, as today', () => {
    const lines = [
      HEADER,
      'I;Từ 01/10/2024 đến 30/9/2025;10.000;8.000;6.000;1.000.000;600.000;250.000',
      '1;Cục THADS tỉnh Ninh Bình (cũ);2.500;2.000;1.500;250.000;150.000;60.000',
      '2;Cục THADS tỉnh Nam Định (cũ);3.000;2.400;1.700;300.000;180.000;70.000',
      '3;Cục THADS tỉnh Hà Nam (cũ);1.500;1.200;800;150.000;90.000;40.000',
      '4;THADS tỉnh Ninh Bình;3.000;2.400;2.000;300.000;180.000;80.000',
    ];
    refused(run(titled(lines)), 5, 'Từ 01/10/2024 đến 30/9/2025', DAYS);
  });

  test('a merger half as a row with figures among the offices, numbered as an office or not (a comparison row): refused at line 8', () => {
    const among = (stt: string) => [
      HEADER,
      ';Tổng cộng;7.000;5.600;4.000;700.000;420.000;170.000',
      '1;Cục THADS tỉnh Ninh Bình (cũ);2.500;2.000;1.500;250.000;150.000;60.000',
      '2;Cục THADS tỉnh Nam Định (cũ);3.000;2.400;1.700;300.000;180.000;70.000',
      '3;Cục THADS tỉnh Hà Nam (cũ);1.500;1.200;800;150.000;90.000;40.000',
      `${stt};${HALF2};3.000;2.400;2.000;300.000;180.000;80.000`,
    ];
    refused(run(titled(among('4'))), 9, HALF2, ANOTHER);
    refused(run(titled(among(''))), 9, HALF2, ANOTHER);
  });

  test('a bare half numbered as a section that heads no rows (the last line, no total): never added as an office', () => {
    const lines = [
      HEADER,
      '1;Cục THADS tỉnh Ninh Bình (cũ);2.500;2.000;1.500;250.000;150.000;60.000',
      '2;Cục THADS tỉnh Nam Định (cũ);3.000;2.400;1.700;300.000;180.000;70.000',
      `II;${HALF2};3.000;2.400;2.000;300.000;180.000;80.000`,
    ];
    const r = run(titled(lines));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`:7:2: error: "${HALF2.replace(/\//g, '\\/')}" holds ${ANOTHER}.*\\[NOT_AN_OFFICE\\]`));
  });

  test('a range inside the year that is no merger half ("Từ 01/10/2024 đến 31/3/2025" / "Từ 01/4/2025 đến 30/9/2025"): refused at line 6, as today', () => {
    refused(run(titled(body('I;Từ 01/10/2024 đến 31/3/2025', 'II;Từ 01/4/2025 đến 30/9/2025'))), 6, 'Từ 01/10/2024 đến 31/3/2025', ANOTHER);
  });
});
