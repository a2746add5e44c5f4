// The province's own office written with "tỉnh" but not the province's name (work99b 01): row
// "Văn phòng Cục THADS tỉnh" in Nam Định's table (the title names the province), "Văn phòng THADS
// tỉnh" (2026), "VP Cục tỉnh", "Văn phòng Cục (cấp tỉnh)" read as no name of the Văn phòng
// (office-names.ts read: "văn phòng cục tỉnh"), so the config target "Văn phòng Cục THADS tỉnh Nam
// Định" / "Văn phòng Cục" / "Văn phòng THADS tỉnh Ninh Bình" bound nothing (TARGET_UNMATCHED only)
// and the office was held to the PROVINCE's target, exit 0: "thiếu 6,00% (86%)" for "thiếu 2,00%
// (82%)"; 2026 met false for met TRUE. Two provinces' "Văn phòng Cục" / "Văn phòng Cục THADS
// tỉnh" took a bare "Văn phòng Cục" target silently for one of them; --previous matched it with
// nothing. Now those words after the Văn phòng's say no more than "Văn phòng Cục" there
// (OWN_LEVEL_ONLY). Figures by hand in each test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-vptarget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Measure = { target: string | null; gapPp: string | null; required: string | null; aboveTarget: string | null; met: boolean | null; rate: string; rateChange?: string | null };
type Group = { province: string; district: string; cases: Measure; money: Measure };

let n = 0;
function config(targets: unknown): string {
  const file = join(dir, `c${n++}.json`);
  writeFileSync(file, JSON.stringify({ targets }));
  return file;
}
/** a folder of its own holding `files` (name → lines, comma-separated) */
function folder(files: Record<string, readonly string[]>): string {
  const d = mkdtempSync(join(dir, 'f'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(d, name), `${lines.join('\n')}\n`);
  return d;
}
function json(r: { code: number; stdout: string; stderr: string }): Group[] {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).groups as Group[];
}
const pick = (m: Measure) => [m.target, m.gapPp, m.required, m.aboveTarget, m.met];

// Nam Định 2024, the hunter's file: title, period and unit lines (the reference reader)
const namDinh = (own: string, year = 2024) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
  `"BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}",,,,,`,
  `"(Từ ngày 01/10/${year - 1} đến ngày 30/9/${year})",,,,,`,
  '"Đơn vị tính: việc; nghìn đồng",,,,,',
  'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)',
  `1,${own},250,200,"40.100.000","18.000.000"`,
  '2,Chi cục THADS thành phố Nam Định,920,800,"12.300.000","6.100.000"',
  '3,Chi cục THADS huyện Mỹ Lộc,350,300,"3.500.000","1.600.000"',
  '4,Chi cục THADS huyện Vụ Bản,480,400,"5.200.000","2.500.000"',
  ',Tổng cộng,2.000,1.700,"61.100.000","28.200.000"',
];
const NAM_DINH_2024 = { '2024': { provinces: { 'Nam Định': { cases: 86, money: '46.5' } }, districts: { 'Văn phòng Cục THADS tỉnh Nam Định': { cases: 82, money: 47 } } } };
// By hand: VP 200/250 = 80,00 %, target 82: gap −2,00, required 82 % × 250 = 205, above 200 − 205 = −5;
// money 18.000.000/40.100.000 = 44,887… → 44,89 %, target 47: gap −2,11, required 47 % × 40.100.000.000
// = 18.847.000.000 đ, above −847.000.000, not met.
const VP_82 = { cases: ['82', '-2.00', '205', '-5', false], money: ['47', '-2.11', '18847000000', '-847000000', false] };
// the province's, as the fault applied: 86 → −6,00, 215, −15; 46,5 → −1,61
const VP_86 = { cases: ['86', '-6.00', '215', '-15', false], money: ['46.5', '-1.61', '18646500000', '-646500000', false] };
// Thành phố Nam Định 800/920 = 86,96 % vs 86: +0,96, required 791,2 → 792, above 8, met
const CITY_86 = ['86', '0.96', '792', '8', true];

