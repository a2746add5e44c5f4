// Round 59b, finding 02: the forms put the total on the first row under the header. Labelled
// "T.cộng" (or "Cả Cục", "Nam Định (toàn tỉnh)", "Tổng 63 Cục", "Σ"…) and one case off its
// offices' sum, it was added as one more office — every total doubled, exit 0 — because the
// near-total guess looked only at the rows ABOVE a row, and those labels were no total's.
// Now the first row is judged against all the rows below it, and the labels read as totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { ROOT, runThads } from '../helpers/cli.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const ARGS = ['--year', '2019', '--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-top-total-', ARGS);

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ';
// By hand: total 1000+500+600+400 = 2500; with conditions 800+400+600+300 = 2100;
// completed 600+300+450+240 = 1590; terminated 10+6+20+4 = 40; resolved 1590+40 = 1630;
// rate 1630 / 2100 = 77,619… → 77.62 %
const OFFICES = [
  '1,Chi cục THADS huyện Giao Thủy,1000,800,600,10',
  '2,Chi cục THADS huyện Hải Hậu,500,400,300,6',
  '3,Chi cục THADS huyện Ý Yên,600,600,450,20',
  '4,Chi cục THADS huyện Mỹ Lộc,400,300,240,4',
];
const SUM = { total: '2500', withConditions: '2100', completed: '1590', terminated: '40', resolved: '1630', rate: '77.62' };
/** the total typed from an earlier draft: completed one above the offices' 1590 */
const STALE = '2500,2100,1591,40';

const cases = (stdout: string) => JSON.parse(stdout).total.cases as Record<string, unknown>;
const offices = (stdout: string) => (JSON.parse(stdout).groups as { district: string }[]).map((g) => g.district);

describe('rowLabel: a total cut short or said as the whole', () => {
  it.each([
    'T.cộng', 'T/cộng', 'T.Cộng', 'T. cộng', 'T.CỘNG', 'T.cong', 'T.Số', 'T. số', 'TC toàn tỉnh', 'Cả Cục', 'Tất cả', 'Toàn bộ', 'Tổng thể',
    'Kết quả toàn tỉnh', 'Số liệu toàn tỉnh', 'Toàn hệ thống THADS', 'Toàn hệ thống THA dân sự', 'Tổng 63 Cục', 'Tổng 63 Cục THADS', '63 Cục THADS',
    'Nam Định (toàn tỉnh)', 'NAM ĐỊNH - TOÀN TỈNH', 'Tỉnh Nam Định (toàn tỉnh)', 'TP Hà Nội (toàn thành phố)', 'Σ', '∑',
  ])('%s is a total', (text) => expect(rowLabel(text)).toBe('total'));

  // an office's name, the Cục's own row, a numbered Cục, an office with "(toàn tỉnh)" beside it: offices
  it.each(['TC Mỹ Lộc', 'Cục THADS', '1 Cục THADS', 'Thành phố Nam Định', 'Thành phố Nam Định (toàn tỉnh)', 'Mỹ Lộc (toàn tỉnh)', 'Toàn Thắng', 'Tân Cương'])('%s stays an office', (text) =>
    expect(rowLabel(text)).toBe('office'),
  );
});

describe('finding 02: a stale total at the top under a label thads now knows', () => {
  it.each(['T.cộng', 'T/cộng', 'T.Cộng', 'T.Số', 'TC toàn tỉnh', 'Cả Cục', 'Tất cả', 'Toàn bộ', 'Kết quả toàn tỉnh', 'Toàn hệ thống THADS', 'Nam Định (toàn tỉnh)', 'Σ'])(
    '"%s" one case off: refused DECLARED_TOTAL_MISMATCH at its cell (4200 / 3181 was printed)',
    async (label) => {
      const r = await both(`top-${encodeURIComponent(label).length}-viec-2019.csv`, [HEADER, `,${label},${STALE}`, ...OFFICES]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`FILE:2:5: error: declared total "${label}" has cases completed 1591, but the office rows add up to 1590 [DECLARED_TOTAL_MISMATCH]`);
    },
  );

  it.each(['T.cộng', 'Nam Định (toàn tỉnh)', 'Σ'])('"%s" equal to its offices: checked, not added (it was refused SUSPECTED_TOTAL_ROW): 2500 / 2100, 1590 + 40 = 1630, rate 77.62', async (label) => {
    const r = await both(`top-exact-${encodeURIComponent(label).length}-viec-2019.csv`, [HEADER, `,${label},2500,2100,1590,40`, ...OFFICES]);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject(SUM);
  });
});

