// A row the sheet hides that repeats a row it shows (work95c, 01): the clerk's old line of an
// office hidden when the corrected one was pasted beside it, the same STT, the same office (or
// written short, "Mỹ Lộc" beside "Chi cục THADS huyện Mỹ Lộc"). Both were added, exit 0, with
// warnings only: Mỹ Lộc 857 / 569 for 456 / 326, the total 2880 / 2229 for 2479 / 1986.
// thads cannot tell an old line from a part of the office: refused at the hidden row
// (REPEATED_ROW). A hidden row of an office of its own is still read (HIDDEN_ROWS), and two rows
// of one office both shown are read as before (DUPLICATE_OFFICE, or REPEATED_ROW when equal).
// Rows hidden exist in workbooks only: the CSV readers have no such row.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-hiddendup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
type Line = readonly [stt: string, office: string, figures: readonly number[], hidden?: boolean];

const NAM_DINH: Line = ['1', 'Chi cục THADS thành phố Nam Định', [1234, 999, 345678000, 125801000]];
const MY_LOC_OLD: Line = ['2', 'Chi cục THADS huyện Mỹ Lộc', [401, 243, 40112000, 9550000], true];
const MY_LOC: Line = ['2', 'Chi cục THADS huyện Mỹ Lộc', [456, 326, 45678000, 13023000]];
const VU_BAN: Line = ['3', 'Chi cục THADS huyện Vụ Bản', [789, 661, 98765000, 55555000]];

