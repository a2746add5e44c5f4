// Characters that print as nothing (zero-width space, word joiner, soft hyphen) were taken out of
// office names but not of titles nor total labels (traps29 2). A title "6\u200b THÁNG ĐẦU NĂM
// 2019" lost its period and the half-year report was summed with a year-end one (550/400/270,
// exit 0); "Tổng cộ\u00adng" that disagreed with its offices was added as an office (601/460).
// Now one rule (names.ts visibleText) reads them everywhere: inside a word nothing, between two
// words ("THÁNG\u200bĐẦU") or a figure and a word ("6\u00adTHÁNG") a space.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldHeader, visibleText } from '../../src/domain/names.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-invisible-in-titles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'STT,Đơn vị,Việc tổng số thụ lý,Việc có điều kiện,Việc giải quyết xong';
const YEAR_END = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Mỹ Lộc,300,200,150'];

describe('visibleText', () => {
  it.each([
    ['Tổng cộ\u00adng', 'Tổng cộng'], // inside one syllable: nothing
    ['TH\u200bÁNG', 'THÁNG'],
    ['20\u200b19', '2019'], // inside a figure
    ['6\u200b THÁNG', '6 THÁNG'], // beside a space
    ['THÁNG\u200bĐẦU', 'THÁNG ĐẦU'], // between two syllables: a space
    ['THÁNG\u2060ĐẦU', 'THÁNG ĐẦU'],
    ['6\u00adTHÁNG', '6 THÁNG'], // a figure and a word
    ['QUÝ\u200b I', 'QUÝ I'],
    ['Ia\u200bGrai', 'Ia Grai'],
    ['Quý\u200b', 'Quý'],
    ['Gia Lai', 'Gia Lai'],
  ])('%j → %j', (text, read) => expect(visibleText(text)).toBe(read));

  it('headers fold as they print', () => {
    expect(foldHeader('Tổng cộ\u00adng')).toBe('tong cong');
    expect(foldHeader('Tổng\u200bcộng')).toBe('tong cong');
  });
});

describe('a title holding an invisible character keeps its period', () => {
  it.each([
    ['6\u200b THÁNG ĐẦU NĂM 2019', '31/3/2019'],
    ['6 THÁNG ĐẦU\u200b NĂM 2019', '31/3/2019'],
    ['6 THÁNG ĐẦU NĂM\u200b 2019', '31/3/2019'],
    ['6\u00adTHÁNG ĐẦU NĂM 2019', '31/3/2019'],
    ['6 THÁNG\u2060ĐẦU NĂM 2019', '31/3/2019'],
    ['6 THÁNG\u200bĐẦU NĂM 2019', '31/3/2019'],
    ['QUÝ\u200b I NĂM 2019', '31/3/2019'],
    ['9 TH\u200bÁNG NĂM 2019', '30/6/2019'],
  ])('%j beside a year-end report: never summed (was 550/400/270, exit 0)', async (period, end) => {
    const files = { [`t${++n}/MyLoc_2019.csv`]: YEAR_END, [`t${n}/VuBan_2019.csv`]: [`BÁO CÁO KẾT QUẢ ${period}`, HEADER, '1,Vụ Bản,250,200,120'] };
    const r = await bothOnFiles(dir, files, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`(${end}, 30/9/2019)`);
    expect(r.stderr).toContain('[MIXED_PERIODS]');
  });

  it('control: "NĂM\u200b 2019" over both is summed (hand: 300 + 250 = 550, 200 + 200 = 400, 150 + 120 = 270)', async () => {
    const files = { 'ctl/MyLoc_2019.csv': YEAR_END, 'ctl/VuBan_2019.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM\u200b 2019', HEADER, '1,Vụ Bản,250,200,120'] };
    const r = await bothOnFiles(dir, files, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2019,,,550,,,,400,,,,,,,,,270,');
  });
});

describe('a total label holding an invisible character is a total', () => {
  const FIGURES = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
  const OFFICES = ['1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150'];

  it.each(['Tổng cộ\u00adng', 'Tổng\u200bcộng', 'Tổng\u00adcộng', 'T\u200bổng cộng'])('%j disagreeing with its offices: refused (was added, 601/460)', async (label) => {
    const r = await bothOnFiles(dir, { [`m${++n}/nam_dinh_2019.csv`]: [FIGURES, ...OFFICES, `,${label},301,230`] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // hand: declared 301 against the offices' 100 + 200 = 300
    expect(r.stderr).toContain('has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });

  it.each(['Tổng cộ\u00adng', 'Tổng\u200bcộng'])('%j agreeing: checked, not added (hand: 100 + 200 = 300, 80 + 150 = 230)', async (label) => {
    const r = await bothOnFiles(dir, { [`a${++n}/nam_dinh_2019.csv`]: [FIGURES, ...OFFICES, `,${label},300,230`] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2019,,,,,,,300,,,,,,,,,230,');
    expect(r.stdout.split('\n')).toHaveLength(5); // header, two offices, TOTAL, ''
  });
});

let n = 0;
