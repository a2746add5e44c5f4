// An office name with its syllables run together where the second syllable begins with a vowel
// ("Phúyên" for "Phù Yên" or "Phú Yên", "Hòaan" for "Hòa An", "Ýyên" for "Ý Yên"), its marks kept:
// no consonant between the two syllables' vowels, so the squeezed-name rule (office-names.ts
// syllablesRunTogether) did not see two syllables. A copy of the office's row so named was summed
// as a further office, exit 0 (Mường La 100/80, Phù Yên 300/250, Phúyên 300/250 printed 700/580
// where the file holds 400/330); with figures of its own, no word said.
// Right: read as "H.vuban" or "phuyen" are: REPEATED_ROW for the copy (exit 1), OFFICE_NAME_VARIANTS
// otherwise. Controls keep today's reading: the plain "phuyen", "PHUYEN", "hoaan" and the
// consonant-joined "Đônganh", "Tânuyên", "Bắcái", "Kimanh" (said before); "Phù Yên" and "Phú Yên"
// both in words (two offices); a one-syllable word ("Tuyến") beside a two-word name of its letters.
// Every total below is worked out by hand from the figures written.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-vowelsqueeze-');
const { both } = bothReaders('thads-vowelsqueeze-both-', ['--format', 'json', '--year', '2019']);

const HEAD = 'STT,Đơn vị,Số việc có điều kiện,Số việc đã giải quyết xong';