let n = 0;
/** A one-sheet workbook "Sheet1": a title, the header on row 2, then these rows from row 3 (hidden where told); without an STT column if `noStt`. */
async function workbook(lines: readonly Line[], opts: { noStt?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
  ws.addRow(opts.noStt ? HEADER.slice(1) : HEADER);
  for (const [stt, office, figures, hidden] of lines) {
    const row = ws.addRow(opts.noStt ? [office, ...figures] : [stt, office, ...figures]);
    if (hidden) row.hidden = true;
  }
  const file = join(dir, `nam-dinh-${++n}-2024.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function summarize(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runThads(['summarize', file, '--format', 'json']);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}

/** The total's cases and money (with conditions, resolved) and the offices, of a run read. */
function read(stdout: string): { cases: string[]; money: string[]; offices: string[] } {
  const body = JSON.parse(stdout);
  return { cases: [body.total.cases.withConditions, body.total.cases.resolved], money: [body.total.money.withConditions, body.total.money.resolved], offices: body.groups.map((g: { district: string }) => g.district) };
}

const HINT = "  hint: unhide the row (select the rows around it → Unhide) and look: delete it if the row shown corrects it; if it is a part of the office, keep it shown, or add it into the office's row";
const refusedAt = (line: number, name: string, visible: number, visibleName: string, how: string) =>
  `FILE:Sheet1!B${line}: error: row ${line} ("${name}") is hidden in the sheet and repeats row ${visible} ("${visibleName}"), shown: ${how}; an old line kept hidden under its correction or a part of the office, which thads cannot tell apart: added, the office may count twice [REPEATED_ROW]\n${HINT}`;

describe('a hidden row repeating a row shown is refused (was added: 2880 / 2229 for 2479 / 1986, exit 0)', () => {
  it('the old line hidden above its correction: the same STT and office', async () => {
    const r = await summarize(await workbook([NAM_DINH, MY_LOC_OLD, MY_LOC, VU_BAN]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusedAt(4, 'Chi cục THADS huyện Mỹ Lộc', 5, 'Chi cục THADS huyện Mỹ Lộc', 'the same office and STT 2'));
    // check says it too
    const checked = await runThads(['check', join(dir, `nam-dinh-${n}-2024.xlsx`)]);
    expect(checked.code).toBe(1);
    expect(checked.stdout + checked.stderr).toContain('is hidden in the sheet and repeats row 5');
  });

  it('written short, "Mỹ Lộc" (was a 4th office, ranks of 4)', async () => {
    const r = await summarize(await workbook([NAM_DINH, ['2', 'Mỹ Lộc', MY_LOC_OLD[2], true], MY_LOC, VU_BAN]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusedAt(4, 'Mỹ Lộc', 5, 'Chi cục THADS huyện Mỹ Lộc', 'the same office written another way and STT 2'));
  });

  it('hidden below the row shown, and without an STT column', async () => {
    const below = await summarize(await workbook([NAM_DINH, MY_LOC, MY_LOC_OLD, VU_BAN]));
    expect(below.code).toBe(1);
    expect(below.stderr).toContain(refusedAt(5, 'Chi cục THADS huyện Mỹ Lộc', 4, 'Chi cục THADS huyện Mỹ Lộc', 'the same office and STT 2'));
    const bare = await summarize(await workbook([NAM_DINH, ['', 'Mỹ Lộc', MY_LOC_OLD[2], true], MY_LOC, VU_BAN], { noStt: true }));
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain(refusedAt(4, 'Mỹ Lộc', 5, 'Chi cục THADS huyện Mỹ Lộc', 'the same office written another way').replace('!B4', '!A4'));
  });

  it('the same STT under another name (the old line named otherwise)', async () => {
    const r = await summarize(await workbook([NAM_DINH, ['2', 'Chi cục THADS huyện Nam Trực', MY_LOC_OLD[2], true], MY_LOC, VU_BAN]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusedAt(4, 'Chi cục THADS huyện Nam Trực', 5, 'Chi cục THADS huyện Mỹ Lộc', 'the same STT 2'));
  });
});

describe('controls: read as before', () => {
  it('a hidden row of an office named nowhere else is added, with HIDDEN_ROWS', async () => {
    const r = await summarize(await workbook([NAM_DINH, MY_LOC, VU_BAN, ['4', 'Chi cục THADS huyện Nam Trực', [200, 150, 7000000, 3000000], true]]));
    expect(r.code, r.stderr).toBe(0);
    // 1234 + 456 + 789 + 200, 999 + 326 + 661 + 150; 345678000 + 45678000 + 98765000 + 7000000, 125801000 + 13023000 + 55555000 + 3000000
    expect(read(r.stdout)).toEqual({ cases: ['2679', '2136'], money: ['497121000', '197379000'], offices: expect.arrayContaining(['Chi cục THADS huyện Nam Trực']) });
    expect(r.stderr).toContain('FILE:Sheet1!6:6: warning: row 6 ("Chi cục THADS huyện Nam Trực") is hidden in the sheet but read like the others: the figures include it [HIDDEN_ROWS]');
    expect(r.stderr).not.toContain('error');
  });

  it('two rows of one office both shown are summed (DUPLICATE_OFFICE), as SPEC §3 says', async () => {
    const r = await summarize(await workbook([NAM_DINH, [...MY_LOC_OLD.slice(0, 3)] as unknown as Line, MY_LOC, VU_BAN]));
    expect(r.code, r.stderr).toBe(0);
    // 1234 + 401 + 456 + 789, 999 + 243 + 326 + 661; 345678000 + 40112000 + 45678000 + 98765000, 125801000 + 9550000 + 13023000 + 55555000
    expect(read(r.stdout)).toEqual({ cases: ['2880', '2229'], money: ['530233000', '203929000'], offices: ['Chi cục THADS thành phố Nam Định', 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản'] });
    expect(r.stderr).toContain('FILE:Sheet1!5:5: warning: office "Chi cục THADS huyện Mỹ Lộc" appears on 2 rows (first on row 4), which are added together [DUPLICATE_OFFICE]');
  });

  it('two equal rows of one office both shown: a row pasted twice, as before', async () => {
    const r = await summarize(await workbook([NAM_DINH, MY_LOC, MY_LOC, VU_BAN]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: row 5 repeats row 4: STT 2, office "Chi cục THADS huyện Mỹ Lộc" and every figure the same, a row pasted twice; added, its figures would count twice [REPEATED_ROW]');
    expect(r.stderr).not.toContain('is hidden');
  });

  it('a hidden "Tổng cộng" row and a hidden column-number row are no office rows', async () => {
    const r = await summarize(await workbook([['', '(1)', [2, 3, 4, 5], true], NAM_DINH, MY_LOC, VU_BAN, ['', 'Tổng cộng', [2479, 1986, 490121000, 194379000], true]]));
    expect(r.code, r.stderr).toBe(0);
    // 1234 + 456 + 789, 999 + 326 + 661; 345678000 + 45678000 + 98765000, 125801000 + 13023000 + 55555000
    expect(read(r.stdout)).toEqual({ cases: ['2479', '1986'], money: ['490121000', '194379000'], offices: ['Chi cục THADS thành phố Nam Định', 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản'] });
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  it('STT counted again in another section: a hidden row is no repeat of the first section\'s item', async () => {
    const r = await summarize(
      await workbook([
        ['I', 'Cấp tỉnh', []],
        ['1', 'Văn phòng Cục THADS tỉnh Nam Định', [300, 200, 9000000, 4000000]],
        ['II', 'Cấp huyện', []],
        ['1', 'Chi cục THADS huyện Mỹ Lộc', [456, 326, 45678000, 13023000], true],
        ['2', 'Chi cục THADS huyện Vụ Bản', [789, 661, 98765000, 55555000]],
      ]),
    );
    expect(r.code, r.stderr).toBe(0);
    // 300 + 456 + 789, 200 + 326 + 661; 9000000 + 45678000 + 98765000, 4000000 + 13023000 + 55555000
    expect(read(r.stdout).cases).toEqual(['1545', '1187']);
    expect(read(r.stdout).money).toEqual(['153443000', '72578000']);
    expect(r.stderr).toContain('[HIDDEN_ROWS]');
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });
});
