// "Trong đó:" right under a level's or section's row with figures ("II | Cấp huyện | 200",
// "Các Chi cục THADS cấp huyện | 200") opens its list: the rows below are its offices, checked
// against it, exactly as without the line (round 80a 02, 04). Was: bulleted Chi cục refused
// NOT_AN_OFFICE; under a "Tổng cộng" on top, "Trong đó:" was taken for the total's and the rows
// refused SECOND_TABLE. Under an office's row with figures the rows below stay its parts, refused
// (breakdown-under-office.test.ts); so under a subtotal closing its rows ("Cộng cấp huyện").
// Both readers agree; xlsx too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-trong-do-under-level-', ['--year', '2019', '--format', 'json']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-trong-do-under-level-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

const HEAD = 'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)';
const CUC = 'Cục THADS tỉnh Nam Định,100,80,1000000,500000';
const DISTRICT = '200,120,2000000,500000';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,120,70,1200000,300000';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,80,50,800000,200000';
const TOP = ',Tổng cộng,300,200,3000000,1000000';

type Group = { district: string; cases: { withConditions: string; resolved: string }; money: { withConditions: string; resolved: string } };
const offices = (stdout: string) => JSON.parse(stdout).groups.map((g: Group) => `${g.district}:${g.cases.withConditions}/${g.cases.resolved}`).sort();
const totals = (stdout: string) => {
  const t = JSON.parse(stdout).total;
  return [t.cases.withConditions, t.cases.resolved, t.cases.rate, t.money.withConditions, t.money.resolved, t.money.rate];
};

// By hand: offices Cục (or Cấp tỉnh) 100/80, Mỹ Lộc 120/70, Vụ Bản 80/50 → 300/200, 200/300 = 66.67 %;
// money 1,000,000 + 1,200,000 + 800,000 = 3,000,000, resolved 500,000 + 300,000 + 200,000 = 1,000,000 → 33.33 %.
// Cấp huyện 200/120 = 120+80 / 70+50, money 2,000,000 = 1,200,000+800,000, 500,000 = 300,000+200,000.
const HAND = ['300', '200', '66.67', '3000000', '1000000', '33.33'];
const WITH_CUC = ['Chi cục THADS huyện Mỹ Lộc:120/70', 'Chi cục THADS huyện Vụ Bản:80/50', 'Cục THADS tỉnh Nam Định:100/80'];
const WITH_CAP_TINH = ['Chi cục THADS huyện Mỹ Lộc:120/70', 'Chi cục THADS huyện Vụ Bản:80/50', 'Cấp tỉnh:100/80'];

