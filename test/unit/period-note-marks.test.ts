// Round 31, findings 01 and 05. 01: an office's row of last year was added as one more office
// (exit 0, a wrong total) when its period note had a footnote mark or a full stop after it ("…
// (Năm 2018)*", "… (năm 2018).", "… (2018)(*)") or used words the note reader did not know ("(Năm
// thống kê 2018)", "(kỳ BC trước)", "(SL 2018)", "(TK 2018)"). 05: a file whose year is unknown,
// whose title says "NĂM 2019" and whose offices are each "… (năm 2019)", was refused as a
// comparison: the note of the title's year is the report's own, taken off (the rows' year stays
// unknown, SPEC §3); a note of another year is still refused.
import { describe, expect, it } from 'vitest';
import { withoutEndMarks } from '../../src/input/footnotes.js';
import { periodNote } from '../../src/input/period-notes.js';
import { notOfficeKind, rowLabel, yearBesideName } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const IA_GRAI = 'Chi cục THADS huyện Ia Grai';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa';
const OFFICES = [`${IA_GRAI};1.234;1.000`, `${DAK_DOA};1.100;900`];
const TITLE_2019 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';

const { both } = bothReaders('thads-period-note-marks-', ['--format', 'json']);
const json = (stdout: string) => JSON.parse(stdout);
const districts = (stdout: string) => json(stdout).groups.map((g: { district: string }) => g.district).sort();

const EARLIER = 'the figures of an earlier period set beside an office\'s for comparison, no office\'s of the report';
const year2018 = (name: string, fileYear: string) =>
  `"${name}" names the year 2018 beside the office's name, and ${fileYear}: the row holds that year's figures (a comparison), no office's of the report, and it would be added as an office [NOT_AN_OFFICE]`;

describe('withoutEndMarks: a name\'s footnote marks and closing punctuation', () => {
  it.each([
    ['… Chư Sê (Năm 2018)*', '… Chư Sê (Năm 2018)'], ['… (năm 2018).', '… (năm 2018)'], ['… (2018)(*)', '… (2018)'], ['… (2018) (1)', '… (2018)'],
    ['… (năm 2018)¹', '… (năm 2018)'], ['… (2018)[**];', '… (2018)'], ['… (2018)*.', '… (2018)'], ['… (2018),', '… (2018)'],
    ['Phòng THADS khu vực 12', 'Phòng THADS khu vực 12'], ['Chi cục THADS Quận 1', 'Chi cục THADS Quận 1'], ['(1)', '(1)'], ['*', '*'],
  ])('%j → %j', (text, bare) => {
    expect(withoutEndMarks(text)).toBe(bare);
  });
});

describe('periodNote: more words', () => {
  it.each([['Năm thống kê 2018', 2018], ['năm TK 2018', 2018], ['TK 2018', 2018], ['SL 2018', 2018], ['SL năm 2018', 2018], ['BC năm 2018', 2018]])('%j: a whole statistics year, %s', (note, year) => {
    expect(periodNote(note)).toEqual({ kind: 'year', year });
  });
  it.each(['kỳ BC trước', 'BC trước', 'SL cũ'])('%j: an earlier period', (note) => {
    expect(periodNote(note)).toEqual({ kind: 'earlier' });
  });
  it.each(['thông tin 2018', 'TK', 'SL', 'ĐT 2018'])('%j: no period', (note) => {
    expect(periodNote(note)).toBeNull();
  });
});

