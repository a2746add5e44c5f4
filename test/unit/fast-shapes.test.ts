// Real export shapes the fast path reads itself (row-scanner.ts, header-line.ts) instead of
// handing them to the reference reader: files without an office column (a report by province,
// one office's own file). Either way the output must be the reference reader's, byte for byte.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-fast-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  fastPath.enabled = true;
});

/** Runs both paths on a file named `name` holding `text`; returns whether the fast path summed it. */
async function sameOutput(name: string, text: string, args: string[] = ['--format', 'json']): Promise<boolean> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const before = fastPath.used;
  fastPath.enabled = true;
  const fast = [await runThads(['summarize', file, ...args]), await runThads(['check', file]), await runThads(['inspect', file])];
  const used = fastPath.used > before;
  fastPath.enabled = false;
  const reference = [await runThads(['summarize', file, ...args]), await runThads(['check', file]), await runThads(['inspect', file])];
  expect(fast).toEqual(reference);
  return used;
}

const FIGURES = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ';

describe('files without an office column', () => {
  it.each([
    ['a report by province', 'toan-quoc-2019.csv', `Tỉnh,${FIGURES}\nHà Nội,3005,2813,117,363973072815,3224170920,2507688493\nHà Giang,8973,8252,434,304500623895,1508922814,1207138251\n`],
    ['a report by province with STT and a year column', 'bao-cao.csv', `STT,Năm,Tỉnh,${FIGURES}\n1,2019,Hà Nội,3005,2813,117,3639730,32241,25076\n2,2019,Hà Giang,8973,8252,434,3045006,15089,12071\n`],
    ['a province total row above the provinces ("Toàn quốc")', 'tong-hop-2019.csv', `Tỉnh,${FIGURES}\nToàn quốc,11978,11065,551,668473696710,4733093734,3714826744\nHà Nội,3005,2813,117,363973072815,3224170920,2507688493\nHà Giang,8973,8252,434,304500623895,1508922814,1207138251\n`],
    ["an office's own file: figures only, named by the file", 'Phòng THADS khu vực 3 - 2026.csv', `${FIGURES}\n412,380,20,10500000000,6200000000,100\n`],
    ['a province cell holding only a Roman number (no text: the row is the office)', 'z-2019.csv', `Tỉnh,${FIGURES}\nI,3005,2813,117,3639730,32241,25076\nHà Giang,8973,8252,434,3045006,15089,12071\n`],
    ['two rows of one office', 'Mỹ Lộc - 2019.csv', `${FIGURES}\n412,380,20,10500000000,6200000000,100\n1,1,0,5,5,0\n`],
  ])('%s', async (_, name, text) => {
    expect(await sameOutput(name, text)).toBe(true);
  });

  it.each([
    ['a column nobody named that holds office names (the reference refuses it)', 'x-2019.csv', `Tên ĐV,${FIGURES}\nMỹ Lộc,412,380,20,10500000000,6200000000,100\nVụ Bản,1,1,0,5,5,0\n`],
    ['a notes column (Ghi chú): a total could hide in a cell the scanner skips', 'y-2019.csv', `Tỉnh,${FIGURES},Ghi chú\nHà Nội,3005,2813,117,3639730,32241,25076,\nHà Giang,8973,8252,434,3045006,15089,12071,x\n`],
  ])('hands back %s', async (_, name, text) => {
    expect(await sameOutput(name, text)).toBe(false);
  });
});

describe('rows without a figure under the table', () => {
  const header = `STT,Đơn vị,${FIGURES}\n1,Mỹ Lộc,412,380,20,10500000000,6200000000,100\n2,Vụ Bản,5,1,0,5,5,0\n`;
  it.each([
    ['a signature row, cut short, with words in figure columns', `${header},Người lập biểu,,,,CỤC TRƯỞNG\n`],
    ['a signature row of full width', `${header},Người lập biểu,,,,CỤC TRƯỞNG,,\n`],
    ['a place and date under the table', `${header},"Nam Định, ngày 15 tháng 10 năm 2019",,,,,,\n`],
    ['a blank row of spaces', `${header}, , , ,\n`],
  ])('skips %s', async (_, text) => {
    expect(await sameOutput('bao-cao-2019.csv', text)).toBe(true);
  });

  it.each([
    ['a short row whose cell looks like a number ("-5")', `${header},Ghi chú,-5\n`],
    ['a short row with "(3)"', `${header},,(3)\n`],
  ])('hands back %s', async (_, text) => {
    expect(await sameOutput('bao-cao-2019.csv', text)).toBe(false);
  });
});

