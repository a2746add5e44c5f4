// The enforcers' table below the offices' on the same sheet (hunt42): "Chi tiết theo Chấp hành
// viên:" after the Chi cục rows, its people numbered from 1 again (or no title at all, a blank
// row between). Their rows were read as two more offices: cases 700 / 570 for the offices'
// 600 / 480, "Nguyễn Văn Xuân" ranked beside the Chi cục, exit 0, not a word. Now, in a table by
// office whose office rows all name an office ("Chi cục THADS …", "Văn phòng Cục"), a row naming
// a person is refused, NOT_AN_OFFICE, in the workbook and in its CSV twin (the fast path hands it
// over). Controls: the offices alone, bare place names above a district named like a person
// ("Trần Văn Thời", Cà Mau), and an office's enforcers under it without STT (its parts) read as before.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-xlhunt-persons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
type Row = readonly (string | number | null)[];

// The offices: cases 100 + 200 + 300 = 600 with conditions, 90 + 150 + 240 = 480 resolved;
// money 1000000 + 2000000 + 3000000 = 6000000, 500000 + 1000000 + 1200000 = 2700000.
const OFFICES: readonly Row[] = [
  ['1', 'Chi cục THADS huyện Giao Thủy', 100, 90, 1000000, 500000],
  ['2', 'Chi cục THADS huyện Hải Hậu', 200, 150, 2000000, 1000000],
  ['3', 'Chi cục THADS huyện Nghĩa Hưng', 300, 240, 3000000, 1200000],
];
const OFFICES_TOTAL = ['600', '480', '6000000', '2700000'];
// Giao Thủy's two enforcers: 60 + 40 = 100, 50 + 40 = 90; 600000 + 400000, 300000 + 200000.
const PERSONS: readonly Row[] = [
  ['1', 'Nguyễn Văn Xuân', 60, 50, 600000, 300000],
  ['2', 'Trần Thị Yến', 40, 40, 400000, 200000],
];

let n = 0;
async function workbook(rows: readonly Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow([...r]);
  const file = join(dir, `nam-dinh-${++n}-2024.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The same rows as a CSV, as Excel's "CSV UTF-8" writes them. */
function csv(rows: readonly Row[], header = HEADER): string {
  const file = join(dir, `nam-dinh-${++n}-2024.csv`);
  const line = (r: Row) => r.map((c) => (c === null ? '' : String(c))).join(',');
  writeFileSync(file, ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', header.join(','), ...rows.map(line)].join('\r\n') + '\r\n');
  return file;
}

function summarize(file: string) {
  const r = spawnThads(['summarize', file, '--format', 'json']);
  const body = r.code === 0 ? JSON.parse(r.stdout) : null;
  return {
    ...r,
    stderr: r.stderr.split(file).join('FILE'),
    total: body && [body.total.cases.withConditions, body.total.cases.resolved, body.total.money?.withConditions, body.total.money?.resolved],
    offices: body && body.groups.map((g: { district: string }) => g.district),
  };
}

const refused = (at: string) =>
  `FILE:${at}: error: "Nguyễn Văn Xuân" names a person (an enforcer), not an office, below office rows that each name an office: it would be added and ranked as an office [NOT_AN_OFFICE]\n` +
  '  hint: if the rows below the offices are their enforcers (a second table, "Chi tiết theo Chấp hành viên"), delete them from the export or give them a file of their own; if they are an office\'s parts, write the office\'s name on each of them\n';

describe('enforcers listed below the offices are refused (were added: 700 / 570 for 600 / 480, exit 0)', () => {
  it('under "Chi tiết theo Chấp hành viên:", numbered from 1 again', async () => {
    // title row 1, header 2, offices 3–5, blank 6, the title 7, Nguyễn Văn Xuân 8 (column B)
    const rows = [...OFFICES, [], [null, 'Chi tiết theo Chấp hành viên:'], ...PERSONS];
    const r = summarize(await workbook(rows));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(refused('Biểu 07!B8'));
    const twin = summarize(csv(rows));
    expect(twin.code).toBe(1);
    expect(twin.stderr).toBe(refused('8:2'));
  });

  it('no title at all, a blank row between', async () => {
    // offices 3–5, blank 6, Nguyễn Văn Xuân 7
    const rows = [...OFFICES, [], ...PERSONS];
    const r = summarize(await workbook(rows));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refused('Biểu 07!B7'));
    // the CSV twin, read by the fast path up to the person's row
    const twin = summarize(csv(rows));
    expect(twin.code).toBe(1);
    expect(twin.stderr).toBe(refused('7:2'));
  });

  it('check says it too', async () => {
    const r = spawnThads(['check', await workbook([...OFFICES, [], ...PERSONS])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"Nguyễn Văn Xuân" names a person (an enforcer), not an office');
  });
});

describe('controls: read as before', () => {
  it('the offices alone', async () => {
    for (const file of [await workbook(OFFICES), csv(OFFICES)]) {
      const r = summarize(file);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.total).toEqual(OFFICES_TOTAL);
      expect(r.offices).toEqual(OFFICES.map((o) => o[1]));
    }
  });

  it('bare place names, a district named like a person among them (Cà Mau\'s "Trần Văn Thời")', async () => {
    // 100 + 200 + 350 = 650; 90 + 150 + 260 = 500 (no row the sum of the others)
    const rows: Row[] = [
      ['1', 'Cà Mau', 100, 90],
      ['2', 'U Minh', 200, 150],
      ['3', 'Trần Văn Thời', 350, 260],
    ];
    const header = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'];
    const r = summarize(csv(rows, header));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total.slice(0, 2)).toEqual(['650', '500']);
    expect(r.offices).toEqual(['Cà Mau', 'U Minh', 'Trần Văn Thời']);
  });

  it('a district named like a person numbered on after offices named in full ("TP Tây Ninh", then "Dương Minh Châu"): a row of the list', async () => {
    // 100 + 200 + 350 = 650; 90 + 150 + 260 = 500 (numbered on, 3 after 2: not a second table)
    const rows: Row[] = [
      ['1', 'Chi cục THADS thành phố Cà Mau', 100, 90],
      ['2', 'Chi cục THADS huyện U Minh', 200, 150],
      ['3', 'Trần Văn Thời', 350, 260],
    ];
    const r = summarize(csv(rows, ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total.slice(0, 2)).toEqual(['650', '500']);
  });

  it('the same district with its designator, below offices named as offices', async () => {
    // 100 + 200 + 350 = 650; 90 + 150 + 260 = 500
    const rows: Row[] = [
      ['1', 'Chi cục THADS thành phố Cà Mau', 100, 90, 1000, 500],
      ['2', 'Chi cục THADS huyện U Minh', 200, 150, 2000, 1000],
      ['3', 'Chi cục THADS huyện Trần Văn Thời', 350, 260, 3000, 1200],
    ];
    const r = summarize(await workbook(rows));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.total.slice(0, 2)).toEqual(['650', '500']);
  });

  it('an office\'s enforcers right under it without STT are its parts: its row is checked against them, not refused as persons', async () => {
    // Giao Thủy 100 / 90 = 60 + 40 / 50 + 40: its parts agree, the total stays 600 / 480
    const rows = [OFFICES[0]!, ...PERSONS.map((p) => ['', ...p.slice(1)]), OFFICES[1]!, OFFICES[2]!];
    const r = summarize(await workbook(rows));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(OFFICES_TOTAL);
    expect(r.offices).toEqual(OFFICES.map((o) => o[1]));
  });
});
