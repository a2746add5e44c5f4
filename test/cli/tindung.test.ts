// A two-row header whose figures are given twice: under "Tổng số" and again under a group naming a
// kind of cases after "of which" — "Trong đó: án tín dụng - ngân hàng", "Trong đó: Án hình sự",
// "Riêng án tín dụng ngân hàng" — over the same fields. The fault (work104b 02): the second group's
// "Có điều kiện" was taken for the field again and the file refused DUPLICATE_COLUMN, exit 1. Right:
// the kind's columns are a part of the cases, set aside with a located warning, never the fields.
// Controls: a bare "Trong đó" linking "Tổng số phải thi hành" to "Có điều kiện | Chưa có điều kiện",
// "Trong đó: Có điều kiện" over "Thi hành xong | Đình chỉ" (a field's group) and a field truly
// written twice keep today's reading.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tindung-');

// by hand: with conditions 100+200 = 300, completed 70+150 = 220, terminated 10+10 = 20 →
// resolved 240; 240/300 = 80.00 %. The credit cases' 20+50 = 70 / 15+40 = 55 / 0+5 = 5 are a part.
function table(kind: string): string[][] {
  return [
    ['STT', 'Đơn vị', 'Tổng số', '', '', kind, '', ''],
    ['', '', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'],
    ['1', 'Chi cục THADS huyện Mỹ Lộc', '100', '70', '10', '20', '15', '0'],
    ['2', 'Chi cục THADS huyện Vụ Bản', '200', '150', '10', '50', '40', '5'],
  ];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Cases = { withConditions: string | null; resolved: string | null; rate: string | null };
const total = (stdout: string) => {
  const c = (JSON.parse(stdout) as { total: { cases: Cases } }).total.cases;
  return [c.withConditions, c.resolved, c.rate];
};
const RIGHT = ['300', '240', '80.00'];

const KINDS = ['Trong đó: án tín dụng - ngân hàng', 'Trong đó: án tín dụng, ngân hàng', 'Trong đó: Án hình sự', 'Trong số đó: án kinh doanh thương mại', 'Riêng án tín dụng ngân hàng'];

describe('a group of one kind of cases beside "Tổng số" over the same fields', () => {
  test.each(KINDS)('"%s": set aside with a warning, the "Tổng số" columns read (300/240, was DUPLICATE_COLUMN)', (kind) => {
    const r = run(file('viec-2024.csv', csv(table(kind))));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
    expect(r.stderr).toContain(`viec-2024.csv:2:6: warning: column "Có điều kiện" is under the group "${kind}"`);
    expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_COLUMN', 'UNKNOWN_COLUMN', 'UNKNOWN_COLUMN']);
  });

  test('.xlsx twin (values): the credit group set aside, 300/240', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2024.xlsx', lines(table('Trong đó: án tín dụng - ngân hàng')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('"Trong đó: Có điều kiện" over "Thi hành xong | Đình chỉ": the field\'s parts, read as today', () => {
    const rows = [
      ['STT', 'Đơn vị', 'Có điều kiện', 'Trong đó: Có điều kiện', ''],
      ['', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ'],
      ['1', 'Chi cục THADS huyện Mỹ Lộc', '100', '70', '10'],
      ['2', 'Chi cục THADS huyện Vụ Bản', '200', '150', '10'],
    ];
    const r = run(file('viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });

  test('a bare "Trong đó" over "Có điều kiện | Chưa có điều kiện": not set aside (the file lacks resolved, as today)', () => {
    const rows = [
      ['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Trong đó', ''],
      ['', '', '', 'Có điều kiện', 'Chưa có điều kiện'],
      ['1', 'Chi cục THADS huyện Mỹ Lộc', '150', '100', '50'],
    ];
    const r = run(file('viec-2024.csv', csv(rows)));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MISSING_COLUMN']);
    expect(r.stderr).not.toContain('a kind of cases');
  });

  test('a field written twice in a one-row header: still DUPLICATE_COLUMN', () => {
    const r = run(file('viec-2024.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Có điều kiện', '1,Chi cục THADS huyện Mỹ Lộc,100,70,10']));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_COLUMN']);
  });
});
