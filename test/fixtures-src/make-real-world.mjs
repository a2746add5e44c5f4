#!/usr/bin/env node
// Generates fixtures/real-world/<shape>/ from the canonical twin fixtures/2019.csv: the same
// figures written the way Vietnamese Excel and the offices' statistics software write them.
// Run: node test/fixtures-src/make-real-world.mjs  (deterministic; commit the output).
//
// Everything here is deliberately independent of src/: labels, number formatting and unit
// conversion are written out by hand, so a test comparing a fixture with its twin checks the
// reader against a second implementation, not against itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_FIELDS, COLUMNS, FIELDS, lower1, ROOT, ROWS, toThousand, VI } from './seed-twin.mjs';
import iconv from 'iconv-lite';

const OUT = join(ROOT, 'fixtures', 'real-world');
function group(plain, sep, dec) {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac !== undefined ? `${grouped}${dec}${frac}` : grouped;
}
const vi = (plain) => (plain === '0' ? '-' : group(plain, '.', ','));
const en = (plain) => group(plain, ',', '.');
/** Money rounded half-up to whole triệu đồng (for the ambiguous file only). */
function toMillionRounded(plain) {
  const whole = BigInt(plain.split('.')[0]);
  const frac = plain.split('.')[1] ?? '';
  const units = whole * 10n + BigInt((frac + '0')[0]);
  return ((units + 5_000_000n) / 10_000_000n).toString();
}
/** Sum of canonical figures as decimal strings, for the declared total rows. */
function sum(column) {
  let scale = 0;
  for (const r of ROWS) scale = Math.max(scale, (r[column].split('.')[1] ?? '').length);
  let total = 0n;
  for (const r of ROWS) {
    const [i, f = ''] = r[column].split('.');
    total += BigInt(i + f.padEnd(scale, '0'));
  }
  const s = total.toString().padStart(scale + 1, '0');
  return scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, '') : s;
}

// --- writing ----------------------------------------------------------------------------------
function csvLine(cells, delimiter, eol = '\n') {
  return cells
    .map((c) => {
      const s = String(c);
      return s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter) + eol;
}
// Each shape's folder is made afresh; folders other generators write (sections/,
// form-three-row-header/: make-form-header.mjs) are left alone.
const cleared = new Set();
function write(folder, name, content) {
  if (!cleared.has(folder)) {
    rmSync(join(OUT, folder), { recursive: true, force: true });
    cleared.add(folder);
  }
  mkdirSync(join(OUT, folder), { recursive: true });
  writeFileSync(join(OUT, folder, name), content);
}
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019';
const SUBTITLE = '(Từ ngày 01/10/2018 đến ngày 30/9/2019)';
const pad = (cells, n) => [...cells, ...Array(Math.max(0, n - cells.length)).fill('')];

/** Header cells and row cells for a Vietnamese form: STT, Tỉnh, Đơn vị, then every figure. */
function viForm({ caseLabel, moneyLabel, cell, total = null }) {
  const header = ['STT', 'Tỉnh', 'Đơn vị', ...CASE_FIELDS.map(caseLabel), ...FIELDS.map(moneyLabel)];
  const rows = ROWS.map((r, i) => [String(i + 1), r.province, r.district, ...CASE_FIELDS.map((f) => cell('cases', r[`cases_${f}`])), ...FIELDS.map((f) => cell('money', r[`money_${f}`]))]);
  const totalRow = ['', '', total ?? 'Tổng cộng', ...CASE_FIELDS.map((f) => cell('cases', sum(`cases_${f}`))), ...FIELDS.map((f) => cell('money', sum(`money_${f}`)))];
  return { header, rows, totalRow };
}


// 1. Excel "CSV UTF-8" on a Vietnamese Windows: BOM, ";" (the vi-VN list separator), title and
//    unit lines, STT column, measure as prefix, money in nghìn đồng with decimal commas, "-" for 0.
{
  const f = viForm({
    caseLabel: (k) => `Việc ${lower1(VI[k])}`,
    moneyLabel: (k) => `Tiền ${lower1(VI[k])}`,
    cell: (m, v) => vi(m === 'money' ? toThousand(v) : v),
  });
  const n = f.header.length;
  let text = '\uFEFF';
  text += csvLine(pad([TITLE], n), ';');
  text += csvLine(pad([SUBTITLE], n), ';');
  text += csvLine(pad(['Đơn vị tính: nghìn đồng'], n), ';');
  text += csvLine(f.header, ';');
  for (const r of f.rows) text += csvLine(r, ';');
  write('vi-excel-semicolon-bom', 'bao-cao-2019.csv', text);
}

// 2. Excel "Unicode Text": UTF-16LE with BOM, TAB, measure as suffix "(việc)" / "(nghìn đồng)".
{
  const f = viForm({
    caseLabel: (k) => `${VI[k]} (việc)`,
    moneyLabel: (k) => `${VI[k]} (nghìn đồng)`,
    cell: (m, v) => vi(m === 'money' ? toThousand(v) : v),
  });
  let text = '\uFEFF' + csvLine(f.header, '\t', '\r\n');
  for (const r of f.rows) text += csvLine(r, '\t', '\r\n');
  write('utf16le', 'bao-cao-2019.txt', Buffer.from(text, 'utf16le'));
}

/**
 * Windows-1258 has the letters â ê ô ă ơ ư đ but no toned vowels beyond Latin-1: Windows writes
 * the base letter followed by a combining tone mark (U+0300 U+0301 U+0303 U+0309 U+0323).
 * "ế" → "ê" + U+0301. This is the decomposed form the reader must normalize back to NFC.
 */
function separateTones(text) {
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tones = d.match(TONE);
      return tones ? d.replace(TONE, '').normalize('NFC') + tones.join('') : ch;
    })
    .join('');
}

