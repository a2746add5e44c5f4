// Office targets and the province they belong to (round 31b, 01), duplicate config keys (02) and
// `thads targets` under --target-cases (06). Every province of 2025 has a "Phòng THADS khu vực
// 2": a year's office target that offices of two provinces would take is refused, and a province
// gives its own offices targets under "provinces"."<name>"."districts". Both readers agree.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runArgs, summarizeCsvRows } from '../helpers/both-readers.js';
import { parsePlainDecimal, plain, type Dec } from '../../src/domain/decimal.js';
import { bindTargets, resolveTarget, type TargetTables } from '../../src/domain/targets.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-office-scope-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const d = (s: string) => parsePlainDecimal(s) as Dec;

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Both readers, which must agree; rows of the CSV result by column name. */
const summarize = (files: readonly string[], args: readonly string[]) => summarizeCsvRows(dir, files, args);
/** One reader, `dir/` taken out of what it prints. */
const run = (args: readonly string[], fast: boolean) => runArgs(dir, args, fast);

const TARGET = ['cases_target', 'cases_gap_pp', 'cases_required', 'cases_above_target', 'cases_met'];
const pick = (rows: Record<string, string>[]) => rows.map((r) => [r.province, r.district, ...TARGET.map((k) => r[k])]);

const HEADER = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Two provinces' khu vực 2, 840/1000 = 84.00 % each, and Gia Lai's khu vực 3, 845/1000 = 84.50 %.
const twoProvinces = write('kv2-viec-2025.csv', `${HEADER}\nGia Lai,Phòng THADS khu vực 2,1000,840\nĐắk Lắk,Phòng THADS khu vực 2,1000,840\nGia Lai,Phòng THADS khu vực 3,1000,845\n`);
const config = (name: string, targets: unknown) => write(name, JSON.stringify({ targets: { 2025: targets } }));

describe('an office target under its province (01a)', () => {
  const scoped = config('scoped.config.json', { provinces: { 'Gia Lai': { cases: 84, districts: { 'Phòng THADS khu vực 2': { cases: 85 } } } } });

  it("applies to Gia Lai's khu vực 2 only; Đắk Lắk's takes the national 83.9, Gia Lai's khu vực 3 the province's 84", async () => {
    const r = await summarize([twoProvinces], ['--config', scoped]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.rows)).toEqual([
      // 840 − ceil(850) = −10
      ['Gia Lai', 'Phòng THADS khu vực 2', '85', '-1.00', '850', '-10', 'false'],
      // 840 − ceil(839) = 1
      ['Đắk Lắk', 'Phòng THADS khu vực 2', '83.9', '0.10', '839', '1', 'true'],
      // 845 − 840 = 5
      ['Gia Lai', 'Phòng THADS khu vực 3', '84', '0.50', '840', '5', 'true'],
      // two provinces: the national target; 2525/3000 = 84.1666…, ceil(2517) = 2517
      ['', 'TOTAL', '83.9', '0.27', '2517', '8', 'true'],
    ]);
  });

  it('--fail-below-target: exit 3 for Gia Lai khu vực 2 alone', async () => {
    const r = await run(['check', twoProvinces, '--config', scoped, '--fail-below-target'], false);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('kv2-viec-2025.csv:2: error: Phòng THADS khu vực 2 (2025): cases rate 84.00% is below its target of 85% [BELOW_TARGET]');
    expect(r.stdout.match(/BELOW_TARGET/g)).toHaveLength(1);
  });

  it('is more specific than an office target of the year, which then reaches one province only', async () => {
    const both = config('both.config.json', { districts: { 'Phòng THADS khu vực 2': { cases: 85 } }, provinces: { 'Gia Lai': { districts: { 'Phòng THADS khu vực 2': { cases: '84.5' } } } } });
    const r = await summarize([twoProvinces], ['--config', both]);
    expect(r.code).toBe(0);
    expect(pick(r.rows).slice(0, 2)).toEqual([
      ['Gia Lai', 'Phòng THADS khu vực 2', '84.5', '-0.50', '845', '-5', 'false'],
      ['Đắk Lắk', 'Phòng THADS khu vực 2', '85', '-1.00', '850', '-10', 'false'],
    ]);
  });

  it('a name no office of its province has is a warning naming the province', async () => {
    const typo = config('typo-office.config.json', { provinces: { 'Gia Lai': { districts: { 'Phòng THADS khu vực 9': { cases: 85 } } } } });
    const r = await summarize([twoProvinces], ['--config', typo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'typo-office.config.json: warning: the target for district "Phòng THADS khu vực 9" of province "Gia Lai" (2025) matches no office of Gia Lai in the input; "Phòng THADS khu vực 2", "Phòng THADS khu vực 3" take no district target of Gia Lai [TARGET_UNMATCHED]\n' +
        '  hint: offices match as written, else by the name without "Chi cục THADS huyện" when one office has it; write out a name two offices share ("Thị xã Long Mỹ")\n',
    );
  });

  it('an unknown key inside a province is refused with its JSON path', async () => {
    const bad = config('bad-key.config.json', { provinces: { 'Gia Lai': { district: {} } } });
    const r = await run(['summarize', twoProvinces, '--config', bad, '--format', 'csv'], false);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('bad-key.config.json: error: targets."2025".provinces."Gia Lai".district: unknown key [CONFIG_INVALID]');
  });
});

