// Breakdown lines numbered or marked in the STT column ("a", "b", "1-1"), breakdowns opened by
// other words ("Riêng: …", "Chia ra: …"), offices listed with bullets under a section's label,
// and offices numbered 1.1, 1.2 under their province's row (round 11: 01, 01b, 01c, 04, 04b,
// 08). Round 12: what heads such a list (01, 01b, 02) and a total's parts below it (05, 05b).
// Both readers must say the same; expected figures are worked out by hand.
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { headsOffices, namesGroup, opensParts, provinceOfGroup, rowLabel, subItemOf, withoutBullet } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { summarize, both } = bothReaders('thads-trap-sub-rows-', ['--year', '2019', '--format', 'json']);
const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const Y2025 = ['--year', '2025', '--format', 'json'];

const cases = (stdout: string) => JSON.parse(stdout).total.cases;
const districts = (stdout: string) => JSON.parse(stdout).groups.map((g: { province: string | null; district: string }) => [g.province, g.district]);

describe('labels', () => {
  it.each([
    ['a', 'above'], ['a.', 'above'], ['a)', 'above'], ['b', 'above'], ['đ', 'above'], ['đ)', 'above'],
    ['1-1', 1], ['1/1', 1], ['2 - 3', 2], ['1.1', 1],
    // a footnote's star, a row inserted after item 1, a bracketed number, Roman numbers: no sub-item
    ['*', null], ['1a', null], ['(1)', null], ['i', null], ['v', null], ['x', null], ['A', null], ['1', null], ['1.0', null],
  ])('subItemOf(%j) → %j', (stt, parent) => expect(subItemOf(stt)).toBe(parent));

  it.each([
    ['Riêng: tín dụng, ngân hàng'], ['Chia ra: án phí'], ['Cụ thể: tín dụng, ngân hàng'], ['Gồm: án phí'], ['Bao gồm án phí'], ['T.đó: tín dụng'],
    ['TĐ: tín dụng'], ['Kể cả: án phí'], ['Án tín dụng (trong đó)'], ['Số chuyển sổ theo dõi riêng'],
  ])('%s opens a breakdown: other', (text) => expect(rowLabel(text)).toBe('other'));

  it.each([['Gò Công'], ['Gò Vấp'], ['Gò Dầu'], ['Kế Sách'], ['Bảo Lâm'], ['Riềng Rẽ'], ['Tân Châu'], ['Chi cục THADS huyện Gò Công Tây'], ['Thị xã Gò Công']])(
    '%s stays an office',
    (text) => expect(rowLabel(text)).toBe('office'),
  );

  it('withoutBullet and namesGroup', () => {
    expect(withoutBullet('- Phòng THADS khu vực 1')).toBe('Phòng THADS khu vực 1');
    expect(withoutBullet('•Mỹ Lộc')).toBe('Mỹ Lộc');
    expect(namesGroup('THADS tỉnh Ninh Bình')).toBe(true);
    expect(namesGroup('Cục THADS tỉnh Nam Định')).toBe(true);
    expect(namesGroup('Khu vực 1')).toBe(true);
    expect(namesGroup('Phòng THADS khu vực 1')).toBe(false);
    expect(namesGroup('Mỹ Lộc')).toBe(false);
  });

  it.each([
    ['THADS tỉnh Ninh Bình', 'Ninh Bình'], ['Cục THADS tỉnh Tiền Giang', 'Tiền Giang'], ['TP Hà Nội', 'Hà Nội'], ['TP Hải Phòng', 'Hải Phòng'],
    ['Khu vực 1', null], ['Phòng THADS khu vực 1', null], ['Chi cục THADS huyện Châu Thành', null], ['Thành phố Nam Định', null],
  ])('provinceOfGroup(%j) → %j', (text, province) => expect(provinceOfGroup(text)).toBe(province));
});

