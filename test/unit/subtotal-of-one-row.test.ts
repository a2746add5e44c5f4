// A labelled subtotal ("Cộng …") that equals one office row is that row's subtotal only when the
// row is the whole of its section: a section title or a declared row on its far side (the table's
// edge is none: its first row opens the list of offices). Carved out of a run of offices it may
// as well be an office whose figures equal its neighbour's ("Cộng Hòa", a commune's name, under
// "Thanh Hà"): refused, never dropped or added (round 40, finding 02; round 41a, 01), unless the
// file's declared total matches one reading only (round 41a, 01b). A label that never names an
// office ("Cộng khối Cục", "Cộng Phòng khu vực") is in no doubt: its one row is its section.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/domain/decimal.js';
import { DeclaredRows, type Sums } from '../../src/domain/declared-rows.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';
import { mayNameOffice } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
const ARGS = ['--year', '2019', '--format', 'csv'];
const { both } = bothReaders('thads-one-row-sub-', ARGS);

/** The office rows and the TOTAL row of a CSV summary, as "name with/resolved". */
function summary(stdout: string): string[] {
  const [header, ...rows] = stdout.trim().split('\n');
  const cols = header!.split(',');
  const [name, withConditions, resolved] = ['district', 'cases_with_conditions', 'cases_resolved'].map((c) => cols.indexOf(c));
  return rows.map((r) => r.split(',')).map((c) => `${c[name!]} ${c[withConditions!]}/${c[resolved!]}`);
}

const message = (line: number, name: string, side: 'above' | 'below') =>
  `FILE:${line}:2: error: "${name}" has the figures of the one office row ${side} it, and no section title or total bounds that row: it is either an office whose figures equal the row ${side} it or a subtotal of that one row, and thads cannot tell which [SUBTOTAL_OF_ONE_ROW]`;

describe('a subtotal of one office row carved out of a run of offices', () => {
  it('"Cộng Hòa" equal to the row above is refused at its row (it was dropped: 600/530 for 700/620)', async () => {
    const r = await both('cong-hoa-viec-2019.csv', [
      HEADER,
      '1,Chi cục THADS huyện Nam Sách,300,270',
      '2,Chi cục THADS huyện Thanh Hà,100,90',
      '3,Cộng Hòa,100,90',
      '4,Chi cục THADS huyện Kim Thành,200,170',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(4, 'Cộng Hòa', 'above')]);
    expect(r.stderr).toContain('hint: if the row is an office, rename it');
  });

  it('renamed as an office it is added: 4 offices, 700/620', async () => {
    const r = await both('cong-hoa-office-viec-2019.csv', [
      HEADER,
      '1,Chi cục THADS huyện Nam Sách,300,270',
      '2,Chi cục THADS huyện Thanh Hà,100,90',
      '3,Chi cục THADS huyện Cộng Hòa,100,90',
      '4,Chi cục THADS huyện Kim Thành,200,170',
    ]);
    expect(r.code).toBe(0);
    expect(summary(r.stdout)).toEqual([
      'Chi cục THADS huyện Nam Sách 300/270',
      'Chi cục THADS huyện Thanh Hà 100/90',
      'Chi cục THADS huyện Cộng Hòa 100/90',
      'Chi cục THADS huyện Kim Thành 200/170',
      'TOTAL 700/620',
    ]);
  });

  it('one row below it, more offices after that: refused too (it heads no whole section)', async () => {
    const r = await both('below-viec-2019.csv', [HEADER, '1,Mỹ Lộc,300,270', '2,Cộng Hòa,100,90', '3,Vụ Bản,100,90', '4,Nam Trực,200,170']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(3, 'Cộng Hòa', 'below')]);
  });

  it('"Công Đa" and "Cộng Hòa" among 15 communes: both refused (2410 for 2610 before)', async () => {
    const r = await both('names-viec-2019.csv', [
      HEADER,
      '1,Cao Lộc,300,270', '2,Cao Lãnh,400,350', '3,Cao Phong,200,180', '4,Thành phố Cao Bằng,500,450', '5,Trùng Khánh,150,140',
      '6,Trung Khánh,160,150', '7,Chung Sơn,100,90', '8,Tân Chung,100,90', '9,Toàn Thắng,100,90', '10,Tổng Chương,100,90',
      '11,Mục Sơn,100,90', '12,Công Đa,100,90', '13,Tân Cộng,100,90', '14,Dự An,100,90', '15,Cộng Hòa,100,90',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(13, 'Công Đa', 'below'), message(16, 'Cộng Hòa', 'above')]);
  });

  it('with other figures the same row stays a subtotal that does not add up', async () => {
    const r = await both('b-viec-2019.csv', [HEADER, '1,Mỹ Lộc,300,270', '2,Cộng Hòa,100,90', '3,Vụ Bản,400,350']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: declared subtotal "Cộng Hòa" has cases with conditions 100, but the rows above it add up to 300 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).not.toContain('SUBTOTAL_OF_ONE_ROW');
  });
});

