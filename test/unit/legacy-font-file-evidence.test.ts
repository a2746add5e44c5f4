// A form typed wholly in an old font, saved as CSV UTF-8 (tester's work66c/04): every cell was read
// in the font but the group cell "VÒ tiÒn" (TCVN3 "Về tiền"), whose only accented letter, Ò, is a
// Vietnamese Unicode letter too — the per-cell rule left it, the money group was lost and the file
// refused MEASURE_UNKNOWN. legacy-font.ts now decides per file: where earlier cells (rows above, or
// this row) were read in a font, a cell of Latin-1 letters that spells no Vietnamese as written and
// spells it in that font is read so. Without such evidence the per-cell rule stands.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-legacy-evidence-', ['--format', 'csv']);

/** Named cells of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines[lines.length - 1]!.split(',');
  return names.map((n) => total[columns.indexOf(n)]!);
}
const CASES = ['cases_with_conditions', 'cases_resolved', 'cases_rate'];
const MONEY = ['money_with_conditions', 'money_completed', 'money_resolved', 'money_rate'];

const FIGURES = [
  '586,520,13,533,"9.565.824,266","7.194.245,234","634.044,111","181.445,605","8.009.734,950"',
  '655,611,19,630,"16.389.337,399","13.086.832,295","1.077.528,862","325.678,557","14.490.039,714"',
  '298,266,10,276,"9.770.951,678","7.917.400,545","305.181,036","162.662,647","8.385.244,228"',
];
// By hand: cases 586 + 655 + 298 = 1.539 with conditions; 533 + 630 + 276 = 1.439 resolved;
// 1.439 / 1.539 = 0,935023… → 93.50 %. Money, nghìn đồng: 9.565.824,266 + 16.389.337,399 +
// 9.770.951,678 = 35.726.113,343 → 35.726.113.343 đồng; completed 7.194.245,234 + 13.086.832,295 +
// 7.917.400,545 = 28.198.478,074 → 28.198.478.074 đồng; resolved 8.009.734,950 + 14.490.039,714 +
// 8.385.244,228 = 30.885.018,892 → 30.885.018.892 đồng; 30.885.018,892 / 35.726.113,343 = 0,864494… → 86.45 %.
const CASE_TOTALS = ['1539', '1439', '93.50'];
const MONEY_TOTALS = ['35726113343', '28198478074', '30885018892', '86.45'];

// The tester's form in .VnTime (its third office Nghĩa Hưng, "NghÜa H­ng", for a name of small letters).
const TCVN3_FORM = [
  'côc thi hµnh ¸n d©n sù tØnh nam ®Þnh,,,,,,,,,,',
  'b¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù n¨m 2019,,,,,,,,,,',
  '(tõ ngµy 01/10/2018 ®Õn ngµy 30/9/2019),,,,,,,,,,',
  ',,,,,,§¬n vÞ tÝnh: ViÖc; ngh×n ®ång,,,,',
  'STT,§¬n vÞ,VÒ viÖc,,,,VÒ tiÒn,,,,',
  ',,Cã ®iÒu kiÖn,Thi hµnh xong,§×nh chØ,Gi¶i quyÕt xong,Cã ®iÒu kiÖn,Thi hµnh xong,§×nh chØ,Gi¶m,Gi¶i quyÕt xong',
  `1,Chi côc THADS huyÖn Mü Léc,${FIGURES[0]}`,
  `2,Chi côc THADS huyÖn Vô B¶n,${FIGURES[1]}`,
  `3,Chi côc THADS huyÖn NghÜa H\u00adng,${FIGURES[2]}`,
];
const TCVN3_WARNING =
  'FILE:1:1: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at line 1: "côc thi hµnh ¸n d©n sù tØnh nam ®Þnh" is "cục thi hành án dân sự tỉnh nam định" [LEGACY_FONT_TEXT]\n' +
  '  hint: convert the sheet\'s old ABC fonts to Unicode (Unikey: "Chuyển mã", TCVN3 (ABC) → Unicode) and check the text it shows\n';

describe('a form wholly in .VnTime: its "VÒ tiÒn" group is read as "Về tiền" (work66c/04)', () => {
  it('reads both measures (was MEASURE_UNKNOWN at 6:7)', async () => {
    const r = await both('bao-cao-2019.csv', TCVN3_FORM);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_TOTALS);
    expect(r.stdout).toContain(',Chi cục THADS huyện Nghĩa Hưng,');
    expect(r.stderr).toBe(TCVN3_WARNING);
  });

  it('reads it with the group cell alone the row\'s legacy cell, the title and unit lines in Unicode', async () => {
    // the evidence is the row's own "VÒ viÖc" and nothing above
    const lines = [...TCVN3_FORM];
    lines[0] = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,';
    lines[1] = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,';
    lines[2] = '(Từ ngày 01/10/2018 đến ngày 30/9/2019),,,,,,,,,,';
    lines[3] = ',,,,,,Đơn vị tính: Việc; nghìn đồng,,,,';
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_TOTALS);
  });

  it('reads the same form typed in VNI-Times ("Veà tieàn": à is Unicode\'s too)', async () => {
    const r = await both('bao-cao-2019.csv', [
      'cuïc thi haønh aùn daân söï tænh nam ñònh,,,,,,,,,,',
      'baùo caùo keát quaû thi haønh aùn daân söï naêm 2019,,,,,,,,,,',
      ',,,,,,Ñôn vò tính: Vieäc; nghìn ñoàng,,,,',
      'STT,Ñôn vò,Veà vieäc,,,,Veà tieàn,,,,',
      ',,Coù ñieàu kieän,Thi haønh xong,Ñình chæ,Giaûi quyeát xong,Coù ñieàu kieän,Thi haønh xong,Ñình chæ,Giaûm,Giaûi quyeát xong',
      `1,Chi cuïc THADS huyeän Myõ Loäc,${FIGURES[0]}`,
      `2,Chi cuïc THADS huyeän Vuï Baûn,${FIGURES[1]}`,
      `3,Chi cuïc THADS huyeän Nghóa Höng,${FIGURES[2]}`,
    ]);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_TOTALS);
  });

  it('reads the same form as an xlsx', async () => {
    const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
    const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
    const cols = 'ABCDEFGHIJK';
    // each cell of the CSV lines, the quoted figures as numbers ("9.565.824,266" → 9565824.266)
    const cells = (line: string) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')).slice(0, 11);
    const data = TCVN3_FORM.map((line, i) =>
      `<row r="${i + 1}">${cells(line)
        .flatMap((c, j) => (c === '' ? [] : /^[\d.,]+$/.test(c) ? [num(`${cols[j]}${i + 1}`, Number(c.replaceAll('.', '').replace(',', '.')))] : [text(`${cols[j]}${i + 1}`, c)]))
        .join('')}</row>`,
    ).join('');
    const folder = mkdtempSync(join(tmpdir(), 'thads-legacy-evidence-xlsx-'));
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name: 'bao-cao-2019.xlsx', dir: folder });
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(pick(stdout(), CASES)).toEqual(CASE_TOTALS);
    expect(pick(stdout(), MONEY)).toEqual(MONEY_TOTALS);
    expect(stderr()).toContain('Sheet1!A1: warning: text typed in an old ABC font (.VnTime, TCVN3)');
  });
});

describe('over-reach: the per-file reading touches no Unicode text', () => {
  it('keeps Unicode names of Latin-1 letters in a file with a .VnTime unit line', async () => {
    const r = await both('bao-cao-2019.csv', [
      '§¬n vÞ tÝnh: ngh×n ®ång',
      'STT,Đơn vị,Có điều kiện,Thi hành xong,Ghi chú',
      '1,Tân Bình,800,650,Hà Tây',
      '2,Ô Môn,1500,1300,Cà Mau',
      '3,Ý Yên,700,500,José',
    ], ['--format', 'csv', '--year', '2019']);
    // By hand, nghìn đồng: 800 + 1.500 + 700 = 3.000 → 3.000.000 đồng; 650 + 1.300 + 500 = 2.450 →
    // 2.450.000 đồng; 2.450 / 3.000 = 0,816666… → 81.67 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, ['money_with_conditions', 'money_completed', 'money_rate'])).toEqual(['3000000', '2450000', '81.67']);
    for (const name of ['Tân Bình', 'Ô Môn', 'Ý Yên']) expect(r.stdout).toContain(`,${name},`);
  });

  it('leaves a Unicode file\'s cells to the per-cell rule: "VÒ tiÒn" there is not read (no evidence in the file)', async () => {
    const r = await both('bao-cao-2019.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,,',
      ',,,,,,Đơn vị tính: Việc; nghìn đồng,,,,',
      'STT,Đơn vị,Về việc,,,,VÒ tiÒn,,,,',
      ',,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
      `1,Chi cục THADS huyện Mỹ Lộc,${FIGURES[0]}`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:7: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  it('reads an ordinary Unicode form with Ò in a name as before, nothing said', async () => {
    const r = await both('bao-cao-2019.csv', [
      ',,,,,,Đơn vị tính: Việc; nghìn đồng,,,,',
      'STT,Đơn vị,Về việc,,,,Về tiền,,,,',
      ',,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
      `1,Chi cục THADS huyện Mỹ Lộc,${FIGURES[0]}`,
      `2,Chi cục THADS huyện Vụ Bản,${FIGURES[1]}`,
      `3,Chi cục THADS huyện Hồ Ò,${FIGURES[2]}`,
    ], ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout, CASES)).toEqual(CASE_TOTALS);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_TOTALS);
    expect(r.stdout).toContain(',Chi cục THADS huyện Hồ Ò,');
  });
});
