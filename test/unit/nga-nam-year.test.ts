// "Ngã Năm 2019.csv" (no office column) was the office "Ngã": its "Năm" was taken for the word
// "năm" (year) before 2019 and dropped with it, so the config's target for "Ngã Năm" matched
// nothing (TARGET_UNMATCHED, a warning) and met/gap were printed against the province's target,
// exit 0. The same in an office cell ("Chi cục THADS thị xã Ngã Năm 2019" → "… thị xã Ngã"). The
// other way, a title "CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019" kept the year in its office ("Huyện Mỹ
// Lộc Năm 2019"), whose target was lost the same way. The rule: a name's last "Năm" is its own
// where the office is so named (namIsOfName: Ngã Năm, the one district); a title's office is read
// without the year written after it (yearBesideName, the office cells' rule).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namIsOfName } from '../../src/domain/office-names.js';
import { officeFromFileName } from '../../src/input/file-names.js';
import { yearBesideName } from '../../src/input/row-labels.js';
import { titleOffice } from '../../src/input/title-office.js';
import { runArgs, summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

describe('a file name\'s "Năm" before its year', () => {
  it.each([
    ['Ngã Năm 2019.csv', 'Ngã Năm'],
    ['BC Ngã Năm 2019.csv', 'Ngã Năm'],
    ['Thị xã Ngã Năm 2019.csv', 'Thị xã Ngã Năm'],
    ['NGÃ NĂM 2019.csv', 'NGÃ NĂM'],
    ['Ngã Năm 2019 (sửa).csv', 'Ngã Năm'],
    ['Ngã Năm năm 2019.csv', 'Ngã Năm'],
    ['NGÃ NĂM NĂM 2019.csv', 'NGÃ NĂM'],
    ['Ngã Năm (năm 2019).csv', 'Ngã Năm'],
    ['Nga Nam 2019.csv', 'Nga Nam'],
    // controls, read as before
    ['Ngã Năm.csv', 'Ngã Năm'],
    ['Ngã Năm - 2019.csv', 'Ngã Năm'],
    ['Ngã Năm 12 tháng 2019.csv', 'Ngã Năm'],
    ['Mỹ Lộc năm 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc Năm 2019.csv', 'Mỹ Lộc'],
    ['MỸ LỘC NĂM 2019.csv', 'MỸ LỘC'],
    ['Năm Căn 2019.csv', 'Năm Căn'],
    ['Năm Căn năm 2019.csv', 'Năm Căn'],
    ['Hà Nam 2019.csv', 'Hà Nam'],
    ['Chi cục Nam Trực - năm 2019.csv', 'Chi cục Nam Trực'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('namIsOfName: only a "Năm" after "Ngã"', () => {
    expect(namIsOfName('Ngã Năm')).toBe(true);
    expect(namIsOfName('Thị xã NGÃ NĂM')).toBe(true);
    expect(namIsOfName('Ngã Năm năm')).toBe(false);
    expect(namIsOfName('Mỹ Lộc năm')).toBe(false);
    expect(namIsOfName('Năm')).toBe(false);
  });

  it.each([
    ['Chi cục THADS thị xã Ngã Năm 2019', 'Chi cục THADS thị xã Ngã Năm'],
    ['Chi cục THADS thị xã Ngã Năm năm 2019', 'Chi cục THADS thị xã Ngã Năm'],
    ['Chi cục THADS huyện Mỹ Lộc năm 2019', 'Chi cục THADS huyện Mỹ Lộc'],
  ])('an office cell %s → %s, 2019', (cell, name) => {
    expect(yearBesideName(cell)).toEqual({ name, year: 2019 });
  });
});

describe('a title\'s office without the report\'s year', () => {
  const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));
  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019', 'Huyện Mỹ Lộc'],
    ['Chi cục THADS huyện Mỹ Lộc - năm 2019', 'Huyện Mỹ Lộc'],
    ['Chi cục THADS huyện Mỹ Lộc năm 2019', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC 2019', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC (NĂM 2019)', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC - NAM ĐỊNH NĂM 2019', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS THỊ XÃ NGÃ NĂM NĂM 2019', 'Thị xã Ngã Năm'],
    ['CHI CỤC THADS THỊ XÃ NGÃ NĂM 2019', 'Thị xã Ngã Năm'],
    ['CHI CỤC THADS KHU VỰC 2 NĂM 2019', 'Phòng THADS khu vực 2'],
    // controls, read as before
    ['CHI CỤC THADS HUYỆN NGÃ NĂM', 'Huyện Ngã Năm'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS QUẬN 1', 'Quận 1'],
    ['PHÒNG THADS KHU VỰC 1', 'Phòng THADS khu vực 1'],
  ])('%s → %s', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH NAM ĐỊNH', title))).toEqual({ office, line: 2 });
  });
});

