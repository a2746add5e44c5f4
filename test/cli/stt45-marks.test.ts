// Marks in the STT column that number no office, notes under an office, Roman khu vực titles,
// and the parts-file message (stt45). The faults, each reproduced on the old build:
//   - "NB: | Số việc ủy thác đi | 15 | 10 | 5 | 0", "Tr.đó: | …", "Tr. đó | …", "T.đó | …",
//     "Nguồn: | …" under the offices were read as a third office — TOTAL 165 instead of 150,
//     exit 0, nothing on stderr ("Ghi chú:", "Trong đó:", "T.đó:" were refused already);
//   - a note in the office cell without an STT right under an office ("| Ghi chú: Số việc ủy
//     thác đi | 15") was refused OFFICE_SUBTOTAL_MISMATCH, calling it the office's enforcer's row;
//   - "I | Khu vực I" over the khu vực offices was refused NOT_AN_OFFICE, its hint telling to
//     write "Khu vực 1" — which the Roman number is;
//   - the people's file given first: the parts-file error named the table's row twice.
// Right: the marks and the note refused NOT_AN_OFFICE at their own cells (row-labels.ts
// sttNamesNote, BREAKDOWN_WRITTEN; read-csv.ts enforcerRow), through both readers and from a
// workbook; "Khu vực I" read as "Khu vực 1" is (row-labels.ts REGION); the row named once.
// Controls: an office marked "(1)", "*" or "(*)" stays an office; "Nguồn:" without figures under
// the table is skipped; the file without the line. Totals worked out by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { dir, file } = fileTree('thads-stt45-marks-');
const { both } = bothReaders('thads-stt45-marks-both-', ARGS);

const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;100;80;60;5';
const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;50;40;30;2';
// thụ lý 100 + 50 = 150; có ĐK 80 + 40 = 120; giải quyết xong (60 + 5) + (30 + 2) = 65 + 32 = 97;
// 97 / 120 = 80.8333… % → 80.83. (With the marked line added: 150 + 15 = 165, 120 + 10 = 130.)
const RIGHT = ['TOTAL|150|120|97|80.83'];
// With a third office "Chi cục THADS huyện Nam Trực | 15 | 10 | 5 | 0": 150 + 15 = 165;
// 120 + 10 = 130; 97 + (5 + 0) = 102; 102 / 130 = 78.4615… % → 78.46.
const WITH_NAM_TRUC = ['TOTAL|165|130|102|78.46'];
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
  'NGƯỜI LẬP BIỂU;;;THỦ TRƯỞNG ĐƠN VỊ;;',
];

