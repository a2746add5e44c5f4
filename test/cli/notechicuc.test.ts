// A whole province's 2025 table (Ninh Bình: "Văn phòng THADS tỉnh", the Phòng THADS khu vực,
// "Tổng cộng") with the note "(Bao gồm số liệu của các Chi cục THADS trước ngày 01/7/2025)" was
// read as a table of the Chi cục alone: TOTAL without the province's 83,9 %, no gap, and "của các
// Chi cục … tỉnh Ninh Bình", exit 0 (traps work98a 01). Two rules were at fault:
// - a note that the figures INCLUDE the former Chi cục's said the table was of them alone
//   (title-office.ts titleDistrictOffices, includesThem);
// - the provincial THADS's own row under its bare name ("Văn phòng THADS tỉnh", "Văn phòng Thi
//   hành án dân sự tỉnh", "VP THADS tỉnh") was not the province's own office, so it did not
//   overrule a title saying "the district offices only" (domain/province-office.ts).
// Right: the whole province, 1.765/2.050 = 86,10 %, target 83,9 %, vượt 2,20 %.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { titleDistrictOffices } from '../../src/input/title-office.js';
import { isProvincialOffice } from '../../src/domain/province-office.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-notechicuc-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const VI = ['--format', 'text', '--lang', 'vi', '--measure', 'cases'];
const JSON_ARGS = ['--format', 'json', '--measure', 'cases'];
const readers = bothReaders('thads-notechicuc-', VI);
const last = (stdout: string) => stdout.trim().split('\n\n').slice(-1)[0];

function binary(name: string, lines: readonly string[], args: readonly string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return spawnThads(['summarize', file, ...args]);
}

// The finding's file, as sent.
const NOTE = '(Bao gồm số liệu của các Chi cục THADS trước ngày 01/7/2025)';
const SENT = (office: string, note: string = NOTE) => [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
  'Năm 2025 (từ 01/10/2024 đến 30/9/2025)',
  note,
  ',,,,,,,Đơn vị tính: việc',
  'STT,Đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,Tỷ lệ (%)',
  `1,${office},600,575,500,425,75,"85,00"`,
  '2,Phòng THADS khu vực 1,900,860,750,640,110,"85,33"',
  '3,Phòng THADS khu vực 2,1.000,960,800,700,160,"87,50"',
  ',Tổng cộng,2.500,2.395,2.050,1.765,345,"86,10"',
];
// By hand: 600 + 900 + 1.000 = 2.500; 500 + 750 + 800 = 2.050; 425 + 640 + 700 = 1.765;
// 1.765 / 2.050 = 0,860975… → 86,10 %; 86,10 − 83,9 = +2,20; ceil(0,839 × 2.050) = ceil(1.719,95) = 1.720, 45 above.
const WHOLE_VI = 'Năm 2025 (từ 1/10/2024 đến 30/9/2025), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, tổng số thụ lý 2.500 việc; đã giải quyết xong 1.765/2.050 việc có điều kiện giải quyết, đạt 86,10%, vượt 2,20% so với chỉ tiêu được giao (83,9%).';
const OWN_NAMES = ['Văn phòng THADS tỉnh', 'Văn phòng Thi hành án dân sự tỉnh', 'VP THADS tỉnh', 'Văn phòng tỉnh'];
const NOTES = [
  NOTE,
  '(Số liệu các Phòng THADS khu vực bao gồm số liệu của các Chi cục THADS trước ngày 01/7/2025)',
  '(Đã bao gồm cả các Chi cục THADS cũ)',
  'Ghi chú: tính cả các Chi cục THADS trước khi sáp nhập',
  '(Gồm các Chi cục trước ngày 01/7/2025)',
];

