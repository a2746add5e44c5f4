// A workbook of three Nam Định offices (Mỹ Lộc, Vụ Bản, Ý Yên) and their total, its columns
// placed where a test wants them: the tester's workbooks of round 55b, written by hand.
import { runThads } from './cli.js';
import { escapeText, writeRawWorkbook } from './raw-workbook.js';

export const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
export const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;

/** the title, over the table's first column (as in the tester's workbooks) */
const title = (column: string) => `<row r="1">${text(`${column}1`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019')}</row>`;
export const HEAD = ['Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'];
/** Mỹ Lộc, Vụ Bản, Ý Yên: thụ lý / có điều kiện / thi hành xong / đình chỉ */
const OFFICES: readonly (readonly [string, readonly number[]])[] = [
  ['Mỹ Lộc', [500, 400, 300, 20]],
  ['Vụ Bản', [600, 450, 350, 30]],
  ['Ý Yên', [700, 500, 380, 40]],
];
// 500 + 600 + 700 = 1800; 400 + 450 + 500 = 1350; 300 + 350 + 380 = 1030; 20 + 30 + 40 = 90
const TOTAL: readonly number[] = [1800, 1350, 1030, 90];
// accepted 1800; with conditions 1350; resolved (300+20) + (350+30) + (380+40) = 1120; 1120 / 1350 = 82.96 %
export const EXPECTED = { accepted: '1800', withConditions: '1350', resolved: '1120', rate: '82.96' };

/** A sheet whose columns are `letters` (the name, then four figures), rows 3–5 offices, 6 the total. */
export function sheet(letters: string, extra: (n: number) => string = () => '', head: readonly string[] = HEAD): string {
  const row = (n: number, name: string, figures: readonly number[]) =>
    `<row r="${n}">${extra(n)}${text(`${letters[0]}${n}`, name)}${figures.map((v, i) => num(`${letters[i + 1]}${n}`, v)).join('')}</row>`;
  const header = `<row r="2">${head.map((h, i) => (h === '' ? '' : text(`${letters[i]}2`, h))).join('')}${extra(2)}</row>`;
  return title(letters[0]!) + header + OFFICES.map(([name, figures], i) => row(i + 3, name, figures)).join('') + row(6, 'Tổng cộng', TOTAL);
}

export async function book(data: string, before = ''): Promise<string> {
  return writeRawWorkbook({ sheets: [{ name: 'S', data, ...(before ? { before } : {}) }], name: 'viec-2019.xlsx' });
}
export async function run(file: string) {
  const r = await runThads(['summarize', file, '--format', 'json']);
  const body = r.code === 0 ? JSON.parse(r.stdout) : null;
  const c = body?.total.cases;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    total: c && { accepted: c.total, withConditions: c.withConditions, resolved: c.resolved, rate: c.rate },
    ranks: body && body.groups.map((g: { district: string; cases: { rate: string; rank: number } }) => `${g.cases.rank} ${g.district} ${g.cases.rate}`).sort(),
  };
}
