// Headers in the past tense: "Đã thi hành xong | Đã đình chỉ | Đã giảm", the year-end narrative's
// verbs ("đã thi hành xong … việc, đã đình chỉ … việc") copied into a table's headers. thads
// dropped "đã" before "thi hành xong" and "giải quyết xong" (two aliases) but not before the
// other fields: a table without a resolved column was refused UNKNOWN_RESOLVED_PART at "Đã đình
// chỉ". "Đã" / "Đã được" before any field's name (after "Số", "Tổng số" or the measure's words)
// names that field, but carried over ("Đã chuyển sang": moved on, or brought in?). Negations
// ("Chưa đình chỉ", "Không có điều kiện") name no field, as before. Both readers must agree.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { dir, both } = bothReaders('thads-past-tense-', ARGS);

const TITLE_VIEC = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026 (TÍNH BẰNG VIỆC)'];
const TITLE_TIEN = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026 (TÍNH BẰNG TIỀN)', 'Đơn vị tính: nghìn đồng'];
const VIEC_ROWS = ['1,Phòng THADS khu vực 1,1500,1200,100', '2,Phòng THADS khu vực 2,2800,2300,100', ',Tổng cộng,4300,3500,200'];
/**
 * resolved = thi hành xong + đình chỉ: (1.200 + 100) + (2.300 + 100) = 1.300 + 2.400 = 3.700;
 * 3.700 / 4.300 = 86,046…% → 86.05 (khu vực 1: 1.300 / 1.500 = 86,67 %)
 */
const VIEC_TOTAL = { withConditions: '4300', completed: '3500', terminated: '200', resolved: '3700', rate: '86.05' };
const viec = (completed: string, terminated: string) => [...TITLE_VIEC, `STT,Đơn vị,Có điều kiện,${completed},${terminated}`, ...VIEC_ROWS];

describe('the header matcher: "đã" before a field\'s name', () => {
  const m = new HeaderMatcher();
  const field = (h: string) => {
    const r = m.match(h);
    return r.kind === 'figure' ? `${r.measure ?? '?'}_${r.field}` : r.kind;
  };

  it.each([
    ['Đã đình chỉ', '?_terminated'],
    ['ĐÃ ĐÌNH CHỈ', '?_terminated'],
    ['Da dinh chi', '?_terminated'],
    ['Đã đình chỉ thi hành', '?_terminated'],
    ['Số việc đã đình chỉ thi hành án', 'cases_terminated'],
    ['Đã giảm', '?_reduced'],
    ['Đã được giảm', '?_reduced'],
    ['Đã được miễn, giảm', '?_reduced'],
    ['Tiền đã giảm', 'money_reduced'],
    ['Đã đình chỉ (nghìn đồng)', 'money_terminated'],
    ['Đã thi hành xong', '?_completed'],
    ['Đã TH xong', '?_completed'],
    ['Đã giải quyết xong', '?_resolved'],
    ['Số đã giải quyết xong', '?_resolved'],
    ['Đã ủy thác', '?_delegated'],
    ['Đã hoãn', '?_postponed'],
    ['Đã tạm đình chỉ', '?_suspended'],
    ['Đã chuyển kỳ sau', '?_carried_forward'],
  ])('%s → %s', (h, want) => {
    expect(field(h)).toBe(want);
  });

  it.each([
    // moved on to the next year, or brought in from the last? never guessed
    ['Đã chuyển sang', 'unknown'],
    ['Chưa đình chỉ', 'unknown'],
    ['Chưa được giảm', 'unknown'],
    ['Không đình chỉ', 'unknown'],
    ['Không có điều kiện', 'unknown'],
    ['Đã', 'unknown'],
    ['Tối đa', 'unknown'],
    // the cases dealt with: resolved (traps30 r4, lone-field-labels.test.ts); it was unknown
    ['Đã giải quyết', '?_resolved'],
    // the present tense, as before
    ['Đình chỉ', '?_terminated'],
    ['Chuyển sang', '?_carried_over'],
    ['Chưa có điều kiện', '?_without_conditions'],
  ])('%s → %s', (h, want) => {
    expect(field(h)).toBe(want);
  });
});

