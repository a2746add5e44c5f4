// A khu vực's OWN 2025 report — title "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1" under the province's
// line, rows its former districts written BARE ("Mỹ Lộc", "Vụ Bản": what most forms write) — was
// read as Ninh Bình's list: the two districts ranked as offices and the total printed as "Ninh
// Bình province … 75.00%, 9.05 pp below the assigned target of 84.05%" (the PROVINCE's), missed,
// exit 0 with only TARGET_UNMATCHED (traps work100c 03). Session 31's rule (kvown.test.ts) held
// only for rows written "Chi cục THADS huyện …" or with their unit ("Huyện Mỹ Lộc"). Right: ONE
// office, Phòng THADS khu vực 1, its bare districts its parts (by-enforcer.ts
// namesTitledRegionPart), under its own target 70 % / 30 %, met.
// By hand: cases 1.200 + 1.800 = 3.000 thụ lý; 960 + 1.440 = 2.400 có điều kiện; 720 + 1.080 =
// 1.800 xong; 1.800 / 2.400 = 75,00 %; 75 − 70 = +5,00 pp; ceil(0,70 × 2.400) = 1.680 required;
// 1.800 − 1.680 = +120; met. Against the province's 84,05 %: ceil(0,8405 × 2.400) = ceil(2.017,2)
// = 2.018, 1.800 − 2.018 = −218, −9,05 pp. Money (thousand đồng): 45.000.000 + 55.000.000 =
// 100.000.000 → 100.000.000.000 đồng; 34.000.000 + 44.000.000 = 78.000.000 → 78.000.000.000;
// 11.000.000 + 16.000.000 = 27.000.000 → 27.000.000.000; 27 / 78 = 34,615… → 34,62 %; +4,62 pp
// over 30 %; required 0,30 × 78.000.000.000 = 23.400.000.000, above 3.600.000.000. Province's
// 52,03 %: 0,5203 × 78.000.000.000 = 40.583.400.000, above −13.583.400.000, −17,41 pp.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-kvbare-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CONFIG = join(dir, 'thads.config.json');
writeFileSync(
  CONFIG,
  JSON.stringify({ targets: { '2025': { cases: 83.9, money: 51.9, provinces: { 'Ninh Bình': { cases: 84.05, money: 52.03 } }, districts: { 'Phòng THADS khu vực 1 - Ninh Bình': { cases: 70, money: 30 } } } } }),
);
const BY_PROVINCE = ['--by', 'province', '--format', 'csv', '--config', CONFIG];
const BY_OFFICE = ['--format', 'csv', '--config', CONFIG];
const readers = bothReaders('thads-kvbare-', BY_PROVINCE);

const HEADER = ['STT', 'Đơn vị', 'Tổng số thụ lý (việc)', 'Có điều kiện (việc)', 'Giải quyết xong (việc)', 'Tổng số thụ lý (tiền)', 'Có điều kiện (tiền)', 'Giải quyết xong (tiền)'];
const FIG_A = ['1.200', '960', '720', '45.000.000', '34.000.000', '11.000.000'];
const FIG_B = ['1.800', '1.440', '1.080', '55.000.000', '44.000.000', '16.000.000'];
const FIG_TOTAL = ['3.000', '2.400', '1.800', '100.000.000', '78.000.000', '27.000.000'];

