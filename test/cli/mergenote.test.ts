// A merged province's 2025 table whose title notes whose figures it includes: "THI HÀNH ÁN DÂN SỰ
// TỈNH NINH BÌNH" over "(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước
// ngày 01/7/2025)", sections I–III the three former Cục, IV the Phòng THADS khu vực (work97c 01).
// The note names the former provinces merged INTO the table's province (provinces.ts, Nghị quyết
// 202/2025/QH15): Ninh Bình's own parts, not a cluster of provinces (title-province.ts
// namesCluster, mergedPartsListed). It was read as a cluster title (PROVINCE_UNDECIDED, exit 0):
// Ninh Bình 7.800 / 6.200 / 5.000 rank 2/2 and a blank province 7.500 / 6.000 / 5.110 rank 1/2.
// Near shapes keep their reading: a Khối thi đua's title, a list of provinces not merged into one,
// a title of another province, a report of 2024 or of a period ended before 1/7/2025.
// Every figure written by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { namesCluster } from '../../src/input/title-province.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-mergenote-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { both } = bothReaders('thads-mergenote-both-', ['--by', 'province', '--format', 'csv']);

const SENDER = 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,';
const REPORT = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,';
/** the finding's note, unquoted: a CSV export splits it at its commas */
const NOTE = '(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước ngày 01/7/2025),,,,';
const BODY = [
  'STT,Đơn vị,Tổng số thụ lý,Có điều kiện thi hành,Giải quyết xong',
  'I,Tỉnh Ninh Bình (cũ),"2.600","2.000","1.600"',
  '1,Văn phòng Cục,"1.000",800,600',
  '2,Chi cục THADS thành phố Hoa Lư,"1.000",700,600',
  '3,Chi cục THADS huyện Kim Sơn,600,500,400',
  'II,Tỉnh Nam Định (cũ),"3.300","2.700","2.200"',
  '1,Văn phòng Cục,"1.100",900,700',
  '2,Chi cục THADS thành phố Nam Định,"1.500","1.200","1.000"',
  '3,Chi cục THADS huyện Mỹ Lộc,700,600,500',
  'III,Tỉnh Hà Nam (cũ),"1.900","1.500","1.200"',
  '1,Văn phòng Cục,800,600,450',
  '2,Chi cục THADS thành phố Phủ Lý,"1.100",900,750',
  'IV,Các Phòng THADS khu vực (từ 01/7/2025),"7.500","6.000","5.110"',
  '1,Phòng THADS khu vực 1,"3.000","2.400","2.040"',
  '2,Phòng THADS khu vực 2,"2.500","2.000","1.670"',
  '3,Phòng THADS khu vực 3,"2.000","1.600","1.400"',
  ',Tổng cộng,"15.300","12.200","10.110"',
];
// By hand: former Ninh Bình 1.000+1.000+600 = 2.600 / 800+700+500 = 2.000 / 600+600+400 = 1.600;
// Nam Định 1.100+1.500+700 = 3.300 / 900+1.200+600 = 2.700 / 700+1.000+500 = 2.200;
// Hà Nam 800+1.100 = 1.900 / 600+900 = 1.500 / 450+750 = 1.200;
// khu vực 3.000+2.500+2.000 = 7.500 / 2.400+2.000+1.600 = 6.000 / 2.040+1.670+1.400 = 5.110.
// Ninh Bình (2025): 2.600+3.300+1.900+7.500 = 15.300 / 2.000+2.700+1.500+6.000 = 12.200 /
// 1.600+2.200+1.200+5.110 = 10.110 → 10.110/12.200 = 82,87 %, rank 1/1.
const RIGHT = ['Ninh Bình||15300|12200|10110|82.87|1|1', '|TOTAL|15300|12200|10110|82.87||'];
// The cluster reading (kept where the title is a cluster's): Ninh Bình 2.600+3.300+1.900 = 7.800 /
// 2.000+2.700+1.500 = 6.200 / 1.600+2.200+1.200 = 5.000 → 80,65 %; the khu vực without a province
// 7.500 / 6.000 / 5.110 → 85,17 %: ranks 2/2 and 1/2.
const CLUSTER = ['Ninh Bình||7800|6200|5000|80.65|2|2', '||7500|6000|5110|85.17|1|2', '|TOTAL|15300|12200|10110|82.87||'];

