// 2025: a numbered "Phòng THADS khu vực" row WITHOUT figures over its former Chi cục written in
// full ("Chi cục THADS huyện Chư Păh (cũ)", "TP Pleiku (cũ)", "Huyện Chư Păh (cũ)") — round 67b,
// 02. The four defunct Chi cục were printed and ranked as the 2025 offices (x/4), the Phòng
// "left out"; the same rows written bare ("Pleiku", "Chư Păh (cũ)") were read right. Now a
// former office's full name is one of the khu vực's parts as its bare name is (read-csv.ts
// enforcerRow, namesFormerOffice). Both readers agree. Figures by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-phong-title-', ['--format', 'csv']);

/** name, cases with conditions/resolved, rate, rank/of */
function rows(csv: string): string[] {
  const [header, ...lines] = csv.trim().split('\n');
  const cols = header!.split(',');
  const at = (n: string) => cols.indexOf(n);
  return lines.map((l) => {
    const c = l.split(',');
    const rank = c[at('cases_rank')] ? ` ${c[at('cases_rank')]}/${c[at('cases_rank_of')]}` : '';
    return `${c[at('district')]} ${c[at('cases_with_conditions')]}/${c[at('cases_resolved')]} ${c[at('cases_rate')]}${rank}`;
  });
}

