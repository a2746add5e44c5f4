// A title's unit list joined by a dash, "và", "+", "&", "|" — "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ
// NĂM 2019 (Việc - nghìn đồng)" (xlsx A2), "(việc và nghìn đồng)" (CSV) — was not read: money taken
// as đồng, 1.000× too small, exit 0, no warning (work102a 02). "(Việc, nghìn đồng)" was read right
// (units.ts unitsInWords: in a bracket a unit list goes on after "," or ";"); the same list rule now
// takes these joiners too. Controls keep their reading: "(ĐVT: Việc - 1.000 đồng)", a dash outside
// the brackets with no unit ("NĂM 2019 - TỈNH NAM ĐỊNH"), "(2018 - 2019)", header cells "(triệu đồng)".
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-unitdash-');

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEAD = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const ROWS = [
  [1, 'Chi cục THADS huyện Mỹ Lộc', 120, 90, 5000, 2000],
  [2, 'Chi cục THADS huyện Vụ Bản', 200, 150, 7000, 3000],
];
const csv = (name: string, title: string, head = HEAD) =>
  file(name, [`"${title}"`, head.join(','), ...ROWS.map((r) => r.join(','))]);

/** The workbook of the finding: sheet "Biểu 07", the title in A2, the header on row 4. */
async function workbook(name: string, title: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.getCell('A1').value = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
  ws.getCell('A2').value = title;
  ws.getRow(4).values = HEAD;
  ROWS.forEach((r, i) => (ws.getRow(5 + i).values = r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function money(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json']);
  if (r.code !== 0) return { code: r.code, stderr: r.stderr };
  const j = JSON.parse(r.stdout) as { total: { money: { withConditions: string; resolved: string } }; warnings: unknown[] };
  return { code: r.code, withConditions: j.total.money.withConditions, resolved: j.total.money.resolved, warnings: j.warnings.length };
}

// by hand: in nghìn đồng, (5.000 + 7.000) × 1.000 = 12.000.000 đồng, (2.000 + 3.000) × 1.000 = 5.000.000 đồng
const NGHIN = { code: 0, withConditions: '12000000', resolved: '5000000', warnings: 0 };
// in đồng (no unit stated): 5.000 + 7.000 = 12.000, 2.000 + 3.000 = 5.000
const DONG = { code: 0, withConditions: '12000', resolved: '5000', warnings: 0 };

describe('a title unit list joined by a dash, "và", "+", "&", "|" reads nghìn đồng (work102a 02)', () => {
  test('xlsx: A2 "… NĂM 2019 (Việc - nghìn đồng)" (was 12.000 / 5.000 đồng)', async () => {
    expect(money(await workbook('bao-cao-2019.xlsx', `${TITLE} (Việc - nghìn đồng)`))).toEqual(NGHIN);
  });

  test.each([
    ['va', '(việc và nghìn đồng)'],
    ['VA', '(VIỆC VÀ NGHÌN ĐỒNG)'],
    ['dash', '(Việc - nghìn đồng)'],
    ['endash', '(Việc – nghìn đồng)'],
    ['plus', '(Việc + nghìn đồng)'],
    ['amp', '(Việc & nghìn đồng)'],
    ['pipe', '(Việc | nghìn đồng)'],
  ])('CSV %s: "%s" reads nghìn đồng', (name, unit) => {
    expect(money(csv(`${name}/nam-dinh-2019.csv`, `${TITLE} ${unit}`))).toEqual(NGHIN);
  });

  test('"(Việc - nghìn đồng; USD)" is refused as "(nghìn đồng; USD)" is (was read as đồng)', () => {
    for (const unit of ['(Việc - nghìn đồng; USD)', '(nghìn đồng; USD)']) {
      const r = money(csv(`usd/${unit.length}/nam-dinh-2019.csv`, `${TITLE} ${unit}`));
      expect(r.code, unit).toBe(1);
      expect(r.stderr, unit).toMatch(/nam-dinh-2019\.csv:1:1: error: .*\[UNIT_UNREADABLE\]/s);
    }
  });
});

describe('controls: readings kept', () => {
  test('"(Việc, nghìn đồng)" and "(ĐVT: Việc - 1.000 đồng)" read nghìn đồng', async () => {
    expect(money(csv('comma/nam-dinh-2019.csv', `${TITLE} (Việc, nghìn đồng)`))).toEqual(NGHIN);
    expect(money(csv('dvt/nam-dinh-2019.csv', `${TITLE} (ĐVT: Việc - 1.000 đồng)`))).toEqual(NGHIN);
    expect(money(await workbook('dvt/bao-cao-2019.xlsx', `${TITLE} (ĐVT: Việc - 1.000 đồng)`))).toEqual(NGHIN);
  });

  test('a dash outside brackets, no unit: "… NĂM 2019 - TỈNH NAM ĐỊNH" stays đồng; so do "(2018 - 2019)", "(Việc - Tiền)"', async () => {
    expect(money(csv('tinh/nam-dinh-2019.csv', `${TITLE} - TỈNH NAM ĐỊNH`))).toEqual(DONG);
    expect(money(await workbook('tinh/bao-cao-2019.xlsx', `${TITLE} - TỈNH NAM ĐỊNH`))).toEqual(DONG);
    expect(money(csv('years/nam-dinh-2019.csv', `${TITLE} (2018 - 2019)`))).toEqual(DONG);
    expect(money(csv('viectien/nam-dinh-2019.csv', `${TITLE} (Việc - Tiền)`))).toEqual(DONG);
  });

  test('header cells "Tiền … (triệu đồng)" read triệu đồng: 12.000 × 1.000.000, 5.000 × 1.000.000', () => {
    const head = [...HEAD.slice(0, 4), 'Tiền có điều kiện (triệu đồng)', 'Tiền giải quyết xong (triệu đồng)'];
    expect(money(csv('trieu/nam-dinh-2019.csv', `${TITLE} (Việc)`, head))).toEqual({ code: 0, withConditions: '12000000000', resolved: '5000000000', warnings: 0 });
  });
});
