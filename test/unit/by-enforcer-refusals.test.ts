// work86b 03–05: ordinary by-enforcer exports refused.
// 03: a money form titled "… TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN" (TT 05/2024's money form by
// enforcer / by office) was refused UNIT_UNREADABLE: "tiền theo chấp hành viên" was read as a unit
// clause whose unit thads cannot read, though "Đơn vị tính: nghìn đồng" is given below it.
// 04: the CSV save of a by-enforcer sheet whose Đơn vị cell is merged down over the Phòng's
// enforcers AND its unlabelled subtotal row (",,,301,203,21,224"): refused MISSING_DISTRICT, while
// the workbook reads it as their subtotal. Now the CSV reads as the xlsx, the subtotal checked.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-by-enforcer-refusals-', ['--format', 'csv']);

/** The named columns of each output row, joined by spaces. */
function pick(csv: string, names: readonly string[]): string[] {
  const [head, ...lines] = csv.trim().split('\n');
  const at = names.map((n) => head!.split(',').indexOf(n));
  expect(at).not.toContain(-1);
  return lines.map((l) => at.map((i) => l.split(',')[i]).join(' '));
}

const MONEY = ['district', 'money_with_conditions', 'money_resolved', 'money_rate'];

// 03's file: offices numbered with their figures, enforcers below them (nghìn đồng).
const MONEY_ROWS = [
  'Năm 2026',
  'Đơn vị tính: nghìn đồng',
  'STT,Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
  '1,Phòng THADS khu vực 1,,"3.010.500","2.030.000","210.000","1.500","2.241.500"',
  ',,Trưởng phòng Nguyễn Văn An,"1.030.500","710.000","60.000","1.500","771.500"',
  ',,Trần Thị Bình,"1.170.000","820.000","110.000",0,"930.000"',
  ',,Chưa phân công,"810.000","500.000","40.000",0,"540.000"',
  '2,Phòng THADS khu vực 2,,"2.570.000","1.810.000","130.000",0,"1.940.000"',
  ',,CHV trung cấp Lê Văn Cường,"1.520.000","1.010.000","70.000",0,"1.080.000"',
  ',,CHV sơ cấp Nguyễn Văn An,"1.050.000","800.000","60.000",0,"860.000"',
];
const moneyForm = (title: string) => ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', title, ...MONEY_ROWS];
// by hand, nghìn đồng ×1.000: KV1 1.030.500 + 1.170.000 + 810.000 = 3.010.500 (its row),
// resolved 2.030.000 + 210.000 + 1.500 = 2.241.500, rate 2.241.500 / 3.010.500 = 74.455… → 74.46;
// KV2 1.520.000 + 1.050.000 = 2.570.000, resolved 1.810.000 + 130.000 = 1.940.000, 75.486… → 75.49;
// total 5.580.500 / 4.181.500 → 74.930… → 74.93
const MONEY_READ = [
  'Phòng THADS khu vực 1 3010500000 2241500000 74.46',
  'Phòng THADS khu vực 2 2570000000 1940000000 75.49',
  'TOTAL 5580500000 4181500000 74.93',
];