describe('a table headed in the past tense', () => {
  it('"Có điều kiện | Đã thi hành xong | Đã đình chỉ", no resolved column: 3.700 / 4.300 = 86.05 %', async () => {
    const r = await both('gia-lai-viec-2026.csv', viec('Đã thi hành xong', 'Đã đình chỉ'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(VIEC_TOTAL);
  });

  it('"Số việc đã đình chỉ thi hành án", without diacritics "Da dinh chi": the same', async () => {
    for (const [name, head] of [['so-viec-viec-2026.csv', 'Số việc đã đình chỉ thi hành án'], ['khong-dau-viec-2026.csv', 'Da dinh chi']] as const) {
      const r = await both(name, viec('Đã thi hành xong', head));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).total.cases).toMatchObject(VIEC_TOTAL);
    }
  });

  it('money "Đã thi hành xong | Đã đình chỉ | Đã giảm" in nghìn đồng: 10.000.000 / 18.000.000 nghìn = 55.56 %', async () => {
    const r = await both('gia-lai-tien-2026.csv', [
      ...TITLE_TIEN,
      'STT,Đơn vị,Có điều kiện,Đã thi hành xong,Đã đình chỉ,Đã giảm',
      '1,Phòng THADS khu vực 1,"8.000.000","3.500.000","300.000","200.000"',
      '2,Phòng THADS khu vực 2,"10.000.000","5.000.000","500.000","500.000"',
      ',Tổng cộng,"18.000.000","8.500.000","800.000","700.000"',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // resolved = xong + đình chỉ + giảm: (3.500.000 + 300.000 + 200.000) + (5.000.000 + 500.000 + 500.000)
    // = 4.000.000 + 6.000.000 = 10.000.000 nghìn = 10.000.000.000 đồng; 10 / 18 = 55,555…% → 55.56
    expect(JSON.parse(r.stdout).total.money).toMatchObject({
      withConditions: '18000000000',
      completed: '8500000000',
      terminated: '800000000',
      reduced: '700000000',
      resolved: '10000000000',
      rate: '55.56',
    });
  });

  it('"Đã được giảm" alone beside "Thi hành xong | Đình chỉ": read as reduced', async () => {
    const r = await both('duoc-giam-tien-2026.csv', [
      ...TITLE_TIEN,
      'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Đã được giảm',
      '1,Phòng THADS khu vực 1,1000,400,100,50',
      '2,Phòng THADS khu vực 2,3000,1500,200,250',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // (400 + 100 + 50) + (1.500 + 200 + 250) = 550 + 1.950 = 2.500 nghìn / 4.000 nghìn = 62.50 %
    expect(JSON.parse(r.stdout).total.money).toMatchObject({ withConditions: '4000000', reduced: '300000', resolved: '2500000', rate: '62.50' });
  });
});

describe('the same table in xlsx', () => {
  it('"Đã thi hành xong | Đã đình chỉ": 3.700 / 4.300 = 86.05 %', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of viec('Đã thi hành xong', 'Đã đình chỉ')) ws.addRow(line.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    const file = join(dir, 'gia-lai-viec-2026.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...ARGS], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(stderr()).toBe('');
    expect(JSON.parse(stdout()).total.cases).toMatchObject(VIEC_TOTAL);
  });
});

describe('over-reach: ordinary and negated headers read as before', () => {
  it('the present tense "Thi hành xong | Đình chỉ": 3.700 / 4.300 = 86.05 %', async () => {
    const r = await both('control-viec-2026.csv', viec('Thi hành xong', 'Đình chỉ'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(VIEC_TOTAL);
  });

  it('"Chưa đình chỉ", "Không có điều kiện" beside the fields: no field, warned and left out of resolved', async () => {
    const r = await both('neg-viec-2026.csv', [
      ...TITLE_VIEC,
      'STT,Đơn vị,Có điều kiện,Đã thi hành xong,Đã đình chỉ,Chưa đình chỉ,Không có điều kiện',
      '1,Phòng THADS khu vực 1,1500,1200,100,50,70',
      '2,Phòng THADS khu vực 2,2800,2300,100,40,30',
    ]);
    expect(r.code).toBe(0);
    // resolved still 1.300 + 2.400 = 3.700 (not + 50 + 40); with conditions 4.300 (not + 70 + 30)
    const out = JSON.parse(r.stdout);
    expect(out.total.cases).toMatchObject({ ...VIEC_TOTAL, withoutConditions: null });
    expect(out.warnings.map((w: { code: string; location: string }) => `${w.code} ${w.location.replace(/^.*\//, '')}`)).toEqual(['UNKNOWN_COLUMN neg-viec-2026.csv:3:6', 'UNKNOWN_COLUMN neg-viec-2026.csv:3:7']);
    expect(r.stderr).toContain('FILE:3:6: warning: column "Chưa đình chỉ" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });

  it('"Chưa đình chỉ" without a "Đình chỉ" column: not read as terminated (resolved = thi hành xong only)', async () => {
    const r = await both('chua-dc-viec-2026.csv', [
      ...TITLE_VIEC,
      'STT,Đơn vị,Có điều kiện,Thi hành xong,Chưa đình chỉ',
      '1,Phòng THADS khu vực 1,1500,1200,100',
      '2,Phòng THADS khu vực 2,2800,2300,100',
    ]);
    expect(r.code).toBe(0);
    // resolved = 1.200 + 2.300 = 3.500 / 4.300 = 81,395…% → 81.40
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '4300', completed: '3500', terminated: null, resolved: '3500', rate: '81.40' });
  });
});
