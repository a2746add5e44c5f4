// "Quí"/"Qui" (and "Kì") are the older spelling of "Quý" ("Kỳ"), still common (traps29 1). Unread,
// a "QUÍ I NĂM 2019" report was read as the year 2019 and summed with a year-end one (550/400/270,
// exit 0); a "Quí III" group over every figure column was the year's figures; a "Quí III" or "Kì
// này" group beside the cumulative was no period, and its columns repeated the cumulative's.
// Now each reads as its "Quý"/"Kỳ" spelling does. Whole words only: "quyết", "kiện" stay.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldHeader, periodSpelling } from '../../src/domain/names.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-quy-old-spelling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'STT,Đơn vị,Việc tổng số thụ lý,Việc có điều kiện,Việc giải quyết xong';
const YEAR_END = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Mỹ Lộc,300,200,150'];
const quarter = (title: string) => [title, HEADER, '1,Vụ Bản,250,200,120'];

describe('periodSpelling and foldHeader', () => {
  it.each([
    ['QUÍ I NĂM 2019', 'QUÝ I NĂM 2019'],
    ['Quí III/2019', 'Quý III/2019'],
    ['qui 1 năm 2019', 'quy 1 năm 2019'],
    ['Trong kì', 'Trong kỳ'],
    ['KÌ BÁO CÁO', 'KỲ BÁO CÁO'],
  ])('%s → %s', (text, read) => expect(periodSpelling(text)).toBe(read));

  it.each(['Quyết định', 'Điều kiện', 'Quis', 'Kiên Giang', 'quitclaim', 'Kim Bôi'])('%s is left as written (no whole word qui/ki)', (text) => {
    expect(periodSpelling(text)).toBe(text);
  });

  it('folds the older spelling in headers, never inside a word', () => {
    expect(foldHeader('Trong quí')).toBe('trong quy');
    expect(foldHeader('Kì này')).toBe('ky nay');
    expect(foldHeader('Việc có điều kiện')).toBe('viec co dieu kien');
    expect(foldHeader('Quyết định')).toBe('quyet dinh');
  });
});

describe('a quarter spelt "Quí" is a quarter', () => {
  it.each(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÍ I NĂM 2019', 'BÁO CÁO KẾT QUẢ Quí I năm 2019', 'BÁO CÁO KẾT QUẢ Qui I năm 2019', 'BÁO CÁO THỐNG KÊ QUÍ I/2019'])(
    'title %s beside a year-end report: never summed (was 550/400/270, exit 0)',
    async (title) => {
      const r = await bothOnFiles(dir, { 'title/MyLoc_2019.csv': YEAR_END, 'title/VuBan_2019.csv': quarter(title) }, ['--format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('(31/3/2019, 30/9/2019)');
      expect(r.stderr).toContain('[MIXED_PERIODS]');
    },
  );

  it.each(['Vụ Bản Quí I 2019.csv', 'Vụ Bản quí 1 năm 2019.csv', 'Vu Ban Qui I 2019.csv', 'Vụ Bản QUÍ I 2019.csv'])('file name %s beside "Mỹ Lộc năm 2019.csv": never summed', async (name) => {
    const files = { [`names/${name}`]: [HEADER, '1,Vụ Bản,250,200,120'], 'names/Mỹ Lộc năm 2019.csv': [HEADER, '1,Mỹ Lộc,300,200,150'] };
    const r = await bothOnFiles(dir, files, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[MIXED_PERIODS]');
  });

  it('control: a year-end title whose words hold "quyết" is summed (hand: 300 + 250 = 550, 200 + 200 = 400, 150 + 120 = 270)', async () => {
    const files = { 'ctl/MyLoc_2019.csv': YEAR_END, 'ctl/VuBan_2019.csv': quarter('BÁO CÁO KẾT QUẢ GIẢI QUYẾT VIỆC THI HÀNH ÁN DÂN SỰ NĂM 2019') };
    const r = await bothOnFiles(dir, files, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2019,,,550,,,,400,,,,,,,,,270,');
  });

  it('a "QUÍ I NĂM 2019" report is not compared with last whole year (PERIODS_DIFFER, no change)', async () => {
    mkdirSync(join(dir, 'prev'), { recursive: true });
    writeFileSync(join(dir, 'prev/prev_2018.csv'), ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', HEADER, '1,Mỹ Lộc,300,200,150', '2,Vụ Bản,500,400,300', ''].join('\n'));
    writeFileSync(join(dir, 'prev/p_2019.csv'), ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÍ I NĂM 2019', HEADER, '1,Mỹ Lộc,150,100,60', '2,Vụ Bản,250,200,120', ''].join('\n'));
    const r = await summarizeCsvRows(dir, [join(dir, 'prev/p_2019.csv')], ['--previous', join(dir, 'prev/prev_2018.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[PERIODS_DIFFER]');
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect(total.cases_total).toBe('400'); // 150 + 250
    expect(total.cases_total_change).toBe(''); // was -400: the quarter against the whole year 2018
    expect(total.cases_rate_change).toBe('');
  });
});

const FIGURES = ',,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ';
let n = 0;
const ROWS = ['1,Mỹ Lộc,40,30,2,586,520,13', '2,Vụ Bản,50,45,1,655,611,19'];

describe('a group spelt "Quí", "Kì" is the part of the year its "Quý", "Kỳ" spelling is', () => {
  it.each([
    ['Quí III', 'Lũy kế 9 tháng'],
    ['Quí này', 'Lũy kế 9 tháng'],
    ['Kì này', 'Lũy kế'],
    ['Trong kì', 'Luỹ kế từ đầu năm'],
    ['Trong quí', 'Lũy kế'],
    ['TRONG QUÍ', 'LUỸ KẾ'],
  ])('"%s" beside "%s": the cumulative is read (was DUPLICATE_COLUMN)', async (part, cumulative) => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 9 THÁNG NĂM 2019', `STT,Đơn vị,${part},,,${cumulative},,`, FIGURES, ...ROWS];
    const name = `grp/${++n}/nam_dinh_2019.csv`;
    const r = await bothOnFiles(dir, { [name]: lines }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('DUPLICATE_COLUMN');
    // hand: with conditions 586 + 655 = 1241; resolved (520 + 13) + (611 + 19) = 1163; 1163 / 1241 = 93.71 %
    expect(r.stdout).toContain(',TOTAL,2019,,,,,,,1241,1131,32,,,,,,,1163,,93.71,');
  });

  it.each(['Quí III', 'Trong quí', 'Quí này'])('"%s" alone over every figure column under "NĂM 2019": the quarter, which the title contradicts (was 90/75 as the year)', async (part) => {
    const lines = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', `STT,Đơn vị,${part},`, ',,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,40,30', '2,Vụ Bản,50,45'];
    const r = await bothOnFiles(dir, { [`alone/${++n}/nam_dinh_2019.csv`]: lines }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('names the period from 1/7/2019 to 30/9/2019');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
  });
});
