// One Phòng THADS however its name is written: fixed words without diacritics ("Phong THADS khu
// vuc 2", "Chi cuc THADS huyen Mỹ Lộc") and a province after the region ("khu vực 2 - Gia Lai",
// "(Gia Lai)", ", tỉnh Gia Lai") in a row of that province. A resent copy under the other
// spelling was added twice with exit 0. Both readers must say the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyRows } from '../helpers/key-rows.js';
import { bareName, officeIdentity, oneOfficeTwice, provinceInName, unitKind } from '../../src/domain/office-names.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-name-spellings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BY_PROVINCE = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const CASES = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const PLAIN = 'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong';

type Files = Record<string, string[]>;

async function run(command: string, files: Files, fast: boolean) {
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  const args = command === 'summarize' ? ['--format', 'csv'] : [];
  const { io, stdout, stderr } = memoryIo([command, ...Object.keys(files).map((f) => join(dir, f)), ...args], { env: {} });
  fastPath.enabled = fast;
  try {
    const code = await main(io);
    return { code, stdout: stdout().split(join(dir, '/')).join(''), stderr: stderr().split(join(dir, '/')).join('') };
  } finally {
    fastPath.enabled = true;
  }
}

/** Both readers, which must agree; the reference's result. */
async function both(files: Files, command = 'summarize') {
  const reference = await run(command, files, false);
  const fast = await run(command, files, true);
  expect(fast).toEqual(reference);
  return reference;
}

const rows = keyRows;

describe('fixed words without diacritics', () => {
  it.each([
    ['Phong THADS khu vuc 2', 'khu vực 2'],
    ['PHONG THI HANH AN DAN SU KHU VUC 2', 'khu vực 2'],
    ['Phong thi hanh an dan su khu vuc so 02', 'khu vực 2'],
    ['Phòng THADS khu vuc II', 'khu vực 2'],
    ['Chi cuc THADS huyen Mỹ Lộc', 'mĩ lộc'],
    ['Chi cuc THADS thi xa Long Mỹ', 'long mĩ'],
    ['Chi cuc THADS thanh pho Cao Lãnh', 'cao lãnh'],
    ['Chi cuc THADS quan 1', '1'],
    // a place name keeps its marks, and "Quan" is one: huyện Quan Hóa, Quan Sơn (Thanh Hóa)
    ['Chi cuc THADS huyen My Loc', 'mi loc'],
    ['Chi cục THADS Quan Hóa', 'quan hoá'],
    ['Phong Thanh tra', 'phong thanh tra'],
    // without "Phòng" (round 29b, 03): the office's type alone before its region
    ['THADS khu vực 2', 'khu vực 2'],
    ['Thi hành án dân sự khu vực 2', 'khu vực 2'],
    ['THA khu vực 2', 'khu vực 2'],
    ['Thi hanh an khu vuc II', 'khu vực 2'],
    ['THADS huyện Mỹ Lộc', 'mĩ lộc'],
  ])('%s → %s', (name, bare) => expect(bareName(name)).toBe(bare));

  it.each([
    ['Chi cuc THADS huyen Mỹ Lộc', 'huyện'],
    ['Chi cuc THADS thi xa Long Mỹ', 'thị xã'],
    ['thanh pho Cao Lãnh', 'thành phố'],
    ['Quan Hóa', null],
  ])('unit of %s → %s', (name, unit) => expect(unitKind(name)).toBe(unit));
});