describe('rows that break a relation', () => {
  const header = `STT,Năm,Đơn vị,${FIGURES}\n`;
  it.each([
    ['one row: resolved above with conditions', `${header}1,2019,Mỹ Lộc,412,380,40,10500000000,6200000000,100\n2,2019,Vụ Bản,5,6,0,5,5,0\n`],
    ['several, in both measures and in an office of two rows', `${header}1,2019,Mỹ Lộc,4,5,0,10,20,0\n2,2019,Vụ Bản,5,6,0,5,5,1\n3,2019,Mỹ Lộc,1,1,1,5,5,0\n`],
    ['a 2022 row under the 2020s regime', `${header}1,2022,Mỹ Lộc,4,5,0,10,20,0\n2,2022,Vụ Bản,5,4,0,5,5,0\n`],
  ])('%s: summed, and warned of as the reference does', async (_, text) => {
    expect(await sameOutput('bao-cao.csv', text, ['--format', 'json', '--by', 'year,district'])).toBe(true);
  });

  it('beyond 10,000 such rows the reference reads the file', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `${i + 1},2019,Office ${i},1,2,0,1,1,0`).join('\n');
    expect(await sameOutput('many-2019.csv', `${header}${rows}\n`, ['--format', 'csv', '--by', 'none'])).toBe(false);
  }, 180_000); // 10,001 rows through both readers: a minute on a loaded machine
});

describe('a file whose only figure rows are declared totals', () => {
  it.each([
    ['the national row alone ("Toàn quốc")', 'toan-quoc-2022.csv', `Đơn vị,${FIGURES}\nToàn quốc,653719,500000,10000,100,50,5\n`],
    ['two years of totals', 'tong-hop.csv', `Năm,Đơn vị,${FIGURES}\n2021,Tổng cộng,10,5,1,100,50,5\n2022,Tổng cộng,12,6,1,120,60,6\n`],
  ])('%s: read as that total', async (_, name, text) => {
    expect(await sameOutput(name, text)).toBe(true);
  });

  it('a header and nothing else is still the reference reader’s NO_DATA', async () => {
    expect(await sameOutput('empty-2019.csv', `Đơn vị,${FIGURES}\n`)).toBe(false);
  });
});

describe('declared rows among the data rows (sections, subtotals, levels)', () => {
  const head = `STT,Đơn vị,${FIGURES}\n`;
  const office = (stt: string, name: string, n: number) => `${stt},${name},${10 * n},${5 * n},${n},${1000 * n},${500 * n},${100 * n}\n`;
  it.each([
    [
      'the 2025 shape: Tổng cộng, I Cấp tỉnh, II Các Phòng THADS khu vực',
      `${head},Tổng cộng,100,50,10,10000,5000,1000\nI,Cấp tỉnh,10,5,1,1000,500,100\nII,Các Phòng THADS khu vực,90,45,9,9000,4500,900\n${office('1', 'Phòng THADS khu vực 1', 3)}${office('2', 'Phòng THADS khu vực 2', 6)}`,
    ],
    ['a Roman-numbered office heading nothing, then a section and its offices', `${head}${office('I', 'Thành phố Nam Định', 3)},Các Chi cục THADS,30,15,3,3000,1500,300\n${office('1', 'Mỹ Lộc', 1)}${office('2', 'Vụ Bản', 2)}`],
    ['a subtotal below its offices ("Cộng khối")', `${head}${office('1', 'Mỹ Lộc', 1)}${office('2', 'Vụ Bản', 2)},Cộng khối huyện,30,15,3,3000,1500,300\n${office('3', 'Ý Yên', 4)}`],
    ['a section number in the name ("II. Các Chi cục")', `${head}${office('', 'I. Văn phòng Cục', 1)},II. Các Chi cục,30,15,3,3000,1500,300\n${office('1', 'Mỹ Lộc', 1)}${office('2', 'Vụ Bản', 2)}`],
    ['a section whose figures are not the sum of its rows (an error, worded alike)', `${head}I,Các Chi cục,31,15,3,3000,1500,300\n${office('1', 'Mỹ Lộc', 1)}${office('2', 'Vụ Bản', 2)}`],
    ['a total per year between the years', `STT,Năm,Đơn vị,${FIGURES}\n1,2021,A,10,5,1,100,50,10\n,2021,Tổng cộng,10,5,1,100,50,10\n1,2022,A,12,6,1,120,60,12\n,2022,Tổng cộng,12,6,1,120,60,12\n`],
  ])('%s', async (_, text) => {
    expect(await sameOutput('bao-cao-2019.csv', text, ['--format', 'json', '--by', 'year,district'])).toBe(true);
  });

  it('beyond the first 5,000 data rows a section row between rows is the reference reader’s', async () => {
    const rows = Array.from({ length: 5_002 }, (_, i) => office(String(i + 1), `Office ${i}`, 1)).join('');
    const lines = rows.split('\n');
    const text = `${head}${lines.slice(0, 5_001).join('\n')}\n,Các Chi cục,10,5,1,1000,500,100\n${lines.slice(5_001).join('\n')}`;
    expect(await sameOutput('many-2019.csv', text, ['--format', 'csv', '--by', 'none'])).toBe(false);
  });

  it('a total below more than 5,000 rows stays on the fast path', async () => {
    const rows = Array.from({ length: 5_002 }, (_, i) => office(String(i + 1), `Office ${i}`, 1)).join('');
    const text = `${head},Các Chi cục,50020,25010,5002,5002000,2501000,500200\n${rows},Tổng cộng,50020,25010,5002,5002000,2501000,500200\n`;
    expect(await sameOutput('many-total-2019.csv', text, ['--format', 'csv', '--by', 'none'])).toBe(true);
  });
});