describe('an office target of the year that offices of several provinces have (01b)', () => {
  const yearLevel = config('year-office.config.json', { districts: { 'Phòng THADS khu vực 2': { cases: 85 } } });
  const refusal =
    'year-office.config.json:1:34: error: targets."2025".districts."Phòng THADS khu vực 2": offices of 2 provinces of the input have this name (Gia Lai, Đắk Lắk); a target for one would be applied to all [TARGET_AMBIGUOUS]\n' +
    '  hint: give it under its province: "provinces": { "Gia Lai": { "districts": { "Phòng THADS khu vực 2": { … } } } }\n';

  it('summarize refuses it, located at the name in the config, exit 2, nothing on stdout', async () => {
    const r = await summarize([twoProvinces], ['--config', yearLevel]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(refusal);
  });

  it('check --fail-below-target refuses it too', async () => {
    const r = await run(['check', twoProvinces, '--config', yearLevel, '--fail-below-target'], false);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal);
  });

  it('applies as before where its offices are of one province', async () => {
    const one = write('one-province-viec-2025.csv', `${HEADER}\nGia Lai,Phòng THADS khu vực 2,1000,840\nĐắk Lắk,Phòng THADS khu vực 3,1000,840\n`);
    const r = await summarize([one], ['--config', yearLevel]);
    expect(r.code).toBe(0);
    expect(pick(r.rows).slice(0, 2)).toEqual([
      ['Gia Lai', 'Phòng THADS khu vực 2', '85', '-1.00', '850', '-10', 'false'],
      ['Đắk Lắk', 'Phòng THADS khu vực 3', '83.9', '0.10', '839', '1', 'true'],
    ]);
  });

  it('applies as before to rows that name no province', async () => {
    const bare = write('bare-viec-2025.csv', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nPhòng THADS khu vực 2,1000,840\nPhòng THADS khu vực 3,1000,840\n');
    const r = await summarize([bare], ['--config', yearLevel]);
    expect(r.code).toBe(0);
    expect(pick(r.rows)[0]).toEqual(['', 'Phòng THADS khu vực 2', '85', '-1.00', '850', '-10', 'false']);
  });

  it('by bare name too: "Châu Thành" against two provinces\' "Chi cục THADS huyện Châu Thành" (2019)', async () => {
    const file = write('chau-thanh-viec-2019.csv', `${HEADER}\nTiền Giang,Chi cục THADS huyện Châu Thành,1000,800\nBến Tre,Chi cục THADS huyện Châu Thành,1000,800\nBến Tre,Chi cục THADS huyện Ba Tri,1000,800\n`);
    const cfg = write('chau-thanh.config.json', JSON.stringify({ targets: { 2019: { districts: { 'Châu Thành': { cases: 85 } } } } }));
    const r = await summarize([file], ['--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'chau-thanh.config.json:1:34: error: targets."2019".districts."Châu Thành": offices of 2 provinces of the input have this name (Tiền Giang, Bến Tre); a target for one would be applied to all [TARGET_AMBIGUOUS]',
    );
    // --target-cases puts a cases-only office target out of force: nothing to refuse; 800 − 700 = 100.
    const flagged = await summarize([file], ['--config', cfg, '--target-cases', '70']);
    expect(flagged.code).toBe(0);
    expect(pick(flagged.rows)[0]).toEqual(['Tiền Giang', 'Chi cục THADS huyện Châu Thành', '70', '10.00', '700', '100', 'true']);
  });
});

describe('bindTargets and resolveTarget', () => {
  const tables: TargetTables = {
    flag: {},
    builtIn: new Map(),
    config: new Map([
      [
        2025,
        {
          year: { cases: d('80') },
          provinces: new Map([['gia lai', { name: 'Gia Lai', set: { cases: d('84') }, districts: new Map([['phòng thads khu vực 2', { name: 'Phòng THADS khu vực 2', set: { cases: d('85') } }]]) }]]),
          districts: new Map([['phòng thads khu vực 5', { name: 'Phòng THADS khu vực 5', set: { money: d('50') } }]]),
        },
      ],
    ]),
  };
  const key = (province: string | null, district: string | null) => ({ year: 2025, province, district });

  it("province's office > office of the year > province > year, measure by measure", () => {
    const keys = [key('Gia Lai', 'Phòng THADS khu vực 2'), key('Đắk Lắk', 'Phòng THADS khu vực 2'), key('Gia Lai', 'Phòng THADS khu vực 5')];
    const b = bindTargets(tables, keys);
    expect(b.ambiguous).toEqual([]);
    const at = (k: (typeof keys)[number], m: 'cases' | 'money') => {
      const t = resolveTarget(tables, m, k, b);
      return t && `${plain(t.value)} ${t.scope}`;
    };
    expect(at(keys[0]!, 'cases')).toBe('85 district');
    expect(at(keys[1]!, 'cases')).toBe('80 year');
    expect(at(keys[2]!, 'cases')).toBe('84 province');
    expect(at(keys[2]!, 'money')).toBe('50 district');
  });

  it('an office of the year in two provinces (or in one and in rows without one) is ambiguous', () => {
    const two = bindTargets(tables, [key('Gia Lai', 'Phòng THADS khu vực 5'), key('Đắk Lắk', 'Phòng THADS khu vực 5')]);
    expect(two.ambiguous.map((a) => [a.target.name, a.provinces])).toEqual([['Phòng THADS khu vực 5', ['Gia Lai', 'Đắk Lắk']]]);
    const unnamed = bindTargets(tables, [key('Gia Lai', 'Phòng THADS khu vực 5'), key(null, 'Phòng THADS khu vực 5')]);
    expect(unnamed.ambiguous.map((a) => a.provinces)).toEqual([['Gia Lai', null]]);
    expect(bindTargets(tables, [key(null, 'Phòng THADS khu vực 5')]).ambiguous).toEqual([]);
  });
});

describe('duplicate keys in the config (02)', () => {
  const file = write('nam-dinh-2019.csv', `${HEADER}\nNam Định,A,1000,745\n`);

  it('a year given twice is refused at its second place, naming both lines', async () => {
    const cfg = write('dup-year.config.json', '{\n  "targets": {\n    "2019": { "cases": 74, "provinces": { "Nam Định": { "cases": 76 } } },\n    "2020": { "cases": 80.5 },\n    "2019": { "money": "34.5" }\n  }\n}\n');
    const r = await run(['summarize', file, '--config', cfg, '--format', 'csv'], false);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'dup-year.config.json:5:5: error: targets."2019": the key is given twice, on lines 3 and 5; JSON keeps only the last, and what the first gives would be lost [CONFIG_INVALID]\n' +
        '  hint: write each key once: merge the two entries into one\n',
    );
    expect((await run(['targets', '--config', cfg], false)).code).toBe(2);
  });

  it('a province given twice on one line names the columns', async () => {
    const cfg = write('dup-province.config.json', '{"targets":{"2019":{"provinces":{"Nam Định":{"cases":76},"Nam Định":{"money":"40"}}}}}');
    const r = await run(['summarize', file, '--config', cfg, '--format', 'csv'], false);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('dup-province.config.json:1:58: error: targets."2019".provinces."Nam Định": the key is given twice, on line 1 (columns 34 and 58); JSON keeps only the last, and what the first gives would be lost [CONFIG_INVALID]');
  });
});

describe('thads targets under --target-cases (06)', () => {
  it('marks the config targets of that measure overridden, and lists a province\'s office targets', async () => {
    const cfg = write('listing.config.json', JSON.stringify({ targets: { 2019: { districts: { 'Châu Thành': { cases: 85, money: 40 } }, provinces: { 'Bến Tre': { districts: { 'Ba Tri': { cases: 86 } } } } } } }));
    const r = await run(['targets', '--config', cfg, '--target-cases', '70', '--year', '2019'], false);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'year  measure  target  source',
      '2019  cases       70%  --target-cases',
      '2019  money         —  none',
      '2019  cases       86%  config district "Ba Tri" of province "Bến Tre", overridden by --target-cases',
      '2019  cases       85%  config district "Châu Thành", overridden by --target-cases',
      '2019  money       40%  config district "Châu Thành"',
      '',
    ]);
  });
});