// 3. Plain "CSV" from Vietnamese Windows: Windows-1258, where tone marks are combining
//    characters (iconv-lite writes decomposed text), ";", money in đồng, vi numbers.
{
  const f = viForm({ caseLabel: (k) => `Số việc ${lower1(VI[k])}`, moneyLabel: (k) => `Số tiền ${lower1(VI[k])}`, cell: (_m, v) => vi(v) });
  let text = csvLine(pad([TITLE], f.header.length), ';', '\r\n') + csvLine(f.header, ';', '\r\n');
  for (const r of f.rows) text += csvLine(r, ';', '\r\n');
  write('windows-1258', 'bao-cao-2019.csv', iconv.encode(separateTones(text), 'windows1258'));
}

// 4. The full Excel form: title lines, unit line, a two-row header (merged "Về việc" / "Về tiền"
//    group cells above plain labels, STT/Tỉnh/Đơn vị merged vertically so their text sits in
//    the group row), wrapped header cells, a column-number row, signature lines at the bottom.
{
  const wrap = (s) => s.replace(/ (\S+)$/, '\n$1');
  const groupRow = ['STT', 'Tỉnh', 'Đơn vị', 'Về việc', ...Array(CASE_FIELDS.length - 1).fill(''), 'Về tiền', ...Array(FIELDS.length - 1).fill('')];
  const labels = ['', '', '', ...CASE_FIELDS.map((k) => wrap(VI[k])), ...FIELDS.map((k) => wrap(VI[k]))];
  const numbers = ['A', 'B', 'C', ...Array.from({ length: CASE_FIELDS.length + FIELDS.length }, (_, i) => String(i + 1))];
  const n = groupRow.length;
  let text = '';
  text += csvLine(pad(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'], n), ',');
  text += csvLine(pad([TITLE], n), ',');
  text += csvLine(pad([SUBTITLE], n), ',');
  text += csvLine(pad([], n), ',');
  text += csvLine(pad(['', '', '', '', '', '', '', '', '', '', 'Đơn vị tính: Việc; nghìn đồng'], n), ',');
  text += csvLine(groupRow, ',');
  text += csvLine(labels, ',');
  text += csvLine(numbers, ',');
  ROWS.forEach((r, i) => {
    text += csvLine([String(i + 1), r.province, r.district, ...CASE_FIELDS.map((f) => r[`cases_${f}`]), ...FIELDS.map((f) => toThousand(r[`money_${f}`]))], ',');
  });
  text += csvLine(pad([], n), ',');
  text += csvLine(pad(['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Nam Định, ngày 15 tháng 10 năm 2019'], n), ',');
  text += csvLine(pad(['', 'NGƯỜI LẬP BIỂU', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'CỤC TRƯỞNG'], n), ',');
  text += csvLine(pad(['', '(Ký, ghi rõ họ tên)', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '(Ký tên, đóng dấu)'], n), ',');
  write('title-and-unit-lines', 'bao-cao-2019.csv', text);
}

// 5/6. A "Tổng cộng" row right below the header; in the mismatch twin one declared figure is off.
for (const [folder, off] of [
  ['totals-row-ok', false],
  ['totals-row-mismatch', true],
]) {
  const f = viForm({ caseLabel: (k) => `Việc ${lower1(VI[k])}`, moneyLabel: (k) => `Số tiền ${lower1(VI[k])}`, cell: (m, v) => vi(v) });
  // The mismatch: declared cases with conditions (column 3 + 7 = 10) one higher than the sum.
  if (off) f.totalRow[3 + CASE_FIELDS.indexOf('with_conditions')] = vi(String(BigInt(sum('cases_with_conditions')) + 1n));
  let text = csvLine(f.header, ';') + csvLine(f.totalRow, ';');
  for (const r of f.rows) text += csvLine(r, ';');
  write(folder, 'bao-cao-2019.csv', text);
}

// 7. The two forms of the regime, cases (việc) and money (tiền), as separate files with plain labels.
{
  const header = (fields) => ['STT', 'Tỉnh', 'Tên đơn vị', ...fields.map((k) => VI[k])];
  let cases = csvLine(pad(['BIỂU SỐ 01 - KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'], 3 + CASE_FIELDS.length), ';') + csvLine(header(CASE_FIELDS), ';');
  let money = csvLine(pad(['BIỂU SỐ 02 - KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN'], 3 + FIELDS.length), ';');
  money += csvLine(pad(['Đơn vị tính: 1.000 đồng'], 3 + FIELDS.length), ';') + csvLine(header(FIELDS), ';');
  // The money form lists the offices in another order: the join must not depend on it.
  const order = ROWS.map((_, i) => i).reverse();
  ROWS.forEach((r, i) => (cases += csvLine([String(i + 1), r.province, r.district, ...CASE_FIELDS.map((f) => vi(r[`cases_${f}`]))], ';')));
  order.forEach((j, i) => {
    const r = ROWS[j];
    money += csvLine([String(i + 1), r.province, r.district, ...FIELDS.map((f) => vi(toThousand(r[`money_${f}`])))], ';');
  });
  write('split-cases-money', 'bao-cao-viec-2019.csv', cases);
  write('split-cases-money', 'bao-cao-tien-2019.csv', money);
}

// 8. Decomposed (NFD) text as written by macOS, "uỷ"/"huỷ" spelling (tone on the second vowel),
//    odd case and spacing, measure word inside the label ("Tổng số tiền thụ lý").
{
  const caseLabel = (k) => (k === 'delegated' ? 'Việc uỷ  thác' : k === 'withdrawn' ? 'VIỆC THU HỒI, HUỶ QUYẾT ĐỊNH' : `Việc ${lower1(VI[k])}`);
  const moneyLabel = (k) => (k === 'total' ? 'Tổng số tiền thụ lý' : k === 'delegated' ? 'Tiền uỷ thác' : k === 'with_conditions' ? 'Tiền có điều kiện (đồng)' : `Số tiền ${lower1(VI[k])}`);
  const f = viForm({ caseLabel, moneyLabel, cell: (_m, v) => v });
  let text = csvLine(f.header, ',');
  for (const r of f.rows) text += csvLine(r, ',');
  write('nfd-headers', 'bao-cao-2019.csv', text.normalize('NFD'));
}

// 9. Money rounded to triệu đồng and written with a dot: every cell reads both ways
//    ("28.329" is 28329 or 28.329 triệu), so nothing settles the convention: an error.
{
  const header = ['Tỉnh', 'Đơn vị', ...CASE_FIELDS.map((k) => `cases_${k}`), ...FIELDS.map((k) => `Tiền ${lower1(VI[k])} (triệu đồng)`)];
  let text = csvLine(header, ';');
  for (const r of ROWS) text += csvLine([r.province, r.district, ...CASE_FIELDS.map((f) => r[`cases_${f}`]), ...FIELDS.map((f) => vi(toMillionRounded(r[`money_${f}`])))], ';');
  write('ambiguous-numbers', 'bao-cao-2019.csv', text);
}

// 10. English convention (official English pages, Excel on an en-US machine): "28,328,815,335".
{
  const header = ['Province', 'Office', ...CASE_FIELDS.map((k) => `Cases ${k.replace(/_/g, ' ')}`), ...FIELDS.map((k) => `Money ${k.replace(/_/g, ' ')} (VND)`)];
  let text = csvLine(header, '\t');
  for (const r of ROWS) text += csvLine([r.province, r.district, ...CASE_FIELDS.map((f) => en(r[`cases_${f}`])), ...FIELDS.map((f) => en(r[`money_${f}`]))], '\t');
  write('en-numbers', 'report-2019.tsv', text);
}

// 11. Comma-delimited with commas inside quoted cells: English-grouped amounts, a header
//     ("Thu hồi, hủy quyết định"), and notes listing communes.
{
  const f = viForm({ caseLabel: (k) => `Việc ${lower1(VI[k])}`, moneyLabel: (k) => `Tiền ${lower1(VI[k])}`, cell: (m, v) => (m === 'money' ? en(v) : v) });
  let text = csvLine([...f.header, 'Ghi chú'], ',');
  f.rows.forEach((r, i) => (text += csvLine([...r, i % 2 ? '' : `Gồm ${r[2]}, các xã "vùng ven", thị trấn`], ',')));
  write('quoted-names-with-commas', 'bao-cao-2019.csv', text);
}

// 12. The canonical file with Windows line ends, a title line, and a header cell wrapped with CRLF.
{
  const lines = readFileSync(join(ROOT, 'fixtures', '2019.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',').map((h) => (h === 'cases_with_conditions' ? '"Việc có điều kiện\r\nthi hành"' : h));
  const text = ['BÁO CÁO NĂM 2019', header.join(','), ...lines.slice(1)].join('\r\n') + '\r\n';
  write('crlf', 'bao-cao-2019.csv', text);
}

console.log(`wrote ${OUT}`);