describe('01: a breakdown\'s lines numbered by a letter or "N-M" in the STT column', () => {
  it('"Trong đó:" then "a", "b" below Mỹ Lộc: refused at the first (620 / 432, met false, was printed)', async () => {
    const r = await both('stt-letters.csv', [HEAD, '1,Mỹ Lộc,100,70', ',Trong đó:,,', 'a,"Tín dụng, ngân hàng",60,20', 'b,Án phí,30,12', '2,Vụ Bản,200,150', '3,Ý Yên,230,170']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:4:1: error: "Tín dụng, ngân hàng" is numbered "a", a sub-item of item 1 "Mỹ Lộc" (line 2), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]\n'
      + '  hint: it looks like a breakdown of the row above ("of which …"): delete it from the export. If the sub-items are the offices and item 1 their subtotal, label it as one ("Cộng khu vực 1") or leave its figure cells empty\n',
    );
  });

  it.each([['a.'], ['a)'], ['b'], ['đ'], ['2-1'], ['2/1']])('"%s" below office 2: refused at its STT cell', async (stt) => {
    const r = await both(`stt-${stt.codePointAt(0)}-${stt.length}.csv`, [HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', `${stt},Tín dụng,20,12`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:1: error: "Tín dụng" is numbered "${stt}", a sub-item of item 2 "Vụ Bản" (line 3), an office row with figures`);
  });

  it('a letter with no item above: refused', async () => {
    const r = await both('stt-letter-first.csv', [HEAD, 'a,Mỹ Lộc,100,80', 'b,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: "Mỹ Lộc" is numbered "a", a sub-item of the item above, but no row above is numbered as an item: a line of a breakdown');
  });

  it('letters under an item without figures (a region\'s title) are its offices: 300 / 230', async () => {
    const r = await both('stt-letters-heading.csv', [HEAD, '1,Khu vực 1,,', 'a,Mỹ Lộc,100,80', 'b,Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  it.each([['*'], ['1a'], ['(1)']])('"%s" numbers nothing: the row is an office as before (330 / 250)', async (stt) => {
    const r = await both(`stt-nothing-${stt.length}-${stt.codePointAt(0)}.csv`, [HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', `${stt},Ý Yên,30,20`]);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '330', resolved: '250' });
  });
});

describe('01c: breakdowns opened by other words', () => {
  it.each([
    ['Riêng: tín dụng, ngân hàng'], ['Chia ra: án phí'], ['Cụ thể: tín dụng'], ['Gồm: án phí'], ['Bao gồm án phí'], ['T.đó: tín dụng'], ['TĐ: tín dụng'],
    ['Kể cả: án phí'], ['Án tín dụng (trong đó)'], ['Số chuyển sổ theo dõi riêng'],
  ])('"%s" with figures below an office: NOT_AN_OFFICE at its name (575 / 428 was printed for three of them)', async (name) => {
    const cell = name.includes(',') ? `"${name}"` : name;
    const r = await both(`breakdown-${name.length}-${name.codePointAt(0)}.csv`, [HEAD, '1,Mỹ Lộc,100,80', `,${cell},10,4`, '2,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    // (a kind of cases is said as one: row-labels.ts namesCaseKindRow)
    const kind = name.startsWith('Án ') ? 'holds a kind of cases (a line of a breakdown by loại việc), no office\'s figures' : 'is no office and no total of offices (a breakdown, a comparison, a statistic of the offices, a plan or a target)';
    expect(r.stderr).toContain(`FILE:3:2: error: "${name}" ${kind}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('"Gò Công", "Gò Vấp", "Kế Sách" stay offices: 60 / 45', async () => {
    const r = await both('go-cong.csv', [HEAD, '1,Gò Công,10,5', '2,Gò Vấp,20,15', '3,Kế Sách,30,25']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '60', resolved: '45' });
  });
});

describe('04: offices listed with bullets under what heads a list', () => {
  const NAME_HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';

  it('under a section\'s label, its subtotal checked: 350 / 270, the offices without their bullets (NOT_AN_OFFICE before)', async () => {
    const r = await both('bullets-section.csv', [NAME_HEAD, 'Văn phòng THADS tỉnh,50,40', 'Các Phòng THADS khu vực,300,230', '- Phòng THADS khu vực 1,100,80', '- Phòng THADS khu vực 2,200,150', 'Tổng cộng,350,270'], Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '350', resolved: '270', rate: '77.14' });
    expect(districts(r.stdout)).toEqual([[null, 'Văn phòng THADS tỉnh'], [null, 'Phòng THADS khu vực 1'], [null, 'Phòng THADS khu vực 2']]);
  });

  it('right under the header: 300 / 230', async () => {
    const r = await both('bullets-only.csv', [NAME_HEAD, '- Phòng THADS khu vực 1,100,80', '- Phòng THADS khu vực 2,200,150', 'Tổng cộng,300,230'], Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
  });

  it('a section\'s subtotal that the bulleted offices do not add up to is refused', async () => {
    const r = await both('bullets-section-bad.csv', [NAME_HEAD, 'Văn phòng THADS tỉnh,50,40', 'Các Phòng THADS khu vực,301,230', '- Phòng THADS khu vực 1,100,80', '- Phòng THADS khu vực 2,200,150'], Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: declared subtotal "Các Phòng THADS khu vực" has cases with conditions 301, but the rows below it add up to 300');
  });

  it('"-" in the STT column under a title without figures: offices, 300 / 230', async () => {
    const r = await both('stt-dash-heading.csv', [HEAD, ',Các Phòng THADS khu vực,,', '-,Phòng THADS khu vực 1,100,80', '-,Phòng THADS khu vực 2,200,150'], Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  it('below a label ending in a colon ("Án tín dụng:") bulleted rows are its lines: refused', async () => {
    const r = await both('bullets-colon.csv', [NAME_HEAD, 'Mỹ Lộc,100,80', 'Án tín dụng:,,', '- Ngân hàng,10,5', 'Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "- Ngân hàng" begins with a list bullet');
  });

  it('a bulleted office list after an office row with figures is a breakdown: refused', async () => {
    const r = await both('bullets-after-office.csv', [NAME_HEAD, 'Văn phòng THADS tỉnh,50,40', '- Phòng THADS khu vực 1,100,80'], Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: "- Phòng THADS khu vực 1" begins with a list bullet');
  });
});

describe('08: offices numbered 1.1, 1.2 under their province\'s row', () => {
  const ROWS = [HEAD, '1,THADS tỉnh Ninh Bình,300,230', '1.1,Phòng THADS khu vực 1,100,80', '1.2,Phòng THADS khu vực 2,200,150', '2,THADS tỉnh Hưng Yên,250,200', '2.1,Phòng THADS khu vực 1,120,100', '2.2,Phòng THADS khu vực 2,130,100', ',Tổng cộng,550,430'];

  it('the province rows are subtotals checked against their sub-items, which are that province\'s offices: 550 / 430 (NOT_AN_OFFICE before)', async () => {
    const r = await both('provinces.csv', ROWS, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '550', resolved: '430', rate: '78.18' });
    expect(districts(r.stdout)).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1'], ['Ninh Bình', 'Phòng THADS khu vực 2'], ['Hưng Yên', 'Phòng THADS khu vực 1'], ['Hưng Yên', 'Phòng THADS khu vực 2'],
    ]);
  });

  it('a province row that is not the sum of its sub-items: SECTION_ROW_MISMATCH', async () => {
    const rows = ROWS.map((l) => l.replace('1,THADS tỉnh Ninh Bình,300,230', '1,THADS tỉnh Ninh Bình,301,230'));
    const r = await both('provinces-bad.csv', rows, Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: line 2 "THADS tỉnh Ninh Bình" heads the rows below it as a section, but its cases with conditions 301 is not the sum of the rows below it (300); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('province rows without sub-items are offices, read on the fast path: 300 / 230', async () => {
    const used = fastPath.used;
    const r = await both('provinces-plain.csv', [HEAD, '1,Nam Định,100,80', '2,Hà Nam,200,150', ',Tổng cộng,300,230']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
    expect(fastPath.used).toBe(used + 1);
  });

  it('a province row, then a line without figures, then its "sub-items": the row is an office and they are refused', async () => {
    const r = await both('provinces-trong-do.csv', [HEAD, '1,Nam Định,300,230', ',Trong đó:,,', '1.1,Tín dụng,100,80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "Tín dụng" is numbered "1.1", a sub-item of item 1 "Nam Định" (line 2), an office row with figures');
  });

  it('an office\'s item row keeps refusing its sub-items', async () => {
    const r = await both('office-sub.csv', [HEAD, '1,Mỹ Lộc,100,80', '1.1,Tín dụng,100,80', '2,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: "Tín dụng" is numbered "1.1", a sub-item of item 1 "Mỹ Lộc" (line 2)');
  });
});

describe('round 12, 01 / 01b / 02: only a section\'s, level\'s or group\'s title heads offices', () => {
  const HINT = '  hint: if the lines are one office\'s enforcers, write the office\'s name on each of them (an office on several rows is summed); if they are offices, list them under a section\'s title ("Các Chi cục", "Khu vực 1") or without bullets and sub-numbers; a breakdown: delete it from the export\n';
  const why = (what: string, heading: string, line: number) =>
    `${what} is a line under "${heading}" (line ${line}), a title without figures that is no section, level or group of offices: its lines may be one office's (its enforcers) or a breakdown, which thads cannot tell apart, and it would be added as an office [NOT_AN_OFFICE]\n`;

  it.each([
    ['section', 'Các Phòng THADS khu vực', true], ['section', 'Cấp huyện', true], ['level', 'Cấp tỉnh', true], ['office', 'Khu vực 1', true], ['office', 'THADS tỉnh Ninh Bình', true],
    ['office', 'Chi cục THADS huyện Mỹ Lộc', false], ['office', 'Phân theo lĩnh vực', false], ['office', 'Các loại án', false], ['total', 'Tổng cộng', false],
  ] as const)('headsOffices(%s, %j) → %s', (label, text, heads) => expect(headsOffices(label, text)).toBe(heads));

  it.each([['Chia ra:'], ['Trong đó:'], ['Trong đó'], ['Gồm:'], ['Bao gồm:'], ['Chia ra theo đơn vị:'], ['T.đó:']])('opensParts(%j)', (text) => expect(opensParts(text)).toBe(true));
  it.each([['Trong đó: án tín dụng'], ['Cùng kỳ năm 2018'], ['Mỹ Lộc'], ['Chia ra theo lĩnh vực:']])('not opensParts(%j)', (text) => expect(opensParts(text)).toBe(false));

  it('enforcers bulleted under their office\'s name: refused at the first (5 enforcers were ranked as offices, exit 3)', async () => {
    const r = await both('enforcer-bullets.csv', [HEAD, '1,Chi cục THADS huyện Mỹ Lộc,,', ',- CHV Nguyễn Văn An,50,40', ',- CHV Trần Thị Bình,50,40', '2,Chi cục THADS huyện Vụ Bản,,', ',- CHV Lê Văn Cường,200,150']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:2: error: ${why('"- CHV Nguyễn Văn An"', 'Chi cục THADS huyện Mỹ Lộc', 2)}${HINT}`);
  });

  it('enforcers numbered 1.1, 1.2 under their office\'s name: refused at the STT cell', async () => {
    const r = await both('enforcer-subitems.csv', [HEAD, '1,Chi cục THADS huyện Mỹ Lộc,,', '1.1,CHV Nguyễn Văn An,50,40', '1.2,CHV Trần Thị Bình,50,40']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:3:1: error: ${why('"CHV Nguyễn Văn An" (numbered "1.1")', 'Chi cục THADS huyện Mỹ Lộc', 2)}${HINT}`);
  });

  it('"-" in the STT column under an office\'s name: refused at the STT cell', async () => {
    const r = await both('enforcer-stt-dash.csv', [HEAD, ',Mỹ Lộc,,', '-,CHV Nguyễn Văn An,50,40']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:3:1: error: ${why('"CHV Nguyễn Văn An"', 'Mỹ Lộc', 2)}${HINT}`);
  });

  it.each([['Phân theo lĩnh vực'], ['Các loại án'], ['Án trọng điểm']])('a breakdown bulleted under "%s" below the offices: refused (360 / 260 was printed, exit 0)', async (heading) => {
    const r = await both(`breakdown-heading-${heading.length}.csv`, [HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', `,${heading},,`, ',- Tín dụng ngân hàng,40,20', ',- Án phí,20,10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:5:2: error: ${why('"- Tín dụng ngân hàng"', heading, 4)}${HINT}`);
  });

  it.each([['Khu vực 1'], ['Cấp huyện'], ['THADS tỉnh Nam Định'], ['Các Chi cục']])('under "%s" bulleted and sub-numbered rows are offices: 300 / 230', async (heading) => {
    const bullets = await both(`heads-bullets-${heading.length}.csv`, [HEAD, `,${heading},,`, ',- Mỹ Lộc,100,80', ',- Vụ Bản,200,150']);
    expect(bullets.code, bullets.stderr).toBe(0);
    expect(cases(bullets.stdout)).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
    expect(districts(bullets.stdout).map((d: [string | null, string]) => d[1])).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    const subs = await both(`heads-subs-${heading.length}.csv`, [HEAD, `1,${heading},,`, '1.1,Mỹ Lộc,100,80', '1.2,Vụ Bản,200,150']);
    expect(subs.code, subs.stderr).toBe(0);
    expect(cases(subs.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });
});

describe('round 12, 05 / 05b: a total on top, then "Chia ra:" and its offices', () => {
  it.each([['Chia ra:'], ['Trong đó:'], ['Gồm:'], ['Chia ra theo đơn vị:']])('"%s": the offices below, the total checked: 300 / 230 (SECOND_TABLE before)', async (label) => {
    const r = await both(`top-total-${label.length}.csv`, [HEAD, ',Toàn tỉnh,300,230', `,${label},,`, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
    expect(districts(r.stdout).map((d: [string | null, string]) => d[1])).toEqual(['Mỹ Lộc', 'Vụ Bản']);
  });

  it('bulleted offices under "Trong đó:": the same, without their bullets (NOT_AN_OFFICE before)', async () => {
    const r = await both('top-total-bullets.csv', [HEAD, ',Toàn tỉnh,300,230', ',Trong đó:,,', ',- Mỹ Lộc,100,80', ',- Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
    expect(districts(r.stdout).map((d: [string | null, string]) => d[1])).toEqual(['Mỹ Lộc', 'Vụ Bản']);
  });

  it('a total on top that its offices do not add up to: refused', async () => {
    const r = await both('top-total-bad.csv', [HEAD, ',Toàn tỉnh,301,230', ',Chia ra:,,', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: declared total "Toàn tỉnh" has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Trong đó:" below a total under the offices still opens a breakdown: refused', async () => {
    const r = await both('bottom-total-trong-do.csv', [HEAD, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', ',Tổng cộng,300,230', ',Trong đó:,,', ',- Án tín dụng,40,20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:2: error: "- Án tín dụng" begins with a list bullet');
  });

  it('"Trong đó: án tín dụng" below a total on top names a part: its bullets are refused', async () => {
    const r = await both('top-total-named-part.csv', [HEAD, ',Toàn tỉnh,300,230', ',Trong đó: án tín dụng,,', ',- Mỹ Lộc,100,80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "- Mỹ Lộc" begins with a list bullet');
  });

  it('"Cùng kỳ năm 2018" below a total on top is still a second table', async () => {
    const r = await both('top-total-cung-ky.csv', [HEAD, ',Toàn tỉnh,300,230', ',Cùng kỳ năm 2018,,', '1,Mỹ Lộc,100,80']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });
});

void summarize;

describe('an enforcer written in the office column is no office', () => {
  it.each([['CHV Nguyễn Văn An'], ['Chấp hành viên Nguyễn Văn An'], ['chv Nguyễn Văn An'], ['Thẩm tra viên Lê Văn C']])('"%s" under its office\'s name (a title without figures): refused, never ranked as an office', async (name) => {
    const r = await both(`enforcer-${name.length}.csv`, ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Chi cục THADS huyện Mỹ Lộc,,', `,${name},50,40`, ',CHV Trần Thị Bình,50,40', '2,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:2: error: "${name}" names an enforcer, not an office: it would be added and ranked as an office [NOT_AN_OFFICE]`);
  });

  it('an office whose name begins like one is an office: "Chợ Mới", "Chư Sê", "Châu Thành" (300 / 230)', async () => {
    const r = await both('cho-moi.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chợ Mới,100,80', 'Chư Sê,100,80', 'Châu Thành,100,70']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '300', resolved: '230' });
  });
});

describe('round 14: what heads offices, numbered lines under an office\'s title, items without sub-items', () => {
  const HINT = '  hint: if the lines are one office\'s enforcers, write the office\'s name on each of them (an office on several rows is summed); if they are offices, list them under a section\'s title ("Các Chi cục", "Khu vực 1") or without bullets and sub-numbers; a breakdown: delete it from the export\n';
  const why = (what: string, heading: string, line: number) =>
    `${what} is a line under "${heading}" (line ${line}), a title without figures that is no section, level or group of offices: its lines may be one office's (its enforcers) or a breakdown, which thads cannot tell apart, and it would be added as an office [NOT_AN_OFFICE]\n`;

  it.each([
    ['Thành phố Nam Định', false], ['TP. Hà Tĩnh', false], ['TP Hà Tĩnh', false], ['Thành phố Thái Bình', false], ['THADS thành phố Nam Định', false],
    ['Thị xã Quảng Trị', false], ['Quận Hoàn Kiếm', false], ['Thành phố Sóc Trăng', false], ['Thành phố Huế', false],
    ['Nam Định', true], ['Tỉnh Nam Định', true], ['THADS tỉnh Nam Định', true], ['Cục THADS tỉnh Nam Định', true],
    ['TP Hồ Chí Minh', true], ['TP.HCM', true], ['Thành phố Hà Nội', true], ['Thành phố Cần Thơ', true],
  ] as const)('namesGroup(%j) → %s', (text, group) => expect(namesGroup(text)).toBe(group));

  it.each([['Thành phố Nam Định'], ['TP. Hà Tĩnh'], ['TP Hà Tĩnh'], ['Thành phố Thái Bình']])(
    '03: enforcers bulleted under the city office "%s": refused (they were ranked as offices, exit 0)',
    async (title) => {
      const r = await both(`city-${title.length}-${title.codePointAt(0)}.csv`, [HEAD, `1,${title},,`, ',- Nguyễn Văn An,100,70', ',- Trần Thị Bình,100,85', '2,Huyện Mỹ Lộc,100,80', '3,Huyện Vụ Bản,200,150', ',Tổng cộng,500,385']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`FILE:3:2: error: ${why('"- Nguyễn Văn An"', title, 2)}${HINT}`);
    },
  );

  it.each([['Tỉnh Nam Định'], ['Nam Định'], ['Cục THADS tỉnh Nam Định'], ['TP Hồ Chí Minh'], ['Chi cục THADS các huyện']])('03: under the group "%s" bulleted and numbered rows are offices: 300 / 230', async (title) => {
    const bullets = await both(`group-b-${title.length}.csv`, [HEAD, `,${title},,`, ',- Mỹ Lộc,100,80', ',- Vụ Bản,200,150']);
    expect(bullets.code, bullets.stderr).toBe(0);
    expect(cases(bullets.stdout)).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
    const numbered = await both(`group-n-${title.length}.csv`, [HEAD, `,${title},,`, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150']);
    expect(numbered.code, numbered.stderr).toBe(0);
    expect(cases(numbered.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  const ENFORCERS = ['1,Nguyễn Văn An,50,40', '2,Trần Thị Bình,50,40', ',Chi cục THADS huyện Vụ Bản,,', '1,Lê Văn Cường,120,90', '2,Phạm Thị Dung,80,56'];
  it.each([[''], ['I']])('04: enforcers numbered 1, 2 under an office\'s title (STT "%s"): refused at the first STT cell (4 offices were ranked, exit 0)', async (stt) => {
    const r = await both(`enforcers-numbered-${stt.length}.csv`, [HEAD, `${stt},Chi cục THADS huyện Mỹ Lộc,,`, ...ENFORCERS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:3:1: error: ${why('"Nguyễn Văn An" (numbered "1")', 'Chi cục THADS huyện Mỹ Lộc', 2)}${HINT}`);
  });

  it('04: a blank line between the title and its numbered lines changes nothing', async () => {
    const r = await both('enforcers-numbered-blank.csv', [HEAD, ',Chi cục THADS huyện Mỹ Lộc,,', ',,,', ...ENFORCERS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:1: error: ${why('"Nguyễn Văn An" (numbered "1")', 'Chi cục THADS huyện Mỹ Lộc', 2)}`);
  });

  it.each([['Các Chi cục'], ['Khu vực 1'], ['Cấp huyện']])('04: numbered offices under "%s" still read: 300 / 230', async (title) => {
    const r = await both(`numbered-under-${title.length}.csv`, [HEAD, `,${title},,`, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  it('04: an office numbered 1 without figures, the list numbered on below it: offices, 300 / 230', async () => {
    const r = await both('office-without-figures.csv', [HEAD, '1,Mỹ Lộc,,', '2,Vụ Bản,200,150', '3,Ý Yên,100,80']);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  const ITEMS = [HEAD, '1,THADS tỉnh Ninh Bình,300,230', '1.1,Phòng THADS khu vực 1,100,80', '1.2,Phòng THADS khu vực 2,200,150', '2,THADS tỉnh Thanh Hóa,400,300', '3,THADS tỉnh Hưng Yên,250,200', '3.1,Phòng THADS khu vực 1,100,90', '3.2,Phòng THADS khu vực 2,150,110', ',Tổng cộng,950,730'];
  it('05: an item without sub-items between two that have them is an office: 950 / 730 (SECTION_ROW_MISMATCH before)', async () => {
    const r = await both('item-without-subs.csv', ITEMS, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '950', resolved: '730', rate: '76.84' });
  });

  it('05: the same item last: 950 / 730', async () => {
    const rows = [HEAD, ...ITEMS.slice(1, 4), '2,THADS tỉnh Hưng Yên,250,200', '2.1,Phòng THADS khu vực 1,100,90', '2.2,Phòng THADS khu vực 2,150,110', '3,THADS tỉnh Thanh Hóa,400,300', ',Tổng cộng,950,730'];
    const r = await both('item-without-subs-last.csv', rows, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '950', resolved: '730' });
  });

  it('05: an item that is not the sum of its own sub-items is still refused', async () => {
    const r = await both('item-without-subs-bad.csv', ITEMS.map((l) => l.replace('3,THADS tỉnh Hưng Yên,250,200', '3,THADS tỉnh Hưng Yên,251,200')), Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:3: error: line 6 "THADS tỉnh Hưng Yên" heads the rows below it as a section, but its cases with conditions 251 is not the sum of the rows below it (250); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  const PROVINCES = ['STT,Tỉnh,Việc có điều kiện,Việc giải quyết xong', '1,Ninh Bình,700,530', '1.1,Nam Định,400,300', '1.2,Hà Nam,300,230', '2,Hưng Yên,500,400', '2.1,Thái Bình,200,150', '2.2,Hưng Yên,300,250', '3,Thanh Hóa,900,700', ',Tổng cộng,2100,1630'];
  it('07: province items without an office column, the last without sub-items: 2100 / 1630', async () => {
    const r = await both('province-items.csv', PROVINCES, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2100', resolved: '1630', rate: '77.62' });
  });

  it('07: a province item its sub-items do not add up to is named by its province cell, not the file\'s name', async () => {
    const r = await both('province-items-bad.csv', PROVINCES.map((l) => l.replace('2,Hưng Yên,500,400', '2,Hưng Yên,501,400')), Y2025);
    expect(r.code).toBe(1);
    // (its former provinces are its parts, checked against its row: OFFICE_SUBTOTAL_MISMATCH since tinhformer, SECTION_ROW_MISMATCH before)
    expect(r.stderr).toContain('FILE:5: error: "Hưng Yên" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 6–7): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });
});

describe('round 15 (01): offices under a title without figures that names a province are that province\'s', () => {
  const offices = (stdout: string) => JSON.parse(stdout).groups.map((g: { province: string | null; district: string; cases: { withConditions: string; resolved: string; rate: string; met: boolean; rank: number; rankOf: number } }) =>
    [g.province, g.district, g.cases.withConditions, g.cases.resolved, g.cases.rate, g.cases.rank, g.cases.rankOf]);
  const KV = (one: string, two: string) => [HEAD, `1,${one},,`, '1.1,Phòng THADS khu vực 1,100,90', '1.2,Phòng THADS khu vực 2,200,150', `2,${two},,`, '2.1,Phòng THADS khu vực 1,300,200', '2.2,Phòng THADS khu vực 2,100,80', ',Tổng cộng,700,520'];

  it('01: "1 | THADS tỉnh Ninh Bình", "2 | THADS tỉnh Thanh Hóa": 4 offices, two of each province (was 2, added together)', async () => {
    const r = await both('kv-titles.csv', KV('THADS tỉnh Ninh Bình', 'THADS tỉnh Thanh Hóa'), Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(offices(r.stdout)).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '90', '90.00', 1, 4],
      ['Ninh Bình', 'Phòng THADS khu vực 2', '200', '150', '75.00', 3, 4],
      ['Thanh Hóa', 'Phòng THADS khu vực 1', '300', '200', '66.67', 4, 4],
      ['Thanh Hóa', 'Phòng THADS khu vực 2', '100', '80', '80.00', 2, 4],
    ]);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '700', resolved: '520', rate: '74.29' });
    const byProvince = await both('kv-titles.csv', KV('THADS tỉnh Ninh Bình', 'THADS tỉnh Thanh Hóa'), [...Y2025, '--by', 'province']);
    expect(offices(byProvince.stdout)).toEqual([
      ['Ninh Bình', null, '300', '240', '80.00', 1, 2],
      ['Thanh Hóa', null, '400', '280', '70.00', 2, 2],
    ]);
  });

  it('01c: city provinces "TP Hà Nội", "TP Hải Phòng" as the titles: 4 offices', async () => {
    const r = await both('kv-tp-titles.csv', KV('TP Hà Nội', 'TP Hải Phòng'), Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([
      ['Hà Nội', 'Phòng THADS khu vực 1'], ['Hà Nội', 'Phòng THADS khu vực 2'], ['Hải Phòng', 'Phòng THADS khu vực 1'], ['Hải Phòng', 'Phòng THADS khu vực 2'],
    ]);
  });

  const CUC = [HEAD, 'I,Cục THADS tỉnh Tiền Giang,,', '1,Chi cục THADS huyện Châu Thành,100,80', '2,Chi cục THADS huyện Cái Bè,200,150', 'II,Cục THADS tỉnh Bến Tre,,', '1,Chi cục THADS huyện Châu Thành,300,200', '2,Chi cục THADS huyện Ba Tri,100,90', ',Tổng cộng,700,520'];
  it('01b: Roman "I | Cục THADS tỉnh Tiền Giang", "II | Cục THADS tỉnh Bến Tre": two Châu Thành, 80.00 met and 66.67 not met', async () => {
    const r = await both('cuc-titles.csv', CUC);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(offices(r.stdout)).toEqual([
      ['Tiền Giang', 'Chi cục THADS huyện Châu Thành', '100', '80', '80.00', 2, 4],
      ['Tiền Giang', 'Chi cục THADS huyện Cái Bè', '200', '150', '75.00', 3, 4],
      ['Bến Tre', 'Chi cục THADS huyện Châu Thành', '300', '200', '66.67', 4, 4],
      ['Bến Tre', 'Chi cục THADS huyện Ba Tri', '100', '90', '90.00', 1, 4],
    ]);
    expect(JSON.parse(r.stdout).groups.map((g: { cases: { met: boolean } }) => g.cases.met)).toEqual([true, true, false, true]);
  });

  it('a section\'s province ends at a section that names none: its offices have no province (and the same name is added together, as before)', async () => {
    const r = await both('cuc-then-section.csv', [HEAD, 'I,Cục THADS tỉnh Tiền Giang,,', '1,Chi cục THADS huyện Châu Thành,100,80', 'II,Các đơn vị khác,,', '1,Chi cục THADS huyện Cái Bè,200,150', ',Tổng cộng,300,230']);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([['Tiền Giang', 'Chi cục THADS huyện Châu Thành'], [null, 'Chi cục THADS huyện Cái Bè']]);
  });

  const WITH_PROVINCE = ['STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,,THADS tỉnh Ninh Bình,,', '1.1,Ninh Bình,Phòng THADS khu vực 1,100,90', '2,,THADS tỉnh Thanh Hóa,,', '2.1,Thanh Hóa,Phòng THADS khu vực 1,300,200', ',,Tổng cộng,400,290'];
  it('with a province column that agrees with the titles: read as written, 400 / 290', async () => {
    const r = await both('titles-province-column.csv', WITH_PROVINCE, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([['Ninh Bình', 'Phòng THADS khu vực 1'], ['Thanh Hóa', 'Phòng THADS khu vực 1']]);
  });

  it('with a province column naming another province than its title: refused at the province cell', async () => {
    const r = await both('titles-province-mismatch.csv', WITH_PROVINCE.map((l) => l.replace('2.1,Thanh Hóa', '2.1,Ninh Bình')), Y2025);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:2: error: this row\'s province "Ninh Bình" is not "Thanh Hóa", which the title "THADS tỉnh Thanh Hóa" (line 4) above it names: thads cannot tell whose office it is [PROVINCE_TITLE_MISMATCH]');
  });
});

describe('round 16 (02): a province title with an empty STT cell gives its province to the rows below it', () => {
  const offices = (stdout: string) => JSON.parse(stdout).groups.map((g: { province: string | null; district: string; cases: { withConditions: string; resolved: string; rate: string; met: boolean; rank: number; rankOf: number } }) =>
    [g.province, g.district, g.cases.withConditions, g.cases.resolved, g.cases.rate, g.cases.rank, g.cases.rankOf, g.cases.met]);

  it('02: ", THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH" over "1 / 2 Phòng THADS khu vực": 4 offices, two of each province (was 2)', async () => {
    const rows = [HEAD, ',THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,', '1,Phòng THADS khu vực 1,100,90', '2,Phòng THADS khu vực 2,200,150', ',THI HÀNH ÁN DÂN SỰ TỈNH THANH HÓA,,', '1,Phòng THADS khu vực 1,300,200', '2,Phòng THADS khu vực 2,100,80', ',Tổng cộng,700,520'];
    const r = await both('unnumbered-titles.csv', rows, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 90/100 = 90.00, 150/200 = 75.00, 200/300 = 66.67, 80/100 = 80.00
    expect(offices(r.stdout).map((o: unknown[]) => o.slice(0, 7))).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '90', '90.00', 1, 4],
      ['Ninh Bình', 'Phòng THADS khu vực 2', '200', '150', '75.00', 3, 4],
      ['Thanh Hóa', 'Phòng THADS khu vực 1', '300', '200', '66.67', 4, 4],
      ['Thanh Hóa', 'Phòng THADS khu vực 2', '100', '80', '80.00', 2, 4],
    ]);
    const byProvince = await both('unnumbered-titles.csv', rows, [...Y2025, '--by', 'province']);
    expect(offices(byProvince.stdout).map((o: unknown[]) => o.slice(0, 7))).toEqual([
      ['Ninh Bình', null, '300', '240', '80.00', 1, 2],
      ['Thanh Hóa', null, '400', '280', '70.00', 2, 2],
    ]);
  });

  it('02b: ", Cục THADS tỉnh Tiền Giang", ", Cục THADS tỉnh Bến Tre": two Châu Thành, 80.00 met and 66.67 not met (was one, 70.00)', async () => {
    const r = await both('unnumbered-cuc.csv', [HEAD, ',Cục THADS tỉnh Tiền Giang,,', '1,Chi cục THADS huyện Châu Thành,100,80', '2,Chi cục THADS huyện Cái Bè,200,150', ',Cục THADS tỉnh Bến Tre,,', '1,Chi cục THADS huyện Châu Thành,300,200', '2,Chi cục THADS huyện Ba Tri,100,90', ',Tổng cộng,700,520']);
    expect(r.code, r.stderr).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Tiền Giang', 'Chi cục THADS huyện Châu Thành', '100', '80', '80.00', 2, 4, true],
      ['Tiền Giang', 'Chi cục THADS huyện Cái Bè', '200', '150', '75.00', 3, 4, true],
      ['Bến Tre', 'Chi cục THADS huyện Châu Thành', '300', '200', '66.67', 4, 4, false],
      ['Bến Tre', 'Chi cục THADS huyện Ba Tri', '100', '90', '90.00', 1, 4, true],
    ]);
  });

  it('an unnumbered title over rows whose province cell names another province: refused at the cell', async () => {
    const r = await both('unnumbered-mismatch.csv', ['STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', ',,THADS tỉnh Thanh Hóa,,', '1,Ninh Bình,Phòng THADS khu vực 1,300,200', ',,Tổng cộng,300,200'], Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: this row\'s province "Ninh Bình" is not "Thanh Hóa", which the title "THADS tỉnh Thanh Hóa" (line 2) above it names: thads cannot tell whose office it is [PROVINCE_TITLE_MISMATCH]');
  });
});

describe('round 16 (05): a Cục numbered as a peer of Chi cục rows is an office: its sub-items are its enforcers', () => {
  it('05: "1 | Cục THADS tỉnh Nam Định" over "1.1 / 1.2" names, beside "2 / 3 Chi cục": refused at the first sub-item (was 4 offices)', async () => {
    const r = await both('cuc-peer.csv', [HEAD, '1,Cục THADS tỉnh Nam Định,,', '1.1,Nguyễn Văn An,100,80', '1.2,Trần Thị Bình,200,150', '2,Chi cục THADS huyện Vụ Bản,300,200', '3,Chi cục THADS huyện Mỹ Lộc,250,200', ',Tổng cộng,850,630']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: "Nguyễn Văn An" (numbered "1.1") is a line under "Cục THADS tỉnh Nam Định" (line 2), a title without figures');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('"1 | Cục THADS tỉnh Nam Định" over its Chi cục "1.1 / 1.2", no peer: they are its offices, 300 / 230', async () => {
    const r = await both('cuc-over-all.csv', [HEAD, '1,Cục THADS tỉnh Nam Định,,', '1.1,Chi cục THADS huyện Vụ Bản,100,80', '1.2,Chi cục THADS huyện Mỹ Lộc,200,150', ',Tổng cộng,300,230']);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([['Nam Định', 'Chi cục THADS huyện Vụ Bản'], ['Nam Định', 'Chi cục THADS huyện Mỹ Lộc']]);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '300', resolved: '230', rate: '76.67' });
  });

  it('"1 | Cục THADS tỉnh Tiền Giang", "2 | Cục THADS tỉnh Bến Tre", each over its Chi cục: two provinces, no refusal', async () => {
    const r = await both('cuc-items.csv', [HEAD, '1,Cục THADS tỉnh Tiền Giang,,', '1.1,Chi cục THADS huyện Châu Thành,100,80', '2,Cục THADS tỉnh Bến Tre,,', '2.1,Chi cục THADS huyện Châu Thành,300,200', ',Tổng cộng,400,280']);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([['Tiền Giang', 'Chi cục THADS huyện Châu Thành'], ['Bến Tre', 'Chi cục THADS huyện Châu Thành']]);
  });
});

describe('round 16 (90 / 91): titles read in the report\'s year', () => {
  it('90: old provinces\' cells ("Nam Định", "Hà Nam") under their successor\'s title "1 | Ninh Bình" in 2025: rolled up, not refused', async () => {
    const r = await both('old-cells.csv', ['STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Ninh Bình,,,', '1.1,Nam Định,Phòng THADS khu vực 1,100,90', '1.2,Hà Nam,Phòng THADS khu vực 2,200,150', '2,Thanh Hóa,,,', '2.1,Thanh Hóa,Phòng THADS khu vực 1,300,200'], Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('PROVINCE_ROLLED_UP');
    expect(districts(r.stdout)).toEqual([['Ninh Bình', 'Phòng THADS khu vực 1'], ['Ninh Bình', 'Phòng THADS khu vực 2'], ['Thanh Hóa', 'Phòng THADS khu vực 1']]);
    // 100 + 200 + 300 = 600, 90 + 150 + 200 = 440: 73.33 %
    expect(cases(r.stdout)).toMatchObject({ withConditions: '600', resolved: '440', rate: '73.33' });
  });

  it('90b: "Nam Định" under "Thanh Hóa" is still refused in 2025', async () => {
    const r = await both('old-cells-wrong.csv', ['STT,Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Thanh Hóa,,,', '1.1,Nam Định,Phòng THADS khu vực 1,100,90'], Y2025);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: this row\'s province "Nam Định" is not "Thanh Hóa", which the title "Thanh Hóa" (line 2) above it names');
  });

  const HUE = [HEAD, '1,Thành phố Huế,,', '1.1,Phòng THADS khu vực 1,100,90', '1.2,Phòng THADS khu vực 2,200,150', '2,Thành phố Đà Nẵng,,', '2.1,Phòng THADS khu vực 1,300,200', '2.2,Phòng THADS khu vực 2,100,80', ',Tổng cộng,700,520'];
  it('91: "1 | Thành phố Huế" in 2025 is a province\'s title: 4 offices (was NOT_AN_OFFICE)', async () => {
    const r = await both('hue.csv', HUE, Y2025);
    expect(r.code, r.stderr).toBe(0);
    expect(districts(r.stdout)).toEqual([['Huế', 'Phòng THADS khu vực 1'], ['Huế', 'Phòng THADS khu vực 2'], ['Đà Nẵng', 'Phòng THADS khu vực 1'], ['Đà Nẵng', 'Phòng THADS khu vực 2']]);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '700', resolved: '520', rate: '74.29' });
  });

  it('"Thành phố Huế" is a province from 2025, the city of Thừa Thiên Huế before', () => {
    expect(namesGroup('Thành phố Huế', 2025)).toBe(true);
    expect(namesGroup('Thành phố Huế', 2019)).toBe(false);
    expect(namesGroup('Thành phố Huế')).toBe(false);
    expect(namesGroup('Thành phố Đà Nẵng', 2019)).toBe(true);
  });
});
