// The tables' everyday abbreviations of field headers: "Có ĐK" (có điều kiện), "Chưa có ĐK",
// "GQX" / "GQ xong" (giải quyết xong). They were refused (MISSING_COLUMN) where the same table
// with the words written out was read (round 35b, 02). Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-abbrev-', ARGS);

/** Two offices: 1200 + 800 with conditions, 300 + 100 without, 1000 + 600 resolved: 80.00 %. */
const ROWS = ['Chi cục A,1500,1200,300,1000', 'Chi cục B,900,800,100,600'];
const TOTAL = { toExecute: '2400', withConditions: '2000', withoutConditions: '400', resolved: '1600', rate: '80.00' };
const header = (withC: string, withoutC: string, resolved: string) => `Đơn vị,Phải thi hành,${withC},${withoutC},${resolved}`;

describe('abbreviated field headers, read as the words written out', () => {
  it.each(['Có ĐK', 'Có đk', 'Có Đ/K', 'Có ĐKTH', 'Có ĐKTHA', 'Việc có ĐK', 'Số có ĐK', 'Có ĐK thi hành', 'Có ĐK giải quyết', 'Trong đó: Có ĐK'])('"%s" is with_conditions', async (h) => {
    const r = await both('a-viec-2019.csv', [header(h, 'Chưa có điều kiện', 'Giải quyết xong'), ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(TOTAL);
  });

  it.each(['Chưa có ĐK', 'Chưa có Đ/K', 'Chưa ĐK', 'Chưa có ĐKTH'])('"%s" is without_conditions', async (h) => {
    const r = await both('b-viec-2019.csv', [header('Có điều kiện', h, 'Giải quyết xong'), ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(TOTAL);
  });

  it.each(['GQX', 'Đã GQX', 'Số GQX', 'GQ xong', 'Đã GQ xong'])('"%s" is resolved', async (h) => {
    const r = await both('c-viec-2019.csv', [header('Có điều kiện', 'Chưa có điều kiện', h), ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(TOTAL);
  });

  it('the finding\'s file: "Có ĐK", "Chưa có ĐK" and "GQX" together', async () => {
    const r = await both('d-viec-2019.csv', [header('Có ĐK', 'Chưa có ĐK', 'GQX'), ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject(TOTAL);
  });

  it('money by the file\'s measure, and cases and money by the header\'s measure word and unit', async () => {
    const money = await both('e-tien-2019.csv', ['Đơn vị,Có ĐK,GQX', 'Chi cục A,1200,1000', 'Chi cục B,800,600']);
    expect(money.code, money.stderr).toBe(0);
    expect(JSON.parse(money.stdout).total).toMatchObject({ cases: null, money: { withConditions: '2000', resolved: '1600', rate: '80.00' } });
    // 5000 + 7000 and 4000 + 3000 nghìn đồng: 12,000,000 and 7,000,000 đồng, 58.33 %
    const r = await both('f-2019.csv', [
      'Đơn vị,Việc có ĐK,Việc GQX,Tiền có ĐK (nghìn đồng),Tiền GQ xong (nghìn đồng)',
      'Chi cục A,1200,1000,5000,4000',
      'Chi cục B,800,600,7000,3000',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toMatchObject({ withConditions: '2000', resolved: '1600', rate: '80.00' });
    expect(total.money).toMatchObject({ withConditions: '12000000', resolved: '7000000', rate: '58.33' });
  });
});

describe('what the abbreviations do not reach', () => {
  it('"ĐKKD", "Số ĐK", "Có ĐKKD" stay unknown columns, ignored with a warning as before', async () => {
    const r = await both('g-viec-2019.csv', ['Đơn vị,Phải thi hành,Có điều kiện,ĐKKD,Số ĐK,Có ĐKKD,Giải quyết xong', 'Chi cục A,1500,1200,7,8,9,1000', 'Chi cục B,900,800,7,8,9,600']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '2000', resolved: '1600', rate: '80.00' });
    for (const [col, h] of [[4, 'ĐKKD'], [5, 'Số ĐK'], [6, 'Có ĐKKD']] as const) {
      expect(r.stderr).toContain(`FILE:1:${col}: warning: column "${h}" is not a known figure and is ignored [UNKNOWN_COLUMN]`);
    }
  });

  it('"Chưa có ĐK" is never with_conditions: without a "Có ĐK" column the file is refused', async () => {
    const r = await both('h-viec-2019.csv', ['Đơn vị,Phải thi hành,Chưa có ĐK,GQX', 'Chi cục A,1500,300,1000', 'Chi cục B,900,100,600']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:1: error: missing column cases_with_conditions [MISSING_COLUMN]');
  });

  it('"Có ĐK" under a group "Chưa" is read as "Có điều kiện" there is: the group column is ignored, never with_conditions', async () => {
    const lines = (w: string) => ['STT,Đơn vị,Phải thi hành,Có điều kiện,Chưa,Giải quyết xong', `,,,Tổng số,${w},`, '1,Chi cục A,1500,1200,300,1000', '2,Chi cục B,900,800,100,600'];
    const full = await both('i-viec-2019.csv', lines('Có điều kiện'));
    const abbreviated = await both('i-viec-2019.csv', lines('Có ĐK'));
    expect(abbreviated).toEqual(full);
    expect(abbreviated.code, abbreviated.stderr).toBe(0);
    expect(JSON.parse(abbreviated.stdout).total.cases).toMatchObject({ withConditions: '2000', resolved: '1600', rate: '80.00' });
    expect(abbreviated.stderr).toContain('FILE:1:5: warning: column "Chưa" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });
});

describe('HeaderMatcher: abbreviations as whole words only', () => {
  const matcher = new HeaderMatcher();
  it.each([
    ['Có ĐK', 'with_conditions', null], ['Việc có ĐK', 'with_conditions', 'cases'], ['Số tiền có ĐK', 'with_conditions', 'money'], ['Có Đ.K', 'with_conditions', null],
    ['Chưa có ĐK', 'without_conditions', null], ['Chưa điều kiện', 'without_conditions', null], ['GQX', 'resolved', null], ['Tiền GQX', 'resolved', 'money'],
  ])('%s → %s (%s)', (cell, field, measure) => expect(matcher.match(cell)).toMatchObject({ kind: 'figure', field, measure }));

  it.each(['ĐKKD', 'Có ĐKKD', 'Số ĐK', 'GQXX', 'ĐK', 'GQ'])('%s names no field', (cell) => expect(matcher.match(cell).kind).toBe('unknown'));

  it('a config alias spelt with the abbreviation still wins', () => {
    expect(new HeaderMatcher({ 'Có ĐK': 'money_with_conditions' }).match('Có ĐK')).toMatchObject({ kind: 'figure', field: 'with_conditions', measure: 'money' });
  });
});

describe('"TH", "THA", "THX" (thi hành, thi hành án, thi hành xong), in headers and in their notes', () => {
  const matcher = new HeaderMatcher();
  it.each([
    ['THX', 'completed'], ['Đã THX', 'completed'], ['TH xong', 'completed'], ['Đã TH xong', 'completed'], ['Phải TH', 'to_execute'], ['Có ĐK TH', 'with_conditions'],
    ['Có ĐK THA', 'with_conditions'], ['Có điều kiện THA', 'with_conditions'],
  ])('%s → %s', (cell, field) => expect(matcher.match(cell)).toMatchObject({ kind: 'figure', field }));

  it.each(['THXX', 'TH', 'THA', 'TH khác'])('%s names no field', (cell) => expect(matcher.match(cell).kind).toBe('unknown'));

  it('"Đã TH xong" and "Đình chỉ": completed + terminated = 1300 + 300 resolved of 2000, 80.00 %', async () => {
    const r = await both('j-viec-2019.csv', ['Đơn vị,Có ĐK THA,Đã TH xong,Đình chỉ', 'Chi cục A,1200,800,200', 'Chi cục B,800,500,100']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '2000', completed: '1300', terminated: '300', resolved: '1600', rate: '80.00' });
  });

  it('a note "(THX + ĐC)" and "(kể cả GQX)" read as their words are', async () => {
    // "Giải quyết xong (THX + ĐC)": resolved whose note sums its parts; 1000 + 600 of 2000.
    const r = await both('k-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong (THX + ĐC)', 'Chi cục A,1200,1000', 'Chi cục B,800,600']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '2000', resolved: '1600', rate: '80.00' });
  });
});