describe('figure cells written as people write them', () => {
  const head = `STT,Đơn vị,${FIGURES}\n`;
  it.each([
    ['"-" for zero (Excel\'s accounting format)', `${head}1,Mỹ Lộc,10,5,-,100,50,-\n2,Vụ Bản,3,1,0,5,5,0\n`],
    ['"–" and "—" for zero', `${head}1,Mỹ Lộc,10,5,–,100,50,—\n2,Vụ Bản,3,1,0,5,5,0\n`],
    ['a row of zeros written "-"', `${head}1,Mỹ Lộc,-,-,-,-,-,-\n2,Vụ Bản,3,1,0,5,5,0\n`],
    ['spaces as grouping, also no-break spaces', `${head}1,Mỹ Lộc,1 234,1 000,34,1 234 567,1\u00a0000\u00a0000,234\u202f567\n2,Vụ Bản,3,1,0,5,5,0\n`],
    ['cells padded with spaces', `${head}1,Mỹ Lộc, 10 ,5 , 1,100,50,0\n2,Vụ Bản,3,1,0,5,5,0\n`],
    ['spaces and a decimal comma decide Vietnamese', `${head}1,Mỹ Lộc,10,5,1,1 234 567,5,50,0\n`.replace('1 234 567,5,50', '"1 234 567,5",50')],
    ['a leading plus', `${head}1,Mỹ Lộc,+10,5,1,100,50,0\n`],
  ])('%s', async (_, text) => {
    expect(await sameOutput('bao-cao-2019.csv', text)).toBe(true);
  });

  it.each([
    ['a negative cell ("-5")', `${head}1,Mỹ Lộc,10,5,-5,100,50,0\n`],
    ['a percentage', `${head}1,Mỹ Lộc,10,5,1,100,50%,0\n`],
    ['words in a figure cell beside numbers', `${head}1,Mỹ Lộc,10,5,một,100,50,0\n`],
    ['"(3)", an accountant\'s negative', `${head}1,Mỹ Lộc,10,5,(3),100,50,0\n`],
  ])('hands back %s (the reference refuses it, with its words)', async (_, text) => {
    expect(await sameOutput('bao-cao-2019.csv', text)).toBe(false);
  });

  // An unnumbered name that says no office's under a numbered row may be that row's enforcers
  // (by-enforcer.ts rowsUnderItsLine, judged on the figures by the reference reader: work88/89).
  it('hands back an STT that numbers nothing ("1a", "*") — "*" under "1a" may be its enforcer — and reads the same', async () => {
    expect(await sameOutput('bao-cao-2019.csv', `${head}1a,Mỹ Lộc,10,5,1,100,50,0\n*,Vụ Bản,3,1,0,5,5,0\n`)).toBe(false);
  });
});