describe('"Văn phòng Cục THADS tỉnh" in Nam Định\'s table is Nam Định\'s Văn phòng (binary)', () => {
  const config1 = () => config(NAM_DINH_2024);
  it.each([
    ['Văn phòng Cục THADS tỉnh', 'Văn phòng Cục THADS tỉnh Nam Định'],
    ['VP Cục tỉnh', 'Văn phòng Cục THADS tỉnh Nam Định'],
    ['Văn phòng Cục (cấp tỉnh)', 'Văn phòng Cục THADS tỉnh Nam Định'],
    ['Văn phòng Cục Thi hành án dân sự tỉnh', 'Văn phòng Cục'],
    ['Văn phòng Cục THADS tỉnh', 'Văn phòng Cục'],
  ])('row %j, config %j: 82 / 47, not the province\'s 86 / 46,5', (own, key) => {
    const d = folder({ 'Nam Định 2024.csv': namDinh(own) });
    const c = config({ '2024': { provinces: { 'Nam Định': { cases: 86, money: '46.5' } }, districts: { [key]: { cases: 82, money: 47 } } } });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--config', c, '--format', 'json'], { cwd: d });
    expect(r.stderr).toBe('');
    const groups = json(r);
    const vp = groups.find((g) => g.district === own)!;
    expect(pick(vp.cases)).toEqual(VP_82.cases);
    expect(pick(vp.money)).toEqual(VP_82.money);
    expect(pick(groups.find((g) => g.district === 'Chi cục THADS thành phố Nam Định')!.cases)).toEqual(CITY_86);
  });

  it('the prose: "thiếu 2,00% so với chỉ tiêu được giao (82%)"', () => {
    const d = folder({ 'Nam Định 2024.csv': namDinh('Văn phòng Cục THADS tỉnh') });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--config', config1(), '--format', 'text', '--lang', 'vi'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('của Văn phòng Cục THADS tỉnh: về việc, đã giải quyết xong 200/250 việc có điều kiện giải quyết, đạt 80,00%, thiếu 2,00% so với chỉ tiêu được giao (82%)');
    expect(r.stdout).toContain('đạt 44,89%, thiếu 2,11% so với chỉ tiêu được giao (47%)');
  });

  // over-reach: another province's Văn phòng, a city's Chi cục, the Cục's whole keep their reading
  // (was summed in Nam Định's total, unbound, exit 0, until session 49: agency49-province)
  it('control: "Văn phòng Cục THADS tỉnh Hà Nam" in Nam Định\'s table takes no Nam Định Văn phòng target: refused, PROVINCE_IN_NAME_MISMATCH', () => {
    const d = folder({ 'Nam Định 2024.csv': namDinh('Văn phòng Cục THADS tỉnh Hà Nam') });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--config', config1(), '--format', 'json'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('PROVINCE_IN_NAME_MISMATCH');
  });
  it('control: a key of the Cục\'s whole ("Cục THADS tỉnh Nam Định") binds no "Văn phòng Cục THADS tỉnh"', () => {
    const d = folder({ 'Nam Định 2024.csv': namDinh('Văn phòng Cục THADS tỉnh') });
    const c = config({ '2024': { provinces: { 'Nam Định': { cases: 86, money: '46.5' } }, districts: { 'Cục THADS tỉnh Nam Định': { cases: 82, money: 47 } } } });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--config', c, '--format', 'json'], { cwd: d });
    expect(stderrCodes(r.stderr)).toEqual(['TARGET_UNMATCHED']);
    expect(pick(json(r).find((g) => g.district === 'Văn phòng Cục THADS tỉnh')!.cases)).toEqual(VP_86.cases);
  });
  it('control: "Chi cục THADS thành phố Nam Định" is no Văn phòng: a config "Văn phòng Cục" leaves it the province\'s', () => {
    // the table without a Văn phòng row: the key binds nothing
    const lines = namDinh('Văn phòng Cục THADS tỉnh').filter((l) => !l.startsWith('1,')).map((l) => l.replace(',Tổng cộng,2.000,1.700,"61.100.000","28.200.000"', ',Tổng cộng,1.750,1.500,"21.000.000","10.200.000"'));
    const d = folder({ 'Nam Định 2024.csv': lines });
    const c = config({ '2024': { provinces: { 'Nam Định': { cases: 86, money: '46.5' } }, districts: { 'Văn phòng Cục': { cases: 82, money: 47 } } } });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--config', c, '--format', 'json'], { cwd: d });
    expect(stderrCodes(r.stderr)).toEqual(['TARGET_UNMATCHED']);
    expect(pick(json(r).find((g) => g.district === 'Chi cục THADS thành phố Nam Định')!.cases)).toEqual(CITY_86);
  });
  it('control: the same office under "Văn phòng Cục" and "Văn phòng Cục THADS tỉnh" in one table is refused, never summed', () => {
    const lines = namDinh('Văn phòng Cục THADS tỉnh').map((l) => l.replace('2,Chi cục THADS thành phố Nam Định', '2,Văn phòng Cục'));
    const d = folder({ 'Nam Định 2024.csv': lines });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--format', 'json'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
  });
});

