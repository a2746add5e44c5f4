// A pivot table's item for the source rows whose cell is empty: "(blank)", "(blanks)", Vietnamese
// Excel's "(trống)", "(Trống)", "(rỗng)" (traps44 4, p22: "(blank)" ranked as an office of 10/5,
// TOTAL 310/235 against the offices' 100 + 200 = 300 with conditions, 80 + 150 = 230 resolved,
// exit 0; p23: a province "(blank)"). It names no office: refused as an empty office cell is
// (MISSING_DISTRICT), in the province column as an empty province (MISSING_PROVINCE), with a hint
// naming the pivot's blank item, through both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-pivot-blank-', ['--format', 'csv']);

const HEADER = 'Tỉnh,Đơn vị,Việc có điều kiện ,Việc giải quyết xong ';

describe('a pivot\'s "(blank)" item', () => {
  it.each([['(blank)'], ['(blanks)'], ['(trống)'], ['(Trống)'], ['(rỗng)']])('"%s" as an office: refused, never an office of 10/5', async (blank) => {
    const r = await both('pivot-2025.csv', [HEADER, 'Ninh Bình,Phòng THADS khu vực 1,100,80', 'Ninh Bình,Phòng THADS khu vực 2,200,150', `Ninh Bình,${blank},10,5`, 'Grand Total,,310,235']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:2: error: this row's office is "${blank}", a pivot table's item for rows without an office name: no office [MISSING_DISTRICT]`);
    expect(r.stderr).toContain('hint: a pivot table writes "(blank)"');
  });

  it('"(blank)" as a province: refused (MISSING_PROVINCE)', async () => {
    const r = await both('pivot-2025.csv', [HEADER, 'Ninh Bình,Phòng THADS khu vực 1,100,80', '(blank),Phòng THADS khu vực 2,200,150', 'Grand Total,,300,230']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: this row\'s province is "(blank)", a pivot table\'s item for rows without a province: no province [MISSING_PROVINCE]');
  });

  it('"(blank)" in a compact pivot\'s one name column: refused', async () => {
    const r = await both('pivot-2025.csv', ['Đơn vị,Việc có điều kiện ,Việc giải quyết xong ', 'Phòng THADS khu vực 1,100,80', 'Phòng THADS khu vực 2,200,150', '(blank),10,5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: this row\'s office is "(blank)"');
  });

  it('the offices alone read as before: 300/230, 76.67 per cent', async () => {
    const r = await both('pivot-2025.csv', [HEADER, 'Ninh Bình,Phòng THADS khu vực 1,100,80', 'Ninh Bình,Phòng THADS khu vực 2,200,150', 'Grand Total,,300,230']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2025,');
    expect(r.stdout).toMatch(/,TOTAL,2025,[^\n]*,300,[^\n]*,230,[^\n]*,76\.67,/);
  });
});
