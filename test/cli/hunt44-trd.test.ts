// "Trđ:" ("trong đó" cut short, as the forms write it) opening a breakdown's line (hunt44). The
// fault: "TĐ: Án tín dụng, ngân hàng" and "T.đó: …" were refused as the of-which lines they are,
// but "Trđ: Án tín dụng, ngân hàng" numbered "3" under the offices (or "Trđ:" in the STT column,
// the case kind beside it) was read as a third office — TOTAL 165 instead of 150, exit 0, no word
// on stderr. Right: refused NOT_AN_OFFICE like "TĐ:" (row-labels.ts BREAKDOWN_WRITTEN, which the
// other readings of the cut-short word already named "Trđ"), through both readers and from a
// workbook. Controls: the file without the line, "TĐ:" as before, "Trđ: Cấp tỉnh" (a level's line)
// and a money unit written "Trđ" keep their reading. Totals worked out by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { dir, file } = fileTree('thads-hunt44-trd-');
const { both } = bothReaders('thads-hunt44-trd-both-', ARGS);

const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;100;80;60;5';
const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;50;40;30;2';
// thụ lý 100 + 50 = 150; có ĐK 80 + 40 = 120; giải quyết xong (60 + 5) + (30 + 2) = 65 + 32 = 97;
// 97 / 120 = 80.8333… % → 80.83. (With the breakdown's line added: 150 + 15 = 165, 120 + 10 = 130.)
const RIGHT = ['TOTAL|150|120|97|80.83'];
const total = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

/** a real-looking export: title lines, the line under the offices, a signature (the reference reader) */
const form = (line: string) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;',
  'Năm 2019 (Từ ngày 01/10/2018 đến ngày 30/9/2019);;;;;',
  HEAD,
  MY_LOC,
  VU_BAN,
  line,
  ';;;;;',
  ';;;Nam Định, ngày 05 tháng 10 năm 2019;;',
  'NGƯỜI LẬP BIỂU;;;THỦ TRƯỞNG ĐƠN VỊ;;',
];

function run(name: string, lines: readonly string[]) {
  const r = spawnThads(['summarize', file(name, lines), ...ARGS], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

describe('"Trđ:" opening a line with figures', () => {
  it('in the office cell, numbered: refused as "TĐ:" is (was TOTAL 165, exit 0)', () => {
    const r = run('viec-2019.csv', form('3;Trđ: Án tín dụng, ngân hàng;15;10;5;0'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('viec-2019.csv:6:2: error: "Trđ: Án tín dụng, ngân hàng" is no office');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  it('in the STT column, the case kind beside it: refused; check says the same', () => {
    const lines = form('Trđ:;Án tín dụng, ngân hàng;15;10;5;0');
    const r = run('stt/viec-2019.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('viec-2019.csv:6:1: error: "Trđ:" is no office');
    const c = spawnThads(['check', file('stt/viec-2019.csv', lines)], { cwd: dir });
    expect(c.code, c.stdout).toBe(1);
    expect(stderrCodes(c.stdout)).toEqual(['NOT_AN_OFFICE']);
  });

  it('both readers refuse it alike', async () => {
    for (const line of ['3;Trđ: Án tín dụng, ngân hàng;15;10;5;0', '3;TRĐ: án hành chính;15;10;5;0', 'Trđ:;Án tín dụng, ngân hàng;15;10;5;0', 'Trđ :;Án hành chính;15;10;5;0']) {
      const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, line]);
      expect(r.code, `${line}: ${r.stderr}`).toBe(1);
      expect(r.stderr, line).toMatch(/^FILE:4:[12]: error: "[^"]+" is no office/);
      expect(stderrCodes(r.stderr), line).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('from a workbook too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', form('3;Trđ: Án tín dụng, ngân hàng;15;10;5;0'), ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!B6: error: "Trđ: Án tín dụng, ngân hàng" is no office');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('controls: their reading does not change', () => {
  it('the export without the line: 150 | 120 | 97, from CSV and from a workbook', async () => {
    const r = run('plain/viec-2019.csv', form(';;;;;'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(RIGHT);
    const w = await summarizeLinesWorkbook(dir, 'plain-viec-2019.xlsx', form(';;;;;'), ARGS);
    expect(w.code, w.stderr).toBe(0);
    expect(total(w.stdout)).toEqual(RIGHT);
  });

  it('"TĐ:" is refused as before', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, '3;TĐ: Án tín dụng, ngân hàng;15;10;5;0']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^FILE:4:2: error: "TĐ: Án tín dụng, ngân hàng" is no office/);
  });

  it('money "(Trđ)" in the header, "ĐVT: Trđ" above it: read in triệu đồng as before', async () => {
    // 1.500,5 + 2.250 = 3.750,5 triệu = 3.750.500.000 đồng with conditions; resolved (1.000 + 200) +
    // (1.500 + 0) = 2.700 triệu = 2.700.000.000 đồng; 2.700 / 3.750,5 = 0,719904… → 71.99 %.
    const money = ['STT;Đơn vị;Tiền có điều kiện (Trđ);Tiền thi hành xong (Trđ);Tiền đình chỉ (Trđ)', '1;Chi cục THADS huyện Mỹ Lộc;1.500,5;1.000;200', '2;Chi cục THADS huyện Vụ Bản;2.250;1.500;0'];
    const r = await both('tien-2019.csv', money);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['district', 'money_with_conditions', 'money_resolved', 'money_rate'])).toEqual(['TOTAL|3750500000|2700000000|71.99']);
    const above = await both('tien-2019.csv', ['ĐVT: Trđ;;;;', 'STT;Đơn vị;Tiền có điều kiện;Tiền thi hành xong;Tiền đình chỉ', money[1]!, money[2]!]);
    expect(above.code, above.stderr).toBe(0);
    expect(csvColumns(above.stdout, ['district', 'money_with_conditions', 'money_resolved', 'money_rate'])).toEqual(['TOTAL|3750500000|2700000000|71.99']);
  });
});