describe('a province after the region', () => {
  const gl = { province: 'Gia Lai', year: 2025 };
  it.each([
    'Phòng THADS khu vực 2 - Gia Lai',
    'Phòng THADS khu vực 2 – tỉnh Gia Lai',
    'Phòng THADS khu vực 2 tỉnh Gia Lai',
    'Phòng THADS khu vực 2 (Gia Lai)',
    'Phòng Thi hành án dân sự khu vực 2, tỉnh Gia Lai',
    'Phong THADS khu vuc 2 - tinh Gia Lai',
  ])('%s in a Gia Lai row is its khu vực 2', (name) => {
    expect(bareName(name, gl)).toBe('khu vực 2');
    expect(provinceInName(name)).toBe('Gia Lai');
  });

  it('without the row\'s province it stays, one key however written', () => {
    expect(bareName('Phòng THADS khu vực 2 (Gia Lai)')).toBe('khu vực 2 - gia lai');
    expect(bareName('Phòng THADS khu vực 2, tỉnh Gia Lai')).toBe('khu vực 2 - gia lai');
  });

  it('another province after it stays in a Gia Lai row', () => expect(bareName('Phòng THADS khu vực 2 - Đắk Lắk', gl)).toBe('khu vực 2 - đắk lắk'));

  // the engineer's rule (round 85c): a khu vực's number names one office of its province, whatever follows it
  it('no province after it: the region alone (an area, a note)', () => {
    expect(bareName('Phòng THADS khu vực 2 - Pleiku', gl)).toBe('khu vực 2');
    expect(provinceInName('Phòng THADS khu vực 2 - Pleiku')).toBeNull();
  });

  it('Kon Tum in a Quảng Ngãi row of 2025 (merged into it), not of 2024', () => {
    expect(bareName('Phòng THADS khu vực 2 - Kon Tum', { province: 'Quảng Ngãi', year: 2025 })).toBe('khu vực 2');
    expect(bareName('Phòng THADS khu vực 2 - Kon Tum', { province: 'Quảng Ngãi', year: 2024 })).toBe('khu vực 2 - kon tum');
  });

  it('a row without a province takes the one its name writes (from 2025 the merged one\'s)', () => {
    expect(officeIdentity('Phòng THADS khu vực 2 - Gia Lai', { province: null, year: 2025 })).toEqual({ bare: 'khu vực 2', province: 'Gia Lai' });
    expect(officeIdentity('Phòng THADS khu vực 2 - Kon Tum', { province: null, year: 2025 })).toEqual({ bare: 'khu vực 2', province: 'Quảng Ngãi' });
    expect(officeIdentity('Phòng THADS khu vực 2', { province: null, year: 2025 })).toEqual({ bare: 'khu vực 2', province: null });
  });
});

