// A money unit written with full-width digits ("Đơn vị tính: １.０００ đồng", "(１.０００ đ)"), as an
// East Asian input method or a pasted web page types them, read as đồng: folding dropped the
// digits as punctuation and left "đồng", so every amount came out 1000× too small with exit 0.
// Digits of any width or script now read as digits in a unit (input/units.ts foldUnit), in the
// unit line (reference reader) and in a header's note (the fast path too). Totals are hand sums.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { dir, write, both } = bothReaders('thads-widedigits-', ARGS);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN NĂM 2019'];
const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong';
/** Mỹ Lộc 1000 / 600, Vụ Bản 2000 / 900, declared total 3000 / 1500 */
const ROWS = ['1;Chi cục THADS huyện Mỹ Lộc;1000;600', '2;Chi cục THADS huyện Vụ Bản;2000;900', ';Tổng cộng;3000;1500'];
const NAME = 'Tien_Nam_Dinh_2019.csv';

/** The TOTAL row's money with conditions and completed; exit 0 and an empty stderr asserted. */
function moneyTotal(r: { code: number; stdout: string; stderr: string }): string[] {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['money_with_conditions', 'money_completed'].map((k) => total[head!.indexOf(k)]!);
}

/** Both readers in process (they must agree) and the real binary, which must print the same; the binary's result. */
async function read(lines: readonly string[]) {
  const inProcess = await both(NAME, lines);
  const r = spawnThads(['summarize', write(NAME, lines), ...ARGS], { cwd: dir });
  const stderr = r.stderr.split(`${dir}/`).join('');
  expect({ code: r.code, stdout: r.stdout, stderr }).toEqual({ code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr.split('FILE').join(NAME) });
  return { ...r, stderr };
}

// 3000 / 1500 nghìn đồng = 3,000,000 / 1,500,000 đồng
const THOUSAND = ['3000000', '1500000'];
// 3000 / 1500 triệu đồng = 3,000,000,000 / 1,500,000,000 đồng
const MILLION = ['3000000000', '1500000000'];
// no unit: đồng as written
const DONG = ['3000', '1500'];

describe('a unit line with full-width digits (reference reader): read as its digits say', () => {
  it('"Đơn vị tính: １.０００ đồng" is nghìn đồng: 3,000,000 / 1,500,000 đ', async () => {
    expect(moneyTotal(await read([...TITLE, 'Đơn vị tính: １.０００ đồng', HEADER, ...ROWS]))).toEqual(THOUSAND);
  });

  it('"(Đơn vị tính: １．０００ đồng)", a full-width point too, is nghìn đồng', async () => {
    expect(moneyTotal(await read([...TITLE, '(Đơn vị tính: １．０００ đồng)', HEADER, ...ROWS]))).toEqual(THOUSAND);
  });

  it('"ĐVT: １.０００đ", glued, is nghìn đồng', async () => {
    expect(moneyTotal(await read([...TITLE, 'ĐVT: １.０００đ', HEADER, ...ROWS]))).toEqual(THOUSAND);
  });

  it('"Đơn vị tính: １.０００.０００ đồng" is triệu đồng: 3,000,000,000 / 1,500,000,000 đ', async () => {
    expect(moneyTotal(await read([...TITLE, 'Đơn vị tính: １.０００.０００ đồng', HEADER, ...ROWS]))).toEqual(MILLION);
  });

  it('the same file as a workbook: nghìn đồng', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Tien_Nam_Dinh_2019.xlsx', [...TITLE, 'Đơn vị tính: １.０００ đồng', HEADER, ...ROWS], ARGS);
    expect(moneyTotal(r)).toEqual(THOUSAND);
  });
});

describe('a header note with full-width digits (plain CSV: the fast path): read as its digits say', () => {
  it('"Có điều kiện (１.０００ đ)" is nghìn đồng', async () => {
    expect(moneyTotal(await read(['STT;Đơn vị;Có điều kiện (１.０００ đ);Thi hành xong (１.０００ đ)', ...ROWS]))).toEqual(THOUSAND);
  });

  it('"Có điều kiện (x１０００)" is nghìn đồng', async () => {
    expect(moneyTotal(await read(['STT;Đơn vị;Có điều kiện (x１０００);Thi hành xong (x１０００)', ...ROWS]))).toEqual(THOUSAND);
  });
});

describe('controls: ASCII units read as before; full-width figures are still refused', () => {
  it('"Đơn vị tính: 1.000 đồng" is nghìn đồng', async () => {
    expect(moneyTotal(await read([...TITLE, 'Đơn vị tính: 1.000 đồng', HEADER, ...ROWS]))).toEqual(THOUSAND);
  });

  it('"Đơn vị tính: đồng" is đồng: 3000 / 1500 đ', async () => {
    expect(moneyTotal(await read([...TITLE, 'Đơn vị tính: đồng', HEADER, ...ROWS]))).toEqual(DONG);
  });

  it('no unit: đồng, plain file', async () => {
    expect(moneyTotal(await read([HEADER, ...ROWS]))).toEqual(DONG);
  });

  it('a figure in full-width digits is no number: refused at its cell', async () => {
    const r = await read([...TITLE, 'Đơn vị tính: １.０００ đồng', HEADER, '1;Chi cục THADS huyện Mỹ Lộc;１０００;600', ...ROWS.slice(1)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${NAME}:5:3: error: .*"１０００" is not a number \\[BAD_NUMBER\\]`, 'm'));
  });
});