// Each office's file: 412 cases, 309 resolved; 10.250.000.000 đồng, 3.587.500.000 resolved.
// cases 309/412 = 75.00 %; money 3.587.500.000/10.250.000.000 = 35.00 %.
// Against the office's own target 78 % / 36 %: gap 75 − 78 = −3.00 pp, required ⌈412 × 0.78⌉ =
// ⌈321.36⌉ = 322, above 309 − 322 = −13, not met; money gap 35 − 36 = −1.00 pp, required
// 10.250.000.000 × 0.36 = 3.690.000.000, above 3.587.500.000 − 3.690.000.000 = −102.500.000, not met.
// (Against the province's 74 % / 34.5 %, as thads printed before: +1.00, 305, +4, met.)
const FIGURES = ['Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', '412;309;10.250.000.000;3.587.500.000'];
const config = (office: string) => [JSON.stringify({ targets: { '2019': { cases: 74, money: '34.5', districts: { [office]: { cases: 78, money: '36' } } } } })];
const OWN_TARGET = ['75.00', '78', '-3.00', '322', '-13', 'false', '35.00', '36', '-1.00', '3690000000', '-102500000', 'false'];
const columns = ['cases_rate', 'cases_target', 'cases_gap_pp', 'cases_required', 'cases_above_target', 'cases_met', 'money_rate', 'money_target', 'money_gap_pp', 'money_required', 'money_above_target', 'money_met'];

