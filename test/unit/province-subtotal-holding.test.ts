// ProvinceSubtotalBlocks holds a file's office rows until a province's subtotal closes them
// ("Cộng tỉnh Tiền Giang": they are its offices). Where no row can close a block — a Tỉnh column
// names every row's province — holding them served nothing and kept up to 100,000 rows of
// Decimals alive: a big file refused deep inside took ~1 GB. Now they pass straight on.
import { describe, expect, it } from 'vitest';
import type { FileRow } from '../../src/input/file-report.js';
import { ProvinceSubtotalBlocks } from '../../src/input/province-subtotals.js';

const office = (line: number, district: string, province: string | null): FileRow => ({ kind: 'data', row: { file: 'a.csv', line, province, district, year: 2019, figures: {} } });
const closing = (line: number, district: string): FileRow => ({ kind: 'section', row: { file: 'a.csv', line, province: null, district, year: 2019, figures: {} } });
const tienGiang = (row: FileRow) => (row.kind === 'section' && row.row.district === 'Cộng tỉnh Tiền Giang' ? { subtotal: { province: 'Tiền Giang', name: 'Tiền Giang', bare: false }, year: 2019 } : null);

describe('ProvinceSubtotalBlocks', () => {
  it('holds office rows where a subtotal may close them, and gives them its province', () => {
    const blocks = new ProvinceSubtotalBlocks(tienGiang, () => null);
    expect(blocks.see(office(2, 'Châu Thành', null))).toEqual([]);
    expect(blocks.see(office(3, 'Cái Bè', null))).toEqual([]);
    const out = blocks.see(closing(4, 'Cộng tỉnh Tiền Giang'));
    expect(out.map((r) => [r.row.line, r.kind, r.row.province])).toEqual([
      [2, 'data', 'Tiền Giang'],
      [3, 'data', 'Tiền Giang'],
      [4, 'section', null],
    ]);
  });

  it('holds nothing where no row can close a block (a Tỉnh column), in file order', () => {
    const blocks = new ProvinceSubtotalBlocks(() => null, () => null, () => null, () => false);
    const rows = [office(2, 'Châu Thành', 'Tiền Giang'), office(3, 'Cái Bè', 'Tiền Giang'), closing(4, 'Cộng')];
    for (const r of rows) expect(blocks.see(r)).toEqual([r]);
    expect(blocks.end()).toEqual([]);
  });

  it('hands on what it held before the layout stopped allowing closings, first', () => {
    let mayClose = true;
    const blocks = new ProvinceSubtotalBlocks(() => null, () => null, () => null, () => mayClose);
    const first = office(2, 'Châu Thành', null);
    expect(blocks.see(first)).toEqual([]);
    mayClose = false;
    const second = office(3, 'Cái Bè', 'Tiền Giang');
    // (a row still held keeps the rows behind it waiting: order is never changed)
    expect(blocks.see(second)).toEqual([]);
    expect(blocks.end()).toEqual([first, second]);
  });
});
