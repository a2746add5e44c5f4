// An enforcer listed by his job title first ("Chi cục trưởng Trần Văn Bình", "Chi cục phó Lê Thị
// Hoa", "Chi cục trưởng" alone) under a column headed "Chấp hành viên"/"Họ tên" was taken for the
// office's own line — its name begins "Chi cục" — and the file refused OFFICE_SUBTOTAL_MISMATCH
// (round 62a, 01). "Chi cục" then "trưởng"/"phó" names a person: his row is added with the others'.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-enforcer-title-', ['--format', 'csv']);

const FILE = 'Chi cục THADS huyện Mỹ Lộc 2024.csv';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024';
const header = (name: string) => `STT;${name};Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong;Chưa có điều kiện;Hoãn, tạm đình chỉ;Chuyển kỳ sau`;
const FIGURES = ['303;212;169;7;176;88;3;127', '252;176;140;9;149;70;6;103', '397;277;221;10;231;115;5;166', '158;110;88;5;93;46;2;65'];
/** the four enforcers' rows, numbered 1–4, named `names` */
const enforcers = (names: readonly string[]) => names.map((n, i) => `${i + 1};${n};${FIGURES[i]}`);

/** district, to execute, with conditions, completed, terminated, without conditions, deferred, resolved, carried forward, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[8], c[9], c[10], c[11], c[16], c[17], c[18], c[19], c[20]].join(' ');
  });
}
// By hand, the four enforcers' sum:
// to execute 303 + 252 + 397 + 158 = 1110; with conditions 212 + 176 + 277 + 110 = 775;
// completed 169 + 140 + 221 + 88 = 618; terminated 7 + 9 + 10 + 5 = 31; resolved 176 + 149 + 231 + 93 = 649;
// without conditions 88 + 70 + 115 + 46 = 319; deferred 3 + 6 + 5 + 2 = 16 (775 + 319 + 16 = 1110);
// carried forward 127 + 103 + 166 + 65 = 461 (1110 − 649); rate 649 / 775 = 0.83741… → 83.74 %
const SUM = '1110 775 618 31 319 16 649 461 83.74';
const READ = [`Chi cục THADS huyện Mỹ Lộc ${SUM}`, `TOTAL ${SUM}`];

describe('an enforcer written with his title first: a person, his row added (was OFFICE_SUBTOTAL_MISMATCH)', () => {
  const cases: [string, string[]][] = [
    ['the finding: head and deputy first', ['Chi cục trưởng Trần Văn Bình', 'Phó Chi cục trưởng Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan']],
    ['the title alone', ['Chi cục trưởng', 'Phó Chi cục trưởng', 'Nguyễn Văn An', 'Phạm Thị Lan']],
    ['"Chi cục phó …" third', ['Trần Văn Bình', 'Nguyễn Văn An', 'Chi cục phó Lê Thị Hoa', 'Phạm Thị Lan']],
    ['"Chi cục trưởng …" last', ['Trần Văn Bình', 'Lê Thị Hoa', 'Nguyễn Văn An', 'Chi cục trưởng Phạm Thị Lan']],
    ['"Chi cục trưởng" alone last', ['Trần Văn Bình', 'Lê Thị Hoa', 'Nguyễn Văn An', 'Chi cục trưởng']],
    ['upper case', ['CHI CỤC TRƯỞNG TRẦN VĂN BÌNH', 'CHI CỤC PHÓ LÊ THỊ HOA', 'NGUYỄN VĂN AN', 'PHẠM THỊ LAN']],
    ['a mark after the title', ['Chi cục trưởng: Trần Văn Bình', 'Chi cục phó - Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan']],
    ['decomposed (NFD) text', ['Chi cục trưởng Trần Văn Bình'.normalize('NFD'), 'Chi cục phó Lê Thị Hoa'.normalize('NFD'), 'Nguyễn Văn An', 'Phạm Thị Lan']],
    ['without diacritics, the title alone or before a mark', ['Chi cuc truong', 'Chi cuc pho: Le Thi Hoa', 'Nguyen Van An', 'Pham Thi Lan']],
    ['"Trưởng phòng …", "Phó trưởng phòng …"', ['Trưởng phòng Trần Văn Bình', 'Phó trưởng phòng Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan']],
  ];
  for (const [what, names] of cases) {
    for (const head of ['Họ tên Chấp hành viên', 'Chấp hành viên']) {
      it(`${what}, headed "${head}": 1110 / 775 / 649, 83.74 %`, async () => {
        const r = await both(FILE, [TITLE, header(head), ...enforcers(names)]);
        expect(r.code, r.stderr).toBe(0);
        expect(rows(r.stdout)).toEqual(READ);
        expect(stderrCodes(r.stderr)).not.toContain('OFFICE_SUBTOTAL_MISMATCH');
      });
    }
  }

  it('with the office\'s own line as well: checked against the four, counted once', async () => {
    const r = await both(FILE, [TITLE, header('Chấp hành viên'), ';Chi cục THADS huyện Mỹ Lộc;1110;775;618;31;649;319;16;461', ...enforcers(['Chi cục trưởng Trần Văn Bình', 'Chi cục phó Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan'])]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('xlsx: the finding\'s sheet, the same', async () => {
    const r = await summarizeLinesWorkbook(dir, FILE.replace('.csv', '.xlsx'), [TITLE, header('Họ tên Chấp hành viên'), ...enforcers(['Chi cục trưởng Trần Văn Bình', 'Phó Chi cục trưởng Lê Thị Hoa', 'Chi cục phó Nguyễn Văn An', 'Chi cục trưởng'])], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: the office\'s own line still read as its enforcers\' subtotal', () => {
  // (each in its own office's file: a line naming another office than the file's is refused, enforcer-office-line-spellings.test.ts)
  const offices: [office: string, place: string][] = [
    ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Mỹ Lộc'], ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC', 'Chi cục THADS huyện Mỹ Lộc'],
    ['Chi cục Phổ Yên', 'Phổ Yên'], ['Chi cục Trường Sa', 'Trường Sa'], ['Chi cuc Pho Yen', 'Phổ Yên'],
  ];
  for (const [office, place] of offices) {
    it(`"${office}" above the four: counted once (2220 if added)`, async () => {
      const r = await both(`${place} 2024.csv`, [TITLE, header('Chấp hành viên'), `;${office};1110;775;618;31;649;319;16;461`, ...enforcers(['Trần Văn Bình', 'Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan'])]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([`${place} ${SUM}`, `TOTAL ${SUM}`]);
    });
  }

  it('"Chi cục THADS huyện Mỹ Lộc" that is not the four\'s sum (resolved 650 against 649): refused, never added', async () => {
    const r = await both(FILE, [TITLE, header('Chấp hành viên'), ...enforcers(['Chi cục trưởng Trần Văn Bình', 'Lê Thị Hoa', 'Nguyễn Văn An', 'Phạm Thị Lan']), ';Chi cục THADS huyện Mỹ Lộc;1110;775;618;31;650;319;16;461']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7: error: "Chi cục THADS huyện Mỹ Lộc" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 3–6)');
    expect(stderrCodes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
  });

  it('"Phòng THADS khu vực 1" over its enforcers, the head among them: counted once', async () => {
    // 300 + 250 + 280 = 830, 200 + 180 + 190 = 570, 170 + 160 + 150 = 480; 480 / 570 = 0.84210… → 84.21 %
    const r = await both('Phòng THADS khu vực 1 - viec 2025.csv', [
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2025', 'STT;Chấp hành viên;Tổng số phải thi hành;Có điều kiện thi hành;Giải quyết xong',
      ';Phòng THADS khu vực 1;830;570;480', '1;Trưởng phòng Nguyễn Văn An;300;200;170', '2;Trần Thị Bình;250;180;160', '3;Lê Văn Cường;280;190;150',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const total = r.stdout.trim().split('\n').at(-1)!.split(',');
    expect([total[1], total[8], total[9], total[18], total[20]]).toEqual(['TOTAL', '830', '570', '480', '84.21']);
  });
});