// Ninh Bình 2026: "Văn phòng THADS tỉnh" and its Phòng khu vực
const ninhBinh = (own: string) => [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,',
  '"BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026",,,,,',
  '"(Từ ngày 01/10/2025 đến ngày 30/9/2026)",,,,,',
  '"Đơn vị tính: việc; nghìn đồng",,,,,',
  'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)',
  `1,${own},900,700,"300.000.000","120.000.000"`,
  '2,Phòng THADS khu vực 1,1.200,1.013,"60.000.000","31.200.000"',
  '3,Phòng THADS khu vực 2,1.000,845,"50.000.000","26.000.000"',
  ',Tổng cộng,3.100,2.558,"410.000.000","177.200.000"',
];
// By hand: 700/900 = 77,78 %, target 78: gap −0,22, required 78 % × 900 = 702, above −2, not met;
// money 120/300 = 40,00 % vs 40: gap 0,00, required 120.000.000.000, above 0, MET.
const VP_78 = { cases: ['78', '-0.22', '702', '-2', false], money: ['40', '0.00', '120000000000', '0', true] };
// khu vực 1 1.013/1.200 = 84,42 % vs the province's 84,5: −0,08, required 1.014, above −1
const KV1 = ['84.5', '-0.08', '1014', '-1', false];

describe('2026: "Văn phòng THADS tỉnh" is Ninh Bình\'s Văn phòng (binary)', () => {
  it.each([
    ['Văn phòng THADS tỉnh', { districts: { 'Văn phòng THADS tỉnh Ninh Bình': { cases: 78, money: 40 } } }],
    ['VP THADS tỉnh', { districts: { 'Văn phòng THADS tỉnh Ninh Bình': { cases: 78, money: 40 } } }],
    // nested under its province, the config's name without the province, the row's with it
    ['Văn phòng Thi hành án dân sự tỉnh Ninh Bình', { provinces: { 'Ninh Bình': { cases: '84.5', money: '52.3', districts: { 'Văn phòng THADS tỉnh': { cases: 78, money: 40 } } } } }],
    ['Văn phòng THADS tỉnh', { provinces: { 'Ninh Bình': { cases: '84.5', money: '52.3', districts: { 'Văn phòng Thi hành án dân sự tỉnh Ninh Bình': { cases: 78, money: 40 } } } } }],
  ])('row %j: 78 / 40, money met', (own, extra) => {
    const d = folder({ 'Ninh Bình 2026.csv': ninhBinh(own) });
    const c = config({ '2026': { cases: 84, money: '52', provinces: { 'Ninh Bình': { cases: '84.5', money: '52.3' } }, ...extra } });
    const r = spawnThads(['summarize', 'Ninh Bình 2026.csv', '--config', c, '--format', 'json'], { cwd: d });
    expect(r.stderr).toBe('');
    const groups = json(r);
    const vp = groups.find((g) => g.district === own)!;
    expect(pick(vp.cases)).toEqual(VP_78.cases);
    expect(pick(vp.money)).toEqual(VP_78.money);
    expect(pick(groups.find((g) => g.district === 'Phòng THADS khu vực 1')!.cases)).toEqual(KV1);
  });
});