describe('the note of the former Chi cục in a whole province\'s 2025 table: the province\'s (work98a 01)', () => {
  it('the binary, the file as sent (json): TOTAL 2.050 / 1.765, 86,10 % against 83,9 %, +2,20, 1.720 required, 45 above (was no target)', () => {
    const r = binary('Ninh Binh viec 2025.csv', SENT('Văn phòng THADS tỉnh'), JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.total, t.withConditions, t.resolved, t.rate, t.target, t.gapPp, t.required, t.aboveTarget, t.met]).toEqual(['2500', '2050', '1765', '86.10', '83.9', '2.20', '1720', '45', true]);
  });

  it('the binary, the file as sent (vi): "toàn tỉnh Ninh Bình … vượt 2,20%" (was "của các Chi cục … tỉnh Ninh Bình")', () => {
    const r = binary('Ninh Binh viec 2025.csv', SENT('Văn phòng THADS tỉnh'), ['--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(WHOLE_VI);
    expect(r.stdout).not.toContain('Chi cục');
  });

  it.each(OWN_NAMES.flatMap((office) => NOTES.map((note) => [office, note] as const)))('both readers, %j under %j: the whole province', async (office, note) => {
    const r = await readers.both('Ninh Binh viec 2025.csv', SENT(office, note));
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(WHOLE_VI);
  });

  it('the xlsx twin: the whole province', async () => {
    // (the rate column left out: the helper writes "85,00" as text)
    const lines = SENT('Văn phòng THADS tỉnh').map((l) => l.replace(/,"\d+,\d+"$/, '').replace(/,Tỷ lệ \(%\)$/, '').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Ninh Binh viec 2025.xlsx', lines, ['--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(WHOLE_VI);
  });
});

describe('each rule alone', () => {
  it('the note alone, over the Phòng khu vực and "Tổng cộng" (no Văn phòng row): the note says no scope, read as a remark of the merger is ("toàn tỉnh")', async () => {
    const lines = SENT('x').filter((l) => !l.startsWith('1,'));
    // 900 + 1.000 = 1.900; 750 + 800 = 1.550; 640 + 700 = 1.340; 1.340 / 1.550 = 0,864516… → 86,45 %, 86,45 − 83,9 = 2,55
    const r = await readers.both('Ninh Binh viec 2025.csv', lines.map((l) => (l.startsWith(',Tổng cộng') ? ',Tổng cộng,1.900,1.820,1.550,1.340,270,"86,45"' : l)));
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe('Năm 2025 (từ 1/10/2024 đến 30/9/2025), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, tổng số thụ lý 1.900 việc; đã giải quyết xong 1.340/1.550 việc có điều kiện giải quyết, đạt 86,45%, vượt 2,55% so với chỉ tiêu được giao (83,9%).');
  });

  it.each(OWN_NAMES)('%j under a title "CỦA CÁC PHÒNG THADS KHU VỰC": the province\'s own row overrules it (as "Văn phòng Cục" does)', async (office) => {
    const r = await readers.both('Ninh Binh viec 2025.csv', SENT(office, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC PHÒNG THADS KHU VỰC'));
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(WHOLE_VI);
  });

  it.each([
    ['Văn phòng THADS tỉnh', true],
    ['Văn phòng Thi hành án dân sự tỉnh', true],
    ['VP THADS tỉnh', true],
    ['VP THA dân sự tỉnh', true],
    ['Văn phòng tỉnh', true],
    ['Văn phòng Thi hành án dân sự thành phố', true],
    ['Văn phòng THADS TP', true],
    ['Văn phòng THADS tỉnh Ninh Bình', true],
    ['Văn phòng Cục', true],
    // not the province's own office: as before
    ['THADS tỉnh', false],
    ['Phòng THADS khu vực 1', false],
    ['Chi cục THADS thành phố Ninh Bình', false],
    ['Vân Phong', false],
  ] as const)('isProvincialOffice(%j) = %j', (name, own) => {
    expect(isProvincialOffice(name)).toBe(own);
  });
});

describe('titleDistrictOffices: a note of what the figures include says no scope; the Chi cục-only titles as before', () => {
  const of = (...lines: string[]) => titleDistrictOffices(lines.map((l) => ({ cells: [l] })));
  it.each([
    [NOTE, null],
    // the Phòng khu vực's figures are its subject, as before: the table's own row of the province overrules it (above)
    ['(Số liệu các Phòng THADS khu vực bao gồm số liệu của các Chi cục THADS trước ngày 01/7/2025)', 'khu-vuc'],
    ['KẾT QUẢ CỦA CÁC PHÒNG THADS KHU VỰC (bao gồm số liệu của các Chi cục trước ngày 01/7/2025)', 'khu-vuc'],
    ['(Đã bao gồm cả các Chi cục THADS cũ)', null],
    ['Ghi chú: tính cả các Chi cục THADS trước khi sáp nhập', null],
    ['(Gồm các Chi cục trước ngày 01/7/2025)', null],
    ['Số liệu kể cả các Chi cục', null],
    ['Kết quả THADS bao gồm các Chi cục trước ngày 01/7/2025', null],
    ['Báo cáo kết quả bao gồm các Chi cục THADS (cũ)', null],
    ['Tổng hợp kết quả gồm các Chi cục trước khi sáp nhập', null],
    ['Tổng hợp kết quả bao gồm các Chi cục cụ thể như sau', 'chi-cuc'],
    // over-reach controls: still the district offices alone
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC NĂM 2024', 'chi-cuc'],
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC (bao gồm 10 Chi cục)', 'chi-cuc'],
    ['Báo cáo chỉ bao gồm số liệu của các Chi cục', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ (KHÔNG BAO GỒM VĂN PHÒNG CỤC)', 'chi-cuc'],
    ['KẾT QUẢ THADS CỦA CÁC CHI CỤC TRƯỚC NGÀY 01/7/2025', 'chi-cuc'],
    ['BÁO CÁO KẾT QUẢ THADS (KHÔNG BAO GỒM CÁC CHI CỤC)', null],
    ['(Bao gồm 10 Chi cục)', null],
  ] as const)('%j → %j', (line, expected) => {
    expect(of(line)).toBe(expected);
  });
});

describe('over-reach controls: a real table of the Chi cục alone reads as before', () => {
  const SENDER = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
  const HEAD = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
  const CHI_CUC = ['1,Thành phố Nam Định,1.215,1.032', '2,Mỹ Lộc,312,265', '3,Vụ Bản,400,333'];
  // 1.215 + 312 + 400 = 1.927; 1.032 + 265 + 333 = 1.630; 1.630 / 1.927 = 0,845874… → 84,59 %, no target
  const DISTRICT_VI = 'Năm 2024 (từ 1/10/2023 đến 30/9/2024), kết quả thi hành án dân sự của các Chi cục thi hành án dân sự tỉnh Nam Định: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%.';

  it('"KẾT QUẢ … CỦA CÁC CHI CỤC", "Tổng cộng", no provincial row: the Chi cục\'s, no target', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC NĂM 2024', HEAD, ...CHI_CUC, ',Tổng cộng,1.927,1.630']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it('"Cộng các Chi cục" equal to the rows, a note of the former Chi cục above: still the Chi cục\'s', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', '(Bao gồm số liệu của các Chi cục trước khi sáp nhập)', HEAD, ...CHI_CUC, ',Cộng các Chi cục,1.927,1.630']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it('the binary, "CỦA CÁC CHI CỤC" (json): TOTAL 1.927 / 1.630 / 84,59 without target', () => {
    const r = binary('Nam Định 2024.csv', [SENDER, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC NĂM 2024', HEAD, ...CHI_CUC, ',Tổng cộng,1.927,1.630'], JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.rate, t.target]).toEqual(['1927', '1630', '84.59', null]);
  });

  it('the provincial row keeps its written name in the output ("Văn phòng THADS tỉnh", its own 85,00 % against 83,9)', () => {
    const r = binary('Ninh Binh viec 2025.csv', SENT('Văn phòng THADS tỉnh'), JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout).groups.map((x: { district: string; cases: { rate: string; target: string } }) => [x.district, x.cases.rate, x.cases.target]);
    // 425 / 500 = 85,00 %; 640 / 750 = 85,33 %; 700 / 800 = 87,50 %
    expect(g).toEqual([['Văn phòng THADS tỉnh', '85.00', '83.9'], ['Phòng THADS khu vực 1', '85.33', '83.9'], ['Phòng THADS khu vực 2', '87.50', '83.9']]);
  });
});
