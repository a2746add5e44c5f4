// An enforcer whose given names fold to a version's note ("Nguyễn Chính Thức": "chính thức",
// official; "Trần Văn Sửa": "sửa", corrected) is a person, no office with a note: a by-enforcer
// form listing one was refused whole, NOT_AN_OFFICE "holds a version of the office's figures"
// (work93a 01). The rule (period-notes.ts personBeforeNote): a label written as a person's name
// is, that without the note is a family name alone or with "Văn" / "Thị" (person-names.ts), is
// a person's. Controls: a place's name before the note ("Lê Chân đã sửa", "Lê Chân Sửa", "LÊ
// CHÂN ĐÃ SỬA", "Vụ Bản Chính Thức") is refused still.
// By hand, every form below: Mỹ Lộc 300 accepted, 250 with conditions, 150 + 10 = 160 resolved
// (160/250 = 64.00 %); Vụ Bản the same; TOTAL 600 / 500 / 320, 64.00 %.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { SHAPES, threeShapes, type Office, type Shape } from '../helpers/three-shapes.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024', 'Đơn vị tính: Việc'];
/** The form's table (';'-separated): header, the Cục's total, two Chi cục, two enforcers under each. */
const table = (person: string) => [
  'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ',
  ';Tổng cộng;600;500;300;20',
  '1;Chi cục THADS huyện Mỹ Lộc;300;250;150;10',
  `;${person};100;80;50;0`,
  ';Nguyễn Thị Hoa;200;170;100;10',
  '2;Chi cục THADS huyện Vụ Bản;300;250;150;10',
  ';Lê Văn Bình;150;130;70;5',
  ';Phạm Văn Minh;150;120;80;5',
];
type FormShape = 'plain' | 'titled' | 'xlsx';
const FORM_SHAPES: readonly FormShape[] = ['plain', 'titled', 'xlsx'];

const { dir, file } = fileTree('thads-chinhthuc-');
let n = 0;
/** The form in `shape` (plain: the table alone, its measure by --measure; titled: the title and unit lines over it, a CSV; xlsx: the titled lines in a workbook); its path. */
async function writeForm(shape: FormShape, person: string): Promise<string> {
  const lines = shape === 'plain' ? table(person) : [...TITLE, ...table(person)];
  const name = `chv${++n} 2024`;
  if (shape !== 'xlsx') return file(`${shape}-${name}.csv`, lines.map((l) => l.replace(/;/g, ',')));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
  const path = join(dir, `xlsx-${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}
const run = (shape: FormShape, path: string) => spawnThads(['summarize', path, '--format', 'json', ...(shape === 'plain' ? ['--measure', 'cases'] : [])]);

const PERSONS = ['Nguyễn Chính Thức', 'Trần Văn Sửa', 'Lê Chính Thức', 'Hoàng Thị Chính Thức', 'NGUYỄN CHÍNH THỨC', 'Nguyen Chinh Thuc', 'Phạm Văn Cuối', 'Đỗ Bản', 'Nguyễn Văn Thức'];

describe('an enforcer named as a note folds is a person: the form is read, 600 / 500 / 320, 64.00 %', () => {
  const cases = FORM_SHAPES.flatMap((shape) => PERSONS.map((person) => [shape, person] as const));
  it.each(cases)('%s: "%s" under Mỹ Lộc', async (shape, person) => {
    const r = run(shape, await writeForm(shape, person));
    expect(r.stderr).not.toContain('NOT_AN_OFFICE');
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const { total, groups } = JSON.parse(r.stdout) as { total: { cases: Record<string, unknown> }; groups: { district: string; cases: Record<string, unknown> }[] };
    expect(groups.map((g) => g.district)).toEqual(['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản']);
    for (const g of groups) expect(g.cases).toMatchObject({ total: '300', withConditions: '250', resolved: '160', rate: '64.00' });
    expect(total.cases).toMatchObject({ total: '600', withConditions: '500', resolved: '320', rate: '64.00' });
  });
});

describe('both readers agree (plain: the byte scanner; titled: the reference reader)', () => {
  const { both } = bothReaders('thads-chinhthuc-both-', ['--measure', 'cases', '--format', 'csv']);
  const cases = (['plain', 'titled'] as const).flatMap((shape) => ['Nguyễn Chính Thức', 'Trần Văn Sửa', 'Lê Chính Thức'].map((person) => [shape, person] as const));
  it.each(cases)('%s: "%s": TOTAL 600 / 500 / 320, 64.00 per cent', async (shape, person) => {
    const lines = (shape === 'plain' ? table(person) : [...TITLE, ...table(person)]).map((l) => l.replace(/;/g, ','));
    const r = await both(`${shape}-${person.length}-2024.csv`, lines);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    // cases_total, with_conditions, completed, terminated, resolved, rate
    const province = shape === 'plain' ? '' : 'Nam Định';
    expect(r.stdout).toContain(`\n${province},Chi cục THADS huyện Mỹ Lộc,2024,,,300,,,,250,150,10,,,,,,,160,,64.00,`);
    expect(r.stdout).toContain(`\n${province},Chi cục THADS huyện Vụ Bản,2024,,,300,,,,250,150,10,,,,,,,160,,64.00,`);
    expect(r.stdout).toMatch(/^,TOTAL,2024,,,600,,,,500,300,20,,,,,,,320,,64\.00,/m);
  });
});

// Over-reach controls: a place's name before the note (a district whose name begins as a family
// name does, "Lê Chân" in Hải Phòng; "Vụ Bản", whose "Vụ" is no "Vũ") keeps the refusal, however
// the note is cased: never one more office summed.
describe('a place\'s name and a note: refused NOT_AN_OFFICE as before', () => {
  const { write, summarize } = threeShapes('thads-chinhthuc-ctl-');
  const LE_CHAN: Office = ['Quận Lê Chân', 300, 200, 5_000_000, 3_000_000];
  const NGO_QUYEN: Office = ['Quận Ngô Quyền', 200, 150, 4_000_000, 2_500_000];
  const resend = (name: string): Office => [name, 310, 205, 5_100_000, 3_050_000];
  const ext = (shape: Shape) => (shape === 'xlsx' ? 'xlsx' : 'csv');
  const controls: readonly [province: string, first: Office, second: Office, third: string][] = [
    ['Hải Phòng', LE_CHAN, NGO_QUYEN, 'Lê Chân đã sửa'],
    ['Hải Phòng', LE_CHAN, NGO_QUYEN, 'Lê Chân Sửa'],
    ['Hải Phòng', LE_CHAN, NGO_QUYEN, 'LÊ CHÂN ĐÃ SỬA'],
    ['Nam Định', ['Huyện Mỹ Lộc', 300, 200, 5_000_000, 3_000_000], ['Huyện Vụ Bản', 200, 150, 4_000_000, 2_500_000], 'Vụ Bản Chính Thức'],
  ];
  const cases = SHAPES.flatMap((shape) => controls.map((c, i) => [shape, c[3], i] as const));
  it.each(cases)('%s: "%s" as the third row: exit 1 at it', async (shape, third, i) => {
    const [province, first, second] = controls[i]!;
    const r = summarize([await write(shape, `ctl${i} 2019`, province, [first, second, resend(third)])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const at = shape === 'plain' ? ':4:2:' : shape === 'titled' ? ':7:2:' : ':Sheet1!B7:';
    expect(r.stderr).toContain(`${shape}-ctl${i} 2019.${ext(shape)}${at} error: "${third}" holds a version of the office's figures set beside them: before revision, a first report: it would be added as an office [NOT_AN_OFFICE]`);
  });
});
