// A table by enforcer writing each office's Roman line BELOW its enforcers' rows (Excel's Data ›
// Subtotal layout), instead of above them (traps41 4: refused in every variant — without a title,
// SECTION_ROW_MISMATCH, "I" read as a section over the rows below it; under a title "… theo Chấp
// hành viên", NOT_AN_OFFICE at the next office's first enforcer, "numbered 1 under the office
// Văn phòng Cục"; with the enforcers in the office column, NOT_AN_OFFICE at the first person).
// The Roman line is its enforcers' subtotal, checked against them and counted once; a wrong one
// is refused, never added. Hand sums:
//   Văn phòng Cục          100 + 50  = 150 with conditions,  80 + 40  = 120 resolved, 80.00 %
//   Chi cục … Mỹ Lộc       200 + 300 = 500,                  150 + 210 = 360,         72.00 %
//   total                  150 + 500 = 650,                  120 + 360 = 480, 480 / 650 = 73.85 %
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-roman-below-', ['--format', 'csv']);

const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2024';
const SEP = 'STT,Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong';
const VP = ['1,Văn phòng Cục,Nguyễn Văn An,100,80', '2,Văn phòng Cục,Trần Thị Lan,50,40'];
const ML = ['1,Chi cục THADS huyện Mỹ Lộc,Lê Văn Nam,200,150', '2,Chi cục THADS huyện Mỹ Lộc,Phạm Thu Hà,300,210'];
const BELOW = [...VP, 'I,Văn phòng Cục,,150,120', ...ML, 'II,Chi cục THADS huyện Mỹ Lộc,,500,360'];

/** Each printed row's district → [with conditions, resolved, rate]. */
function rows(stdout: string): Record<string, string[]> {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return Object.fromEntries(body.map((r) => [r[at('district')]!, ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => r[at(k)]!)]));
}

const RIGHT = {
  'Văn phòng Cục': ['150', '120', '80.00'],
  'Chi cục THADS huyện Mỹ Lộc': ['500', '360', '72.00'],
  TOTAL: ['650', '480', '73.85'],
};

describe("an office's Roman line below its enforcers' rows (Excel's Data › Subtotal)", () => {
  it('the office column on every row, no title, "Tổng cộng" last: each office its Roman line (was SECTION_ROW_MISMATCH)', async () => {
    const r = await both('bao-cao-2024.csv', [SEP, ...BELOW, ',Tổng cộng,,650,480']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('under a title by enforcer, "Tổng cộng" on top (was NOT_AN_OFFICE at the next office\'s enforcer)', async () => {
    const r = await both('bao-cao-2024.csv', [TITLE, SEP, ',Tổng cộng,,650,480', ...BELOW]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('the enforcers in the office column under a title by enforcer, numbered 1, 2 (was NOT_AN_OFFICE at the first person)', async () => {
    const r = await both('bao-cao-2024.csv', [
      TITLE,
      'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      '1,Nguyễn Văn An,100,80', '2,Trần Thị Lan,50,40', 'I,Văn phòng Cục,150,120',
      '1,Lê Văn Nam,200,150', '2,Phạm Thu Hà,300,210', 'II,Chi cục THADS huyện Mỹ Lộc,500,360',
      ',Tổng cộng,650,480',
    ]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  // A Roman line that is not its enforcers' sum (160 beside 100 + 50): a wrong subtotal, or the
  // office's own cases beside theirs — never added, never printed with exit 0.
  it.each([
    ['no title', [SEP, ...VP, 'I,Văn phòng Cục,,160,120', ...ML, 'II,Chi cục THADS huyện Mỹ Lộc,,500,360'], 'FILE:4:'],
    ['a title by enforcer', [TITLE, SEP, ...VP, 'I,Văn phòng Cục,,160,120', ...ML, 'II,Chi cục THADS huyện Mỹ Lộc,,500,360'], 'FILE:5:'],
    ['the enforcers in the office column', [TITLE, 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Nguyễn Văn An,100,80', '2,Trần Thị Lan,50,40', 'I,Văn phòng Cục,160,120'], 'FILE:5:'],
  ])('a Roman line that is not its enforcers\' sum is refused (%s)', async (_, lines, at) => {
    const r = await both('bao-cao-2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${at} error: "Văn phòng Cục" on this row names no enforcer and is not the sum of its enforcers' rows`);
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('control: the Roman lines above their enforcers read as before', async () => {
    const r = await both('bao-cao-2024.csv', [SEP, 'I,Văn phòng Cục,,150,120', ...VP, 'II,Chi cục THADS huyện Mỹ Lộc,,500,360', ...ML, ',Tổng cộng,,650,480']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it("control: a Roman line naming another office after an office's enforcers heads the rows below it, as before", async () => {
    const r = await both('bao-cao-2024.csv', [SEP, ...VP, 'II,Chi cục THADS huyện Mỹ Lộc,,500,360', ...ML, ',Tổng cộng,,650,480']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });
});
