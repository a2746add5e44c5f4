// A money relation's figures are in đồng, whatever unit the file wrote them in: "Đơn vị tính:
// nghìn đồng" over "1.500,001" gave "money: resolved 1500001 ≠ completed 1500000 + …", a figure
// 1000× the cell with no unit to say why (traps35 5). Now "money (đồng): …"; cases unchanged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBoth } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-money-unit-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Vụ Bản: resolved 1.500,001 nghìn = 1,500,001 đồng; completed 1.500 nghìn = 1,500,000 đồng (+ 0 + 0)
writeFileSync(
  join(dir, 'tien-2019.csv'),
  ['Đơn vị tính: nghìn đồng', 'Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giảm;Giải quyết xong', 'Mỹ Lộc;1.234,5;1.000,25;10;0;1.010,25', 'Vụ Bản;2.000;1.500;0;0;1.500,001', ''].join('\n'),
);
// Vụ Bản: resolved 45 > with conditions 40
writeFileSync(join(dir, 'viec-2019.csv'), 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,30,12\nVụ Bản,40,45\n');

describe('money figures in relation messages say their unit', () => {
  it('a nghìn đồng file: the mismatch in đồng, said so', async () => {
    const r = await checkBoth(dir, ['tien-2019.csv']);
    expect(r.stdout).toContain('tien-2019.csv:4:6: error: money (đồng): resolved 1500001 ≠ completed 1500000 + terminated 0 + reduced 0 = 1500000 [RESOLVED_MISMATCH]');
    expect(r.code).toBe(1);
  });

  it('cases keep their words', async () => {
    const r = await checkBoth(dir, ['viec-2019.csv']);
    expect(r.stdout).toContain('viec-2019.csv:3:3: error: cases: resolved 45 > with conditions 40 [RESOLVED_EXCEEDS_WITH_CONDITIONS]');
  });
});