function run(name: string, lines: readonly string[], args: readonly string[] = ARGS) {
  const r = spawnThads(['summarize', file(name, lines), ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

// (the STT cell, then what the message quotes)
const NO_OFFICE_MARKS: readonly (readonly [string, string])[] = [
  ['NB:', '"NB: Số việc ủy thác đi" holds a note on the figures'],
  ['N.B.', '"N.B. Số việc ủy thác đi" holds a note on the figures'],
  ['Nguồn:', '"Nguồn: Số việc ủy thác đi" holds a note on the figures'],
  ['Nguồn', '"Nguồn Số việc ủy thác đi" holds a note on the figures'],
  ['Tr.đó:', '"Tr.đó:" is no office'],
  ['Tr. đó', '"Tr. đó" is no office'],
  ['T.đó', '"T.đó" is no office'],
  ['TR.ĐÓ:', '"TR.ĐÓ:" is no office'],
];

describe('a mark in the STT column that numbers no office, figures beside it', () => {
  it('is refused at the mark, never added as an office (was TOTAL 165, exit 0)', () => {
    for (const [mark, says] of NO_OFFICE_MARKS) {
      const r = run(`m${NO_OFFICE_MARKS.findIndex(([m]) => m === mark)}/viec-2019.csv`, form(`${mark};Số việc ủy thác đi;15;10;5;0`));
      expect(r.code, `${mark}: ${r.stderr}`).toBe(1);
      expect(r.stdout, mark).toBe('');
      expect(r.stderr, mark).toContain(`viec-2019.csv:6:1: error: ${says}`);
      expect(stderrCodes(r.stderr), mark).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('whatever the office cell beside it names: "Tr.đó: | Chi cục …", "Nguồn: | Chi cục …"', () => {
    for (const mark of ['Tr.đó:', 'Nguồn:', 'NB:']) {
      const r = run(`named-${mark.replace(/\W/gu, '')}/viec-2019.csv`, form(`${mark};Chi cục THADS huyện Nam Trực;15;10;5;0`));
      expect(r.code, `${mark}: ${r.stderr}`).toBe(1);
      expect(r.stderr, mark).toContain('viec-2019.csv:6:1: error: ');
      expect(stderrCodes(r.stderr), mark).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('both readers refuse it alike', async () => {
    for (const [mark] of NO_OFFICE_MARKS) {
      const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, `${mark};Số việc ủy thác đi;15;10;5;0`]);
      expect(r.code, `${mark}: ${r.stderr}`).toBe(1);
      expect(r.stderr, mark).toMatch(/^FILE:4:1: error: /);
      expect(stderrCodes(r.stderr), mark).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('from a workbook too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', form('NB:;Số việc ủy thác đi;15;10;5;0'), ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('!A6: error: "NB: Số việc ủy thác đi" holds a note on the figures');
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });
});

describe('a note in the office cell without an STT, right under an office, with figures', () => {
  const under = (note: string) => [HEAD, MY_LOC, note, VU_BAN];
  it('is refused as the note it is, not as the office\'s enforcer\'s row (was OFFICE_SUBTOTAL_MISMATCH)', async () => {
    for (const note of [';Ghi chú: Số việc ủy thác đi;15;;;', ';Lưu ý: số việc ủy thác đến;15;;;', ';(*) Số liệu gồm cả việc ủy thác;15;;;', ';NB: số việc ủy thác đi;15;10;5;0']) {
      const r = await both('viec-2019.csv', under(note));
      expect(r.code, `${note}: ${r.stderr}`).toBe(1);
      expect(r.stdout, note).toBe('');
      expect(r.stderr, note).toMatch(/^FILE:3:2: error: ".*" holds a note on the figures/);
      expect(stderrCodes(r.stderr), note).toEqual(['NOT_AN_OFFICE']);
    }
  });

  it('a person\'s row there is still checked as the office\'s enforcer\'s', () => {
    // (15 ≠ 100: the office's row is not the sum of its one enforcer's row)
    const r = run('person/viec-2019.csv', under(';Nguyễn Văn An;15;10;;'));
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
  });
});

describe('controls: marks an office may carry, and notes without figures', () => {
  it('"(1)", "*", "(*)" before an office\'s name: that office, through both readers', async () => {
    for (const mark of ['(1)', '*', '(*)']) {
      const r = await both('viec-2019.csv', [HEAD, MY_LOC, VU_BAN, `${mark};Chi cục THADS huyện Nam Trực;15;10;5;0`]);
      expect(r.code, `${mark}: ${r.stderr}`).toBe(0);
      expect(total(r.stdout), mark).toEqual(WITH_NAM_TRUC);
    }
  });

  it('"(1) | Chi cục THADS huyện Vụ Bản": the office numbered in brackets, 150 | 120 | 97', async () => {
    const r = await both('viec-2019.csv', [HEAD, MY_LOC, '(1);Chi cục THADS huyện Vụ Bản;50;40;30;2']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(RIGHT);
  });

  it('the export without the line, and "Nguồn:" / "N.B." without figures: 150 | 120 | 97', async () => {
    for (const [name, line] of [['plain', ';;;;;'], ['nguon', 'Nguồn:;Báo cáo của Cục THADS tỉnh Nam Định;;;;'], ['nb', 'N.B.;Chi cục Nam Trực chưa báo cáo;;;;']] as const) {
      const r = run(`${name}/viec-2019.csv`, form(line));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(total(r.stdout), name).toEqual(RIGHT);
      const w = await summarizeLinesWorkbook(dir, `${name}-viec-2019.xlsx`, form(line), ARGS);
      expect(w.code, `${name} xlsx: ${w.stderr}`).toBe(0);
      expect(total(w.stdout), `${name} xlsx`).toEqual(RIGHT);
    }
  });
});

describe('"Khu vực I" as a section\'s title over the khu vực offices (2026)', () => {
  const KV_HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
  // khu vực 1: 100 | 80 | 60 + 5 = 65; khu vực 2: 50 | 40 | 30 + 2 = 32; khu vực 3: 20 | 10 | 5 + 1 = 6.
  // 100 + 50 + 20 = 170; 80 + 40 + 10 = 130; 65 + 32 + 6 = 103; 103 / 130 = 79.2307… % → 79.23.
  const KV_RIGHT = ['TOTAL|170|130|103|79.23'];
  const kv = (one: string, two: string) => [KV_HEAD, one, '1;Phòng THADS khu vực 1;100;80;60;5', two, '2;Phòng THADS khu vực 2;50;40;30;2', '3;Phòng THADS khu vực 3;20;10;5;1'];

  it('is read as "Khu vực 1" is (was NOT_AN_OFFICE, its hint: write "Khu vực 1")', async () => {
    for (const [one, two] of [['I;Khu vực I;;;;', 'II;Khu vực II;;;;'], ['I;KHU VỰC I;;;;', 'II;KHU VỰC II;;;;']] as const) {
      const r = await both('gia-lai-viec-2026.csv', kv(one, two));
      expect(r.code, `${one}: ${r.stderr}`).toBe(0);
      expect(total(r.stdout), one).toEqual(KV_RIGHT);
    }
  });

  it('control: "I | Khu vực 1" as before', async () => {
    const r = await both('gia-lai-viec-2026.csv', kv('I;Khu vực 1;;;;', 'II;Khu vực 2;;;;'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(KV_RIGHT);
  });

  it('"Phòng THADS khu vực I" and "… khu vực 1" in two files are one office: refused, a copy', () => {
    const a = file('kv/gia-lai-kv1-viec-2026.csv', [KV_HEAD, '1;Phòng THADS khu vực I;100;80;60;5']);
    const b = file('kv/gia-lai-kv1b-viec-2026.csv', [KV_HEAD, '1;Phòng THADS khu vực 1;100;80;60;5']);
    const r = spawnThads(['summarize', a, b, ...ARGS], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
  });
});

describe('the parts-file error names each place once', () => {
  const H = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
  file('parts/Nam Định 2019.csv', [H, 'Mỹ Lộc,600,500,400', 'Vụ Bản,1050,900,700', 'Ý Yên,800,700,600']);
  file('parts/Vụ Bản 2019.csv', [H, 'Nguyễn Văn An,150,120,100', 'Trần Thị Bình,140,110,90']);
  const parts = (names: readonly string[]) => spawnThads(['summarize', ...names.map((n) => `parts/${n}`), '--measure', 'cases', '--format', 'csv'], { cwd: dir });

  it('the people\'s file first: located at the table\'s row, which the message then calls "this row"', () => {
    const r = parts(['Vụ Bản 2019.csv', 'Nam Định 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.includes('[DUPLICATE_INPUT]'))!;
    expect(line).toMatch(/^parts\/Nam Định 2019\.csv:3: error: parts\/Vụ Bản 2019\.csv is named after office "Vụ Bản" and none of its rows names it: .*; this row gives cases of office "Vụ Bản": added, the office would count twice/);
    expect(line.split('Nam Định 2019.csv:3').length - 1, line).toBe(1);
  });

  it('the table first: located at the people\'s file, naming the table\'s row once, as before', () => {
    const r = parts(['Nam Định 2019.csv', 'Vụ Bản 2019.csv']);
    expect(r.code, r.stderr).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.includes('[DUPLICATE_INPUT]'))!;
    expect(line).toMatch(/^parts\/Vụ Bản 2019\.csv:2: error: .*; parts\/Nam Định 2019\.csv:3 already gives cases of office "Vụ Bản"/);
    expect(line.split('Nam Định 2019.csv:3').length - 1, line).toBe(1);
  });
});