describe('03: a money title "… TÍNH BẰNG TIỀN THEO <what it is split by>" is no unit line', () => {
  for (const title of [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHV',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CƠ QUAN THI HÀNH ÁN DÂN SỰ',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO ĐƠN VỊ',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO TỪNG PHÒNG THADS KHU VỰC',
    'Kết quả thi hành án dân sự tính bằng tiền theo từng Chấp hành viên',
    'KET QUA THI HANH AN DAN SU TINH BANG TIEN THEO CHAP HANH VIEN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH THEO SỐ TIỀN THEO CHẤP HÀNH VIÊN',
  ]) {
    it(title, async () => {
      const r = await both('gia-lai-tien-2026.csv', moneyForm(title));
      expect(r.code, r.stderr).toBe(0);
      expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
      expect(r.stderr).not.toContain('UNIT_');
    });
  }

  it('as an xlsx (the workbook\'s title row read by the same rule)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 05');
    const money = (c: string) => (c === '' ? null : /^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c);
    for (const l of moneyForm('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN')) ws.addRow((l.match(/"[^"]*"|[^,]+|(?<=,|^)(?=,|$)/g) ?? []).map((c) => money(c.replace(/"/g, ''))));
    expect(ws.getCell('D6').value).toBe(3010500);
    const file = join(dir, 'gia-lai-tien-2026.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(pick(stdout(), MONEY)).toEqual(MONEY_READ);
  });

  it('the finding\'s control (title "… TÍNH BẰNG TIỀN") reads the same', async () => {
    const r = await both('gia-lai-tien-2026.csv', moneyForm('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
  });

  // over-reach: a real unit line still read — the rows above, without "Đơn vị tính: nghìn đồng",
  // under another line stating the unit
  const withUnit = (unit: string) => moneyForm('KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN').map((l) => (l === 'Đơn vị tính: nghìn đồng' ? unit : l));
  it('over-reach: "ĐVT: triệu đồng" reads the same figures in millions (×1.000.000)', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('ĐVT: triệu đồng'));
    expect(r.code, r.stderr).toBe(0);
    // 3.010.500 triệu = 3.010.500.000.000 đồng; rates unchanged
    expect(pick(r.stdout, MONEY)).toEqual([
      'Phòng THADS khu vực 1 3010500000000 2241500000000 74.46',
      'Phòng THADS khu vực 2 2570000000000 1940000000000 75.49',
      'TOTAL 5580500000000 4181500000000 74.93',
    ]);
  });
  it('over-reach: "Tính bằng: đồng" reads đồng', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('Tính bằng: đồng'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['Phòng THADS khu vực 1 3010500 2241500 74.46', 'Phòng THADS khu vực 2 2570000 1940000 75.49', 'TOTAL 5580500 4181500 74.93']);
  });
  it('over-reach: "Số tiền tính theo đơn vị nghìn đồng" (a unit clause with "theo") still reads nghìn', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('(Số tiền tính theo đơn vị nghìn đồng)'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
  });
  it('still refused: "Số tiền tính theo USD" names money thads cannot read', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('Số tiền tính theo USD'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: the unit line "tính theo USD" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });
});

const CASES = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'];

// 04's CSV (LibreOffice's save of the workbook below): column B merged B4:B7, B8:B10, B11:B12.
const MERGED = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN',
  'THADS tỉnh Gia Lai năm 2026',
  'STT,Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong',
  '1,Phòng THADS khu vực 1,Nguyễn Văn An,103,71,6,77',
  '2,,Trần Thị Bình,117,82,11,93',
  '3,,Chưa phân công,81,50,4,54',
  ',,,301,203,21,224',
  '4,Phòng THADS khu vực 2,Lê Văn Cường,152,101,7,108',
  '5,,Nguyễn Văn An,59,48,5,53',
  ',,,211,149,12,161',
  '6,Phòng Nghiệp vụ và Tổ chức THADS,Phạm Văn Dũng,47,31,2,33',
  ',,,47,31,2,33',
];
// by hand: KV1 103 + 117 + 81 = 301, resolved 77 + 93 + 54 = 224 (= line 7), 224/301 = 74.418… → 74.42;
// KV2 152 + 59 = 211, 108 + 53 = 161 (= line 10), 76.303… → 76.30; PNV 47, 33 (= line 12), 70.212… → 70.21;
// total 301 + 211 + 47 = 559, 224 + 161 + 33 = 418, 418/559 = 74.776… → 74.78
const MERGED_READ = [
  'Phòng THADS khu vực 1 301 224 74.42',
  'Phòng THADS khu vực 2 211 161 76.30',
  'Phòng Nghiệp vụ và Tổ chức THADS 47 33 70.21',
  'TOTAL 559 418 74.78',
];