describe('two provinces: a bare "Văn phòng Cục" target is either one\'s (TARGET_AMBIGUOUS), however each writes it', () => {
  const other = (own: string) => [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM,,,,,',
    '"BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024",,,,,',
    '"Đơn vị tính: việc; nghìn đồng",,,,,',
    'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)',
    `1,${own},150,120,"30.000.000","12.000.000"`,
    '2,Kim Bảng,350,300,"4.000.000","2.000.000"',
    '3,Thành phố Phủ Lý,600,500,"8.000.000","4.000.000"',
  ];
  it.each(['Văn phòng Cục', 'Văn phòng Cục THADS tỉnh', 'VP Cục tỉnh'])('Hà Nam\'s row %j: refused, exit 2', (own) => {
    const d = folder({ 'Nam Định 2024.csv': namDinh('Văn phòng Cục'), 'Hà Nam 2024.csv': other(own) });
    const c = config({ '2024': { districts: { 'Văn phòng Cục': { cases: 70, money: 30 } } } });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', 'Hà Nam 2024.csv', '--config', c, '--format', 'json'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('offices of 2 provinces of the input have this name (Nam Định, Hà Nam)');
    expect(stderrCodes(r.stderr)).toEqual(['TARGET_AMBIGUOUS']);
  });
});

describe('--previous: "Văn phòng Cục THADS tỉnh" this year is last year\'s "Văn phòng Cục"', () => {
  it('matched: the rate change 80,00 − 75,00 = +5,00; the total compared', () => {
    const last = namDinh('Văn phòng Cục', 2023).map((l) => l.replace('1,Văn phòng Cục,250,200', '1,Văn phòng Cục,240,180').replace(',Tổng cộng,2.000,1.700', ',Tổng cộng,1.990,1.680'));
    const d = folder({ 'Nam Định 2024.csv': namDinh('Văn phòng Cục THADS tỉnh'), 'Nam Định 2023.csv': last });
    const r = spawnThads(['summarize', 'Nam Định 2024.csv', '--previous', 'Nam Định 2023.csv', '--format', 'json'], { cwd: d });
    expect(r.stderr).toBe('');
    const groups = json(r);
    // 180/240 = 75,00 %; 200/250 = 80,00 %
    expect(groups.find((g) => g.district === 'Văn phòng Cục THADS tỉnh')!.cases.rateChange).toBe('5.00');
    // total: 1.680/1.990 = 84,422… → 84,42 %; 1.700/2.000 = 85,00 %: +0,58
    expect(JSON.parse(r.stdout).total.cases.rateChange).toBe('0.58');
  });
});

describe('both readers and the xlsx twin', () => {
  const ARGS = (c: string) => ['--config', c, '--format', 'json'];
  const { both } = bothReaders('thads-vptarget-both-', []);
  const plain = (own: string) => namDinh(own).slice(4); // no title: the byte scanner; the province from the file's name
  const c = () => config(NAM_DINH_2024);
  // without the unit line the money is in đồng as written: 47 % × 40.100.000 = 18.847.000, above −847.000
  it.each([
    ['plain CSV (byte scanner)', plain('Văn phòng Cục THADS tỉnh'), ['47', '-2.11', '18847000', '-847000', false]],
    ['titled CSV (reference reader)', namDinh('Văn phòng Cục THADS tỉnh'), VP_82.money],
  ])('%s: 82 / 47', async (_, lines, money) => {
    const r = await both('Nam Định 2024.csv', lines, ARGS(c()));
    expect(r.stderr).toBe('');
    const vp = json(r).find((g) => g.district === 'Văn phòng Cục THADS tỉnh')!;
    expect(pick(vp.cases)).toEqual(VP_82.cases);
    expect(pick(vp.money)).toEqual(money);
  });
  it('xlsx: 82 / 47', async () => {
    const lines = namDinh('Văn phòng Cục THADS tỉnh').map((l) => l.replace(/"([^"]*)"/g, (_, x: string) => x.replace(/,/g, '\u0001')).split(',').join(';').replace(/\u0001/g, ','));
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2024.xlsx', lines, ARGS(c()));
    expect(r.stderr).toBe('');
    const vp = json(r).find((g) => g.district === 'Văn phòng Cục THADS tỉnh')!;
    expect(pick(vp.cases)).toEqual(VP_82.cases);
    expect(pick(vp.money)).toEqual(VP_82.money);
  });
});
