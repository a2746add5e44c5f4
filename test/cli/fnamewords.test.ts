// Words offices write around their name in a report's file name — "cuối năm" (year-end), "tổng
// hợp" (summary), "KQ", "TK", "số liệu" — are no part of the office (round 93a, 05): "Mỹ Lộc cuối
// năm 2024.csv" titled "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC" was refused OFFICE_NAME_CONFLICT
// ("the office is Mỹ Lộc cuối"). Figures by hand: 300 thụ lý, 250 có điều kiện, 200 + 10 = 210
// resolved, 210 / 250 = 84.00 %. A name naming another office than the title stays refused; a
// name that is "Tổng hợp" alone or beside a province stays a total's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-fnamewords-');
const TITLED = [
  'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC,,,,',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,,',
  'Đơn vị tính: việc,,,,',
  'Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ',
  '300,250,200,10',
];
const PLAIN = ['Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ', '300,250,200,10'];
type Shape = 'titled' | 'xlsx' | 'plain';

async function write(shape: Shape, name: string): Promise<string> {
  if (shape !== 'xlsx') {
    const file = join(dir, shape === 'plain' ? `plain/${name}.csv` : `${name}.csv`);
    mkdirSync(join(dir, 'plain'), { recursive: true });
    writeFileSync(file, `${(shape === 'plain' ? PLAIN : TITLED).join('\n')}\n`);
    return file;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of TITLED) ws.addRow(l.split(',').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The real binary; a plain file states no measure: --measure cases. */
function summarize(file: string) {
  const r = spawnThads(['summarize', file, '--format', 'csv', ...(file.includes('plain') ? ['--measure', 'cases'] : [])], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** district, cases_total, cases_with_conditions, cases_resolved, cases_rate of every row. */
function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((r) => ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => r[head!.indexOf(k)]!));
}

const MY_LOC = ['Mỹ Lộc', '300', '250', '210', '84.00'];
const TOTAL = ['TOTAL', '300', '250', '210', '84.00'];

describe('report words around the office\'s name: the office is Mỹ Lộc, 300 / 250 / 210, 84.00 %', () => {
  const names = [
    'Mỹ Lộc cuối năm 2024', 'Mỹ Lộc tổng hợp 2024', 'Mỹ Lộc - cuối năm 2024', 'Tổng hợp Mỹ Lộc 2024',
    'Mỹ Lộc tong hop 2024', 'Mỹ Lộc báo cáo tổng hợp cuối năm 2024', 'KQ Mỹ Lộc 2024', 'Mỹ Lộc TK 2024', 'Mỹ Lộc số liệu 2024',
    'Số liệu Mỹ Lộc 2024', 'Mỹ Lộc (tổng hợp) 2024', 'Mỹ Lộc tổng hợp chính thức final v2 2024 (1)',
  ];
  const cases = (['titled', 'xlsx'] as const).flatMap((shape) => names.map((n) => [shape, n] as const));
  it.each(cases)('%s: "%s" under its own title: exit 0', async (shape, name) => {
    const r = summarize(await write(shape, name));
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([MY_LOC, TOTAL]);
  });

  it.each(['Mỹ Lộc cuối năm 2024', 'Mỹ Lộc tổng hợp 2024', 'KQ Mỹ Lộc 2024'])('plain (no title, the byte scanner): "%s" is Mỹ Lộc\'s', async (name) => {
    const r = summarize(await write('plain', name));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([MY_LOC, TOTAL]);
  });
});

describe('over-reach controls: readings that stay', () => {
  it.each(['Vụ Bản cuối năm 2024', 'Vụ Bản tổng hợp 2024', 'KQ Vụ Bản 2024'])('titled: "%s" names another office than the title (Mỹ Lộc): exit 1, OFFICE_NAME_CONFLICT', async (name) => {
    const r = summarize(await write('titled', name));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${name}.csv:1: error: the file name "${name}.csv" says the office is Vụ Bản, but the title (line 1) says Huyện Mỹ Lộc`);
    expect(r.stderr).toMatch(/\[OFFICE_NAME_CONFLICT\]/);
  });

  it.each([['Tổng hợp 2024', 'Tổng hợp'], ['Tổng hợp Nam Định 2024', 'Tổng hợp Nam Định'], ['Tổng hợp Mỹ Lộc và Vụ Bản 2024', 'Tổng hợp Mỹ Lộc và Vụ Bản']])('plain: "%s" keeps "tổng hợp" (alone, a province, two offices): read as "%s", as before', async (name, as) => {
    const r = summarize(await write('plain', name));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([[as, '300', '250', '210', '84.00'], TOTAL]);
  });

  // The name's six months under the title's whole year are two periods (test/cli/periodclash.test.ts):
  // refused — which shows the words stayed the period's, not the office's ("Mỹ Lộc 6 tháng cuối").
  it('titled: "Mỹ Lộc 6 tháng cuối năm 2024" (a count of months before "cuối năm": the period rule\'s) under "NĂM 2024": the name\'s six months against the title\'s year, YEAR_CONFLICT', async () => {
    const r = summarize(await write('titled', 'Mỹ Lộc 6 tháng cuối năm 2024'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the title (line 2) states the period from 1/10/2023 to 30/9/2024, but the file name the period from 1/4/2024 to 30/9/2024');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
    expect(r.stderr).not.toContain('OFFICE_NAME_CONFLICT');
  });
});