describe('04: an unlabelled subtotal row under a Đơn vị cell merged down, saved as CSV', () => {
  it('the finding\'s CSV reads as its workbook', async () => {
    const r = await both('gia-lai-viec-2026.csv', MERGED);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(MERGED_READ);
  });

  it('the workbook, its Đơn vị merged down over the subtotal rows, reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 04');
    for (const l of MERGED) ws.addRow(l.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    ws.mergeCells('B4:B7');
    ws.mergeCells('B8:B10');
    ws.mergeCells('B11:B12');
    const file = join(dir, 'gia-lai-viec-2026.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(pick(stdout(), CASES)).toEqual(MERGED_READ);
  });

  it('a subtotal with a slip (300 for 103 + 117 + 81 = 301) is refused at its line', async () => {
    const r = await both('gia-lai-viec-2026.csv', MERGED.map((l) => (l === ',,,301,203,21,224' ? ',,,300,203,21,224' : l)));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:7: error: "Phòng THADS khu vực 1" on this row names no enforcer and is not the sum of its enforcers' rows (lines 4–6): as their subtotal it is wrong, as a row of its own it would be added beside them, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]`);
    expect(r.stdout).toBe('');
  });

  it('a second unnamed row under the subtotal is no part of the merge: still refused MISSING_DISTRICT', async () => {
    const r = await both('gia-lai-viec-2026.csv', [...MERGED, ',,,559,383,35,418']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:13:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  // over-reach controls
  it('over-reach: "Cộng" in the enforcer cell of the subtotal rows reads as before (559)', async () => {
    const r = await both('gia-lai-viec-2026.csv', MERGED.map((l) => l.replace(/^,,,/, ',,Cộng,')));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(MERGED_READ);
  });
  it('over-reach: the office named on every row (no merge), no subtotal rows: the enforcers summed as before', async () => {
    let office = '';
    const named = MERGED.filter((l) => !l.startsWith(',,,')).map((l) => {
      const c = l.split(',');
      if (/^\d+$/.test(c[0]!)) office = c[1] || office;
      if (/^\d+$/.test(c[0]!)) c[1] = office;
      return c.join(',');
    });
    expect(named[4]).toBe('2,Phòng THADS khu vực 1,Trần Thị Bình,117,82,11,93');
    const r = await both('gia-lai-viec-2026.csv', named);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(MERGED_READ);
  });
  it('over-reach: an unnamed row under offices without enforcers is still refused MISSING_DISTRICT', async () => {
    // offices 301 + 211 = 512 in a plain list, then a row naming nothing
    const r = await both('gia-lai-viec-2026.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Phòng THADS khu vực 1,301,224',
      '2,Phòng THADS khu vực 2,211,161',
      ',,512,385',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });
});

// 05: "I | Phòng THADS khu vực 1" without figures over its enforcers numbered 1, 2, 3, their names
// under "Chấp hành viên" and the Đơn vị cell empty (the office's name merged down, saved as CSV):
// refused NOT_AN_OFFICE. Now read as the control with the enforcers unnumbered.
const HEADED = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN',
  'THADS tỉnh Gia Lai năm 2026',
  'STT,Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong',
  'I,Phòng THADS khu vực 1,,,,,',
  '1,,Nguyễn Văn An,103,71,6,77',
  '2,,Trần Thị Bình,117,82,11,93',
  '3,,Chưa phân công,81,50,4,54',
  ',Cộng,,301,203,21,224',
  'II,Phòng THADS khu vực 3,,,,,',
  '1,,Lê Văn Cường,152,101,7,108',
  '2,,Nguyễn Văn An,59,48,5,53',
  ',Cộng,,211,149,12,161',
];
// by hand: KV1 103 + 117 + 81 = 301, 77 + 93 + 54 = 224 (= its Cộng), 224/301 → 74.42;
// KV3 152 + 59 = 211, 108 + 53 = 161 (= its Cộng), 161/211 = 76.303… → 76.30;
// total 301 + 211 = 512, 224 + 161 = 385, 385/512 = 75.195… → 75.20
const HEADED_READ = ['Phòng THADS khu vực 1 301 224 74.42', 'Phòng THADS khu vực 3 211 161 76.30', 'TOTAL 512 385 75.20'];

describe('05: Roman office headings without figures over enforcers numbered 1, 2 in the Chấp hành viên column', () => {
  it('the finding\'s file, with "Cộng" rows', async () => {
    const r = await both('gia-lai-viec-2026.csv', HEADED);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(HEADED_READ);
  });

  it('without the "Cộng" rows', async () => {
    const r = await both('gia-lai-viec-2026.csv', HEADED.filter((l) => !l.startsWith(',Cộng')));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(HEADED_READ);
  });

  it('the same as an xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 04');
    for (const l of HEADED) ws.addRow(l.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    const file = join(dir, 'gia-lai-viec-2026-headed.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expect(pick(stdout(), CASES)).toEqual(HEADED_READ);
  });

  it('a "Cộng" with a slip (300 for 301) is refused at its line, as with the enforcers unnumbered', async () => {
    const slip = HEADED.map((l) => (l === ',Cộng,,301,203,21,224' ? ',Cộng,,300,203,21,224' : l));
    const r = await both('gia-lai-viec-2026.csv', slip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:8:4: error: declared total "Cộng" has cases with conditions 300, but the rows above it add up to 301 [DECLARED_TOTAL_MISMATCH]');
    const control = await both('gia-lai-viec-2026.csv', slip.map((l) => l.replace(/^\d,,/, ',,')));
    expect(control.stderr).toBe(r.stderr);
  });

  // over-reach controls
  it('over-reach: the finding\'s controls (enforcers unnumbered; figures on the Phòng rows) read as before', async () => {
    const unnumbered = await both('gia-lai-viec-2026.csv', HEADED.map((l) => l.replace(/^\d,,/, ',,')));
    expect(unnumbered.code, unnumbered.stderr).toBe(0);
    expect(pick(unnumbered.stdout, CASES)).toEqual(HEADED_READ);
    const summed = await both('gia-lai-viec-2026.csv', HEADED.filter((l) => !l.startsWith(',Cộng')).map((l) => l.replace(/^I,(.*),,,,,$/, 'I,$1,,301,203,21,224').replace(/^II,(.*),,,,,$/, 'II,$1,,211,149,12,161')));
    expect(summed.code, summed.stderr).toBe(0);
    expect(pick(summed.stdout, CASES)).toEqual(HEADED_READ);
  });
  it('over-reach: numbered rows naming no enforcer under the heading are still refused', async () => {
    const r = await both('gia-lai-viec-2026.csv', HEADED.map((l) => (l === '1,,Nguyễn Văn An,103,71,6,77' ? '1,,,103,71,6,77' : l)));
    expect(r.code).toBe(1);
    // (as before the change; its message quotes the empty name "")
    expect(r.stderr).toContain('FILE:5:1: error: "" (numbered "1") is a line under "Phòng THADS khu vực 1" (line 4), a title without figures that is no section, level or group of offices');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});

describe('work88a 02: an office\'s own line above its enforcers, then an unlabelled row at the end (the sheet\'s grand total)', () => {
  const FILE = [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2019',
    'Đơn vị tính: Việc; nghìn đồng',
    'STT,Đơn vị,Chấp hành viên,Việc thụ lý,Việc có điều kiện,Việc thi hành xong,Tiền thụ lý,Tiền có điều kiện,Tiền thi hành xong',
    '1,Chi cục THADS huyện Mỹ Lộc,,220,170,130,11000,6500,2500',
    ',,Nguyễn Văn An,100,80,60,5000,3000,1000',
    ',,Trần Thị Bình,120,90,70,6000,3500,1500',
    '2,Chi cục THADS huyện Vụ Bản,,150,120,90,7000,3000,1400',
    ',,Lê Văn Cường,90,70,50,4000,2000,800',
    ',,Phạm Thị Dung,60,50,40,3000,1000,600',
    // 220 + 150 = 370: the sheet's total, no enforcer's nor Vụ Bản's (was added to Vụ Bản: 520, TOTAL 740, exit 0)
    ',,,370,290,220,18000,9500,3900',
  ];
  it('is never Vụ Bản\'s: refused MISSING_DISTRICT at it, nothing summed', async () => {
    const r = await both('nam-dinh-2019.csv', FILE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:10:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });
  it('control: without it, 170 + 120 = 290 with conditions, 130 + 90 = 220 completed', async () => {
    const r = await both('nam-dinh-2019.csv', FILE.slice(0, -1));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, CASES).slice(-1)).toEqual(['TOTAL 290 220 75.86']);
  });
});
