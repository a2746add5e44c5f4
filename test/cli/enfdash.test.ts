// A form by enforcer (title "… THEO CHẤP HÀNH VIÊN …", header "STT | Đơn vị / Chấp hành viên")
// lists each khu vực's numbered row with its figures, then its enforcers with the dash typed IN
// THE NAME CELL ("| - Nguyễn Văn An", STT empty: the everyday way to indent a list in Excel). It
// was refused: `7:2: "- Nguyễn Văn An" begins with a list bullet … [NOT_AN_OFFICE]` (work104a 03),
// while the same file with the dash in the STT cell ("- | Nguyễn Văn An") was read right. Right: a
// bulleted person's name under a numbered office row, in a table whose title or header says it
// lists enforcers, is that office's enforcer row, read exactly as the dash-in-STT variant is (the
// office's row counted once, checked against its enforcers). Controls (today's result kept): the
// same bullets in a table no title or header says is by enforcer (a breakdown's lines: refused,
// NOT_AN_OFFICE); "- Trong đó: …", "- Án tồn" bullets in a form by enforcer (notes, parts, no
// persons: refused, NOT_AN_OFFICE); enforcers whose figures do not add up to their office's row
// (refused, OFFICE_SUBTOTAL_MISMATCH, as with the dash in the STT cell — never exit 0).
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { casesByOffice } from '../helpers/json-totals.js';

const { dir, file } = fileTree('thads-enfdash-');

const BY_ENFORCER_TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2026';
const PLAIN_TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026';
const BY_ENFORCER_HEADER = 'Đơn vị / Chấp hành viên';
const PLAIN_HEADER = 'Đơn vị';

/** ';'-separated lines, the same for the CSV and its workbook twin: the letterhead, title, period, header (line 5), then `rows`. */
function form(title: string, nameHeader: string, rows: readonly string[]): string[] {
  return [
    'CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ;;;;;',
    'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;',
    `${title};;;;;`,
    '(Từ ngày 01/10/2025 đến ngày 30/9/2026);;;;;',
    `STT;${nameHeader};Có điều kiện;Thi hành xong;Đình chỉ;Chưa có điều kiện`,
    ...rows,
  ];
}

/**
 * By hand, each khu vực's row is the sum of its enforcers' lines:
 *   KV1 with conditions 220 = 120 + 100, completed 150 = 80 + 70, terminated 7 = 5 + 2, without 61 = 40 + 21
 *   KV2 with conditions 300 = 150 + 90 + 60, completed 200 = 100 + 60 + 40, terminated 4 = 3 + 1 + 0, without 75 = 30 + 25 + 20
 * resolved = completed + terminated: KV1 157 (157/220 = 71.36 %), KV2 204 (204/300 = 68.00 %);
 * TOTAL (the khu vực rows only, each counted once): 520 with conditions, 361 resolved, 361/520 = 69.42 %.
 */
const DASH_IN_NAME = [
  '1;Phòng THADS khu vực 1;220;150;7;61',
  ';- Nguyễn Văn An;120;80;5;40',
  ';- Trần Thị Bình;100;70;2;21',
  '2;Phòng THADS khu vực 2;300;200;4;75',
  ';- Lê Văn Cường;150;100;3;30',
  ';- Phạm Thị Dung;90;60;1;25',
  ';- Hoàng Văn Em;60;40;0;20',
];
const DASH_IN_STT = DASH_IN_NAME.map((l) => l.replace(/^;- /, '-;'));
const RIGHT = {
  'Phòng THADS khu vực 1': ['220', '157', '71.36'],
  'Phòng THADS khu vực 2': ['300', '204', '68.00'],
  TOTAL: ['520', '361', '69.42'],
};

const ARGS = ['--format', 'json'];
function run(path: string) {
  const r = spawnThads(['summarize', path, ...ARGS], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const figures = casesByOffice;

describe('a form by enforcer with the dash typed before each enforcer\'s name', () => {
  test('title and header say by enforcer: the enforcers are their khu vực\'s rows, the totals right (520, 361, 69.42 %)', () => {
    const r = run(file('Ninh Binh CHV 2026.csv', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, DASH_IN_NAME)));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
    expect(stderrCodes(r.stderr)).not.toContain('NOT_AN_OFFICE');
  });

  test('read exactly as the same file with the dash in the STT cell', () => {
    const a = run(file('name 2026.csv', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, DASH_IN_NAME)));
    const b = run(file('stt 2026.csv', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, DASH_IN_STT)));
    expect(b.code, b.stderr).toBe(0);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  test('only the title says by enforcer (header "Đơn vị"), or only the header ("Đơn vị / Chấp hành viên"): read the same', () => {
    for (const [name, title, header] of [
      ['title only 2026.csv', BY_ENFORCER_TITLE, PLAIN_HEADER],
      ['header only 2026.csv', PLAIN_TITLE, BY_ENFORCER_HEADER],
    ] as const) {
      const r = run(file(name, form(title, header, DASH_IN_NAME)));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(figures(r.stdout)).toEqual(RIGHT);
    }
  });

  test('the workbook twin (.xlsx): read the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Ninh Binh CHV 2026.xlsx', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, DASH_IN_NAME), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
    expect(stderrCodes(r.stderr)).not.toContain('NOT_AN_OFFICE');
  });
});

describe('controls: near shapes keep today\'s result', () => {
  test('the same bullets in a table no title or header says is by enforcer: a breakdown\'s lines, refused at 7:2 (NOT_AN_OFFICE)', async () => {
    const lines = form(PLAIN_TITLE, PLAIN_HEADER, DASH_IN_NAME);
    const r = run(file('plain 2026.csv', lines));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toMatch(/plain 2026\.csv:7:2: error: "- Nguyễn Văn An" begins with a list bullet/);
    const x = await summarizeLinesWorkbook(dir, 'plain 2026.xlsx', lines, ARGS);
    expect(x.code).toBe(1);
    expect(stderrCodes(x.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  test('"- Trong đó: …" and "- Án tồn", "- Án mới thụ lý" under a khu vực in a form by enforcer: no persons, refused (NOT_AN_OFFICE)', () => {
    for (const [name, rows] of [
      ['trong do 2026.csv', ['1;Phòng THADS khu vực 1;220;150;7;61', ';- Trong đó: án tín dụng;120;80;5;40', '2;Phòng THADS khu vực 2;300;200;4;75']],
      // (they even add up: 220 = 120 + 100 … — still a breakdown's lines, no enforcers)
      ['an ton 2026.csv', ['1;Phòng THADS khu vực 1;220;150;7;61', ';- Án tồn;120;80;5;40', ';- Án mới thụ lý;100;70;2;21', '2;Phòng THADS khu vực 2;300;200;4;75']],
    ] as const) {
      const r = run(file(name, form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, rows)));
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
      expect(r.stderr).toMatch(/:7:2: error: "- (Trong đó|Án tồn)/);
    }
  });

  test('enforcers that do not add up to their khu vực\'s row (130 + 100 ≠ 220): refused as with the dash in the STT cell, never exit 0', () => {
    const wrong = DASH_IN_NAME.map((l) => l.replace(';120;80;5;40', ';130;80;5;40'));
    const a = run(file('wrong name 2026.csv', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, wrong)));
    const b = run(file('wrong stt 2026.csv', form(BY_ENFORCER_TITLE, BY_ENFORCER_HEADER, wrong.map((l) => l.replace(/^;- /, '-;')))));
    expect(b.code).toBe(1);
    expect(a.code).toBe(1);
    expect(stderrCodes(a.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
    expect(stderrCodes(a.stderr)).toEqual(stderrCodes(b.stderr));
  });
});
