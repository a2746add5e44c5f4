// Office names of the config typed without diacritics (traps39 F3). Files join "My Loc" and "Mỹ
// Lộc" (office-registry.ts), and province names of the config matched so ("Nam Dinh"), but an
// office target "Chi cuc THADS huyen My Loc" matched no office: TARGET_UNMATCHED, no "did you
// mean", Mỹ Lộc judged against the year's 34.5 % (met) instead of its own 40 % (missed), exit 0;
// and mergedOffices' "Chi cuc THADS huyen Vu Ban" matched nothing of the previous files. Now they
// pair by unaccentedKey where one side is typed without marks, one to one; names alike without
// diacritics that are not one to one are refused, as a target several offices take is.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-config-unaccented-');
const namDinh = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Văn phòng Cục,100,76,1000,350', 'Mỹ Lộc,100,74,1000,345', 'Vụ Bản,200,149,2000,690'];
const sonLa = (...offices: string[]) => ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', ...offices.map((o, i) => `Sơn La,${o},100,${70 + i}`)];
const config = (targets: string) => [`{ "targets": { "2019": { "cases": 74, "money": "34,5", ${targets} } } }`];
write({
  'province/nam-dinh-2019.csv': namDinh,
  'province/thads.config.json': config('"provinces": { "Nam Dinh": { "districts": { "Chi cuc THADS huyen My Loc": { "money": 40 } } } }'),
  'year/nam-dinh-2019.csv': namDinh,
  'year/thads.config.json': config('"districts": { "My Loc": { "money": 40 } }'),
  'two-offices/son-la-2019.csv': sonLa('Phù Yên', 'Phú Yên', 'Mộc Châu'),
  'two-offices/thads.config.json': config('"provinces": { "Son La": { "districts": { "Phu Yen": { "cases": 90 } } } }'),
  'two-names/son-la-2019.csv': sonLa('Phu Yen', 'Mộc Châu'),
  'two-names/thads.config.json': config('"districts": { "Phù Yên": { "cases": 90 }, "Phú Yên": { "cases": 60 } }'),
  'marked/son-la-2019.csv': sonLa('Phú Yên', 'Mộc Châu'),
  'marked/thads.config.json': config('"districts": { "Phù Yên": { "cases": 90 } }'),
  'twice/nam-dinh-2019.csv': namDinh,
  'twice/thads.config.json': config('"districts": { "My Loc": { "money": 40 }, "Mỹ Lộc": { "money": 45 } }'),
  // traps39 m1: khu vực 2 of the new Ninh Bình is Nam Định's Vụ Bản + Ý Yên of 2024
  'merged/nam-dinh-2024.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'STT,Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong', '1,Chi cục THADS thành phố Nam Định,800,600,500', '2,Chi cục THADS huyện Mỹ Lộc,300,200,150', '3,Chi cục THADS huyện Vụ Bản,500,400,300', '4,Chi cục THADS huyện Ý Yên,400,300,270'],
  'merged/ninh-binh-2025.csv': ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'STT,Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong', '1,Phòng THADS khu vực 1,1200,850,720', '2,Phòng THADS khu vực 2,950,720,600'],
  'merged/thads.config.json': ['{ "mergedOffices": { "Phòng THADS khu vực 1": ["TP Nam Định", "Mỹ Lộc"], "KV2": ["Chi cuc THADS huyen Vu Ban", "Huyện Ý Yên"] } }'],
  'merged-two/son-la-2024.csv': sonLa('Chi cục THADS huyện Phù Yên', 'Chi cục THADS huyện Phú Yên'),
  'merged-two/son-la-2025.csv': ['Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Sơn La,Phòng THADS khu vực 1,300,250'],
  'merged-two/thads.config.json': ['{ "mergedOffices": { "Phòng THADS khu vực 1": ["Huyen Phu Yen"] } }'],
});

const run = (folder: string, ...args: string[]) => spawnThads(['summarize', ...args, '--format', 'json'], { cwd: join(dir, folder) });
interface Group { district: string; cases: Record<string, unknown>; money: Record<string, unknown> }
const office = (stdout: string, name: string): Group => JSON.parse(stdout).groups.find((g: Group) => g.district === name);

describe('a config office typed without diacritics', () => {
  it.each([['province'], ['year']])('under a %s: Mỹ Lộc held to its 40 % (345/1000 = 34.50 %, gap −5.50, missed)', (folder) => {
    const r = run(folder, 'nam-dinh-2019.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('TARGET_UNMATCHED');
    const money = office(r.stdout, 'Mỹ Lộc').money;
    expect([money.rate, money.target, money.gapPp, money.met]).toEqual(['34.50', '40', '-5.50', false]);
    // Vụ Bản keeps the year's 34.5 (690/2000 = 34.50 %, met)
    expect(office(r.stdout, 'Vụ Bản').money.target).toBe('34.5');
  });

  it('one name two offices of the input may be ("Phu Yen": Phù Yên, Phú Yên): refused (exit 2)', () => {
    const r = run('two-offices', 'son-la-2019.csv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('targets."2019".provinces."Son La".districts."Phu Yen": "Phu Yen", without diacritics, may be "Phù Yên" or "Phú Yên" of the input');
    expect(r.stderr).toContain('[TARGET_AMBIGUOUS]');
  });

  it('an office typed without them that two config names may be: refused (exit 2)', () => {
    const r = run('two-names', 'son-la-2019.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the input\'s "Phu Yen", written without diacritics, may be "Phù Yên" or "Phú Yên" of the config');
  });

  it('both written with their marks, "Phù Yên" is not "Phú Yên" (control: unmatched, the year\'s target)', () => {
    const r = run('marked', 'son-la-2019.csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('TARGET_UNMATCHED');
    expect(office(r.stdout, 'Phú Yên').cases.target).toBe('74');
  });

  it('"My Loc" beside "Mỹ Lộc" in the config: one office, two targets, refused when read', () => {
    const r = run('twice', 'nam-dinh-2019.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"My Loc" and "Mỹ Lộc" name one office [CONFIG_INVALID]');
  });
});

describe('a mergedOffices older name typed without diacritics', () => {
  it('"Chi cuc THADS huyen Vu Ban" is Vụ Bản of the previous files: khu vực 2 compared with Vụ Bản + Ý Yên', () => {
    const r = run('merged', 'ninh-binh-2025.csv', '--previous', 'nam-dinh-2024.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('Chi cuc THADS huyen Vu Ban');
    // 2024: 500 + 400 = 900 total, (300 + 270)/(400 + 300) = 81.4286 %; 2025: 950, 600/720 = 83.3333 %
    const cases = office(r.stdout, 'Phòng THADS khu vực 2').cases;
    expect([cases.totalChange, cases.rateChange]).toEqual(['50', '1.90']);
  });

  it('one that two previous offices may be ("Huyen Phu Yen"): refused (exit 2)', () => {
    const r = run('merged-two', 'son-la-2025.csv', '--previous', 'son-la-2024.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Huyen Phu Yen", without diacritics, may be "Chi cục THADS huyện Phù Yên" or "Chi cục THADS huyện Phú Yên" of the previous year\'s files');
    expect(r.stderr).toContain('[MERGED_OFFICE_AMBIGUOUS]');
  });
});
