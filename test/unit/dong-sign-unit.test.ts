// "nghìn đồng" written with the đồng sign, "1.000₫", was read as đồng: folding drops "₫" as
// punctuation, so "(1.000₫)" left "1 000" — no unit — and the group header, sub-header, unit cell
// beside "Đơn vị tính: Việc" and notes cell gave money 1000× too small (10⁶× for "1.000.000₫"),
// exit 0; the line "Đơn vị tính: 1.000 ₫" was refused. "₫" is now "đ" wherever a unit is read
// (units.ts foldUnit). Money cells "9.565.824 ₫" stay đồng. Both readers (and xlsx); totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bothReaders, moneyTotal } from '../helpers/both-readers.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;;'];
const OFFICES: [string, number, number, number, number][] = [
  ['Chi cục THADS huyện Mỹ Lộc', 586, 533, 9565824, 8009734],
  ['Chi cục THADS huyện Vụ Bản', 655, 630, 16389337, 14490039],
  ['Chi cục THADS huyện Ý Yên', 298, 276, 9770951, 8385244],
];
/** The office rows, a note in the first one's "Ghi chú"; money cells as `money` writes them. */
const rows = (note = '', money = (n: number) => String(n)) =>
  OFFICES.map(([name, c, r, mc, mr], i) => `${i + 1};${name};${c};${r};${money(mc)};${money(mr)};${i === 0 ? note : ''}`);
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong;Ghi chú';
/** The two-row header, its money group cell `group`. */
const grouped = (group: string) => [`STT;Đơn vị;Về việc;;${group};;Ghi chú`, ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong;'];

// By hand: with conditions 9.565.824 + 16.389.337 + 9.770.951 = 35.726.112; resolved 8.009.734 +
// 14.490.039 + 8.385.244 = 30.885.017; rate 30.885.017 / 35.726.112 = 0,864495… → 86,45 %.
const IN_DONG = ['35726112', '30885017', '86.45'];
// × 1.000: 35.726.112.000 / 30.885.017.000
const IN_THOUSAND = ['35726112000', '30885017000', '86.45'];
// × 1.000.000: 35.726.112.000.000 / 30.885.017.000.000
const IN_MILLION = ['35726112000000', '30885017000000', '86.45'];

const ARGS = ['--format', 'csv', '--year', '2019'];
const { dir, write, both } = bothReaders('thads-dong-sign-unit-', ARGS);
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

describe('"1.000₫" is nghìn đồng wherever "1.000đ" is', () => {
  it.each([
    ['(1.000₫)', IN_THOUSAND],
    ['(1.000 ₫)', IN_THOUSAND],
    ['(1000₫)', IN_THOUSAND],
    ['(1.000.000₫)', IN_MILLION],
    ['(nghìn ₫)', IN_THOUSAND],
  ])('group header "Về tiền %s" (was đồng)', async (unit, expected) =>
    expect(await totals('group-2019.csv', [...TITLE, ...grouped(`Về tiền ${unit}`), ...rows()])).toEqual(expected));

  it.each(['(1.000₫)', '(1.000 ₫)'])('sub-headers "Tiền có điều kiện %s": nghìn đồng (was đồng)', async (unit) => {
    const header = `STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện ${unit};Tiền giải quyết xong ${unit};Ghi chú`;
    expect(await totals('sub-2019.csv', [...TITLE, header, ...rows()])).toEqual(IN_THOUSAND);
  });

  it.each([
    ['1.000₫', IN_THOUSAND],
    ['1.000 ₫', IN_THOUSAND],
    ['(1.000 ₫)', IN_THOUSAND],
    ['1000₫', IN_THOUSAND],
    ['1.000.000 ₫', IN_MILLION],
  ])('unit cell "%s" beside "Đơn vị tính: Việc" (was ignored: đồng)', async (unit, expected) =>
    expect(await totals('split-2019.csv', [...TITLE, `;;Đơn vị tính: Việc;;${unit};;`, HEADER, ...rows()])).toEqual(expected));

  it('notes cell "ĐVT tiền: 1.000₫" of the first office row: nghìn đồng (was đồng)', async () =>
    expect(await totals('note-2019.csv', [...TITLE, HEADER, ...rows('ĐVT tiền: 1.000₫')])).toEqual(IN_THOUSAND));

  it.each(['Đơn vị tính: 1.000 ₫', 'ĐVT: 1.000₫'])('the line "%s": nghìn đồng (was UNIT_UNREADABLE)', async (line) =>
    expect(await totals('line-2019.csv', [...TITLE, `${line};;;;;;`, HEADER, ...rows()])).toEqual(IN_THOUSAND));

  it('"Đơn vị tính: 1.000 ₫" above header cells in triệu đồng: UNIT_CONTRADICTION, exit 1', async () => {
    const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (triệu đồng);Tiền giải quyết xong (triệu đồng);Ghi chú';
    const r = await both('clash-2019.csv', [...TITLE, 'Đơn vị tính: 1.000 ₫;;;;;;', header, ...rows()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:5: error: this header cell gives money in million, but the unit line "Đơn vị tính: 1.000 ₫" (line 3, column 1) gives thousand [UNIT_CONTRADICTION]');
  });
});

describe('over-reach: đồng stays đồng', () => {
  it('money cells "9.565.824 ₫", no unit anywhere: đồng', async () =>
    expect(await totals('cells-2019.csv', [...TITLE, HEADER, ...rows('', (n) => `${n.toLocaleString('de-DE')} ₫`)])).toEqual(IN_DONG));

  it('header "Về tiền (₫)": đồng', async () => expect(await totals('sign-2019.csv', [...TITLE, ...grouped('Về tiền (₫)'), ...rows()])).toEqual(IN_DONG));

  it('unit cell "₫" beside "Đơn vị tính: Việc": đồng', async () =>
    expect(await totals('split-sign-2019.csv', [...TITLE, ';;Đơn vị tính: Việc;;₫;;', HEADER, ...rows()])).toEqual(IN_DONG));

  it('ordinary Unicode "ĐVT: 1.000đ": nghìn đồng as before', async () =>
    expect(await totals('plain-2019.csv', [...TITLE, 'ĐVT: 1.000đ;;;;;;', HEADER, ...rows()])).toEqual(IN_THOUSAND));
});

describe('xlsx', () => {
  async function run(name: string, above: (string | null)[][]): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], ...above, ...OFFICES.map(([n, ...v], i) => [i + 1, n, ...v])].forEach((r) => sheet.addRow(r));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return moneyTotal(dir, file, ['--year', '2019']);
  }

  it('group header "Về tiền (1.000₫)": nghìn đồng', async () => expect(await run('group-2019.xlsx', grouped('Về tiền (1.000₫)').map((l) => l.split(';')))).toEqual(IN_THOUSAND));

  it('unit cell "1.000.000₫" beside "Đơn vị tính: Việc": triệu đồng', async () =>
    expect(await run('split-2019.xlsx', [[null, null, 'Đơn vị tính: Việc', null, '1.000.000₫'], HEADER.split(';')])).toEqual(IN_MILLION));

  it('group header "Về tiền (₫)": đồng (over-reach control)', async () => expect(await run('sign-2019.xlsx', grouped('Về tiền (₫)').map((l) => l.split(';')))).toEqual(IN_DONG));
});