/** province|district|total|with conditions|resolved|rate|rank|of, each row of a --format csv output */
function groups(csv: string): string[] {
  const [header, ...lines] = csv.trim().split('\n');
  const cols = header!.split(',');
  const at = (n: string) => cols.indexOf(n);
  return lines.map((l) => {
    const c = l.split(',');
    return ['province', 'district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank', 'cases_rank_of'].map((n) => c[at(n)]).join('|');
  });
}
const codes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

function run(name: string, lines: readonly string[], by = 'province') {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return spawnThads(['summarize', file, '--by', by, '--format', 'csv']);
}

/** read as Ninh Bình's own: one province, its three former parts rolled up, no cluster said */
function readRight(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(0);
  expect(groups(r.stdout)).toEqual(RIGHT);
  expect(codes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
}
/** the present cluster reading, PROVINCE_UNDECIDED said first */
function readAsCluster(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(0);
  expect(groups(r.stdout)).toEqual(CLUSTER);
  expect(codes(r.stderr)[0]).toBe('PROVINCE_UNDECIDED');
}

describe('a merged province\'s note naming its former provinces (work97c 01)', () => {
  it('the finding\'s file: Ninh Bình 15.300 / 12.200 / 10.110, 82,87 %, rank 1/1 (was split 7.800 + a blank 7.500)', () => {
    readRight(run('Ninh Binh 2025 viec.csv', [SENDER, REPORT, NOTE, ...BODY]));
  });

  it('--by district: the khu vực keep Ninh Bình as their province', () => {
    const r = run('Ninh Binh 2025 viec.csv', [SENDER, REPORT, NOTE, ...BODY], 'district');
    expect(r.code).toBe(0);
    // Văn phòng Cục of each former Cục are three offices: Ninh Bình (cũ), Nam Định (cũ), Hà Nam (cũ)
    const kv = groups(r.stdout).filter((g) => g.includes('khu vực'));
    expect(kv.map((g) => g.split('|').slice(0, 5).join('|'))).toEqual([
      'Ninh Bình|Phòng THADS khu vực 1|3000|2400|2040',
      'Ninh Bình|Phòng THADS khu vực 2|2500|2000|1670',
      'Ninh Bình|Phòng THADS khu vực 3|2000|1600|1400',
    ]);
    expect(codes(r.stderr)).not.toContain('PROVINCE_UNDECIDED');
  });

  it('the note quoted whole in one cell', () => {
    readRight(run('Ninh Binh 2025 viec.csv', [SENDER, REPORT, '"(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước ngày 01/7/2025)",,,,', ...BODY]));
  });

  it('"sau hợp nhất các tỉnh Nam Định và Hà Nam vào tỉnh Ninh Bình" in the report\'s line, under "CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH"', () => {
    readRight(run('Ninh Binh 2025 viec.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (SAU HỢP NHẤT CÁC TỈNH NAM ĐỊNH VÀ HÀ NAM VÀO TỈNH NINH BÌNH),,,,', ...BODY]));
  });

  it('"(Gồm số liệu các tỉnh: Ninh Bình; Nam Định; Hà Nam cũ)" under a report\'s title naming no province', () => {
    readRight(run('Ninh Binh 2025 viec.csv', [REPORT, '(Gồm số liệu các tỉnh: Ninh Bình; Nam Định; Hà Nam cũ),,,,', ...BODY]));
  });

  it('both readers agree on it', async () => {
    const r = await both('Ninh Binh 2025 viec.csv', [SENDER, REPORT, NOTE, ...BODY]);
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual(RIGHT);
  });

  it('its .xlsx twin (the note one cell, figures numbers)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH']);
    ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025']);
    ws.addRow(['(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước ngày 01/7/2025)']);
    for (const line of BODY) {
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/"/g, '')).slice(0, 5);
      ws.addRow(cells.map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    }
    const file = join(dir, 'Ninh Binh 2025 viec.xlsx');
    await wb.xlsx.writeFile(file);
    readRight(spawnThads(['summarize', file, '--by', 'province', '--format', 'csv']));
  });
});