describe('the same office under two spellings in two files', () => {
  const first = { 'a-2025.csv': [BY_PROVINCE, 'Gia Lai,Phòng THADS khu vực 2,100,50', 'Gia Lai,Phòng THADS khu vực 3,10,5'] };

  it.each([
    'Phong THADS khu vuc 2',
    'PHONG THI HANH AN DAN SU KHU VUC 2',
    'Phòng THADS khu vực 2 - Gia Lai',
    '"Phòng Thi hành án dân sự khu vực 2, tỉnh Gia Lai"',
    'Phòng THADS khu vực 2 (Gia Lai)',
  ])('a resent copy as %s: refused, not 210 cases', async (name) => {
    const r = await both({ ...first, 'b-2025.csv': [BY_PROVINCE, `Gia Lai,${name},100,50`] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const written = name.replace(/^"|"$/g, '');
    expect(r.stderr).toContain(`b-2025.csv:2: error: cases of "${written}" (2025) are given again: a-2025.csv:2 already gave them as "Phòng THADS khu vực 2"; figures are never added across files [DUPLICATE_INPUT]`);
  });

  // Round 29b, 03: resent without "Phòng", it was a fifth office (480/560 cases, exit 0).
  it.each(['THADS khu vực 2', 'Thi hành án dân sự khu vực 2', 'THA khu vực 2'])('a resent copy as %s in a file without a province: refused, not 310 + 170 cases', async (name) => {
    const r = await both({ 'gia-lai-viec-2025.csv': [CASES, 'Phòng THADS khu vực 1,100,90', 'Phòng THADS khu vực 2,200,170'], 'gui-bo-sung-viec-2025.csv': [CASES, `${name},200,170`, 'Phòng THADS khu vực 3,60,50'] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`gui-bo-sung-viec-2025.csv:2: error: cases of "${name}" (2025) are given again: gia-lai-viec-2025.csv:3 already gave them as "Phòng THADS khu vực 2"; figures are never added across files [DUPLICATE_INPUT]`);
  });

  it('"THADS khu vực 3" beside the other file\'s khu vực 1 and 2 is an office of its own: 100 + 200 + 60 cases', async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': [CASES, 'Phòng THADS khu vực 1,100,90', 'Phòng THADS khu vực 2,200,170'], 'gui-bo-sung-viec-2025.csv': [CASES, 'THADS khu vực 3,60,50'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Gia Lai,Phòng THADS khu vực 1,100,90', 'Gia Lai,Phòng THADS khu vực 2,200,170', ',THADS khu vực 3,60,50', ',TOTAL,360,310']);
  });

  it('Chi cuc THADS huyen Mỹ Lộc repeats Chi cục THADS huyện Mỹ Lộc', async () => {
    const r = await both({ 'h-2019.csv': [CASES, 'Chi cục THADS huyện Mỹ Lộc,100,50'], 'i-2019.csv': [CASES, 'Chi cuc THADS huyen Mỹ Lộc,100,50'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('i-2019.csv:2: error: cases of "Chi cuc THADS huyen Mỹ Lộc" (2019) are given again: h-2019.csv:2 already gave them as "Chi cục THADS huyện Mỹ Lộc"');
  });

  it('khu vực 2 - Kon Tum in a Quảng Ngãi row of 2025 repeats its khu vực 2', async () => {
    const r = await both({ 'qa-2025.csv': [BY_PROVINCE, 'Quảng Ngãi,Phòng THADS khu vực 2,100,50'], 'qb-2025.csv': [BY_PROVINCE, 'Quảng Ngãi,Phòng THADS khu vực 2 - Kon Tum,100,50'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('qb-2025.csv:2: error: cases of "Phòng THADS khu vực 2 - Kon Tum" (2025) are given again: qa-2025.csv:2 already gave them as "Phòng THADS khu vực 2"');
  });

  it('a file without a province column: "khu vực 2 - Gia Lai" is Gia Lai\'s khu vực 2', async () => {
    const r = await both({ ...first, 'n-2025.csv': [CASES, 'Phòng THADS khu vực 2 - Gia Lai,100,50'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('n-2025.csv:2: error: cases of "Phòng THADS khu vực 2 - Gia Lai" (2025) are given again: a-2025.csv:2 already gave them');
  });

  it('…and "khu vực 2 - Đắk Lắk" is another province\'s office: 100 + 10 + 30 cases', async () => {
    const r = await both({ ...first, 'n-2025.csv': [CASES, 'Phòng THADS khu vực 2 - Đắk Lắk,30,20'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Gia Lai,Phòng THADS khu vực 2,100,50', 'Gia Lai,Phòng THADS khu vực 3,10,5', ',Phòng THADS khu vực 2 - Đắk Lắk,30,20', ',TOTAL,140,75']);
  });

  it('two provinces\' khu vực 2 in one file without a province column stay two', async () => {
    const r = await both({ 'n-2025.csv': [CASES, 'Phòng THADS khu vực 2 - Gia Lai,100,50', 'Phòng THADS khu vực 2 - Đắk Lắk,30,20'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([',Phòng THADS khu vực 2 - Gia Lai,100,50', ',Phòng THADS khu vực 2 - Đắk Lắk,30,20', ',TOTAL,130,70']);
  });

  it('split việc / tiền files join per office under the first file\'s names', async () => {
    const r = await both({
      'viec-2025.csv': [PLAIN, 'Gia Lai,Phòng THADS khu vực 2,100,50', 'Gia Lai,Phòng THADS khu vực 3,10,5'],
      'tien-2025.csv': [PLAIN, 'Gia Lai,Phong THADS khu vuc 2 - Gia Lai,1000,500', 'Gia Lai,PHONG THADS KV3,200,100'],
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Gia Lai,Phòng THADS khu vực 2,100,50,1000,500', 'Gia Lai,Phòng THADS khu vực 3,10,5,200,100', ',TOTAL,110,55,1200,600']);
  });
});

describe('another province after the name than the row\'s', () => {
  const file = { 'g-2025.csv': [BY_PROVINCE, 'Gia Lai,Phòng THADS khu vực 1,40,30', 'Gia Lai,Phòng THADS khu vực 2 - Đắk Lắk,100,50', 'Gia Lai,Phòng THADS khu vực 3 (Đắk Lắk),10,5'] };
  const message = 'g-2025.csv:3:2: error: office "Phòng THADS khu vực 2 - Đắk Lắk" names Đắk Lắk after its region, but its row is of Gia Lai: thads cannot tell whose office it is (and 1 more such office) [PROVINCE_IN_NAME_MISMATCH]';

  it('summarize refuses it, located', async () => {
    const r = await both(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('check reports it', async () => {
    const r = await both(file, 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
  });

  it('a row of one office over several lines is said once', async () => {
    const r = await both({ 'g-2025.csv': [BY_PROVINCE, 'Gia Lai,Phòng THADS khu vực 2 - Đắk Lắk,100,50', 'Gia Lai,Phòng THADS khu vực 2 - Đắk Lắk,1,1'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('g-2025.csv:2:2: error: office "Phòng THADS khu vực 2 - Đắk Lắk" names Đắk Lắk after its region, but its row is of Gia Lai: thads cannot tell whose office it is [PROVINCE_IN_NAME_MISMATCH]');
  });
});

describe('one office written two ways in one file (round 25, 90a)', () => {
  it('"Quan 1" and "Quận 1" of one province: counted as two offices, and said', () => {
    const rows = [
      { district: 'Quan 1', province: 'TP Hồ Chí Minh', year: 2024, line: 2 },
      { district: 'Quận 1', province: 'TP Hồ Chí Minh', year: 2024, line: 3 },
    ];
    expect(oneOfficeTwice(rows)).toEqual([rows[0], rows[1]]);
  });

  it('"Huyen Chu Se" beside "Huyện Chư Sê": diacritics left out, said too (round 26, 04)', () => {
    const rows = [
      { district: 'Huyện Chư Sê', province: null, year: 2019, line: 2 },
      { district: 'Huyện Ia Pa', province: null, year: 2019, line: 3 },
      { district: 'Huyen Chu Se', province: null, year: 2019, line: 4 },
    ];
    expect(oneOfficeTwice(rows)).toEqual([rows[0], rows[2]]);
  });

  it('not for two provinces\' "Quận 1", two units ("Huyện Long Mỹ", "Thị xã Long Mỹ"), two years, or one name repeated', () => {
    expect(oneOfficeTwice([{ district: 'Quận 1', province: 'Hà Nội', year: 2024 }, { district: 'Quan 1', province: 'TP Hồ Chí Minh', year: 2024 }])).toBeNull();
    expect(oneOfficeTwice([{ district: 'Huyện Long Mỹ', province: 'Hậu Giang', year: 2024 }, { district: 'Thị xã Long Mỹ', province: 'Hậu Giang', year: 2024 }])).toBeNull();
    expect(oneOfficeTwice([{ district: 'Mỹ Lộc', province: null, year: 2018 }, { district: 'Huyện Mỹ Lộc', province: null, year: 2019 }])).toBeNull();
    expect(oneOfficeTwice([{ district: 'Mỹ Lộc', province: null, year: 2019 }, { district: 'Mỹ Lộc', province: null, year: 2019 }])).toBeNull();
  });

  it('"Chi cục THADS huyện Mỹ Lộc" beside "Mỹ Lộc": the second is named, at its line', () => {
    const rows = [
      { district: 'Chi cục THADS huyện Mỹ Lộc', province: null, year: 2019, line: 2 },
      { district: 'Vụ Bản', province: null, year: 2019, line: 3 },
      { district: 'Mỹ Lộc', province: null, year: 2019, line: 4 },
    ];
    expect(oneOfficeTwice(rows)).toEqual([rows[0], rows[2]]);
  });
});
