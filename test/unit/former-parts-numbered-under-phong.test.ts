// 2025 reports: each Phòng THADS khu vực over the former Chi cục "(cũ)" it took over on 1/7/2025,
// in three more shapes (round 66a). 1: the Phòng as a Roman section "I", "II" over its parts
// numbered 1…4 — the four defunct Chi cục were printed and ranked as the offices (exit 0). 2: the
// Phòng unnumbered (a bold group row) over its parts numbered 1…4, or 1, 2 under each — refused
// SUSPECTED_TOTAL_ROW + DECLARED_TOTAL_MISMATCH. 3 (xlsx): "1 Phòng" over "1.1/1.2 … (cũ)" grouped
// with Data → Group — refused OUTLINE_COUNTED_TWICE. Now the Phòng are the offices, their parts
// checked against them (refused if they do not add up). Both readers agree. Figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { HEADER, KV1, KV2, PARTS, READ, rows, TITLE, TOTAL } from '../helpers/former-parts-ninh-binh.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-former-numbered-', ['--format', 'csv']);
const VI = ['--format', 'csv', '--number-format', 'vi'];



/** The report with the Phòng rows' STT `kv` and the parts' `parts` (index 0…3). */
const report = (kv: [string, string], parts: readonly string[], partLines = PARTS) => [
  ...TITLE,
  HEADER,
  `${kv[0]};${KV1}`,
  `${parts[0]};${partLines[0]}`,
  `${parts[1]};${partLines[1]}`,
  `${kv[1]};${KV2}`,
  `${parts[2]};${partLines[2]}`,
  `${parts[3]};${partLines[3]}`,
  TOTAL,
];