const title = (year: number) => ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM ${year},,,`, '(Từ ngày 01/10/2024 đến ngày 30/9/2025),,,'];
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

/** The Gia Lai report of 2025: two Phòng without figures, each over two parts named `parts`. */
const report = (parts: readonly [string, string, string, string], kv: readonly [string, string] = ['1', '2']) => [
  ...title(2025),
  HEADER,
  `${kv[0]},Phòng THADS khu vực 1,,`,
  `,${parts[0]},320,240`,
  `,${parts[1]},100,80`,
  `${kv[1]},Phòng THADS khu vực 2,,`,
  `,${parts[2]},200,150`,
  `,${parts[3]},300,250`,
  ',Tổng cộng,920,720',
];
// khu vực 1 = Pleiku + Chư Păh: 320+100 = 420, 240+80 = 320, 320/420 = 76,19 %
// khu vực 2 = Ia Grai + Đức Cơ: 200+300 = 500, 150+250 = 400, 400/500 = 80,00 % → kv2 1/2, kv1 2/2
// TOTAL 920 / 720 = 78,26 %
const READ = [
  'Phòng THADS khu vực 1 420/320 76.19 2/2',
  'Phòng THADS khu vực 2 500/400 80.00 1/2',
  'TOTAL 920/720 78.26',
];

describe('a figureless Phòng over its former Chi cục named in full', () => {
  it('the finding: "Chi cục THADS … (cũ)" — the Phòng are the offices (were the four Chi cục, x/4)', async () => {
    const r = await both('gia-lai-viec-2025.csv', report(['Chi cục THADS thành phố Pleiku (cũ)', 'Chi cục THADS huyện Chư Păh (cũ)', 'Chi cục THADS huyện Ia Grai (cũ)', 'Chi cục THADS huyện Đức Cơ (cũ)']));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    // (as with the bare names: the Phòng's two rows are said to be added together; nothing left out)
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it.each([
    ['"TP X (cũ)", "Huyện X (cũ)"', ['TP Pleiku (cũ)', 'Huyện Chư Păh (cũ)', 'Huyện Ia Grai (cũ)', 'Huyện Đức Cơ (cũ)']],
    ['"Thành phố X (cũ)", "Chi cục … cũ" without brackets', ['Thành phố Pleiku (cũ)', 'Chi cục THADS huyện Chư Păh cũ', 'Chi cục THADS huyện Ia Grai cũ', 'Chi cục THADS huyện Đức Cơ cũ']],
    ['no diacritics, upper case, "(trước sáp nhập)"', ['Chi cuc THADS TP Pleiku (cu)', 'CHI CỤC THADS HUYỆN CHƯ PĂH (CŨ)', 'Chi cục Thi hành án dân sự huyện Ia Grai (trước sáp nhập)', 'Chi cuc THADS huyen Duc Co (cu)']],
    ['a 2025 "Chi cục …" unmarked (none exists after 1/7/2025), mixed with marked and bare', ['Chi cục THADS thành phố Pleiku', 'Chư Păh (cũ)', 'Chi cục THADS huyện Ia Grai', 'Đức Cơ']],
    ['the bare names (as before)', ['Pleiku', 'Chư Păh', 'Ia Grai', 'Đức Cơ']],
  ])('%s: the same', async (_, parts) => {
    const r = await both('gia-lai-2025.csv', report(parts as [string, string, string, string]));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('in an xlsx: the same', async () => {
    const lines = report(['Chi cục THADS thành phố Pleiku (cũ)', 'TP Chư Păh (cũ)', 'Huyện Ia Grai (cũ)', 'Chi cục THADS huyện Đức Cơ']);
    // (the helper splits cells on ';')
    const r = await summarizeLinesWorkbook(dir, 'gia-lai-2025.xlsx', lines.map((l) => l.replace(/,/g, ';')), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: ordinary files read as before', () => {
  it('2019: Khối sections over Chi cục rows — the Chi cục are the offices', async () => {
    const r = await both('gia-lai-2019.csv', [
      ...title(2019).slice(0, 2),
      HEADER,
      'I,Khối thành phố,,',
      '1,Chi cục THADS thành phố Pleiku,320,240',
      'II,Khối huyện,,',
      '2,Chi cục THADS huyện Chư Păh,100,80',
      '3,Chi cục THADS huyện Ia Grai,200,150',
      ',Tổng cộng,620,470',
    ]);
    // 320+100+200 = 620, 240+80+150 = 470 (75,81 %); Chư Păh 80,00 % 1/3, Pleiku and Ia Grai 75,00 % 2/3
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS thành phố Pleiku 320/240 75.00 2/3',
      'Chi cục THADS huyện Chư Păh 100/80 80.00 1/3',
      'Chi cục THADS huyện Ia Grai 200/150 75.00 2/3',
      'TOTAL 620/470 75.81',
    ]);
  });

  it('2025: Chi cục rows without any Phòng heading — the Chi cục are the offices', async () => {
    const r = await both('gia-lai-chi-cuc-2025.csv', [
      ...title(2025),
      HEADER,
      '1,Chi cục THADS thành phố Pleiku,320,240',
      '2,Chi cục THADS huyện Chư Păh (cũ),100,80',
      ',Chi cục THADS huyện Ia Grai,200,150',
      ',Tổng cộng,620,470',
    ]);
    // as in 2019: 620/470 = 75,81 %
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS thành phố Pleiku 320/240 75.00 2/3',
      'Chi cục THADS huyện Chư Păh (cũ) 100/80 80.00 1/3',
      'Chi cục THADS huyện Ia Grai 200/150 75.00 2/3',
      'TOTAL 620/470 75.81',
    ]);
  });

  it('2025: a Phòng heading WITH figures over its full-named parts — the Phòng stands, checked', async () => {
    const r = await both('gia-lai-phong-2025.csv', [
      ...title(2025),
      HEADER,
      '1,Phòng THADS khu vực 1,420,320',
      ',Chi cục THADS thành phố Pleiku (cũ),320,240',
      ',Chi cục THADS huyện Chư Păh (cũ),100,80',
      '2,Phòng THADS khu vực 2,500,400',
      ',Ia Grai (cũ),200,150',
      ',Chi cục THADS huyện Đức Cơ,300,250',
      ',Tổng cộng,920,720',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('2024 (before the khu vực): a figureless Phòng over Chi cục "(cũ)" — left out and said, the Chi cục the offices', async () => {
    const r = await both('gia-lai-2024.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024,,,',
      HEADER,
      '1,Phòng THADS khu vực 1,,',
      ',Chi cục THADS thành phố Pleiku (cũ),320,240',
      ',Chi cục THADS huyện Chư Păh (cũ),100,80',
      ',Tổng cộng,420,320',
    ]);
    // 320+100 = 420, 240+80 = 320 (76,19 %); Chư Păh 80,00 % 1/2, Pleiku 75,00 % 2/2
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_WITHOUT_FIGURES']);
    expect(r.stderr).toContain('FILE:4:3: warning: "Phòng THADS khu vực 1" is numbered as an office but its row has no figure: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]');
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS thành phố Pleiku (cũ) 320/240 75.00 2/2',
      'Chi cục THADS huyện Chư Păh (cũ) 100/80 80.00 1/2',
      'TOTAL 420/320 76.19',
    ]);
  });

  it('2025: a figureless Phòng over an office that is no former Chi cục — left out and said, as before', async () => {
    const r = await both('gia-lai-van-phong-2025.csv', [
      ...title(2025),
      HEADER,
      '1,Phòng THADS khu vực 1,,',
      ',Văn phòng Cục THADS tỉnh Gia Lai,320,240',
      '2,Phòng THADS khu vực 2,500,400',
      ',Tổng cộng,820,640',
    ]);
    // 320+500 = 820, 240+400 = 640 (78,05 %); kv2 80,00 % 1/2, Văn phòng 75,00 % 2/2
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_WITHOUT_FIGURES']);
    expect(rows(r.stdout)).toEqual([
      'Văn phòng Cục THADS tỉnh Gia Lai 320/240 75.00 2/2',
      'Phòng THADS khu vực 2 500/400 80.00 1/2',
      'TOTAL 820/640 78.05',
    ]);
  });
});

describe('the Phòng numbered as Roman sections without figures (variant: was refused NOT_AN_OFFICE)', () => {
  const PARTS = ['Chi cục THADS thành phố Pleiku (cũ)', 'Chi cục THADS huyện Chư Păh (cũ)', 'Chi cục THADS huyện Ia Grai (cũ)', 'Chi cục THADS huyện Đức Cơ (cũ)'];
  /** Phòng I, II without figures (or kv2's `kv2`), the parts numbered `n` */
  const roman = (n: readonly [string, string, string, string], parts = PARTS, kv2 = 'II,Phòng THADS khu vực 2,,') => [
    ...title(2025),
    HEADER,
    'I,Phòng THADS khu vực 1,,',
    `${n[0]},${parts[0]},320,240`,
    `${n[1]},${parts[1]},100,80`,
    kv2,
    `${n[2]},${parts[2]},200,150`,
    `${n[3]},${parts[3]},300,250`,
    ',Tổng cộng,920,720',
  ];

  it.each([
    ['1…4 across the province (the finding)', ['1', '2', '3', '4']],
    ['1, 2 again under each', ['1', '2', '1', '2']],
    ['without an STT', ['', '', '', '']],
  ])('parts numbered %s: the Phòng are the offices', async (_, n) => {
    const r = await both('gia-lai-roman-2025.csv', roman(n as [string, string, string, string]));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('in an xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'gia-lai-roman-2025.xlsx', roman(['1', '2', '3', '4']).map((l) => l.replace(/,/g, ';')), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('short names "TP X (cũ)", "Huyện X (cũ)", bare "X (cũ)": the same', async () => {
    const r = await both('gia-lai-roman-2025.csv', roman(['1', '2', '3', '4'], ['TP Pleiku (cũ)', 'Huyện Chư Păh (cũ)', 'Ia Grai (cũ)', 'Chi cuc THADS huyen Duc Co (cu)']));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('khu vực 2 with its figures (500/400 = Ia Grai + Đức Cơ): stands, checked; khu vực 1 their sum', async () => {
    const r = await both('gia-lai-roman-2025.csv', roman(['1', '2', '3', '4'], PARTS, 'II,Phòng THADS khu vực 2,500,400'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    // (only khu vực 1, summed from two rows, is said)
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('an unmarked Chi cục after the marked parts: refused, nothing checks a khu vực without figures', async () => {
    const r = await both('gia-lai-roman-2025.csv', roman(['1', '2', '3', '4'], ['Chi cục THADS thành phố Pleiku (cũ)', 'Chi cục THADS huyện Chư Păh', PARTS[2]!, PARTS[3]!]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: "Chi cục THADS huyện Chư Păh" follows the former offices marked "(cũ)" under "Phòng THADS khu vực 1" (line 5), a khu vực numbered as a Roman section without figures: it may be one of its parts, unmarked, or an office of its own, which thads cannot tell apart [NOT_AN_OFFICE]');
  });

  it('over-reach: unmarked Chi cục right under the Roman Phòng stay refused as before (no marked part follows it)', async () => {
    const r = await both('gia-lai-roman-2025.csv', roman(['1', '2', '3', '4'], ['Chi cục THADS thành phố Pleiku', 'Chi cục THADS huyện Chư Păh', 'Chi cục THADS huyện Ia Grai', 'Chi cục THADS huyện Đức Cơ']));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toContain('FILE:6:1: error: "Chi cục THADS thành phố Pleiku" (numbered "1") is a line under "Phòng THADS khu vực 1" (line 5), a title without figures that is no section, level or group of offices');
  });
});
