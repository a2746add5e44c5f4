// thads.config.json as statisticians write it (trap hunt work72d, 01–04), through the real binary:
// a target copied from an Excel percent cell (0.74 for 74 %) is said (TARGET_BELOW_ONE_PERCENT);
// a config in the working folder that says otherwise than the one beside the inputs is refused;
// a bare older office name of mergedOffices that two former provinces, now one, share is refused
// (MERGED_OFFICE_AMBIGUOUS); a target string with the decimal comma ("34,5") is read as the flag
// reads it. Expected figures are computed by hand in the comments.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnThads, type RunResult } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-config-traps-');

/** A folder holding fixtures/2019.csv (Nam Định, 10 offices) and this config text. */
function namDinh(folder: string, config: string | null): string {
  mkdirSync(join(dir, folder), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures', '2019.csv'), join(dir, folder, '2019.csv'));
  if (config !== null) write({ [`${folder}/thads.config.json`]: [config] });
  return join(dir, folder);
}

const run = (cwd: string, args: readonly string[]): RunResult => spawnThads(args, { cwd });

/** The CSV output's rows by column name (no field of these files holds a comma). */
function rows(r: RunResult): Record<string, string>[] {
  const [head, ...lines] = r.stdout.trim().split('\n');
  const keys = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i]!, v])));
}
const total = (r: RunResult) => rows(r).find((row) => row.district === 'TOTAL')!;
const pick = (row: Record<string, string>, keys: readonly string[]) => keys.map((k) => row[k]);

const CASES = ['cases_rate', 'cases_target', 'cases_gap_pp', 'cases_required', 'cases_above_target'];
const MONEY = ['money_rate', 'money_target', 'money_gap_pp', 'money_required', 'money_above_target'];
const FRACTION_HINT = '  hint: targets are percents: 74 % is written 74 (or "74"), never 0.74, the value of an Excel cell formatted as a percent\n';

// fixtures/2019.csv TOTAL: cases 5513/5871 = 93.9022 %; money 93 204 567 000 / 112 105 320 500 = 83.1403 %.
// Against 74 / 34.5: gaps 93.90 − 74 = +19.90 and 83.14 − 34.5 = +48.64; required ceil(0.74 × 5871)
// = ceil(4344.54) = 4345, above 5513 − 4345 = 1168; money required 0.345 × 112 105 320 500 =
// 38 676 335 572.5, above 93 204 567 000 − 38 676 335 572.5 = 54 528 231 427.5.
const AT_74 = ['93.90', '74', '19.90', '4345', '1168'];
const AT_34_5 = ['83.14', '34.5', '48.64', '38676335572.5', '54528231427.5'];