describe('the table\'s edges bound no section (round 41a, finding 01)', () => {
  it('"Cộng Hòa" under the table\'s first row, no total: refused at its row (it was dropped: 260/230 for 360/320)', async () => {
    const r = await both('first-row-viec-2019.csv', [HEADER, '1,Chi cục THADS huyện Nam Sách,100,90', '2,Cộng Hòa,100,90', '3,Chi cục THADS huyện Mỹ Lộc,160,140']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(3, 'Cộng Hòa', 'above')]);
  });

  it('"Cộng Hòa" over the table\'s last row, no total: refused at its row', async () => {
    const r = await both('last-row-viec-2019.csv', [HEADER, '1,Chi cục THADS huyện Nam Sách,300,270', '2,Chi cục THADS huyện Thanh Hà,160,140', '3,Cộng Hòa,100,90', '4,Chi cục THADS huyện Mỹ Lộc,100,90']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(4, 'Cộng Hòa', 'below')]);
  });
});

describe('the file\'s declared total decides a one-row subtotal (round 41a, finding 01b)', () => {
  const rows = (total: string) => [
    HEADER,
    '1,Chi cục THADS huyện Nam Sách,300,270',
    '2,Chi cục THADS huyện Thanh Hà,100,90',
    '3,Cộng Hòa,100,90',
    '4,Chi cục THADS huyện Kim Thành,200,170',
    `,Tổng cộng,${total}`,
  ];

  it('"Tổng cộng 700/620" = 300+100+100+200 / 270+90+90+170: "Cộng Hòa" is an office (4 offices, 700/620)', async () => {
    const r = await both('total-office-viec-2019.csv', rows('700,620'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout).sort()).toEqual(
      ['Chi cục THADS huyện Nam Sách 300/270', 'Chi cục THADS huyện Thanh Hà 100/90', 'Cộng Hòa 100/90', 'Chi cục THADS huyện Kim Thành 200/170', 'TOTAL 700/620'].sort(),
    );
  });

  it('"Tổng cộng 600/530" = 300+100+200 / 270+90+170: "Cộng Hòa" is Thanh Hà\'s subtotal, checked (3 offices, 600/530)', async () => {
    const r = await both('total-subtotal-viec-2019.csv', rows('600,530'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Chi cục THADS huyện Nam Sách 300/270', 'Chi cục THADS huyện Thanh Hà 100/90', 'Chi cục THADS huyện Kim Thành 200/170', 'TOTAL 600/530']);
  });

  it('a total that matches neither reading (650/575): refused, one-row subtotal and total mismatch both', async () => {
    const r = await both('total-neither-viec-2019.csv', rows('650,575'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([
      message(4, 'Cộng Hòa', 'above'),
      'FILE:6:3: error: declared total "Tổng cộng" has cases with conditions 650, but the office rows add up to 600 [DECLARED_TOTAL_MISMATCH]',
      'FILE:6:4: error: declared total "Tổng cộng" has cases resolved 575, but the office rows add up to 530 [DECLARED_TOTAL_MISMATCH]',
    ]);
  });

  it('a total that matches one figure of each reading (700/530): refused the same way (every figure must match)', async () => {
    const r = await both('total-mixed-viec-2019.csv', rows('700,530'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([
      message(4, 'Cộng Hòa', 'above'),
      'FILE:6:3: error: declared total "Tổng cộng" has cases with conditions 700, but the office rows add up to 600 [DECLARED_TOTAL_MISMATCH]',
    ]);
  });

  it('a total that matches both readings (the row is 0/0): refused, no mismatch', async () => {
    const r = await both('total-both-viec-2019.csv', [HEADER, '1,Chi cục THADS huyện Nam Sách,300,270', '2,Chi cục THADS huyện Thanh Hà,0,0', '3,Cộng Hòa,0,0', '4,Chi cục THADS huyện Kim Thành,200,170', ',Tổng cộng,500,440']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([message(4, 'Cộng Hòa', 'above')]);
  });

  it('"Cộng Hòa" under the first row with "Tổng cộng 360/320": an office (3 offices, 360/320)', async () => {
    const r = await both('first-row-total-viec-2019.csv', [HEADER, '1,Chi cục THADS huyện Nam Sách,100,90', '2,Cộng Hòa,100,90', '3,Chi cục THADS huyện Mỹ Lộc,160,140', ',Tổng cộng,360,320']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout).sort()).toEqual(['Chi cục THADS huyện Nam Sách 100/90', 'Cộng Hòa 100/90', 'Chi cục THADS huyện Mỹ Lộc 160/140', 'TOTAL 360/320'].sort());
  });
});

describe('a subtotal of the one office row of its section', () => {
  it('under its section title: "I. Khối Cục | Văn phòng Cục | Cộng khối Cục" is read (450/400)', async () => {
    const r = await both('khoi-cuc-viec-2019.csv', [
      HEADER,
      'I,Khối Cục,,',
      '1,Văn phòng Cục,50,40',
      ',Cộng khối Cục,50,40',
      'II,Khối Chi cục,,',
      '1,Chi cục THADS huyện Mỹ Lộc,300,270',
      '2,Chi cục THADS huyện Vụ Bản,100,90',
      ',Cộng khối Chi cục,400,360',
      ',Tổng cộng,450,400',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Văn phòng Cục 50/40', 'Chi cục THADS huyện Mỹ Lộc 300/270', 'Chi cục THADS huyện Vụ Bản 100/90', 'TOTAL 450/400']);
  });

  // The table's first row opens the list of offices, no section: alone under "Cộng …" it is
  // ambiguous unless a title bounds it or the file's total tells the readings apart.
  it('"Cộng khối Cục" under the table\'s first row, no title, no total: read as its subtotal, for it never names an office (450/400)', async () => {
    const r = await both('start-viec-2019.csv', [HEADER, '1,Văn phòng Cục,50,40', ',Cộng khối Cục,50,40', '2,Chi cục THADS huyện Mỹ Lộc,300,270', '3,Chi cục THADS huyện Vụ Bản,100,90']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Văn phòng Cục 50/40', 'Chi cục THADS huyện Mỹ Lộc 300/270', 'Chi cục THADS huyện Vụ Bản 100/90', 'TOTAL 450/400']);
  });

  it.each([
    ['Cộng Phòng khu vực', 'Phòng THADS khu vực 1'],
    ['Cộng các Phòng THADS khu vực', 'Phòng THADS khu vực 1'],
    ['Cộng huyện Mỹ Lộc', 'Chi cục THADS huyện Mỹ Lộc'],
  ])('"%s" over the one office of a file (no title, no total): read as its subtotal (100/90)', async (label, office) => {
    const r = await both('one-viec-2019.csv', [HEADER, `1,${office},100,90`, `,${label},100,90`]);
    expect(r.code, r.stderr).toBe(0);
    expect(summary(r.stdout)).toEqual([`${office} 100/90`, 'TOTAL 100/90']);
  });

  it('bare "Cộng" there, no total, is the file\'s total (SPEC): refused as one that does not add up (450/400)', async () => {
    const r = await both('start-cong-viec-2019.csv', [HEADER, '1,Văn phòng Cục,50,40', ',Cộng,50,40', '2,Chi cục THADS huyện Mỹ Lộc,300,270', '3,Chi cục THADS huyện Vụ Bản,100,90']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toEqual([
      'FILE:3:3: error: declared total "Cộng" has cases with conditions 50, but the office rows add up to 450 [DECLARED_TOTAL_MISMATCH]',
      'FILE:3:4: error: declared total "Cộng" has cases resolved 40, but the office rows add up to 400 [DECLARED_TOTAL_MISMATCH]',
    ]);
  });

  it.each(['Cộng', 'Cộng khối Cục'])('"%s" under the table\'s first row with "Tổng cộng 450/400": the total reads it as a subtotal (as an office: 500/440)', async (label) => {
    const r = await both('start-total-viec-2019.csv', [HEADER, '1,Văn phòng Cục,50,40', `,${label},50,40`, '2,Chi cục THADS huyện Mỹ Lộc,300,270', '3,Chi cục THADS huyện Vụ Bản,100,90', ',Tổng cộng,450,400']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Văn phòng Cục 50/40', 'Chi cục THADS huyện Mỹ Lộc 300/270', 'Chi cục THADS huyện Vụ Bản 100/90', 'TOTAL 450/400']);
  });

  it('under its title as the table\'s first rows: "Khối Cục | Văn phòng Cục | Cộng khối Cục" is read (450/400, no total)', async () => {
    const r = await both('start-title-viec-2019.csv', [HEADER, 'I,Khối Cục,,', '1,Văn phòng Cục,50,40', ',Cộng khối Cục,50,40', 'II,Khối Chi cục,,', '2,Chi cục THADS huyện Mỹ Lộc,300,270', '3,Chi cục THADS huyện Vụ Bản,100,90']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Văn phòng Cục 50/40', 'Chi cục THADS huyện Mỹ Lộc 300/270', 'Chi cục THADS huyện Vụ Bản 100/90', 'TOTAL 450/400']);
  });

  it('after a previous subtotal: the one row between two "Cộng khối" rows is its section (450/400)', async () => {
    const r = await both('after-sub-viec-2019.csv', [
      HEADER,
      '1,Chi cục THADS huyện Mỹ Lộc,300,270',
      '2,Chi cục THADS huyện Vụ Bản,100,90',
      ',Cộng khối Chi cục,400,360',
      '3,Văn phòng Cục,50,40',
      ',Cộng khối Cục,50,40',
      ',Tổng cộng,450,400',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(summary(r.stdout)).toEqual(['Chi cục THADS huyện Mỹ Lộc 300/270', 'Chi cục THADS huyện Vụ Bản 100/90', 'Văn phòng Cục 50/40', 'TOTAL 450/400']);
  });
});

describe('mayNameOffice: which declared labels could be an office\'s name', () => {
  it.each(['Cộng Hòa', 'Công Đa', 'Cộng Tiền Giang', 'Nam Định', 'Cấp tỉnh', '3. Cộng Hòa'])('"%s" could', (label) => expect(mayNameOffice(label)).toBe(true));
  it.each(['Cộng khối Cục', 'Khối Chi cục', 'Cộng các Phòng THADS khu vực', 'Cộng Phòng khu vực', 'Cộng huyện Mỹ Lộc', 'Cộng tỉnh Bến Tre', 'Tổng cộng', 'Cộng', 'Cộng cấp huyện', 'Cộng khu vực 1'])('"%s" never does', (label) =>
    expect(mayNameOffice(label)).toBe(false),
  );
});

describe('DeclaredRows: one rule for both readers', () => {
  const sums = (withConditions: number): Sums => {
    const f = emptyFigures();
    f[F.with_conditions] = D(withConditions);
    return { cases: f };
  };

  it('names the carved-out subtotal and its side, and matches it with nothing', () => {
    const rows = new DeclaredRows<string>();
    rows.addRow(sums(300));
    rows.addRow(sums(100));
    rows.declare('section', 'Cộng Hòa', sums(100));
    rows.addRow(sums(200));
    const r = rows.resolve();
    expect(r.oneRowSubtotals.map(({ declared, against }) => [declared.kind, declared.row, against])).toEqual([['section', 'Cộng Hòa', 'above']]);
    expect(r.matched).toBe(0);
    expect(r.mismatches).toEqual([]);
  });

  it('the table\'s start is no bound: the first row alone under a subtotal is carved out', () => {
    const rows = new DeclaredRows<string>();
    rows.addRow(sums(100));
    rows.declare('section', 'Cộng Hòa', sums(100));
    rows.addRow(sums(160));
    expect(rows.resolve().oneRowSubtotals.map(({ declared, against }) => [declared.row, against])).toEqual([['Cộng Hòa', 'above']]);
  });

  it('a total that matches one reading only decides it: an office (700) or a matched subtotal (600)', () => {
    const file = (total: number) => {
      const rows = new DeclaredRows<string>();
      rows.addRow(sums(300));
      rows.addRow(sums(100));
      rows.declare('section', 'Cộng Hòa', sums(100));
      rows.addRow(sums(200));
      rows.declare('total', 'Tổng cộng', sums(total));
      return rows.resolve();
    };
    const office = file(700);
    expect(office).toMatchObject({ oneRowSubtotals: [], mismatches: [], matched: 1 });
    expect(office.offices.map((d) => d.row)).toEqual(['Cộng Hòa']);
    expect(file(600)).toMatchObject({ offices: [], oneRowSubtotals: [], mismatches: [], matched: 2 });
    const neither = file(650);
    expect(neither.oneRowSubtotals.map((o) => o.declared.row)).toEqual(['Cộng Hòa']);
    expect(neither.mismatches.map((m) => [m.declared.row, m.diffs[0]!.sum.toString()])).toEqual([['Tổng cộng', '600']]);
  });

  it('a run of two rows under it is a subtotal as before; one row bounded by a heading too', () => {
    const two = new DeclaredRows<string>();
    two.addRow(sums(300));
    two.addRow(sums(100));
    two.addRow(sums(50));
    two.declare('section', 'Cộng khu vực 1', sums(150));
    expect(two.resolve()).toMatchObject({ oneRowSubtotals: [], matched: 1, mismatches: [] });
    const headed = new DeclaredRows<string>();
    headed.addRow(sums(300));
    headed.heading();
    headed.addRow(sums(100));
    headed.declare('section', 'Cộng khối Cục', sums(100));
    expect(headed.resolve()).toMatchObject({ oneRowSubtotals: [], matched: 1, mismatches: [] });
  });
});
