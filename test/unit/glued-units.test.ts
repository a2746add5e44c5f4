// Money units glued to their money word (round 46b, 01): "Tỷđ", "(nghìnđ)", "(VNDbn)", "(VNDm)",
// "(bVND)" were no unit thads knew nor money it saw, so the amounts were read as đồng (10^3–10^9
// too small, exit 0). They are read as if a space parted the words; a glued money word that is
// still no unit is refused.
import { describe, expect, it } from 'vitest';
import { mentionsMoney, parseHeaderUnit, parseMoneyUnit, parseUnitLine } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-glued-units-', ['--by', 'none', '--format', 'csv']);

describe('a unit glued to its money word', () => {
  it.each([
    ['Tỷđ', 'billion'],
    ['tỷđ', 'billion'],
    ['Tỷđồng', 'billion'],
    ['tỷVND', 'billion'],
    ['tỷVNĐ', 'billion'],
    ['VNDbn', 'billion'],
    ['bnVND', 'billion'],
    ['VNDb', 'billion'],
    ['bVND', 'billion'],
    ['triệuđ', 'million'],
    ['trđ', 'million'],
    ['VNDm', 'million'],
    ['VNDmn', 'million'],
    ['mVND', 'million'],
    ['nghìnđ', 'thousand'],
    ['VNDk', 'thousand'],
    ['kVND', 'thousand'],
  ])('%s → %s, alone, in a header note and on a unit line', (text, unit) => {
    expect(parseMoneyUnit(text)).toBe(unit);
    expect(parseHeaderUnit(text)).toBe(unit);
    expect(parseUnitLine(`Đơn vị tính: ${text}`)).toEqual({ kind: 'money', unit });
  });

  it.each([
    ['Trđ', 'million'],
    ['ngđ', 'thousand'],
    ['VND bn', 'billion'],
    ['VNĐ', 'dong'],
    ['1.000đ', 'thousand'],
  ])('controls: %s is still %s', (text, unit) => expect(parseMoneyUnit(text)).toBe(unit));

  it.each(['VND m', 'VND b'])('"%s", apart, stays unread (a money mention, refused)', (text) => {
    expect(parseMoneyUnit(text)).toBeNull();
    expect(parseUnitLine(`Đơn vị tính: ${text}`)?.kind).toBe('unreadable');
  });

  it.each(['tỷđx', 'xđồng', 'đồngx', 'xVND', 'VNDx', 'trđx'])('%s is glued money but no unit: refused, never đồng', (text) => {
    expect(parseMoneyUnit(text)).toBeNull();
    expect(mentionsMoney(text)).toBe(true);
    expect(parseUnitLine(`Đơn vị tính: ${text}`)?.kind).toBe('unreadable');
  });

  // Round 48a, 03: a glued "đ" is money only after a scale word. "xđ" and "abcđx" were refused
  // as glued money (46b); like "TĐC" (tạm đình chỉ) their "đ" follows no scale word: a letter.
  it.each(['TĐC', 'CĐK', 'KĐK', 'ĐC', 'GĐ', 'TĐC + ĐC', 'Tạm đình chỉ', 'xđ', 'abcđx', 'kđx'])('"%s": a letter đ after no scale word, no money', (text) => {
    expect(parseMoneyUnit(text)).toBeNull();
    expect(mentionsMoney(text)).toBe(false);
    expect(parseUnitLine(`Đơn vị tính: ${text}`)).toBeNull();
  });

  it.each([
    ['kđ', 'thousand'],
    ['Kđồng', 'thousand'],
    ['ngànđ', 'thousand'],
    ['NGHÌNĐ', 'thousand'],
    ['TỶĐ', 'billion'],
    ['tỉđồng', 'billion'],
    ['triệuđồng', 'million'],
  ])('after a scale word, %s → %s', (text, unit) => {
    expect(parseMoneyUnit(text)).toBe(unit);
    expect(parseUnitLine(`Đơn vị tính: ${text}`)).toEqual({ kind: 'money', unit });
  });

  it.each(['Đơn vị', 'Có điều kiện', 'đã giải quyết', 'được'])('a Vietnamese word starting with đ is no glued unit: %s', (text) => {
    expect(mentionsMoney(text)).toBe(false);
  });
});

/** The total row's money columns and rate, by name. */
function money(stdout: string): Record<string, string> {
  const [head, total] = stdout.trim().split('\n');
  const names = head!.split(',');
  const cells = total!.split(',');
  const pick = (n: string) => cells[names.indexOf(n)]!;
  return { with_conditions: pick('money_with_conditions'), resolved: pick('money_resolved'), rate: pick('money_rate') };
}

const VI_ROWS = ['Phòng THADS khu vực 1,"12,5","10,25"', 'Phòng THADS khu vực 2,"7,5","2,5"'];
const EN_ROWS = ['Regional Division 1,12.5,10.25', 'Regional Division 2,7.5,2.5'];
// 12,5 + 7,5 = 20 and 10,25 + 2,5 = 12,75 of the unit; 12,75 / 20 = 63,75 %
const IN_BILLIONS = { with_conditions: '20000000000', resolved: '12750000000', rate: '63.75' };
const IN_MILLIONS = { with_conditions: '20000000', resolved: '12750000', rate: '63.75' };
const IN_THOUSANDS = { with_conditions: '20000', resolved: '12750', rate: '63.75' };