describe('near shapes keep their reading', () => {
  it('the same file without the note: Ninh Bình 15.300 / 12.200 / 10.110, 1/1, as before', () => {
    readRight(run('Ninh Binh 2025 viec.csv', [SENDER, REPORT, ...BODY]));
  });

  it('a Khối thi đua\'s title "KHỐI THI ĐUA CÁC TỈNH NINH BÌNH, NAM ĐỊNH, HÀ NAM": a cluster still', () => {
    readAsCluster(run('Ninh Binh 2025 viec.csv', ['CỤC THADS TỈNH NINH BÌNH,,,,', 'KHỐI THI ĐUA CÁC TỈNH NINH BÌNH, NAM ĐỊNH, HÀ NAM,,,,', ...BODY]));
  });

  it('a list of provinces not merged into one ("các tỉnh Ninh Bình, Thanh Hóa, Hà Nam"): a cluster still', () => {
    readAsCluster(run('Ninh Binh 2025 viec.csv', [SENDER, REPORT, '(Bao gồm số liệu của các tỉnh Ninh Bình, Thanh Hóa, Hà Nam),,,,', ...BODY]));
  });

  it('the note under another province\'s title (THANH HÓA): a cluster still', () => {
    readAsCluster(run('Ninh Binh 2025 viec.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH THANH HÓA,,,,', REPORT, NOTE, ...BODY]));
  });

  // Before the merger the three are three provinces: Ninh Bình 2.600 / 2.000 / 1.600 = 80,00 %,
  // Nam Định 3.300 / 2.700 / 2.200 = 81,48 %, Hà Nam 1.900 / 1.500 / 1.200 = 80,00 %, the khu vực
  // without a province 7.500 / 6.000 / 5.110 = 85,17 %: ranks 3, 2, 3, 1 of 4.
  const SPLIT = [
    'Ninh Bình||2600|2000|1600|80.00|3|4',
    'Nam Định||3300|2700|2200|81.48|2|4',
    'Hà Nam||1900|1500|1200|80.00|3|4',
    '||7500|6000|5110|85.17|1|4',
    '|TOTAL|15300|12200|10110|82.87||',
  ];

  it('a report of 2024 naming the three: a cluster of three provinces still', () => {
    const r = run('Ninh Binh 2024 viec.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,', '(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam),,,,', ...BODY]);
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual(SPLIT);
    expect(codes(r.stderr)).toEqual(['PROVINCE_UNDECIDED']);
  });

  it('a report of 2025 whose period ended before 1/7/2025: three provinces still', () => {
    const r = run('Ninh Binh 2025 viec.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2025 (TỪ 01/10/2024 ĐẾN 31/3/2025),,,,', '(Bao gồm số liệu của các tỉnh Ninh Bình, Nam Định, Hà Nam),,,,', ...BODY]);
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual(SPLIT);
    expect(codes(r.stderr)[0]).toBe('PROVINCE_UNDECIDED');
  });
});

describe('namesCluster on the note (title-province.ts)', () => {
  const title = (...lines: string[]) => lines.map((l, i) => ({ cells: l.split(','), line: i + 1 }));
  const NB = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', '(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước ngày 01/7/2025)'];
  it('a report of 2025: the merged province\'s own parts, no cluster', () => {
    expect(namesCluster(title(...NB), 2025)).toBe(false);
    expect(namesCluster(title('CỤC THADS TỈNH GIA LAI', 'Số liệu sau hợp nhất các tỉnh Gia Lai và Bình Định'), 2025)).toBe(false);
  });
  it('of 2024, of a period ended 31/3/2025, of no year known: a cluster, as before', () => {
    expect(namesCluster(title(...NB), 2024)).toBe(true);
    expect(namesCluster(title(...NB), 2025, '2025-03-31')).toBe(true);
    expect(namesCluster(title(...NB), null)).toBe(true);
  });
  it('provinces not merged into one, or a Cụm/Khối: a cluster, as before', () => {
    expect(namesCluster(title('CỤC THADS TỈNH TIỀN GIANG', 'CÁC TỈNH TIỀN GIANG, BẾN TRE, VĨNH LONG'), 2025)).toBe(true);
    expect(namesCluster(title('CỤC THADS TỈNH NINH BÌNH', 'KHỐI THI ĐUA CÁC TỈNH NINH BÌNH, NAM ĐỊNH, HÀ NAM'), 2025)).toBe(true);
    expect(namesCluster(title('CỤC THADS TỈNH NINH BÌNH', 'CÁC TỈNH TRONG CỤM: NINH BÌNH, NAM ĐỊNH, HÀ NAM'), 2025)).toBe(true);
  });
});
