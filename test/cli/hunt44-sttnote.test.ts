// A note typed under the table with its heading in the STT column (hunt44): "Ghi chú:" in column
// A, the note's text in the office column and its figure beside it ("Ghi chú: | Số việc ủy thác
// đi | 15"), as a sheet's footnote is laid out when the heading sits in the narrow first column.
// The fault: the row was read as a third office "Số việc ủy thác đi" — TOTAL 165 instead of 150,
// exit 0, no word on stderr (the note in one cell, "Ghi chú: Số việc …", was already refused).
// Right: refused NOT_AN_OFFICE at the note's heading (row-labels.ts sttNamesNote), through both
// readers and from a workbook. Controls: the file without the note, a note without figures, and
// an office marked "(*)" in its STT cell keep their reading. Totals worked out by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { dir, file } = fileTree('thads-hunt44-sttnote-');
const { both } = bothReaders('thads-hunt44-sttnote-both-', ARGS);

const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;100;80;60;5';
const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;50;40;30;2';
// thụ lý 100 + 50 = 150; có ĐK 80 + 40 = 120; giải quyết xong (60 + 5) + (30 + 2) = 65 + 32 = 97;
// 97 / 120 = 80.8333… % → 80.83. (With the note added as an office: 150 + 15 = 165.)
const RIGHT = ['TOTAL|150|120|97|80.83'];
const total = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

/** a real-looking export: title lines, the column numbers, the note, a signature (the reference reader) */
const form = (note: string) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;',
  'Năm 2019 (Từ ngày 01/10/2018 đến ngày 30/9/2019);;;;;',
  HEAD,
  'A;B;1;2;3;4',
  MY_LOC,
  VU_BAN,
  note,
  ';;;;;',
  ';;;Nam Định, ngày 05 tháng 10 năm 2019;;',
  'NGƯỜI LẬP BIỂU;;;THỦ TRƯỞNG ĐƠN VỊ;;',
  'Nguyễn Văn A;;;Trần Văn B;;',
];

function run(name: string, lines: readonly string[]) {
  const r = spawnThads(['summarize', file(name, lines), ...ARGS], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

describe('a note headed in the STT column, its figure beside it', () => {
  it('is refused at its heading, never added as an office (was TOTAL 165, exit 0)', () => {
    const r = run('viec-2019.csv', form('Ghi chú:;Số việc ủy thác đi;15;;;'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('viec-2019.csv:7:1: error: "Ghi chú: Số việc ủy thác đi" holds a note on the figures');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  it('so is "Lưu ý:" before a sentence naming an office, and check says the same', () => {
    const lines = form('Lưu ý:;Chi cục Vụ Bản có 15 việc ủy thác đến;15;;;');
    const r = run('luu-y/viec-2019.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('viec-2019.csv:7:1: error: "Lưu ý: Chi cục Vụ Bản có 15 việc ủy thác đến" holds a note');
    const c = spawnThads(['check', file('luu-y/viec-2019.csv', lines)], { cwd: dir });
    expect(c.code, c.stdout).toBe(1);
    expect(stderrCodes(c.stdout)).toEqual(['NOT_AN_OFFICE']);
  });

  it('both readers refuse it alike (the byte scanner hands the row over)', async () => {
    for (const note of ['Ghi chú:;Số việc ủy thác đi;15;;;', 'GHI CHÚ;Số việc ủy thác đi;15;;;', 'Ghi chu:;So viec uy thac di;15;;;']) {
      const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, note]);
      expect(r.code, `${note}: ${r.stderr}`).toBe(1);
      expect(r.stderr, note).toMatch(/^FILE:4:1: error: .* holds a note on the figures/);
      expect(stderrCodes(r.stderr), note).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('from a workbook too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', form('Ghi chú:;Số việc ủy thác đi;15;;;'), ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!A7: error: "Ghi chú: Số việc ủy thác đi" holds a note on the figures');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('controls: their reading does not change', () => {
  it('the same export without the note, and with a note without figures: 150 | 120 | 97', async () => {
    for (const [name, note] of [['plain', ';;;;;'], ['note', 'Ghi chú:;Số liệu tính đến 30/9/2019;;;;']] as const) {
      const r = run(`${name}/viec-2019.csv`, form(note));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).toBe('');
      expect(total(r.stdout), name).toEqual(RIGHT);
      const w = await summarizeLinesWorkbook(dir, `${name}-viec-2019.xlsx`, form(note), ARGS);
      expect(w.code, `${name} xlsx: ${w.stderr}`).toBe(0);
      expect(total(w.stdout), `${name} xlsx`).toEqual(RIGHT);
    }
  });

  it('an office marked "(*)" in its STT cell stays an office, through both readers', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, '(*);Chi cục THADS huyện Vụ Bản;50;40;30;2']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });

  it('the note in one cell of the office column is refused as the note it is', async () => {
    // (under an office's row without an STT it was taken for that office's enforcer's line and
    // refused as not adding up to it, OFFICE_SUBTOTAL_MISMATCH; a note is nobody's row: stt45)
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, ';Ghi chú: Số việc ủy thác đi;15;;;']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:4:2: error: "Ghi chú: Số việc ủy thác đi" holds a note on the figures/);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});