interface Shape {
  readonly province?: string | null;
  readonly office?: string | null;
  readonly year?: number;
  readonly a?: string;
  readonly b?: string;
  readonly stt?: boolean;
  readonly total?: boolean;
}
/** The finding's file as cells: the province's line, the khu vực's title, the report's, the unit, the rows. */
function cells({ province = 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', office = 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1', year = 2025, a = 'Mỹ Lộc', b = 'Vụ Bản', stt = true, total = true }: Shape = {}): string[][] {
  return [
    ...(province === null ? [] : [[province]]),
    ...(office === null ? [] : [[office]]),
    [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`],
    ['Đơn vị tính: Việc; nghìn đồng'],
    HEADER,
    [stt ? '1' : '', a, ...FIG_A],
    [stt ? '2' : '', b, ...FIG_B],
    ...(total ? [['', 'Tổng cộng', ...FIG_TOTAL]] : []),
  ];
}
const quote = (c: string) => (/[",.;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][]) => rows.map((r) => r.map(quote).join(','));
/** The same rows for a workbook (lines-workbook.ts: ';' between cells, "1.200" a number). */
const xlsxLines = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/;/g, ',')).join(';'));

/** The csv's rows as objects, by header. */
function rows(stdout: string): Record<string, string>[] {
  const [head, ...body] = stdout.trim().split('\n');
  const keys = head!.split(',');
  return body.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}
const pick = (r: Record<string, string>) => ({
  province: r.province,
  district: r.district,
  total: r.cases_total,
  wc: r.cases_with_conditions,
  resolved: r.cases_resolved,
  rate: r.cases_rate,
  target: r.cases_target,
  gap: r.cases_gap_pp,
  required: r.cases_required,
  above: r.cases_above_target,
  met: r.cases_met,
  moneyWc: r.money_with_conditions,
  moneyResolved: r.money_resolved,
  moneyRate: r.money_rate,
  moneyTarget: r.money_target,
  moneyRequired: r.money_required,
  moneyAbove: r.money_above_target,
  moneyMet: r.money_met,
});
const FIGURES = { total: '3000', wc: '2400', resolved: '1800', rate: '75.00', moneyWc: '78000000000', moneyResolved: '27000000000', moneyRate: '34.62' };
/** The khu vực's own figures under its own target (by hand, above). */
const OWN = { ...FIGURES, target: '70', gap: '5.00', required: '1680', above: '120', met: 'true', moneyTarget: '30', moneyRequired: '23400000000', moneyAbove: '3600000000', moneyMet: 'true' };
/** The same figures taken for the province's whole, under the province's target (by hand, above). */
const WHOLE = { ...FIGURES, target: '84.05', gap: '-9.05', required: '2018', above: '-218', met: 'false', moneyTarget: '52.03', moneyRequired: '40583400000', moneyAbove: '-13583400000', moneyMet: 'false' };

function expectOwn(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code, r.stderr).toBe(0);
  expect(rows(r.stdout).map(pick)).toEqual([
    { province: 'Ninh Bình', district: '', ...OWN },
    { province: '', district: 'TOTAL', ...OWN },
  ]);
  expect(r.stderr).not.toMatch(/TARGET_UNMATCHED/);
}
function expectWhole(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code, r.stderr).toBe(0);
  expect(rows(r.stdout).map(pick)).toEqual([
    { province: 'Ninh Bình', district: '', ...WHOLE },
    { province: '', district: 'TOTAL', ...WHOLE },
  ]);
}

describe("a khu vực's own 2025 report, its former districts written bare: that one office's, under its own target (work100c 03)", () => {
  it("the finding's file, through the real binary: Phòng THADS khu vực 1, 75,00 % over 70 %, met", () => {
    const file = join(dir, 'KV1 2025.csv');
    writeFileSync(
      file,
      [
        'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
        'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1',
        'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
        'Đơn vị tính: Việc; nghìn đồng',
        'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc);Tổng số thụ lý (tiền);Có điều kiện (tiền);Giải quyết xong (tiền)',
        '1;Mỹ Lộc;1.200;960;720;45.000.000;34.000.000;11.000.000',
        '2;Vụ Bản;1.800;1.440;1.080;55.000.000;44.000.000;16.000.000',
        ';Tổng cộng;3.000;2.400;1.800;100.000.000;78.000.000;27.000.000',
        '',
      ].join('\n'),
    );
    const text = spawnThads(['summarize', file, '--format', 'text', '--config', CONFIG]);
    expect(text.code).toBe(0);
    expect(text.stdout.trim()).toBe(
      'In statistics year 2025 (1 October 2024 – 30 September 2025), Phòng THADS khu vực 1 accepted 3,000 cases in total and resolved 1,800 of the 2,400 enforceable cases: a rate of 75.00%, 5.00 pp above the assigned target of 70%. In money, it accepted 100 billion VND in total and resolved 27 of the 78 billion VND enforceable: a rate of 34.62%, 4.62 pp above the assigned target of 30%.',
    );
    expect(text.stderr).toBe('');
    expectOwn(spawnThads(['summarize', file, ...BY_PROVINCE]));
    const offices = rows(spawnThads(['summarize', file, ...BY_OFFICE]).stdout);
    expect(offices.map((r) => [r.district, r.cases_total, r.cases_with_conditions, r.cases_resolved, r.cases_target, r.cases_rank_of])).toEqual([
      ['Phòng THADS khu vực 1', '3000', '2400', '1800', '70', '1'],
      ['TOTAL', '3000', '2400', '1800', '70', ''],
    ]);
  });

  it("beside the province's later table whose khu vực 1 row was revised (3.010): the same office given twice, refused DUPLICATE_INPUT (was TOTAL 10.510 for 7.510, exit 0)", () => {
    const kv = join(dir, 'dup', 'KV1 2025.csv');
    const province = join(dir, 'dup', 'Ninh Bình 2025 (bản sau).csv');
    mkdirSync(join(dir, 'dup'), { recursive: true });
    writeFileSync(kv, `${csv(cells()).join('\n')}\n`);
    writeFileSync(
      province,
      `${csv([
        ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'],
        ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025'],
        ['Đơn vị tính: Việc; nghìn đồng'],
        HEADER,
        ['1', 'Văn phòng THADS tỉnh', '2.000', '1.500', '1.000', '900.000.000', '500.000.000', '200.000.000'],
        ['2', 'Phòng THADS khu vực 1', '3.010', '2.405', '1.801', '100.000.000', '78.000.000', '27.000.000'],
        ['3', 'Phòng THADS khu vực 2', '2.500', '2.000', '1.700', '80.000.000', '50.000.000', '20.000.000'],
        ['', 'Tổng cộng', '7.510', '5.905', '4.501', '1.080.000.000', '628.000.000', '247.000.000'],
      ]).join('\n')}\n`,
    );
    const r = spawnThads(['summarize', kv, province, ...BY_OFFICE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cases of "Phòng THADS khu vực 1" \(2025\) are given again: .*KV1 2025\.csv:\d+ already gave them/);
    expect(r.stderr).toMatch(/\[DUPLICATE_INPUT\]/);
  });

  const shapes: [string, Shape][] = [
    ['bare, as sent', {}],
    ['bare, in capitals ("MỸ LỘC", "VỤ BẢN")', { a: 'MỸ LỘC', b: 'VỤ BẢN' }],
    ['by their unit ("Huyện Mỹ Lộc", "H. Vụ Bản")', { a: 'Huyện Mỹ Lộc', b: 'H. Vụ Bản' }],
    ['by its unit, then bare ("TP Nam Định", "Vụ Bản")', { a: 'TP Nam Định', b: 'Vụ Bản' }],
    ['bare, then as a Chi cục ("Mỹ Lộc", "Chi cục THADS huyện Vụ Bản")', { b: 'Chi cục THADS huyện Vụ Bản' }],
    ['bare, without STT', { stt: false }],
    ['bare, without a total row', { total: false }],
    ['bare, titled "Phòng THADS khu vực 1 - Ninh Bình", no province\'s line', { province: null, office: 'Phòng THADS khu vực 1 - Ninh Bình' }],
  ];
  for (const [name, shape] of shapes) {
    it(`${name}: both readers, one office under 70 % / 30 %`, async () => {
      expectOwn(await readers.both('KV1 2025.csv', csv(cells(shape))));
    });
  }

  it('named only by its file name ("KV1 Ninh Bình 2025.csv"), a plain CSV of bare names in đồng: the same office, both readers', async () => {
    const lines = [
      'STT,Đơn vị,Tổng số thụ lý (việc),Có điều kiện (việc),Giải quyết xong (việc),Tổng số thụ lý (tiền),Có điều kiện (tiền),Giải quyết xong (tiền)',
      '1,Mỹ Lộc,1200,960,720,45000000000,34000000000,11000000000',
      '2,Vụ Bản,1800,1440,1080,55000000000,44000000000,16000000000',
    ];
    expectOwn(await readers.both('KV1 Ninh Bình 2025.csv', lines));
  });

  it('the xlsx twin: the same office', async () => {
    expectOwn(await summarizeLinesWorkbook(dir, 'KV1 2025.xlsx', xlsxLines(cells()), BY_PROVINCE));
  });

  it('another office after its bare districts under its title: refused NOT_AN_OFFICE, located, never summed into it', async () => {
    const all = cells();
    const lines = csv([...all.slice(0, -1), ['3', 'Văn phòng THADS tỉnh', '10', '8', '5', '1.000', '800', '500'], ['', 'Tổng cộng', '3.010', '2.408', '1.805', '100.001.000', '78.000.800', '27.000.500']]);
    const r = await readers.both('KV1 2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:8:2: error: "Văn phòng THADS tỉnh" follows the former offices read as the parts of "Phòng THADS khu vực 1", the office the file\'s title names (line 2)');
    expect(r.stderr).toMatch(/\[NOT_AN_OFFICE\]/);
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it("the province's own table (title \"THADS TỈNH NINH BÌNH\") with the bare names: the province's list, 84,05 %", async () => {
    const lines = csv(cells({ office: null }));
    expectWhole(await readers.both('Ninh Bình 2025.csv', lines));
    const offices = rows((await readers.both('Ninh Bình 2025.csv', lines, BY_OFFICE)).stdout);
    expect(offices.map((r) => [r.province, r.district, r.cases_with_conditions, r.cases_resolved])).toEqual([
      ['Ninh Bình', 'Mỹ Lộc', '960', '720'],
      ['Ninh Bình', 'Vụ Bản', '1440', '1080'],
      ['', 'TOTAL', '2400', '1800'],
    ]);
  });

  it('a Chi cục-era file of 2024 (title "CHI CỤC THADS HUYỆN MỸ LỘC"; or a khu vực\'s title, in a year before any existed): read as before, the rows as written', async () => {
    for (const office of ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1']) {
      const r = await readers.both('Báo cáo 2024.csv', csv(cells({ office, year: 2024 })), ['--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout).map((x) => [x.province, x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
        ['Ninh Bình', 'Mỹ Lộc', '2024', '960', '720', '75.00'],
        ['Ninh Bình', 'Vụ Bản', '2024', '1440', '1080', '75.00'],
        ['', 'TOTAL', '2024', '2400', '1800', '75.00'],
      ]);
    }
  });

  it('the khu vực\'s file with full names ("Chi cục THADS huyện Mỹ Lộc"), session 31\'s shape: the same office', async () => {
    expectOwn(await readers.both('KV1 2025.csv', csv(cells({ a: 'Chi cục THADS huyện Mỹ Lộc', b: 'Chi cục THADS huyện Vụ Bản' }))));
  });

  it("rows under a khu vực's title that are no place — years, kinds of cases, a phrase — are never taken for its parts", async () => {
    const years = await readers.both('KV1 2025.csv', csv(cells({ a: 'Năm 2024', b: 'Năm 2025' })));
    expect(years.code).toBe(1);
    expect(years.stderr).toContain('FILE:6:2: error: "Năm 2024" names the year 2024, and the file\'s is 2025');
    for (const [a, b] of [['Thụ lý mới', 'Số cũ chuyển sang']] as const) {
      const r = await readers.both('KV1 2025.csv', csv(cells({ a, b })), BY_OFFICE);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout).map((x) => x.district)).toEqual([a, b, 'TOTAL']);
    }
    // kinds of cases are the titled office's breakdown by loại việc (casekind.test.ts): that one
    // office, never offices of their own — nor the khu vực's former districts either
    for (const [a, b] of [['Án dân sự', 'Án hình sự'], ['Dân sự', 'Hình sự'], ['DÂN SỰ', 'HÌNH SỰ']] as const) {
      const r = await readers.both('KV1 2025.csv', csv(cells({ a, b })), BY_OFFICE);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout).map((x) => x.district)).toEqual(['Phòng THADS khu vực 1', 'TOTAL']);
    }
  });
});