describe('the files (both readers): the office\'s own target applies', () => {
  const { dir, write } = fileTree('thads-nga-nam-');
  const run = async (folder: string, files: Record<string, readonly string[]>, office: string) => {
    const [configFile, ...inputs] = write({ [`${folder}/thads.config.json`]: config(office), ...Object.fromEntries(Object.entries(files).map(([n, l]) => [`${folder}/${n}`, l])) });
    return summarizeCsvRows(dir, inputs, ['--config', configFile!]);
  };
  const office = (r: { rows: Record<string, string>[] }, name: string) => r.rows.find((x) => x.district === name);

  it.each([
    ['a', 'Ngã Năm 2019.csv', 'Ngã Năm', 'Ngã Năm'],
    ['b', 'BC Ngã Năm 2019.csv', 'Ngã Năm', 'Ngã Năm'],
    ['c', 'Thị xã Ngã Năm 2019.csv', 'Thị xã Ngã Năm', 'Thị xã Ngã Năm'],
    ['d', 'Ngã Năm năm 2019.csv', 'Ngã Năm', 'Ngã Năm'],
  ])('%s: %s is %s: 75.00 % against 78, 35.00 % against 36, neither met', async (folder, name, printed, target) => {
    const r = await run(folder, { [name]: FIGURES }, target);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const row = office(r, printed);
    expect(row).toBeDefined();
    expect(columns.map((c) => row![c])).toEqual(OWN_TARGET);
  });

  it('the title "CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019" over "bao-cao-2019.csv" is Huyện Mỹ Lộc, its target applies', async () => {
    const r = await run('e', { 'bao-cao-2019.csv': ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019;;;', ...FIGURES] }, 'Huyện Mỹ Lộc');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.rows.map((x) => x.district)).toEqual(['Huyện Mỹ Lộc', 'TOTAL']);
    expect(columns.map((c) => office(r, 'Huyện Mỹ Lộc')![c])).toEqual(OWN_TARGET);
  });

  it('an office cell "Chi cục THADS thị xã Ngã Năm 2019" is the office Ngã Năm: 412 + 100 = 512, 309 + 80 = 389', async () => {
    const r = await run('f', { 'bao-cao-2019.csv': ['Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'Chi cục THADS thị xã Ngã Năm 2019;412;309', 'Chi cục THADS huyện Mỹ Tú;100;80'] }, 'Chi cục THADS thị xã Ngã Năm');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 389/512 = 75.977 → 75.98 %; 80/100 = 80.00 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.cases_target])).toEqual([
      ['Chi cục THADS thị xã Ngã Năm', '412', '309', '75.00', '78'],
      ['Chi cục THADS huyện Mỹ Tú', '100', '80', '80.00', '74'],
      ['TOTAL', '512', '389', '75.98', '74'],
    ]);
  });

  // over-reach controls: the year phrase still goes where it is one
  it('control: "Mỹ Lộc năm 2019.csv" is Mỹ Lộc, its target applies', async () => {
    const r = await run('g', { 'Mỹ Lộc năm 2019.csv': FIGURES }, 'Mỹ Lộc');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(columns.map((c) => office(r, 'Mỹ Lộc')![c])).toEqual(OWN_TARGET);
  });

  it('control: "Năm Căn 2019.csv" and "Hà Nam 2019.csv" keep their names: 412 + 100 = 512, 309 + 80 = 389, 75.98 %', async () => {
    const r = await run('h', { 'Năm Căn 2019.csv': FIGURES, 'Hà Nam 2019.csv': ['Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', '100;80;1.000.000.000;500.000.000'] }, 'Năm Căn');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Hà Nam: 80/100 = 80.00 % against the province's 74 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.cases_target])).toEqual([
      ['Năm Căn', '412', '309', '75.00', '78'],
      ['Hà Nam', '100', '80', '80.00', '74'],
      ['TOTAL', '512', '389', '75.98', '74'],
    ]);
  });

  it('control: a title "CHI CỤC THADS HUYỆN NGÃ NĂM" (no year) is Huyện Ngã Năm', async () => {
    const r = await run('i', { 'bao-cao-2019.csv': ['CHI CỤC THADS HUYỆN NGÃ NĂM;;;', ...FIGURES] }, 'Huyện Ngã Năm');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(columns.map((c) => office(r, 'Huyện Ngã Năm')![c])).toEqual(OWN_TARGET);
  });
});

describe('a workbook\'s title, by the same rule', () => {
  const { dir } = fileTree('thads-nga-nam-xlsx-');
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly (string | number)[]) => cells.map((c) => (typeof c === 'number' ? `<c><v>${c}</v></c>` : text(c))).join('');

  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019', 'Huyện Mỹ Lộc', 'x1'],
    ['CHI CỤC THADS THỊ XÃ NGÃ NĂM 2019', 'Thị xã Ngã Năm', 'x2'],
  ])('%s → %s: 309/412 = 75.00 %%', async (title, office, folder) => {
    mkdirSync(join(dir, folder));
    const lines = [[title], ['Việc có điều kiện', 'Việc giải quyết xong'], [412, 309]];
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data: lines.map((cells, i) => `<row r="${i + 1}">${row(cells)}</row>`).join('') }], name: 'bao-cao-2019.xlsx', dir: join(dir, folder) });
    const r = await runArgs(dir, ['summarize', file, '--format', 'csv'], false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[18], c[20]]; });
    expect(out).toEqual([[office, '412', '309', '75.00'], ['TOTAL', '412', '309', '75.00']]);
  });
});