describe('"Trong đó:" under a level\'s row with figures, bulleted Chi cục (80a 02: was NOT_AN_OFFICE)', () => {
  it('"I | Cục", "II | Cấp huyện", "Trong đó:", "- Chi cục …", Tổng cộng below', async () => {
    const r = await both('roman.csv', [HEAD, `I,${CUC}`, `II,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('"1 | Cục", "2 | Các Chi cục THADS cấp huyện", "Trong đó:", bullets', async () => {
    const r = await both('numbered-group.csv', [HEAD, `1,${CUC}`, `2,Các Chi cục THADS cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('"Các Chi cục THADS cấp huyện" unnumbered, "-" in the STT cell', async () => {
    const r = await both('unnumbered.csv', [HEAD, `,${CUC}`, `,Các Chi cục THADS cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `-,${MY_LOC}`, `-,${VU_BAN}`, TOP]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it.each([['TRONG ĐÓ:'], ['Trong do:'], ['Trong đó'], ['Chia ra:'], ['Bao gồm:'], ['Of which:']])('%j under "II | CẤP HUYỆN"', async (word) => {
    const r = await both(`word-${word.length}-${word.charCodeAt(1)}.csv`, [HEAD, `I,${CUC}`, `II,CẤP HUYỆN,${DISTRICT}`, `,${word},,,,`, `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('the level\'s figures not their sum: refused as without the line (resolved 110 for 70 + 50 = 120)', async () => {
    const r = await both('mismatch.csv', [HEAD, `I,${CUC}`, 'II,Cấp huyện,200,110,2000000,500000', ',Trong đó:,,,,', `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:4: error: declared subtotal "Cấp huyện" has cases resolved 110, but the rows below it add up to 120 [DECLARED_TOTAL_MISMATCH]');
  });
});

describe('"Tổng cộng" on top, "Trong đó:" under "II | Cấp huyện" (80a 04: was SECOND_TABLE)', () => {
  it('numbered Chi cục', async () => {
    const r = await both('top-numbered.csv', [HEAD, TOP, 'I,Cấp tỉnh,100,80,1000000,500000', `II,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `1,${MY_LOC}`, `2,${VU_BAN}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CAP_TINH);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('"1 | Cục", unnumbered "Các Chi cục THADS cấp huyện", "Trong đó:" in the STT cell, "2", "3"', async () => {
    const r = await both('top-cac-chi-cuc.csv', [HEAD, TOP, `1,${CUC}`, `,Các Chi cục THADS cấp huyện,${DISTRICT}`, 'Trong đó:,,,,,', `2,${MY_LOC}`, `3,${VU_BAN}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('without "I" / "II", bulleted', async () => {
    const r = await both('top-plain.csv', [HEAD, TOP, ',Cấp tỉnh,100,80,1000000,500000', `,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `,- ${MY_LOC}`, `,- ${VU_BAN}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CAP_TINH);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('xlsx: the same rows read the same', async () => {
    const lines = [HEAD, TOP, 'I,Cấp tỉnh,100,80,1000000,500000', `II,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `1,${MY_LOC}`, `2,${VU_BAN}`].map((l) => l.replaceAll(',', ';'));
    const r = await summarizeLinesWorkbook(xlsxDir, 'top.xlsx', lines, ['--year', '2019', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CAP_TINH);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('xlsx: bulleted under "II | Cấp huyện", Tổng cộng below', async () => {
    const lines = [HEAD, `I,${CUC}`, `II,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP].map((l) => l.replaceAll(',', ';'));
    const r = await summarizeLinesWorkbook(xlsxDir, 'roman.xlsx', lines, ['--year', '2019', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });
});

describe('over-reach: what read before reads the same; breakdowns stay refused', () => {
  it('control 80a 02: the same without "Trong đó:" (300/200, 3,000,000/1,000,000)', async () => {
    const r = await both('ctl-02.csv', [HEAD, `I,${CUC}`, `II,Cấp huyện,${DISTRICT}`, `,- ${MY_LOC}`, `,- ${VU_BAN}`, TOP]);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('control 80a 04: Tổng cộng on top, the same without "Trong đó:"', async () => {
    const r = await both('ctl-04.csv', [HEAD, TOP, 'I,Cấp tỉnh,100,80,1000000,500000', `II,Cấp huyện,${DISTRICT}`, `1,${MY_LOC}`, `2,${VU_BAN}`]);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CAP_TINH);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('control: "Trong đó:" under a total on top, bulleted offices (300/200)', async () => {
    const r = await both('ctl-top.csv', [HEAD, TOP, ',Trong đó:,,,,', `,- ${CUC}`, `,- ${MY_LOC}`, `,- ${VU_BAN}`]);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual(WITH_CUC);
    expect(totals(r.stdout)).toEqual(HAND);
  });

  it('under an office\'s row with figures: its part stays refused', async () => {
    const r = await both('office.csv', [HEAD, `1,${MY_LOC}`, ',Trong đó:,,,,', `,${VU_BAN}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: "Chi cục THADS huyện Vụ Bản" is under "Trong đó:" right below the office row "Chi cục THADS huyện Mỹ Lộc" (line 2): a part of that row\'s figures');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('under a subtotal closing its offices ("Cộng cấp huyện"): a bulleted Chi cục again below it stays refused (would count Mỹ Lộc twice, 320 for 200)', async () => {
    const r = await both('closing.csv', [HEAD, `1,${MY_LOC}`, `2,${VU_BAN}`, `,Cộng cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', `,- ${MY_LOC}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:2: error: "- Chi cục THADS huyện Mỹ Lộc" begins with a list bullet or a sub-item\'s number');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  // (read as one of the level's list, as without the line: 50 + 120 + 80 = 250 for the level's 200, refused at the level naming it)
  it('a breakdown line under "Trong đó:" below "II | Cấp huyện" beside its Chi cục: refused ("- Án tín dụng", 250 for 200)', async () => {
    const r = await both('level-breakdown.csv', [HEAD, `I,${CUC}`, `II,Cấp huyện,${DISTRICT}`, ',Trong đó:,,,,', ',- Án tín dụng,50,40,,', `,${MY_LOC}`, `,${VU_BAN}`, TOP]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:3: error: declared subtotal "Cấp huyện" has cases with conditions 200, but the rows below it add up to 250; the difference is exactly line 5 "Án tín dụng", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });
});
