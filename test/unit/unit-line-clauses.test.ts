// A unit line read clause by clause (round 40, 01): "(Số việc tính theo đơn vị việc, số tiền tính
// theo đơn vị nghìn đồng)" was judged by its first clause, "việc", and the money clause after it
// never read: money 1,000× small, exit 0. Each clause naming its measure gives that measure's unit.
// Both readers and a workbook; totals added by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'csv'];
const { dir, both } = bothReaders('thads-unit-clauses-', ARGS);

/** The total row's figures, by name. */
function total(stdout: string): Record<string, string> {
  const [head, row] = stdout.trim().split('\n');
  const names = head!.split(',');
  const cells = row!.split(',');
  const pick = (n: string) => cells[names.indexOf(n)]!;
  return {
    cases: pick('cases_with_conditions'),
    cases_resolved: pick('cases_resolved'),
    money: pick('money_with_conditions'),
    money_resolved: pick('money_resolved'),
    money_rate: pick('money_rate'),
  };
}

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,,,'];
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú';
const ROWS = [
  '1,Phòng THADS khu vực 1,1200,1000,"150.000.000","80.000.000",',
  '2,Phòng THADS khu vực 2,900,780,"120.500.000","60.250.000",',
  '3,Phòng THADS khu vực 3,800,700,"90.000.000","45.000.000",',
  '4,Phòng THADS khu vực 4,700,600,"70.000.000","40.000.000",',
  '5,Phòng THADS khu vực 5,600,520,"50.000.000","30.000.000",',
  ',Tổng cộng,4200,3600,"480.500.000","255.250.000",',
];
const file = (unitLine: string) => [...TITLE, `"${unitLine}",,,,,,`, HEADER, ...ROWS];
// 150.000.000 + 120.500.000 + 90.000.000 + 70.000.000 + 50.000.000 nghìn đồng; resolved 80.000.000 +
// 60.250.000 + 45.000.000 + 40.000.000 + 30.000.000; 255,25 / 480,5 = 53.12 %. Cases 4200 / 3600.
const IN_THOUSANDS = { cases: '4200', cases_resolved: '3600', money: '480500000000', money_resolved: '255250000000', money_rate: '53.12' };

const CASES_FIRST = [
  '(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị nghìn đồng)',
  '(Số việc tính theo đơn vị việc; số tiền tính theo đơn vị nghìn đồng)',
  'Số việc tính theo đơn vị việc, số tiền tính theo đơn vị nghìn đồng',
  '(Việc tính theo đơn vị việc, tiền tính theo đơn vị nghìn đồng)',
];
const CONTROLS = [
  '(Số tiền tính theo đơn vị nghìn đồng, số việc tính theo đơn vị việc)',
  'Đơn vị tính: việc, nghìn đồng',
  'Đơn vị tính: Việc; 1.000 đồng',
  'Đơn vị tính: Việc và 1.000 VNĐ',
  'ĐVT: Việc - 1.000đ',
  'Đơn vị tính: Số việc: việc; Số tiền: nghìn đồng',
  'Đơn vị tính việc: việc; đơn vị tính tiền: nghìn đồng',
];

describe('a unit line read clause by clause', () => {
  it.each([...CASES_FIRST, ...CONTROLS])('%s gives money in nghìn đồng', (line) => {
    expect(parseUnitLine(line)).toEqual({ kind: 'money', unit: 'thousand' });
  });

  it.each([
    ['(Số việc tính theo đơn vị việc, giá trị tính theo đơn vị triệu đồng)', 'million'],
    ['Số việc tính bằng việc và số tiền tính bằng tỷ đồng', 'billion'],
    ['(Vụ việc tính theo đơn vị vụ việc; tiền tính theo đơn vị đồng)', 'dong'],
  ])('%s → %s', (line, unit) => expect(parseUnitLine(line)).toEqual({ kind: 'money', unit }));

  it.each([
    '(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị USD)',
    '(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị 10.000 đồng)',
    '(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị nghìn đồng, giá trị tính theo đơn vị triệu đồng)',
    '(Số tiền tính theo đơn vị nghìn đồng, số việc tính theo đơn vị việc, giá trị tính theo đơn vị đồng)',
  ])('%s: money thads cannot apply, refused', (line) => {
    expect(parseUnitLine(line)?.kind).toBe('unreadable');
  });

  it('the cases clause alone names no money', () => {
    expect(parseUnitLine('(Số việc tính theo đơn vị việc)')).toBeNull();
  });

  it.each([...CASES_FIRST, ...CONTROLS])('above the header, %s: money 480,500,000,000 đồng (01: was 480,500,000)', async (line) => {
    const r = await both('gia-lai-2025.csv', file(line));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('a money clause thads cannot apply is refused, at the unit line', async () => {
    const r = await both('gia-lai-usd-2025.csv', file('(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị USD)'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // was exit 0, money read as đồng
    expect(r.stderr).toContain('FILE:3:1: error: the unit line "tính theo đơn vị việc, số tiền tính theo đơn vị USD" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('in a cases-only file, "(Số việc tính theo đơn vị việc)" still reads the cases', async () => {
    const r = await both('viec-2025.csv', [
      ...TITLE.map((l) => l.slice(0, -2)),
      '(Số việc tính theo đơn vị việc),,,,',
      'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Ghi chú',
      '1,Phòng THADS khu vực 1,1200,1000,',
      '2,Phòng THADS khu vực 2,900,780,',
      ',Tổng cộng,2100,1780,',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1200 + 900 = 2100; 1000 + 780 = 1780; no money
    expect(total(r.stdout)).toEqual({ cases: '2100', cases_resolved: '1780', money: '', money_resolved: '', money_rate: '' });
  });

  it('the workbook reads like its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI']);
    ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025']);
    ws.addRow([CASES_FIRST[0]]);
    ws.addRow(HEADER.split(','));
    const money = [150_000_000, 120_500_000, 90_000_000, 70_000_000, 50_000_000];
    const resolved = [80_000_000, 60_250_000, 45_000_000, 40_000_000, 30_000_000];
    const cases = [1200, 900, 800, 700, 600];
    const done = [1000, 780, 700, 600, 520];
    for (let i = 0; i < 5; i++) ws.addRow([i + 1, `Phòng THADS khu vực ${i + 1}`, cases[i], done[i], money[i], resolved[i], null]);
    const path = join(dir, 'gia-lai-2025.xlsx');
    await wb.xlsx.writeFile(path);
    const { io, stdout, stderr } = memoryIo(['summarize', path, ...ARGS], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(stderr()).toBe('');
    expect(total(stdout())).toEqual(IN_THOUSANDS);
  });
});