describe('01: a target below 1 % (Excel\'s 0.74 for 74 %) is said, located, and fatal with --strict', () => {
  const folder = namDinh('fraction', '{\n  "targets": {\n    "2019": { "cases": 0.74, "money": "0,345" }\n  }\n}');

  it('summarize: applied as written (SPEC §5 allows 0–100), exit 0, one warning per target at its key', () => {
    const r = run(folder, ['summarize', '2019.csv', '--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    // 93.9022 − 0.74 = 93.16; ceil(0.0074 × 5871) = ceil(43.4454) = 44; 5513 − 44 = 5469.
    expect(pick(total(r), CASES)).toEqual(['93.90', '0.74', '93.16', '44', '5469']);
    // 83.1403 − 0.345 = 82.7953 → 82.80; 0.00345 × 112 105 320 500 = 386 763 355.725.
    expect(pick(total(r), MONEY)).toEqual(['83.14', '0.345', '82.80', '386763355.725', '92817803644.275']);
    expect(r.stderr).toBe(
      'thads.config.json:3:15: warning: targets."2019".cases: 0.74 is 0.74 %; a target of 74 % is written 74 [TARGET_BELOW_ONE_PERCENT]\n' +
        FRACTION_HINT +
        'thads.config.json:3:30: warning: targets."2019".money: 0.345 is 0.345 %; a target of 34.5 % is written 34.5 [TARGET_BELOW_ONE_PERCENT]\n' +
        FRACTION_HINT,
    );
  });

  it('--strict: exit 1, nothing on stdout', () => {
    const r = run(folder, ['summarize', '2019.csv', '--format', 'csv', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('thads.config.json:3:15: error: targets."2019".cases: 0.74 is 0.74 %; a target of 74 % is written 74 [TARGET_BELOW_ONE_PERCENT]');
    expect(r.stderr).toContain('thads: 2 warnings treated as errors (--strict)');
  });

  it('check: a warning (exit 0), an error with --strict (exit 1)', () => {
    const r = run(folder, ['check', '2019.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('thads.config.json:3:15: warning: targets."2019".cases: 0.74 is 0.74 %');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 errors, 2 warnings in 1 file');
    expect(run(folder, ['check', '2019.csv', '--strict']).code).toBe(1);
  });

  it('thads targets: the listing as before on stdout, the warnings on stderr, exit 0', () => {
    const r = run(folder, ['targets', '--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('year  measure  target  source\n2019  cases     0.74%  config (thads.config.json)\n2019  money    0.345%  config (thads.config.json)\n');
    expect(r.stderr.match(/\[TARGET_BELOW_ONE_PERCENT\]/g)).toHaveLength(2);
  });

  it('a province\'s and an office\'s fraction are located at their own keys', () => {
    const f = namDinh('fraction-named', '{"targets":{"2019":{"cases":74,\n"provinces":{"Nam Định":{"money":0.5}},\n"districts":{"Mỹ Lộc":{"cases":"0.9"}}}}}');
    const r = run(f, ['summarize', '2019.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('TARGET_BELOW'))).toEqual([
      'thads.config.json:2:26: warning: targets."2019".provinces."Nam Định".money: 0.5 is 0.5 %; a target of 50 % is written 50 [TARGET_BELOW_ONE_PERCENT]',
      'thads.config.json:3:24: warning: targets."2019".districts."Mỹ Lộc".cases: 0.9 is 0.9 %; a target of 90 % is written 90 [TARGET_BELOW_ONE_PERCENT]',
    ]);
  });

  it('--target-cases 0.745 is said too, naming the flag', () => {
    const f = namDinh('fraction-flag', null);
    const r = run(f, ['summarize', '2019.csv', '--format', 'csv', '--by', 'none', '--target-cases', '0.745']);
    expect(r.code).toBe(0);
    // ceil(0.00745 × 5871) = ceil(43.73895) = 44; 93.9022 − 0.745 = 93.157 → 93.16.
    expect(pick(total(r), CASES)).toEqual(['93.90', '0.745', '93.16', '44', '5469']);
    expect(r.stderr).toBe('thads: warning: --target-cases 0.745: 0.745 is 0.745 %; a target of 74.5 % is written 74.5 [TARGET_BELOW_ONE_PERCENT]\n' + FRACTION_HINT);
    expect(run(f, ['summarize', '2019.csv', '--format', 'csv', '--target-money', '0,5', '--strict']).code).toBe(1);
  });

  it('controls: 74, "74.50" and 7.4e1 read as before, without a word', () => {
    for (const [name, cases, expected] of [
      ['t74', '74', AT_74],
      ['t7e1', '7.4e1', AT_74],
      // 93.9022 − 74.5 = 19.40; ceil(0.745 × 5871) = ceil(4373.895) = 4374; 5513 − 4374 = 1139.
      ['t7450', '"74.50"', ['93.90', '74.5', '19.40', '4374', '1139']],
    ] as const) {
      const r = run(namDinh(name, `{"targets":{"2019":{"cases":${cases},"money":"34.5"}}}`), ['summarize', '2019.csv', '--format', 'csv', '--by', 'none', '--strict']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(pick(total(r), CASES)).toEqual(expected);
      expect(pick(total(r), MONEY)).toEqual(AT_34_5);
    }
  });

  it('controls: 0 (no minimum) and 1 are taken as written, without a word', () => {
    // 0: gap 93.90, required ceil(0) = 0, above 5513. 1: gap 92.90, required ceil(58.71) = 59, above 5454.
    const zero = run(namDinh('t0', '{"targets":{"2019":{"cases":0}}}'), ['summarize', '2019.csv', '--format', 'csv', '--by', 'none', '--strict']);
    expect([zero.code, zero.stderr]).toEqual([0, '']);
    expect(pick(total(zero), CASES)).toEqual(['93.90', '0', '93.90', '0', '5513']);
    const one = run(namDinh('t1', '{"targets":{"2019":{"cases":"1"}}}'), ['summarize', '2019.csv', '--format', 'csv', '--by', 'none', '--strict']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(pick(total(one), CASES)).toEqual(['93.90', '1', '92.90', '59', '5454']);
  });
});

describe('02: a working-folder config beside a different one of the inputs is refused', () => {
  // Last year's project config in the working folder; this year's beside the 2019 exports (money in nghìn đồng).
  const THIS_YEAR = '{"moneyUnit":"thousand","targets":{"2019":{"cases":74,"money":"34.5"}}}';
  const FORM = ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'Nam Định,Thành phố Nam Định,608,582,13338211,11812507', 'Nam Định,Mỹ Lộc,586,533,9565824,8009734'];
  // Read right: cases 1115/1194 = 93.38 %, gap 93.38 − 74 = 19.38, required ceil(883.56) = 884, above 231.
  // Money (nghìn → đồng) 22 904 035 000 with conditions, 19 822 241 000 resolved: 86.54 %, gap 52.04,
  // required 0.345 × 22 904 035 000 = 7 901 892 075, above 19 822 241 000 − 7 901 892 075 = 11 920 348 925.
  const RIGHT_CASES = ['93.38', '74', '19.38', '884', '231'];
  const RIGHT_MONEY = ['86.54', '34.5', '52.04', '7901892075', '11920348925'];
  const expectRight = (r: RunResult) => {
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(total(r).money_with_conditions).toBe('22904035000');
    expect(pick(total(r), CASES)).toEqual(RIGHT_CASES);
    expect(pick(total(r), MONEY)).toEqual(RIGHT_MONEY);
  };
  const args = (file: string) => ['summarize', file, '--format', 'csv', '--by', 'none'];

  it('refused (exit 2) naming both configs and --config', () => {
    write({ 'shadow/thads.config.json': ['{"targets":{"2018":{"cases":72,"money":"33"}}}'], 'shadow/2019/thads.config.json': [THIS_YEAR], 'shadow/2019/2019.csv': FORM });
    const r = run(join(dir, 'shadow'), args('2019/2019.csv'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "thads: error: thads.config.json in the working directory and 2019/thads.config.json beside the input files say different things: the working directory's would be used for files that have their own config [USAGE]\n" +
        '  hint: name the config that applies with --config FILE (e.g. --config 2019/thads.config.json), or run thads from the folder of the input files\n',
    );
    // What it names settles it.
    expectRight(run(join(dir, 'shadow'), [...args('2019/2019.csv'), '--config', '2019/thads.config.json']));
  });

  it('controls: run from the inputs\' folder (one file), or with a copy of the same contents (spacing, key order, $schema aside)', () => {
    expectRight(run(join(dir, 'shadow', '2019'), args('2019.csv')));
    write({
      'same/thads.config.json': ['{ "$schema": "./node_modules/thads/thads.schema.json",\n  "targets": { "2019": { "money": "34.5", "cases": 74 } },\n  "moneyUnit": "thousand" }'],
      'same/2019/thads.config.json': [THIS_YEAR],
      'same/2019/2019.csv': FORM,
    });
    expectRight(run(join(dir, 'same'), args('2019/2019.csv')));
  });

  it('controls: a config only in the working folder, or only beside the inputs, reads as before', () => {
    write({ 'cwd-only/thads.config.json': [THIS_YEAR], 'cwd-only/2019/2019.csv': FORM, 'beside-only/2019/thads.config.json': [THIS_YEAR], 'beside-only/2019/2019.csv': FORM });
    expectRight(run(join(dir, 'cwd-only'), args('2019/2019.csv')));
    expectRight(run(join(dir, 'beside-only'), args('2019/2019.csv')));
  });

  // Each year's folder keeps its own config: last year's targets differ, and only how it reads
  // files must agree (the previous figures are read with this year's config).
  // 2018: cases 1000/900 → 90.00 % (money in nghìn: 10 000 000 / 9 000 000 → 90.00 %).
  const LAST_YEAR = ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'Nam Định,Thành phố Nam Định,600,540,6000000,5400000', 'Nam Định,Mỹ Lộc,400,360,4000000,3600000'];
  // Change on last year: 93.38 − 90.00 = 3.38 points (cases), 86.54 − 90.00 = −3.46 (money); no
  // total_change (it is the change of cases accepted, a column neither file gives).
  const CHANGES = ['cases_total_change', 'cases_rate_change', 'money_total_change', 'money_rate_change'];
  it('--previous in last year\'s folder with last year\'s targets: read (from this year\'s folder or their parent), changes by hand', () => {
    write({
      'years/2019/thads.config.json': [THIS_YEAR],
      'years/2019/2019.csv': FORM,
      'years/2018/thads.config.json': ['{"moneyUnit":"thousand","targets":{"2018":{"cases":70,"money":"30"}}}'],
      'years/2018/2018.csv': LAST_YEAR,
    });
    for (const [cwd, file, previous] of [
      [join(dir, 'years', '2019'), '2019.csv', '../2018/2018.csv'],
      [join(dir, 'years'), '2019/2019.csv', '2018/2018.csv'],
    ] as const) {
      const r = run(cwd, [...args(file), '--previous', previous]);
      expectRight(r);
      expect(pick(total(r), CHANGES)).toEqual(['', '3.38', '', '-3.46']);
    }
  });

  it('--previous beside a config that reads files otherwise (money in đồng there): refused, exit 2', () => {
    write({
      'units/2019/thads.config.json': [THIS_YEAR],
      'units/2019/2019.csv': FORM,
      'units/2018/thads.config.json': ['{"targets":{"2018":{"cases":70}}}'],
      'units/2018/2018.csv': LAST_YEAR,
    });
    const r = run(join(dir, 'units', '2019'), [...args('2019.csv'), '--previous', '../2018/2018.csv']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'thads: error: thads.config.json and ../2018/thads.config.json beside the --previous files read files differently (unit, number format or column names): last year\'s would be read with this year\'s [USAGE]\n' +
        '  hint: name the config for all inputs with --config FILE\n',
    );
  });
});

describe('03: mergedOffices, a bare older name two former provinces now one share', () => {
  const HEAD = 'Tỉnh,Đơn vị,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved';
  const PREVIOUS = [HEAD, 'An Giang,Huyện Châu Thành,1000,800,1000000,400000', 'An Giang,Huyện Thoại Sơn,1000,700,1000000,300000', 'Kiên Giang,Huyện Châu Thành,1000,900,1000000,600000', 'Kiên Giang,Huyện Giồng Riềng,1000,850,1000000,500000'];
  const CURRENT = [HEAD, 'An Giang,Phòng THADS khu vực 3,2000,1700,2000000,900000', 'An Giang,Phòng THADS khu vực 9,2000,1800,2000000,1100000'];
  const merged = (folder: string, kv3: readonly string[], kv9: readonly string[], previous = PREVIOUS) => {
    write({ [`${folder}/2024.csv`]: previous, [`${folder}/2025.csv`]: CURRENT, [`${folder}/thads.config.json`]: ['{\n  "mergedOffices": {', `    "Phòng THADS khu vực 3": ${JSON.stringify(kv3)},`, `    "Phòng THADS khu vực 9": ${JSON.stringify(kv9)}`, '  }\n}'] });
    return run(join(dir, folder), ['summarize', '2025.csv', '--previous', '2024.csv', '--format', 'csv']);
  };
  const change = (r: RunResult, district: string) => pick(rows(r).find((row) => row.district === district)!, ['cases_rate_change', 'money_rate_change']);

  it('refused (exit 2) at the newer office\'s key, naming both provinces and the "Province / Office" form', () => {
    const r = merged('bare', ['Châu Thành', 'Thoại Sơn'], ['Giồng Riềng']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thads.config.json:3:5: error: mergedOffices."Phòng THADS khu vực 3": "Châu Thành" is an office of 2 provinces of the previous year\'s files (An Giang, Kiên Giang), now one, An Giang: it would take all of them into "Phòng THADS khu vực 3" [MERGED_OFFICE_AMBIGUOUS]\n' +
        '  hint: name the one meant as "Province / Office": "An Giang / Châu Thành" or "Kiên Giang / Châu Thành"\n',
    );
  });

  it('"An Giang / Châu Thành" picks An Giang\'s; Kiên Giang\'s is then in no mapping (ONE_YEAR_ONLY)', () => {
    const r = merged('qualified', ['An Giang / Châu Thành', 'Thoại Sơn'], ['Giồng Riềng']);
    expect(r.code).toBe(0);
    // kv3: 1700/2000 = 85 % against (800 + 700)/2000 = 75 %: +10.00; money 45 % against 700 000/2 000 000 = 35 %: +10.00.
    expect(change(r, 'Phòng THADS khu vực 3')).toEqual(['10.00', '10.00']);
    expect(r.stderr).toContain('[ONE_YEAR_ONLY]');
  });

  it('a bare name with the other province\'s office named elsewhere ("Kiên Giang / Châu Thành") is not ambiguous', () => {
    const r = merged('rest-named', ['Châu Thành', 'Thoại Sơn'], ['Kiên Giang / Châu Thành', 'Giồng Riềng']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(change(r, 'Phòng THADS khu vực 3')).toEqual(['10.00', '10.00']);
    // kv9: 1800/2000 = 90 % against (900 + 850)/2000 = 87.5 %: +2.50; money 55 % against 1 100 000/2 000 000 = 55 %: 0.00.
    expect(change(r, 'Phòng THADS khu vực 9')).toEqual(['2.50', '0.00']);
    // TOTAL: 3500/4000 = 87.5 % against 3250/4000 = 81.25 %: +6.25; money 50 % against 1 800 000/4 000 000 = 45 %: +5.00.
    expect(change(r, 'TOTAL')).toEqual(['6.25', '5.00']);
  });

  it('control: a namesake in a province that is not merged into the same one (Tiền Giang → Đồng Tháp) is no ambiguity', () => {
    const previous = [HEAD, 'An Giang,Huyện Châu Thành,1000,800,1000000,400000', 'An Giang,Huyện Thoại Sơn,1000,700,1000000,300000', 'Kiên Giang,Huyện Giồng Riềng,1000,850,1000000,500000', 'Tiền Giang,Huyện Châu Thành,1000,900,1000000,600000'];
    const r = merged('other-successor', ['Châu Thành', 'Thoại Sơn'], ['Giồng Riềng'], previous);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('MERGED_OFFICE_AMBIGUOUS');
    // kv3 = An Giang's Châu Thành + Thoại Sơn: +10.00 / +10.00 as above.
    expect(change(r, 'Phòng THADS khu vực 3')).toEqual(['10.00', '10.00']);
  });
});

describe('04: a target string is read as the flag reads it: "34,5" is 34.5', () => {
  it('"money": "34,5" reads 34.5, as --target-money 34,5 does', () => {
    const folder = namDinh('comma', '{"targets":{"2019":{"cases":"74","money":"34,5"}}}');
    const r = run(folder, ['summarize', '2019.csv', '--format', 'csv', '--by', 'none']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(pick(total(r), CASES)).toEqual(AT_74);
    expect(pick(total(r), MONEY)).toEqual(AT_34_5);
    const flag = run(namDinh('comma-flag', null), ['summarize', '2019.csv', '--format', 'csv', '--by', 'none', '--target-cases', '74', '--target-money', '34,5']);
    expect(flag.stdout).toBe(r.stdout);
  });

  it('"74%", "101" and "3,4,5" stay refused (exit 2), located at the key', () => {
    for (const [n, value] of ['"74%"', '"101"', '"3,4,5"'].entries()) {
      const r = run(namDinh(`bad-${n}`, `{"targets":{"2019":{"cases":${value}}}}`), ['summarize', '2019.csv', '--format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `thads.config.json:1:21: error: targets."2019".cases: ${value} is not a percentage from 0 to 100 with at most 10 decimals [CONFIG_INVALID]\n` +
          '  hint: write it as a number (74) or a decimal string ("34.5", "34,5"), without the % sign\n',
      );
    }
  });
});

describe('a config nested deeper than any the schema allows', () => {
  // traps12 15: a 200,000-deep array ran the key scanner out of stack (INTERNAL_ERROR, exit 70)
  it('is refused as invalid (exit 2), naming its depth, before it is walked', () => {
    const folder = namDinh('deep', null);
    write({ 'deep/deep.json': [`{"targets":${'['.repeat(200_000)}${']'.repeat(200_000)}}`] });
    const r = run(folder, ['summarize', '2019.csv', '--config', 'deep.json', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('deep.json: error: the JSON is nested 200001 levels deep; a config is at most 32');
    expect(r.stderr).toContain('[CONFIG_INVALID]');
  });

  it('a config of the deepest shape it may have is read (7 levels, "{" and "[" inside strings not counted)', () => {
    const folder = namDinh('deep-ok', null);
    write({ 'deep-ok/ok.json': [JSON.stringify({ targets: { 2019: { provinces: { 'Nam Định': { districts: { 'Mỹ Lộc [{x': { cases: 74 } } } } } } })] });
    const r = run(folder, ['targets', '--config', 'ok.json', '--year', '2019']);
    expect(r.stderr).not.toContain('nested');
    expect(r.stdout).toContain('Mỹ Lộc [{x');
  });
});
