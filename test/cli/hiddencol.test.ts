// A reviewed column beside the original of the same figure, the original hidden (work101a 02):
// "STT | Đơn vị | Việc có điều kiện | Việc có điều kiện sau rà soát | …", column C (580, 650, the
// figures before the Cục's review) hidden, D (586, 655) the one the sheet shows. thads read the
// hidden C, warned D "unknown" and summed 1230, 94.55 %, exit 0 — right is 1241, 93.71 %. The
// bracketed "(sau rà soát)" was refused DUPLICATE_COLUMN already; the same note without brackets
// (after a space, dash or colon) is now read the same way (headers.ts trailingNote): beside its
// twin the same figure twice, refused; alone, the field. Controls: the bracketed form, "thụ lý
// mới" (new, no revision), a file without a revision column.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-hiddencol-');

const ROWS = ['1,Mỹ Lộc,580,586,533,9565824266,8009734950', '2,Vụ Bản,650,655,630,16389337399,14490039714'];
const twin = (name: string, note: string) =>
  file(name, [`STT,Đơn vị,Việc có điều kiện,"Việc có điều kiện${note}",Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong`, ...ROWS]);

function run(args: string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** Each row's office → [cases with conditions, cases resolved, cases rate]. */
function cases(stdout: string): Record<string, string[]> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return Object.fromEntries(rows.map((r) => [r[at('district')]!, [r[at('cases_with_conditions')]!, r[at('cases_resolved')]!, r[at('cases_rate')]!]]));
}

/** The finding's workbook: sheet "Biểu", two title rows, header row 3, column C hidden. */
async function workbook(name: string, revised: string, hideC = true): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['CỤC THADS TỈNH NAM ĐỊNH']);
  ws.addRow(['Đơn vị tính: việc; đồng']);
  ws.addRow(['STT', 'Đơn vị', 'Việc có điều kiện', revised, 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong']);
  ws.addRow([1, 'Mỹ Lộc', 580, 586, 533, 9565824266, 8009734950]);
  ws.addRow([2, 'Vụ Bản', 650, 655, 630, 16389337399, 14490039714]);
  ws.getColumn(3).hidden = hideC;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a revised column beside the original of the same figure (work101a 02)', () => {
  test('workbook, original hidden: refused DUPLICATE_COLUMN at D3 (was 1230, 94.55 %, exit 0)', async () => {
    const path = await workbook('bao-cao-2019.xlsx', 'Việc có điều kiện sau rà soát');
    const r = run(['summarize', path, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bao-cao-2019.xlsx:Biểu!D3: error: column "Việc có điều kiện sau rà soát" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]');
  });

  test('workbook "… sau đối chiếu", and both columns visible: refused the same', async () => {
    for (const [name, note, hide] of [['doi-chieu-2019.xlsx', 'Việc có điều kiện sau đối chiếu', true], ['visible-2019.xlsx', 'Việc có điều kiện sau rà soát', false]] as const) {
      const r = run(['summarize', await workbook(name, note, hide), '--format', 'csv']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`${name}:Biểu!D3: error: column "${note}" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]`);
    }
  });

  test.each([' sau rà soát', ' sau đối chiếu', ' - sau điều chỉnh', ': đã điều chỉnh', ' thực tế', ' số liệu mới', ' cập nhật', ' sửa'])('CSV "Việc có điều kiện%s" beside "Việc có điều kiện": DUPLICATE_COLUMN', (note) => {
    const name = `note-${encodeURIComponent(note.trim())}-2019.csv`;
    const r = run(['summarize', twin(name, note), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${name}:1:4: error: column "Việc có điều kiện${note}" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]`);
  });

  test('the reviewed column alone is the field, as "(sau rà soát)" alone is: 1241, 93.71 % by hand (was refused MISSING_COLUMN)', () => {
    const path = file('alone-2019.csv', [
      'STT,Đơn vị,Việc có điều kiện sau rà soát,Việc giải quyết xong',
      '1,Mỹ Lộc,586,533',
      '2,Vụ Bản,655,630',
    ]);
    const r = run(['summarize', path, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 533/586 = 90.955 %, 630/655 = 96.183 %, 1163/1241 = 93.714 %
    expect(cases(r.stdout)).toEqual({ 'Mỹ Lộc': ['586', '533', '90.96'], 'Vụ Bản': ['655', '630', '96.18'], TOTAL: ['1241', '1163', '93.71'] });
  });

  test('control: the bracketed "(sau rà soát)" beside its twin is refused, as before', () => {
    const r = run(['summarize', twin('bracket-2019.csv', ' (sau rà soát)'), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('bracket-2019.csv:1:4: error: column "Việc có điều kiện (sau rà soát)" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]');
  });

  test('control: "Việc thụ lý mới", "Số việc thụ lý mới" stay new (no revision of total), by hand', () => {
    for (const head of ['Việc thụ lý mới', 'Số việc thụ lý mới', 'Tổng số việc thụ lý mới']) {
      const path = file(`moi-${encodeURIComponent(head)}-2019.csv`, [`Đơn vị,Việc thụ lý,${head},Việc có điều kiện,Việc giải quyết xong`, 'Mỹ Lộc,900,300,580,533', 'Vụ Bản,950,320,650,630']);
      const r = run(['summarize', path, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      const [hd, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
      expect(rows.map((row) => [row[hd!.indexOf('cases_new')], row[hd!.indexOf('cases_total')]])).toEqual([['300', '900'], ['320', '950'], ['620', '1850']]);
    }
  });

  test('"Có điều kiện - Mới" beside "- Tổng số" / "- Cũ" is new cases, a part: never read as the whole (work102a 01)', () => {
    // Read as a revision note, "- Mới" became the field: 40 + 50 = 90 with conditions, 30 + 50 = 80
    // resolved, 88.89 %, exit 0 — the whole is 120 + 200 = 320 and 90 + 150 = 240 (75.00 %).
    for (const [name, part] of [['viec-tong-2019.csv', 'Tổng số'], ['viec-cu-2019.csv', 'Cũ']] as const) {
      const path = file(name, [`STT,Đơn vị,Tổng số thụ lý,Có điều kiện - ${part},Có điều kiện - Mới,Giải quyết xong - ${part},Giải quyết xong - Mới`, '1,Chi cục THADS huyện Mỹ Lộc,150,120,40,90,30', '2,Chi cục THADS huyện Vụ Bản,270,200,50,150,50']);
      const r = run(['summarize', path, '--format', 'csv']);
      if (r.code === 0) expect(cases(r.stdout).TOTAL, name).toEqual(['320', '240', '75.00']);
      else expect(r.stderr, name).toMatch(/\[(MISSING_COLUMN|DUPLICATE_COLUMN|GROUP_HEADER_SPANS)\]/);
      expect(r.stdout, name).not.toContain(',90,');
    }
  });

  test('control: the same report without a revised column sums as before: 1230, 94.55 %', () => {
    const path = file('plain-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,580,533', '2,Vụ Bản,650,630']);
    const r = run(['summarize', path, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 533/580 = 91.897 %, 630/650 = 96.923 %, 1163/1230 = 94.553 %
    expect(cases(r.stdout)).toEqual({ 'Mỹ Lộc': ['580', '533', '91.90'], 'Vụ Bản': ['650', '630', '96.92'], TOTAL: ['1230', '1163', '94.55'] });
  });
});