describe('the near-total guess judges the first row against all the rows below it', () => {
  // labels no total's rule knows: only the figures tell
  it.each(['Cục THADS tỉnh Nam Định', 'Tỉnh Nam Định', 'Cả năm'])('"%s" at the top, one case off the 4 rows below: SUSPECTED_TOTAL_ROW, exit 1', async (label) => {
    const r = await both(`near-top-${encodeURIComponent(label).length}-viec-2019.csv`, [HEADER, `,${label},${STALE}`, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `FILE:2: error: line 2 "${label}" looks like a total row: its figures are close to, not equal to, the sum of the 4 rows below it (the largest difference: cases completed 1591 against 1590); added as an office it would count them twice [SUSPECTED_TOTAL_ROW]`,
    );
  });

  it('--no-total-guess adds it, warned: 2500+2500 = 5000, 2100+2100 = 4200, 1591+1590 = 3181', async () => {
    const r = await both('near-top-flag-viec-2019.csv', [HEADER, `,Cục THADS tỉnh Nam Định,${STALE}`, ...OFFICES], [...ARGS, '--no-total-guess']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:2: warning: line 2 "Cục THADS tỉnh Nam Định" looks like a total row: its figures are close to, not equal to, the sum of the 4 rows below it');
    expect(cases(r.stdout)).toMatchObject({ total: '5000', withConditions: '4200', completed: '3181' });
  });

  it('the bottom is judged as before: the same row last is close to the 4 rows above it', async () => {
    const r = await both('near-bottom-viec-2019.csv', [HEADER, ...OFFICES, `,Cục THADS tỉnh Nam Định,${STALE}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6: error: line 6 "Cục THADS tỉnh Nam Định" looks like a total row: its figures are close to, not equal to, the sum of the 4 rows above it (the largest difference: cases completed 1591 against 1590)');
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('the bundled three-row-header fixture, "Tổng cộng" at the top: 10 offices, 5.871 / 5.218, resolved 5.513, 93.90 %', async () => {
    // with conditions 608+586+655+298+522+609+680+653+589+671 = 5871; completed 545+520+611+266+456+535+592+572+539+582 = 5218;
    // resolved 582+533+630+276+494+575+630+609+563+621 = 5513; 5513 / 5871 = 93,902… → 93.90
    const file = join(ROOT, 'fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv');
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '5871', completed: '5218', resolved: '5513', rate: '93.90' });
    expect(offices(r.stdout)).toHaveLength(10);
  });

  it('the same fixture without its total row: "Thành phố Nam Định" first, figures unrelated to the sum, read as an office (the same totals)', async () => {
    const lines = readFileSync(join(ROOT, 'fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv'), 'utf8').split(/\r?\n/).filter((l) => l !== '');
    const r = await both('no-total-viec-2019.csv', lines.filter((l) => !l.startsWith(',Tổng cộng,')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '5871', completed: '5218', resolved: '5513', rate: '93.90' });
    expect(offices(r.stdout)[0]).toBe('Thành phố Nam Định');
  });

  it('a big city first among small districts, within 1 % in one column only: added (wc 421+100+120+110+90 = 841, completed 380+80+90+85+70 = 705)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('big-first-viec-2019.csv', [h, '1,Thành phố,421,380', '2,A,100,80', '3,B,120,90', '4,C,110,85', '5,D,90,70']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '841', completed: '705', resolved: '705' });
  });

  it('a 2-office file whose first office is near its second: added, no guess (findSuspects needs 3 rows): wc 301+300 = 601, completed 230+229 = 459', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('two-offices-viec-2019.csv', [h, '1,A,301,230', '2,B,300,229']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '601', completed: '459' });
  });

  it('a first office near the sum of only 2 rows below is no evidence, as at the bottom: added (301+100+200 = 601, 230+80+150 = 460)', async () => {
    const h = 'STT,Đơn vị,Có điều kiện,Thi hành xong';
    const r = await both('two-below-viec-2019.csv', [h, '1,A,301,230', '2,B,100,80', '3,C,200,150']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '601', completed: '460' });
  });

  it('"Tất cả" as a sub-heading under "Tổng số thụ lý" is no row: the 3 offices read (2100 / 1800, 1350 completed)', async () => {
    // total 1000+500+600 = 2100; with conditions 800+400+600 = 1800; completed 600+300+450 = 1350; 1350 / 1800 = 75.00 %
    const r = await both('header-tat-ca-viec-2019.csv', [
      'STT,Đơn vị,Tổng số thụ lý,,,Có điều kiện,Thi hành xong',
      ',,Tất cả,Năm trước chuyển sang,Mới thụ lý,,',
      '1,Chi cục THADS huyện Giao Thủy,1000,400,600,800,600',
      '2,Chi cục THADS huyện Hải Hậu,500,200,300,400,300',
      '3,Chi cục THADS huyện Ý Yên,600,100,500,600,450',
    ], ['--year', '2019', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ total: '2100', withConditions: '1800', completed: '1350', rate: '75.00' });
    expect(offices(r.stdout)).toHaveLength(3);
  });
});

describe('a national table: "Tổng 63 Cục" over the provinces', () => {
  const NATIONAL = ['Tỉnh,Việc có điều kiện,Việc thi hành xong', 'Hà Nội,1000,700', 'Gia Lai,500,400', 'Nam Định,600,490'];
  // by hand: with conditions 1000+500+600 = 2100; completed 700+400+490 = 1590
  it.each(['Tổng 63 Cục', '63 Cục THADS', 'Toàn hệ thống THADS'])('"%s" one case off: refused DECLARED_TOTAL_MISMATCH (4201 / 3181 was printed)', async (label) => {
    const r = await both(`national-${encodeURIComponent(label).length}-viec-2019.csv`, [NATIONAL[0]!, `${label},2101,1591`, ...NATIONAL.slice(1)], ['--by', 'province', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:2:2: error: declared total "${label}" has cases with conditions 2101, but the office rows add up to 2100 [DECLARED_TOTAL_MISMATCH]`);
  });

  it('"Tổng 63 Cục" equal to the provinces: 3 provinces, 2100 / 1590', async () => {
    const r = await both('national-exact-viec-2019.csv', [NATIONAL[0]!, 'Tổng 63 Cục,2100,1590', ...NATIONAL.slice(1)], ['--by', 'province', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2100', completed: '1590' });
  });
});

describe('a workbook: "T.cộng" on row 2', () => {
  const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
  const row = (n: number, name: string, values: readonly number[]) => `<row r="${n}">${text(`A${n}`, name)}${values.map((v, i) => num(`${'BCDE'[i]}${n}`, v)).join('')}</row>`;
  // the offices of OFFICES above: 2500 / 2100 / 1590 / 40
  async function book(label: string, completed: number): Promise<string> {
    const data =
      `<row r="1">${['Đơn vị', 'Tổng số việc thụ lý', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join('')}</row>` +
      row(2, label, [2500, 2100, completed, 40]) +
      row(3, 'Giao Thủy', [1000, 800, 600, 10]) +
      row(4, 'Hải Hậu', [500, 400, 300, 6]) +
      row(5, 'Ý Yên', [600, 600, 450, 20]) +
      row(6, 'Mỹ Lộc', [400, 300, 240, 4]);
    return writeRawWorkbook({ sheets: [{ name: 'S', data }], name: 'nam-dinh-2019.xlsx' });
  }

  it('one case off: refused DECLARED_TOTAL_MISMATCH at D2, exit 1', async () => {
    const file = await book('T.cộng', 1591);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(file).join('FILE')).toContain('FILE:S!D2: error: declared total "T.cộng" has cases completed 1591, but the office rows add up to 1590 [DECLARED_TOTAL_MISMATCH]');
  });

  it('equal: read as the total, 4 offices, 2100 / 1590 + 40 = 1630, 77.62 %', async () => {
    const file = await book('T.cộng', 1590);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2100', completed: '1590', resolved: '1630', rate: '77.62' });
    expect(offices(r.stdout)).toHaveLength(4);
  });

  it('under a label no rule knows, one case off: SUSPECTED_TOTAL_ROW at row 2', async () => {
    const file = await book('Cục THADS tỉnh Nam Định', 1591);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.split(file).join('FILE')).toContain('FILE:S!2:2: error: line 2 "Cục THADS tỉnh Nam Định" looks like a total row: its figures are close to, not equal to, the sum of the 4 rows below it (the largest difference: cases completed 1591 against 1590)');
  });
});