describe('files with glued units, through both readers', () => {
  it('unit line "Đơn vị tính: Tỷđ" (01a): tỷ đồng, was đồng', async () => {
    const r = await both('tyd-line-tien-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2026', 'Đơn vị tính: Tỷđ', 'Đơn vị,Có điều kiện,Giải quyết xong', ...VI_ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual(IN_BILLIONS);
  });

  it.each([
    ['(tỷđ)', IN_BILLIONS],
    ['(Tỷđồng)', IN_BILLIONS],
    ['(triệuđ)', IN_MILLIONS],
    ['(Trđ)', IN_MILLIONS],
    ['(ngđ)', IN_THOUSANDS],
  ])('Vietnamese header note %s', async (note, expected) => {
    const r = await both('note-2026.csv', [`Đơn vị,Tiền có điều kiện ${note},Tiền giải quyết xong ${note}`, ...VI_ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual(expected);
  });

  it.each([
    ['(VNDbn)', IN_BILLIONS],
    ['(bVND)', IN_BILLIONS],
    ['(VND bn)', IN_BILLIONS],
    ['(VNDm)', IN_MILLIONS],
    ['(mVND)', IN_MILLIONS],
    ['(VNDk)', IN_THOUSANDS],
    ['(kVND)', IN_THOUSANDS],
  ])('English header note %s', async (note, expected) => {
    const r = await both('note-en-2026.csv', [`Office,Money with conditions ${note},Money resolved ${note}`, ...EN_ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual(expected);
  });

  it('header note "(nghìnđ)" on "12.500.000" (01d): nghìn đồng, was đồng', async () => {
    const r = await both('nghind-2026.csv', ['Đơn vị,Tiền có điều kiện (nghìnđ),Tiền giải quyết xong (nghìnđ)', 'Phòng THADS khu vực 1,"12.500.000","10.250.000"', 'Phòng THADS khu vực 2,"7.500.000","2.500.000"']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 12 500 000 + 7 500 000 = 20 000 000 nghìn; 10 250 000 + 2 500 000 = 12 750 000 nghìn
    expect(money(r.stdout)).toEqual(IN_BILLIONS);
  });

  const HINT = '  hint: write the unit as the forms do ("Đơn vị tính: nghìn đồng", "(triệu đồng)", "(đồng)"), or pass --money-unit dong|thousand|million|billion\n';

  it.each(['(tỷđx)', '(xVND)'])('header note %s is refused', async (note) => {
    const r = await both('bad-note-2026.csv', [`Đơn vị,Tiền có điều kiện ${note},Tiền giải quyết xong ${note}`, ...VI_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:1:2: error: the money unit "${note.slice(1, -1)}" in this header cell is not one thads reads [UNIT_UNREADABLE]\n${HINT}`);
  });

  // Round 48a, 03: 3 + 2 = 5 offices' figures; with conditions 100 + 50 = 150, resolved 80 + 40
  // = 120, 120 / 150 = 80.00 %. Was refused MISSING_COLUMN: "TĐC" read as a glued đồng unit.
  it.each([
    ['Đình chỉ', 'Tạm đình chỉ (TĐC)'],
    ['Đình chỉ (TĐC + ĐC)', 'Tạm đình chỉ'],
    ['Đình chỉ', 'Tạm đình chỉ'],
  ])('cases file with headers "%s", "%s": 150 / 120, 80.00 %', async (terminated, suspended) => {
    const r = await both('header-viec-2019.csv', [`STT;Đơn vị;Có điều kiện;Thi hành xong;${terminated};${suspended};Giải quyết xong`, '1;Chi cục A;100;70;10;5;80', '2;Chi cục B;50;35;5;2;40']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, total] = r.stdout.trim().split('\n');
    const pick = (n: string) => total!.split(',')[head!.split(',').indexOf(n)];
    expect([pick('cases_with_conditions'), pick('cases_resolved'), pick('cases_rate'), pick('money_with_conditions')]).toEqual(['150', '120', '80.00', '']);
  });

  it('a cases file whose header cell carries glued money ("(xđồng)"): refused, the message names that cell', async () => {
    const r = await both('header-viec-2019.csv', ['STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Tạm đình chỉ (xđồng);Giải quyết xong', '1;Chi cục A;100;70;10;5;80']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'FILE:1: error: missing column money_with_conditions and money_resolved (or money_completed); column 6 "Tạm đình chỉ (xđồng)" is read as money for the unit in it [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it('unit line "Đơn vị tính: tỷđx" is refused', async () => {
    const r = await both('bad-line-tien-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2026', 'Đơn vị tính: tỷđx', 'Đơn vị,Có điều kiện,Giải quyết xong', ...VI_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:2:1: error: the unit line "Đơn vị tính: tỷđx" names a money unit thads cannot read [UNIT_UNREADABLE]\n${HINT}`);
  });
});
