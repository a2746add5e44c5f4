// A money form in triệu đồng whose every figure has one dot group ("25.400", "8.456") was refused
// AMBIGUOUS_NUMBER ("nothing in the file settles it") though the file settles it: its rate column
// reads "42,07", "45,00" (a decimal comma) and its unit line "Đơn vị tính: 1.000.000 đồng" (a
// Vietnamese grouping) — work93d 01. Such cells, which only one convention reads, now settle the
// convention when no figure does (input/convention-evidence.ts); never over a figure's own word,
// and evidence that disagrees with itself settles nothing. Totals below are hand sums.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-ambigrate-', ['--format', 'csv']);

const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Năm trước chuyển sang;Thụ lý mới;Có điều kiện;Giải quyết xong;Tỷ lệ (%)';
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024'];
/** Mỹ Lộc, Vụ Bản and their declared total, every figure one dot group; `rates` the rate cells */
const rows = (rates: readonly [string, string, string]) => [
  `1;Mỹ Lộc;25.400;15.200;10.200;20.100;8.456;${rates[0]}`,
  `2;Vụ Bản;31.250;20.000;11.250;27.000;12.150;${rates[1]}`,
  `;Tổng cộng;56.650;35.200;21.450;47.100;20.606;${rates[2]}`,
];
const VI_RATES = ['42,07', '45,00', '43,75'] as const;
const EN_RATES = ['42.07', '45.00', '43.75'] as const;
const WHOLE_RATES = ['42', '45', '44'] as const;

/** The TOTAL row's money total, with conditions, resolved and rate; exit 0 and an empty stderr asserted. */
function moneyTotal(r: { code: number; stdout: string; stderr: string }): string[] {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['money_total', 'money_with_conditions', 'money_resolved', 'money_rate'].map((k) => total[head!.indexOf(k)]!);
}