describe('last year\'s row of an office, its note before a mark or in other words, in a 2019 file (finding 01)', () => {
  it.each(['(Năm 2018)*', '(năm 2018).', '(2018)(*)', '(Năm 2018)¹', '(năm 2018) (1)', '(2018),', '(Năm thống kê 2018)', '(SL 2018)', '(TK 2018)', '(niên độ 2017-2018)*', '- 2018.'])(
    '"… %s": refused at its line (3634 / 2800 was printed)',
    async (suffix) => {
      const name = `${IA_GRAI} ${suffix}`;
      expect(yearBesideName(name)).toEqual({ name: IA_GRAI, year: 2018 });
      const r = await both('marks-2019.csv', [HEADER, OFFICES[0]!, `${name};1.300;900`, OFFICES[1]!]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`FILE:3:1: error: ${year2018(name, 'the file\'s is 2019')}`);
    },
  );

  it.each(['(kỳ BC trước)', '(kỳ BC trước)*', '(BC trước)', '(SL cũ).', '(năm ngoái)(*)'])('"… %s": refused at its line as an earlier period\'s', async (suffix) => {
    const name = `${IA_GRAI} ${suffix}`;
    expect(notOfficeKind(name)).toBe(EARLIER);
    const r = await both('earlier-marks-2019.csv', [HEADER, OFFICES[0]!, `${name};1.300;900`, OFFICES[1]!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${name}" holds ${EARLIER}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each(['(năm 2019)*', '(Năm thống kê 2019).', '(2019)(*)', '(SL 2019)', '(TK 2019) (1)'])('"Đắk Đoa %s" in a 2019 report: the note and its mark taken off, 2334 / 1900 = 81.41', async (suffix) => {
    const r = await both('own-marks-2019.csv', [HEADER, OFFICES[0]!, `${DAK_DOA} ${suffix};1.100;900`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ withConditions: '2334', resolved: '1900', rate: '81.41' });
    expect(districts(r.stdout)).toEqual([DAK_DOA, IA_GRAI].sort());
  });

  it.each([`${DAK_DOA}*`, `${DAK_DOA} (1)`, `${DAK_DOA} (thành lập 2018)*`, `${DAK_DOA} (từ 2020).`, 'Phòng THADS khu vực 12*', 'Chi cục THADS Quận 1.'])(
    'guard: "%s" stays an office, its marks its name\'s (1234 + 1100 + 10 / 1000 + 900 + 5)',
    async (name) => {
      expect(yearBesideName(name)).toBeNull();
      expect(rowLabel(name)).toBe('office');
      const r = await both('guard-marks-2019.csv', [HEADER, ...OFFICES, `${name};10;5`]);
      expect(r.code).toBe(0);
      expect(json(r.stdout).total.cases).toMatchObject({ withConditions: '2344', resolved: '1905' });
      expect(districts(r.stdout)).toContain(name);
    },
  );
});

describe('"(cũ)*": the old mark with a footnote star is the old mark (work101b 01)', () => {
  it('"Đắk Đoa (cũ)*" beside "Đắk Đoa" in a 2019 file is refused as "(cũ)" is: one office twice, never added', async () => {
    // was kept as an office of its own and added (2344 / 1905); the star is a footnote's, the mark "(cũ)"
    const r = await both('old-star-2019.csv', [HEADER, ...OFFICES, `${DAK_DOA} (cũ)*;10;5`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`("${DAK_DOA} (cũ)*") is office "${DAK_DOA}" of line 3 marked old`);
  });
});

describe('the title\'s year beside every office, the file\'s year unknown (finding 05)', () => {
  const YEAR_UNKNOWN = 'FILE: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2019), so no target applies [YEAR_UNKNOWN]';

  it('"… (năm 2019)" under "… NĂM 2019": the note taken off, 2334 / 1900 = 81.41 %, the rows\' year still unknown', async () => {
    const r = await both('title-notes-viec.csv', [TITLE_2019, HEADER, `${IA_GRAI} (năm 2019);1.234;1.000`, `${DAK_DOA} (năm 2019)*;1.100;900`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(YEAR_UNKNOWN);
    expect(r.stderr).not.toContain('error');
    const out = json(r.stdout);
    expect(out.total.cases).toMatchObject({ withConditions: '2334', resolved: '1900', rate: '81.41' });
    expect(out.groups.map((g: { year: unknown }) => g.year)).toEqual([null, null]);
    expect(districts(r.stdout)).toEqual([DAK_DOA, IA_GRAI].sort());
  });

  it('a note of another year than the title\'s: still refused, the title\'s year said', async () => {
    const name = `${DAK_DOA} (năm 2018)`;
    const r = await both('title-other-viec.csv', [TITLE_2019, HEADER, `${IA_GRAI} (năm 2019);1.234;1.000`, `${name};1.100;900`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: ${year2018(name, 'the file\'s year is unknown (its title says 2019)')}`);
  });

  it('no year in the title either: a year beside a name is refused as before', async () => {
    const name = `${IA_GRAI} (năm 2018)`;
    const r = await both('no-title-viec.csv', [HEADER, `${name};1.234;1.000`, OFFICES[1]!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:2:1: error: ${year2018(name, 'the file\'s year is unknown')}`);
  });
});
