// The year-end paragraph's total accepted read less than its own part. Money accepted ("tổng số
// tiền thụ lý") keeps two significant digits, the pair beside the rate three, so an office whose
// money is nearly all enforceable read "tổng số tiền thụ lý 5,4 tỷ đồng; đã giải quyết xong
// 1/5,45 tỷ đồng có điều kiện thi hành" — 5.449.000.000 đồng accepted stated below the
// 5.445.000.000 đồng with conditions it contains, exit 0, in text, HTML and the workbook's
// paragraph sheet alike. Right: the total accepted keeps more digits while it would read less than
// the amount with conditions beside it (narrative.ts acceptedAmounts): "5,45 tỷ đồng … 1/5,45".
// Controls: amounts whose two digits already read at least the part stay as they were ("42 tỷ
// đồng" beside "8,01/9,57"), and cases are counted exactly. Every figure below is written by hand.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-outclaims-');

const HEAD = 'Năm,Tỉnh,Đơn vị,cases_total,cases_to_execute,cases_with_conditions,cases_resolved,money_total,money_to_execute,money_with_conditions,money_resolved';
// Mỹ Lộc: 5.449.000.000 accepted ≥ 5.446.000.000 to execute ≥ 5.445.000.000 with conditions;
//   1.000.000.000 resolved: 18,37 %.
// Vụ Bản (control): 42.040.000.000 accepted, 8.010.000.000 of 9.570.000.000: 83,70 %.
// Ý Yên: 1.049.000.000 accepted ≥ 1.045.000.000 with conditions; 1.044.000.000 resolved: 99,90 %.
// Province: 5.449 + 42.040 + 1.049 = 48.538 triệu accepted; 1.000 + 8.010 + 1.044 = 10.054 of
//   5.445 + 9.570 + 1.045 = 16.060 triệu with conditions: 62,60 %.
const NOW = [
  HEAD,
  '2019,Nam Định,Mỹ Lộc,120,110,100,90,5449000000,5446000000,5445000000,1000000000',
  '2019,Nam Định,Vụ Bản,300,280,250,200,42040000000,30000000000,9570000000,8010000000',
  '2019,Nam Định,Ý Yên,80,70,60,50,1049000000,1047000000,1045000000,1044000000',
];
const nowCsv = file('bao-cao-2019.csv', NOW);

// 2018: Mỹ Lộc 4.449.000.000 accepted → +1.000.000.000 (1 tỷ); the others as in 2019.
const PREV = [
  HEAD,
  '2018,Nam Định,Mỹ Lộc,120,110,100,90,4449000000,4446000000,4445000000,1000000000',
  '2018,Nam Định,Vụ Bản,300,280,250,200,42040000000,30000000000,9570000000,8010000000',
  '2018,Nam Định,Ý Yên,80,70,60,50,1049000000,1047000000,1045000000,1044000000',
];
const prevCsv = file('bao-cao-2018.csv', PREV);

function summarize(args: readonly string[]) {
  return spawnThads(['summarize', nowCsv, ...args], { cwd: dir });
}

/** Each office's money sentence, "Về tiền, …" up to the rate, by office (the total as "toàn tỉnh"). */
function moneyVi(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(?:của (.+?)|(toàn tỉnh) Nam Định): .*?(Về tiền, .*?), đạt/g)) out[m[1] ?? m[2]!] = m[3]!;
  return out;
}

describe('the money paragraph never states the total accepted below the amount with conditions it contains', () => {
  it('vi: 5,449 tỷ accepted beside 5,445 tỷ with conditions reads "5,45 tỷ đồng", not "5,4" (exit 0)', () => {
    const r = summarize(['--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    const money = moneyVi(r.stdout);
    expect(money['Mỹ Lộc']).toBe('Về tiền, tổng số tiền thụ lý 5,45 tỷ đồng; đã giải quyết xong 1/5,45 tỷ đồng có điều kiện thi hành');
    // 1,049 tỷ beside 1,044/1,045: "1,05 tỷ đồng", not "1 tỷ đồng" under "1,04/1,05".
    expect(money['Ý Yên']).toBe('Về tiền, tổng số tiền thụ lý 1,05 tỷ đồng; đã giải quyết xong 1,04/1,05 tỷ đồng có điều kiện thi hành');
    // controls: two digits already read at least the part
    expect(money['Vụ Bản']).toBe('Về tiền, tổng số tiền thụ lý 42 tỷ đồng; đã giải quyết xong 8,01/9,57 tỷ đồng có điều kiện thi hành');
    expect(money['toàn tỉnh']).toBe('Về tiền, tổng số tiền thụ lý 48,5 tỷ đồng; đã giải quyết xong 10,1/16,1 tỷ đồng có điều kiện thi hành');
    expect(r.stdout).toContain('đã giải quyết xong 90/100 việc có điều kiện giải quyết, đạt 90,00%');
  });

  it('en: "accepted 5.45 billion VND in total and resolved 1 of the 5.45 billion VND enforceable"', () => {
    const r = summarize(['--format', 'text', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Mỹ Lộc accepted 120 cases in total and resolved 90 of the 100 enforceable cases: a rate of 90.00%');
    expect(r.stdout).toContain('In money, it accepted 5.45 billion VND in total and resolved 1 of the 5.45 billion VND enforceable: a rate of 18.37%');
    expect(r.stdout).toContain('In money, it accepted 1.05 billion VND in total and resolved 1.04 of the 1.05 billion VND enforceable: a rate of 99.90%');
    expect(r.stdout).toContain('In money, it accepted 42 billion VND in total and resolved 8.01 of the 9.57 billion VND enforceable: a rate of 83.70%');
  });

  it('with a change on last year: "5,45 tỷ đồng, tăng 1 tỷ đồng", not "5,4 tỷ đồng, tăng 1 tỷ đồng"', () => {
    const r = summarize(['--previous', prevCsv, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(moneyVi(r.stdout)['Mỹ Lộc']).toBe('Về tiền, tổng số tiền thụ lý 5,45 tỷ đồng, tăng 1 tỷ đồng so với năm 2018; đã giải quyết xong 1/5,45 tỷ đồng có điều kiện thi hành');
    // control: an unchanged total
    expect(moneyVi(r.stdout)['Vụ Bản']).toBe('Về tiền, tổng số tiền thụ lý 42 tỷ đồng, không thay đổi so với năm 2018; đã giải quyết xong 8,01/9,57 tỷ đồng có điều kiện thi hành');
  });

  it('the HTML report and the workbook\'s paragraph sheet say the same', async () => {
    const html = summarize(['--lang', 'vi', '-o', join(dir, 'r.html')]);
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('tổng số tiền thụ lý 5,45 tỷ đồng; đã giải quyết xong 1/5,45 tỷ đồng');
    expect(page).not.toContain('tổng số tiền thụ lý 5,4 tỷ đồng');

    const xlsx = summarize(['--lang', 'vi', '-o', join(dir, 'p.xlsx')]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'p.xlsx'));
    const texts: string[] = [];
    wb.worksheets[1]!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    const all = texts.join('\n');
    expect(all).toContain('tổng số tiền thụ lý 5,45 tỷ đồng; đã giải quyết xong 1/5,45 tỷ đồng');
    expect(all).toContain('tổng số tiền thụ lý 1,05 tỷ đồng; đã giải quyết xong 1,04/1,05 tỷ đồng');
    // the figures themselves are untouched: 5.449.000.000 đồng accepted is 5,449 tỷ in the table
    const ws = wb.worksheets[0]!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(5.449);
  });
});