/** The real binary on `file` (in the suite's folder); messages name it without its folder. */
function binary(file: string, args: readonly string[] = ['--format', 'csv']) {
  const r = spawnThads(['summarize', file, ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** Both readers in process (they must agree) and the real binary, which must print the same; the binary's result. */
async function read(name: string, lines: readonly string[]) {
  const inProcess = await both(name, lines);
  const r = binary(write(name, lines));
  expect(r.code).toBe(inProcess.code);
  expect(r.stdout).toBe(inProcess.stdout);
  expect(r.stderr).toBe(inProcess.stderr.split('FILE').join(name));
  return r;
}

// 56.650 / 47.100 / 20.606 triệu; 20.606 / 47.100 = 43,749…%
const VI_TRIEU = ['56650000000', '47100000000', '20606000000', '43.75'];
// the same figures in đồng (no unit line)
const VI_DONG = ['56650', '47100', '20606', '43.75'];

describe('the file settles Vietnamese beside its figures: read, as --number-format vi reads it', () => {
  it('work93d 01: title, unit line "1.000.000 đồng", rate "42,07" (reference reader): 47,100,000,000 / 20,606,000,000 đ', async () => {
    const lines = [...TITLE, ';;;;;;;Đơn vị tính: 1.000.000 đồng', HEADER, ...rows(VI_RATES)];
    expect(moneyTotal(await read('Tien_Nam_Dinh_2024.csv', lines))).toEqual(VI_TRIEU);
    expect(binary(write('Tien_Nam_Dinh_2024.csv', lines), ['--format', 'csv', '--number-format', 'vi']).stdout).toBe(binary(write('Tien_Nam_Dinh_2024.csv', lines)).stdout);
  });

  it('the rate column alone: no title, no unit line (byte scanner), money in đồng', async () => {
    expect(moneyTotal(await read('Tien_plain_2024.csv', [HEADER, ...rows(VI_RATES)]))).toEqual(VI_DONG);
  });

  it('the rate column alone under "triệu đồng", \',\' separated, quoted cells (work93d 01 sibling)', async () => {
    const quoted = rows(VI_RATES).map((l) => l.split(';').map((c, i) => (i < 2 ? c : `"${c}"`)).join(','));
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024', 'Đơn vị tính: triệu đồng', HEADER.split(';').join(','), ...quoted];
    expect(moneyTotal(await read('f1_tien_2024.csv', lines))).toEqual(VI_TRIEU);
  });

  it('the unit line "1.000.000 đồng" alone: rates written whole', async () => {
    const lines = [...TITLE, 'Đơn vị tính: 1.000.000 đồng', HEADER, ...rows(WHOLE_RATES)];
    expect(moneyTotal(await read('Tien_unit_2024.csv', lines))).toEqual(['56650000000', '47100000000', '20606000000', '43.75']);
  });

  it('a rate written "42,07%"', async () => {
    expect(moneyTotal(await read('Tien_pct_2024.csv', [HEADER, ...rows(['42,07%', '45,00 %', '43,75%'])]))).toEqual(VI_DONG);
  });

  it('inspect says what settled it', () => {
    const r = spawnThads(['inspect', write('Tien_inspect_2024.csv', [HEADER, ...rows(VI_RATES)])], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('numbers:       vi (no figure settles it, and the rate cell "42,07" at line 2, column 8 can only be read as Vietnamese (1.234,5))');
  });
});

describe('the file settles English beside its figures: read as English', () => {
  // "25.400" triệu read as 25,4 triệu: money in triệu may be written to the nghìn; the file's only
  // decimals are dot decimals, as an English export writes them (as "42,07" settles Vietnamese).
  it('rate "42.07" under "triệu đồng": 25.400 triệu is 25,400,000 đ', async () => {
    const lines = [...TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...rows(EN_RATES)];
    expect(moneyTotal(await read('Tien_en_2024.csv', lines))).toEqual(['56650000', '47100000', '20606000', '43.75']);
  });

  it('the unit line "Unit: 1,000,000 VND" alone', async () => {
    const lines = ['REPORT 2024', 'Unit: 1,000,000 VND', HEADER, ...rows(WHOLE_RATES)];
    expect(moneyTotal(await read('Tien_unit_en_2024.csv', lines))).toEqual(['56650000', '47100000', '20606000', '43.75']);
  });
});

const refused = (name: string, at: string) => `${name}:${at}: error: "25.400" could be read as Vietnamese or English, and nothing in the file settles it [AMBIGUOUS_NUMBER]`;

describe('controls: what settles nothing stays refused; a figure\'s own word is kept', () => {
  it('no evidence (rates written whole, no unit number): AMBIGUOUS_NUMBER, exit 1', async () => {
    const r = await read('Tien_none_2024.csv', [HEADER, ...rows(WHOLE_RATES)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refused('Tien_none_2024.csv', '2:3'));
  });

  it('no evidence, titled under "triệu đồng": AMBIGUOUS_NUMBER, exit 1', async () => {
    const r = await read('Tien_none_titled_2024.csv', [...TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...rows(WHOLE_RATES)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refused('Tien_none_titled_2024.csv', '5:3'));
  });

  it('evidence that disagrees (unit line "1.000.000 đồng", rate "42.07"): AMBIGUOUS_NUMBER, exit 1', async () => {
    const r = await read('Tien_disagree_2024.csv', [...TITLE, 'Đơn vị tính: 1.000.000 đồng', HEADER, ...rows(EN_RATES)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refused('Tien_disagree_2024.csv', '5:3'));
  });

  it('rates that disagree among themselves ("42,07" and "45.00"): AMBIGUOUS_NUMBER, exit 1', async () => {
    const r = await read('Tien_rates_disagree_2024.csv', [HEADER, ...rows(['42,07', '45.00', '43,75'])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refused('Tien_rates_disagree_2024.csv', '2:3'));
  });

  it('a rate cell both conventions read ("42,070"): settles nothing', async () => {
    const r = await read('Tien_rate_amb_2024.csv', [HEADER, ...rows(['42,070', '45,000', '43,750'])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refused('Tien_rate_amb_2024.csv', '2:3'));
  });

  it('rate "42,07" beside a clearly English figure ("1,234,567") below: the figure decides English, as before', async () => {
    const lines = [
      HEADER,
      '1;Mỹ Lộc;25,400;15,200;10,200;20,100;8,456;42,07',
      '2;Vụ Bản;1,234,567;1,000,000;234,567;1,000,000;420,700;42,07',
    ];
    // 25,400 + 1,234,567; 20,100 + 1,000,000; 8,456 + 420,700; 429,156 / 1,020,100 = 42,070…%
    expect(moneyTotal(await read('Tien_clash_en_2024.csv', lines))).toEqual(['1259967', '1020100', '429156', '42.07']);
  });

  it('rate "42.07" beside a clearly Vietnamese figure ("1.234,5") below: the figure decides Vietnamese, as before', async () => {
    const lines = [
      HEADER,
      '1;Mỹ Lộc;25.400;15.200;10.200;20.100;8.456;42.07',
      '2;Vụ Bản;1.234,5;1.000;234,5;1.000;420,7;42.07',
    ];
    // 25.400 + 1.234,5; 20.100 + 1.000; 8.456 + 420,7; 8.876,7 / 21.100 = 42,069…%
    expect(moneyTotal(await read('Tien_clash_vi_2024.csv', lines))).toEqual(['26634.5', '21100', '8876.7', '42.07']);
  });
});

describe('xlsx twin: text cells settle as in a CSV; a number cell settles nothing', () => {
  async function workbook(name: string, lines: readonly string[], rateAsNumber = false): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    const cell = (c: string, i: number): string | number | null => {
      if (c === '') return null;
      if (/^\d+$/.test(c)) return Number(c);
      return rateAsNumber && i === 7 && /^\d+,\d+$/.test(c) ? Number(c.replace(',', '.')) : c;
    };
    for (const l of lines) ws.addRow(l.split(';').map(cell));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('title, unit line "1.000.000 đồng", figures and rates as text ("25.400", "42,07"): read Vietnamese', async () => {
    const file = await workbook('Tien_Nam_Dinh_2024.xlsx', [...TITLE, ';;;;;;;Đơn vị tính: 1.000.000 đồng', HEADER, ...rows(VI_RATES)]);
    expect(moneyTotal(binary(file))).toEqual(VI_TRIEU);
  });

  it('no unit number, the rates number cells (42.07): nothing settles it, AMBIGUOUS_NUMBER', async () => {
    const file = await workbook('Tien_numrate_2024.xlsx', [...TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...rows(VI_RATES)], true);
    const r = binary(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Tien_numrate_2024.xlsx:Sheet1!C5: error: "25.400" could be read as Vietnamese or English, and nothing in the file settles it [AMBIGUOUS_NUMBER]');
  });
});