function run(path: string, args: readonly string[] = []) {
  const r = spawnThads(['summarize', path, '--format', 'json', '--year', '2019', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Json = { groups: unknown[]; total: { cases: { withConditions: string; resolved: string } } };
/** the number of groups and the cases total [with conditions, resolved] */
const total = (stdout: string) => {
  const j = JSON.parse(stdout) as Json;
  return [j.groups.length, j.total.cases.withConditions, j.total.cases.resolved];
};

/** [the office in words, the same office squeezed with its marks: second syllable begins with a vowel] */
const VOWEL_JOINED: readonly (readonly [string, string])[] = [
  ['Phù Yên', 'Phùyên'],
  ['Phù Yên', 'Phúyên'],
  ['Phú Yên', 'Phúyên'],
  ['Phú Yên', 'PHÚYÊN'],
  ['Phù Yên', 'H.Phùyên'],
  ['Phù Yên', 'Huyện Phùyên'],
  ['Hòa An', 'Hòaan'],
  ['Hòa An', 'HÒAAN'],
  ['Hòa An', 'Chi cục THADS huyện Hòaan'],
  ['Ý Yên', 'Ýyên'],
];

describe('a squeezed name whose second syllable begins with a vowel, marks kept', () => {
  test.each(VOWEL_JOINED)('"%s" then "%s" with its figures: REPEATED_ROW, exit 1 (was 700/580, exit 0)', (office, cell) => {
    // old: 100 + 300 + 300 = 700 / 80 + 250 + 250 = 580 where the file holds 400 / 330
    const r = run(file('copy.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},300,250`]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`copy.csv:4:2: error: line 4 repeats line 3: office "${cell}" and every figure the same`);
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
  });

  test.each(VOWEL_JOINED)('"%s" then "%s" with other figures: OFFICE_NAME_VARIANTS, counted as two (was silent)', (office, cell) => {
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480; three offices as before
    const r = run(file('other.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},200,150`]));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain(`other.csv:4: warning: "${cell}" and "${office}" (line 3) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]`);
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });

  test('the squeezed name first ("Phúyên" on line 2, "Phù Yên" on line 4), its figures: REPEATED_ROW at line 4', () => {
    const r = run(file('first.csv', [HEAD, '1,Phúyên,300,250', '2,Mường La,100,80', '3,Phù Yên,300,250']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('first.csv:4:2: error: line 4 repeats line 2: office "Phù Yên" and every figure the same');
  });

  test.each(['Phúyên', 'Hòaan'])('"%s": the fast path and the reference reader agree (copy refused, variant said)', async (cell) => {
    const office = cell === 'Phúyên' ? 'Phù Yên' : 'Hòa An';
    const copy = await both('copy.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},300,250`]);
    expect(copy.code, copy.stderr).toBe(1);
    expect(stderrCodes(copy.stderr)).toContain('REPEATED_ROW');
    const other = await both('other.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},200,150`]);
    expect(other.code, other.stderr).toBe(0);
    expect(stderrCodes(other.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480
    expect(total(other.stdout)).toEqual([3, '600', '480']);
  });

  test('xlsx: "Phúyên" with Phù Yên\'s figures: REPEATED_ROW', async () => {
    const lines = ['STT;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong', '1;Mường La;100;80', '2;Phù Yên;300;250', '3;Phúyên;300;250'];
    const r = await summarizeLinesWorkbook(dir, 'son-la-viec-2019-copy.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
  });

  test('xlsx: "Hòaan" beside "Hòa An", other figures: said by row', async () => {
    const lines = ['STT;Đơn vị;Số việc có điều kiện;Số việc đã giải quyết xong', '1;Bảo Lạc;100;80', '2;Hòa An;300;250', '3;Hòaan;200;150'];
    const r = await summarizeLinesWorkbook(dir, 'cao-bang-viec-2019.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toMatch(/"Hòaan" and "Hòa An" \(row 3\) may be one office written two ways/);
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });
});

describe('controls: readings that stay as they were', () => {
  const SAID_BEFORE: readonly (readonly [string, string])[] = [
    ['Phù Yên', 'phuyen'],
    ['Phù Yên', 'PHUYEN'],
    ['Hòa An', 'hoaan'],
    ['Đông Anh', 'Đônganh'],
    ['Đông Anh', 'donganh'],
    ['Tân Uyên', 'Tânuyên'],
    ['Bắc Ái', 'Bắcái'],
    ['Kim Anh', 'Kimanh'],
  ];
  test.each(SAID_BEFORE)('"%s" then "%s" (said before this change): REPEATED_ROW for a copy, OFFICE_NAME_VARIANTS otherwise', (office, cell) => {
    const copy = run(file('said-copy.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},300,250`]));
    expect(copy.code, copy.stderr).toBe(1);
    expect(stderrCodes(copy.stderr)).toContain('REPEATED_ROW');
    const other = run(file('said-other.csv', [HEAD, '1,Mường La,100,80', `2,${office},300,250`, `3,${cell},200,150`]));
    expect(other.code, other.stderr).toBe(0);
    expect(stderrCodes(other.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480
    expect(total(other.stdout)).toEqual([3, '600', '480']);
  });

  test('"Phù Yên" and "Phú Yên" both in words, figures of their own: two offices, said as before', () => {
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480; three offices
    const r = run(file('two-yen.csv', [HEAD, '1,Mường La,100,80', '2,Phù Yên,300,250', '3,Phú Yên,200,150']));
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    expect(r.stderr).toContain('two-yen.csv:4: warning: "Phú Yên" and "Phù Yên" (line 3) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]');
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });

  test('one-syllable words with their marks ("Tuyến": its tone on its ê) beside "Tu Yến": not taken as squeezed, two offices, no word', () => {
    // by hand: 100 + 300 + 200 = 600, 80 + 250 + 150 = 480; three offices, no warning
    const r = run(file('tuyen.csv', [HEAD, '1,Mường La,100,80', '2,Tu Yến,300,250', '3,Tuyến,200,150']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual([3, '600', '480']);
  });

  test('unrelated names, one-syllable and vowel-rich ("Huế", "Khuyến", "Người", "Hòa An", "Thuở"): summed as they were, no word', () => {
    // by hand: 10 + 20 + 30 + 40 + 50 = 150, 5 + 15 + 25 + 35 + 45 = 125; five offices
    const r = run(file('plain.csv', [HEAD, '1,Huế,10,5', '2,Khuyến,20,15', '3,Người,30,25', '4,Hòa An,40,35', '5,Thuở,50,45']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual([5, '150', '125']);
  });
});