describe('2: an unnumbered Phòng over its "(cũ)" parts numbered as the form numbers offices', () => {
  it.each([
    ['1, 2, 3, 4 across the province', ['1', '2', '3', '4']],
    ['1, 2 again under each Phòng', ['1', '2', '1', '2']],
    ['"1.", "2." with a dot', ['1.', '2.', '3.', '4.']],
  ])('numbered %s: the Phòng are the offices (was refused SUSPECTED_TOTAL_ROW)', async (_, parts) => {
    const r = await both('ninh-binh-2025.csv', report(['', ''], parts));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('spelled otherwise: no diacritics, upper case, "cu" bare, "(trước sáp nhập)", "THADS khu vực 2"', async () => {
    const spelled = report(['', ''], ['1', '2', '3', '4'], [
      'Chi cuc THADS huyen My Loc (cu);300;270;5.000;4.000',
      'CHI CỤC THADS HUYỆN VỤ BẢN (CŨ);200;190;3.000;2.500',
      'Chi cục THADS huyện Ý Yên cũ;400;350;6.000;5.000',
      'Chi cục THADS huyện Nam Trực (trước sáp nhập);100;95;1.000;900',
    ]).map((l) => l.replace('Phòng THADS khu vực 2', 'THADS khu vực 2'));
    const r = await both('ninh-binh-2025.csv', spelled);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([READ[0], READ[1]!.replace('Phòng THADS', 'THADS'), READ[2]]);
  });

  it('parts that do not add up to their Phòng are refused, located (no Tổng cộng to catch it)', async () => {
    // Vụ Bản 180 resolved: 270 + 180 = 450 ≠ 460
    const lines = report(['', ''], ['1', '2', '3', '4'], PARTS.map((p) => p.replace('Vụ Bản (cũ);200;190', 'Vụ Bản (cũ);200;180'))).slice(0, -1);
    // (without the Tổng cộng's "12.400" nothing settles "8.000": the convention is given)
    const r = await both('ninh-binh-2025.csv', lines, VI);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 6–7): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-2025.xlsx', report(['', ''], ['1', '2', '3', '4']), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('1: the Phòng as a Roman section over its "(cũ)" parts numbered 1…4', () => {
  it.each([
    ['I, II', ['I', 'II']],
    ['"I.", "II."', ['I.', 'II.']],
  ])('numbered %s: the Phòng are the offices, ranked of 2 (were: the four Chi cục, ranked of 4)', async (_, kv) => {
    const r = await both('ninh-binh-2025.csv', report(kv as [string, string], ['1', '2', '3', '4']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts that do not add up to their Roman Phòng are refused, located', async () => {
    // Vụ Bản 180 resolved: 270 + 180 = 450 ≠ 460 (was SECTION_ROW_MISMATCH)
    const r = await both('ninh-binh-2025.csv', report(['I', 'II'], ['1', '2', '3', '4'], PARTS.map((p) => p.replace('Vụ Bản (cũ);200;190', 'Vụ Bản (cũ);200;180'))).slice(0, -1), VI);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 6–7): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-2025.xlsx', report(['I', 'II'], ['1', '2', '3', '4']), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: files that look alike read as before', () => {
  const UNMARKED = PARTS.map((p) => p.replace(' (cũ)', ''));
  // the four Chi cục as offices: cases 270/300 = 90,00 %, 190/200 = 95,00 %, 350/400 = 87,50 %, 95/100 = 95,00 %
  // → ranks 3, 1, 4, 1 of 4; money 4.000/5.000 = 80,00 %, 2.500/3.000 = 83,33 %, 5.000/6.000 = 83,33 %, 900/1.000 = 90,00 % → 4, 2, 2, 1 of 4
  const CHI_CUC = [
    'Chi cục THADS huyện Mỹ Lộc 300/270 3/4 5000000/4000000 4/4',
    'Chi cục THADS huyện Vụ Bản 200/190 1/4 3000000/2500000 2/4',
    'Chi cục THADS huyện Ý Yên 400/350 4/4 6000000/5000000 2/4',
    'Chi cục THADS huyện Nam Trực 100/95 1/4 1000000/900000 1/4',
    'TOTAL 1000/905 15000000/12400000',
  ];

  it('a 2025 list of Chi cục NOT marked "(cũ)", numbered 1…4, no Phòng rows: the Chi cục are the offices', async () => {
    const r = await both('ninh-binh-2025.csv', [...TITLE, HEADER, ...UNMARKED.map((p, i) => `${i + 1};${p}`), TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CHI_CUC);
  });

  it('Roman Phòng over Chi cục NOT marked "(cũ)": sections over offices, as before', async () => {
    const r = await both('ninh-binh-2025.csv', report(['I', 'II'], ['1', '2', '3', '4'], UNMARKED));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CHI_CUC);
  });

  it('the 2019 Khối sections: "I Khối Cục", "II Khối Chi cục" head their offices', async () => {
    // 50 + 300 + 200 = 550; 40 + 270 + 190 = 500
    const r = await both('khoi-viec-2019.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong', 'I;Khối Cục;;', '1;Văn phòng Cục;50;40', 'II;Khối Chi cục;;', '2;Chi cục THADS huyện Mỹ Lộc;300;270', '3;Chi cục THADS huyện Vụ Bản;200;190', ';Tổng cộng;550;500']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1).map((l) => l.split(',').filter((_, i) => [1, 9, 18].includes(i)).join(' '))).toEqual([
      'Văn phòng Cục 50 40',
      'Chi cục THADS huyện Mỹ Lộc 300 270',
      'Chi cục THADS huyện Vụ Bản 200 190',
      'TOTAL 550 500',
    ]);
  });

  it('an unnumbered Phòng over numbered Chi cục NOT marked "(cũ)": refused as before (which is the office, thads cannot tell)', async () => {
    const r = await both('ninh-binh-2025.csv', report(['', ''], ['1', '2', '3', '4'], UNMARKED));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUSPECTED_TOTAL_ROW');
  });
});

describe('3 (xlsx): "1 Phòng" over "1.1/1.2 … (cũ)" grouped with Data → Group', () => {
  /** The report as a workbook whose detail rows (the "(cũ)" parts unless told) are at outline level 1. */
  async function grouped(
    name: string,
    how: { hidden?: boolean; summaryBelow?: boolean; year?: number; offices?: readonly string[]; partNames?: readonly string[]; partStt?: readonly string[] },
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH']);
    ws.addRow([`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${how.year ?? 2025}`]);
    ws.addRow(['', '', 'Đơn vị tính: Việc; nghìn đồng']);
    ws.addRow(HEADER.split(';'));
    const names = how.partNames ?? PARTS.map((p) => p.split(';')[0]!);
    const offices = how.offices ?? ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'];
    const stt = how.partStt ?? ['1.1', '1.2', '2.1', '2.2'];
    const figures = PARTS.map((p) => p.split(';').slice(1).map((v) => Number(v.replace('.', ''))));
    const lines: [string, string, number[], boolean][] = [
      ['1', offices[0]!, [500, 460, 8000, 6500], false],
      [stt[0]!, names[0]!, figures[0]!, true],
      [stt[1]!, names[1]!, figures[1]!, true],
      ['2', offices[1]!, [500, 445, 7000, 5900], false],
      [stt[2]!, names[2]!, figures[2]!, true],
      [stt[3]!, names[3]!, figures[3]!, true],
    ];
    for (const [stt, office, values, detail] of lines) {
      const row = ws.addRow([stt, office, ...values]);
      if (detail) {
        row.outlineLevel = 1;
        if (how.hidden) row.hidden = true;
      }
    }
    ws.addRow(['', 'Tổng cộng', 1000, 905, 15000, 12400]);
    if (how.summaryBelow === false) ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE') };
  }

  it.each([
    ['expanded, summary above', { summaryBelow: false }],
    ['collapsed (rows hidden), summary above', { summaryBelow: false, hidden: true }],
    ['Excel\'s default "summary below"', {}],
  ])('%s: the Phòng are the offices (was refused OUTLINE_COUNTED_TWICE)', async (_, how) => {
    const r = await grouped('ninh-binh-2025.xlsx', how);
    expect(r.code, r.stderr).toBe(0);
    // (a collapsed group's "(cũ)" rows are checked, not added: no HIDDEN_ROWS warning either)
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a 2019 sheet grouping enforcers under their Chi cục with figures: no former parts, but its enforcers (was refused OUTLINE_COUNTED_TWICE; work86b 01)', async () => {
    const r = await grouped('ninh-binh-2019.xlsx', {
      summaryBelow: false,
      year: 2019,
      offices: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản'],
      partNames: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'],
      partStt: ['', '', '', ''],
    });
    // each Chi cục's row the sum of its two enforcers' (the khu vực's figures above), counted once
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ.map((l) => l.replace('Phòng THADS khu vực 1', 'Chi cục THADS huyện Mỹ Lộc').replace('Phòng THADS khu vực 2', 'Chi cục THADS huyện Vụ Bản')));
  });

  it('over-reach: under an office written as a bare place ("Vụ Bản"), whose unnumbered rows may be offices: refused as before', async () => {
    const r = await grouped('ninh-binh-2019.xlsx', {
      summaryBelow: false,
      year: 2019,
      offices: ['Chi cục THADS huyện Mỹ Lộc', 'Vụ Bản'],
      partNames: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'],
      partStt: ['', '', '', ''],
    });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:Sheet1!8:8: error: row 8 "Vụ Bản" is the summary row of an outline group (Data → Group) whose detail rows 9–10 ("Lê Văn Cường", "Phạm Văn Dũng") have figures too: read as offices, both would be added, and each figure counted twice [OUTLINE_COUNTED_TWICE]',
    );
  });
});
