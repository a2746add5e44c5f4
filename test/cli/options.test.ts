// Options as a new user meets them (issue 17): grouping, --only, options that cannot apply,
// each command's own --help.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

describe('--by', () => {
  it('year alone lists each year once, in order (input 2019 then 2018)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--by', 'year', '--format', 'table', '--lang', 'en']);
    expect(r.code).toBe(0);
    const years = r.stdout.split('\n').filter((l) => /^\d{4}\b/.test(l)).map((l) => l.slice(0, 4));
    expect(years).toEqual(['2018', '2019']);
    const csv = await runThads(['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--by', 'year', '--format', 'csv']);
    expect(csv.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([',TOTAL,2018', ',TOTAL,2019']);
  });

  it('year,district: years in order, offices in input order within a year, one TOTAL per year', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--by', 'year,district', '--format', 'csv']);
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows.map((c) => c[2])).toEqual([...Array(10).fill('2018'), ...Array(10).fill('2019'), '2018', '2019']);
    expect(rows.slice(0, 2).map((c) => c[1])).toEqual(['Thành phố Nam Định', 'Mỹ Lộc']);
  });

  it('none cannot be combined with a level: a clear usage error', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--by', 'none,district']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"none" prints only the total and cannot be combined with other levels: pass --by none alone, or a comma list of province, district, year.');
  });

  it('help shows the default as district, not ["district"]', async () => {
    const r = await runThads(['summarize', '--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(default: district)');
    expect(r.stdout).not.toContain('["district"]');
  });
});

describe('--only', () => {
  const districts = (stdout: string) => stdout.trim().split('\n').slice(1).map((l) => l.split(',')[1]);

  it.each([
    ['Mỹ Lộc', 'as written'],
    ['mỹ  lộc', 'case and spacing folded'],
    ['My Loc', 'diacritics folded, as headers are'],
    ['MY LOC', 'both'],
    ['Chi cục THADS huyện Mỹ Lộc', 'the bare name, as --previous pairs names'],
  ])('"%s" picks Mỹ Lộc (%s)', async (name) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--only', name, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(districts(r.stdout)).toEqual(['Mỹ Lộc', 'TOTAL']);
  });

  it('tone placement is folded: "Giao Thuỷ" is Giao Thủy', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--only', 'Giao Thuỷ', '--format', 'csv']);
    expect(districts(r.stdout)).toEqual(['Giao Thủy', 'TOTAL']);
  });

  it('a name that matches nothing suggests the nearest: did you mean Mỹ Lộc?', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--only', 'My Loc', '--only', 'Mỹ Lc']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('thads: error: --only "Mỹ Lc" matches no group; did you mean "Mỹ Lộc"? [USAGE]\n');
  });

  it('nothing near: the groups are listed', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--only', 'Hà Nội']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--only "Hà Nội" matches no group');
    expect(r.stderr).toContain('hint: names are matched ignoring case, spacing and diacritics; the groups are Thành phố Nam Định, Mỹ Lộc,');
  });

  it('with --by none or --by year alone it cannot apply: usage error', async () => {
    for (const by of ['none', 'year']) {
      const r = await runThads(['summarize', 'fixtures/2019.csv', '--by', by, '--only', 'Mỹ Lộc']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--only picks offices or provinces, and --by ${by} prints only the total`);
    }
  });
});

describe('an option that cannot apply is a usage error (exit 2), never silently ignored', () => {
  it.each([
    [['--excel', '--format', 'json'], '--excel applies to csv and tsv output, not to json'],
    [['--excel', '--output', 'out.md'], '--excel applies to csv and tsv output, not to markdown'],
    [['--wide', '--format', 'csv'], '--wide applies to the table, not to csv'],
    [['--wide', '--format', 'html'], '--wide applies to the table, not to html'],
  ])('%j', async (args, message) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('--sheet given twice: one sheet is read, so the last must not win silently (finding 13)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--sheet', '1', '--sheet', '2']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--sheet is given more than once ("1", "2"): pass it once.');
  });

  it.each([
    [['--year', '2018', '--year', '2019'], '--year is given more than once ("2018", "2019")'],
    [['--money-unit', 'thousand', '--money-unit=million'], '--money-unit is given more than once ("thousand", "million")'],
    [['-o', 'a.csv', '--output', 'b.csv'], '--output is given more than once ("a.csv", "b.csv")'],
    [['--by', 'year', '--by', 'district'], '--by is given more than once ("year", "district")'],
  ])('an option of one value given twice is a usage error, never the last silently: %j', async (args, message) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${message}: pass it once. [USAGE]`);
  });

  it('repeatable options repeat: --previous and --only', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--only', 'Mỹ Lộc', '--only', 'Vụ Bản', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.split(',')[1])).toEqual(['district', 'Mỹ Lộc', 'Vụ Bản', 'TOTAL']);
  });

  it('--excel with csv and tsv still works', async () => {
    for (const format of ['csv', 'tsv']) {
      const r = await runThads(['summarize', 'fixtures/2019.csv', '--excel', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    }
  });
});

describe('each command shows only its own options', () => {
  const options = async (command: string) => {
    const r = await runThads([command, '--help']);
    expect(r.code).toBe(0);
    return [...r.stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
  };
  const READ = ['--config', '--year', '--province', '--measure', '--money-unit', '--number-format', '--encoding', '--delimiter', '--sheet', '--accept-total-mismatch', '--no-total-guess'];
  const TARGETS = ['--rate-decimals', '--gap-basis', '--target-cases', '--target-money'];

  it('inspect: how files are read, nothing about targets or verdicts', async () => {
    expect(await options('inspect')).toEqual([...READ, '--help']);
  });

  it('check: reading, targets, and its verdict options', async () => {
    expect(await options('check')).toEqual(['--format', ...READ, ...TARGETS, '--strict', '--fail-below-target', '--quiet', '--help']);
  });

  it('summarize: its own output options first', async () => {
    expect(await options('summarize')).toEqual([
      '--by', '--format', '--lang', '--unit', '--previous', '--only', '--output', '--excel', '--wide', '--no-color',
      ...READ, ...TARGETS, '--fail-below-target', '--strict', '--quiet', '--help',
    ]);
  });

  it('targets and init', async () => {
    expect(await options('targets')).toEqual(['--year', '--config', '--target-cases', '--target-money', '--help']);
    expect(await options('init')).toEqual(['--output', '--help']);
  });

  it('an option of another command is refused', async () => {
    const r = await runThads(['inspect', 'fixtures/2019.csv', '--fail-below-target']);
    expect(r.code).toBe(2);
    // in thads' form, as every usage error (commander's own began "error: …", no program, no code)
    expect(r.stderr).toBe("thads: error: unknown option '--fail-below-target' [USAGE]\n  hint: run with --help for usage\n");
  });
});

describe('config lookup: one config for every input', () => {
  // Nam Định's folder has a config ("thousand": its files have no unit line), Thái Bình's has none:
  // the total depended on the order the files were named (12,012,000,000 or 12,012,000 đồng).
  const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), 'thads-config-lookup-'));
    mkdirSync(join(dir, 'nam-dinh'));
    mkdirSync(join(dir, 'thai-binh'));
    writeFileSync(join(dir, 'nam-dinh', 'thads.config.json'), JSON.stringify({ moneyUnit: 'thousand' }));
    writeFileSync(join(dir, 'nam-dinh', 'nam-dinh-2019.csv'), `${HEADER}\nMỹ Lộc,100,80,5000,4000\nVụ Bản,200,150,7000,3000\n`);
    writeFileSync(join(dir, 'thai-binh', 'thai-binh-2019.csv'), `${HEADER}\nHưng Hà,60,30,12000000,7000000\n`);
    return dir;
  }

  it.each([
    ['nam-dinh first', ['nam-dinh/nam-dinh-2019.csv', 'thai-binh/thai-binh-2019.csv']],
    ['thai-binh first', ['thai-binh/thai-binh-2019.csv', 'nam-dinh/nam-dinh-2019.csv']],
  ])('inputs in two folders, a config beside one of them only (%s): a usage error, whatever the order', async (_, files) => {
    const dir = project();
    const r = await runThads(['summarize', ...files.map((f) => join(dir, f)), '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`the input files are in 2 folders, and only one of them has a config beside its files (${join(dir, 'nam-dinh', 'thads.config.json')}), which says how to read files: does it apply to all of them? [USAGE]`);
  });

  it('--config says which applies: then the sum is the same in any order', async () => {
    const dir = project();
    const config = join(dir, 'nam-dinh', 'thads.config.json');
    const a = await runThads(['summarize', join(dir, 'nam-dinh/nam-dinh-2019.csv'), join(dir, 'thai-binh/thai-binh-2019.csv'), '--config', config, '--by', 'none', '--format', 'json']);
    const b = await runThads(['summarize', join(dir, 'thai-binh/thai-binh-2019.csv'), join(dir, 'nam-dinh/nam-dinh-2019.csv'), '--config', config, '--by', 'none', '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    // both files in nghìn đồng by the config: (12,000 + 12,000,000) × 1,000
    expect(JSON.parse(a.stdout).total.money.withConditions).toBe('12012000000');
    expect(JSON.parse(b.stdout).total.money.withConditions).toBe('12012000000');
  });

  it('a config beside some inputs that only sets targets applies to all (the year before in another folder)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'nam-dinh', 'thads.config.json'), JSON.stringify({ targets: { '2019': { cases: 80 } } }));
    const r = await runThads(['summarize', join(dir, 'nam-dinh/nam-dinh-2019.csv'), join(dir, 'thai-binh/thai-binh-2019.csv'), '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.target).toBe('80');
  });

  it('the starter `thads init` writes beside some inputs (defaults: numberFormat "auto", no aliases) applies to all; a set numberFormat or an alias does not', async () => {
    const dir = project();
    const config = join(dir, 'nam-dinh', 'thads.config.json');
    rmSync(config);
    expect((await runThads(['init', '--output', config])).code).toBe(0);
    const files = [join(dir, 'nam-dinh/nam-dinh-2019.csv'), join(dir, 'thai-binh/thai-binh-2019.csv')];
    const r = await runThads(['summarize', ...files, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200 + 60 with conditions, in đồng as the files say nothing
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('360');
    for (const reading of [{ numberFormat: 'vi' }, { aliases: { 'Số việc': 'cases_with_conditions' } }]) {
      writeFileSync(config, JSON.stringify(reading));
      expect((await runThads(['summarize', ...files, '--by', 'none', '--format', 'json'])).code).toBe(2);
    }
  });

  it('a config saved by Notepad as "Unicode" (UTF-16 with its mark), or as UTF-8 with a mark, is read (round 31b, 05)', async () => {
    const dir = project();
    const config = join(dir, 'nam-dinh', 'thads.config.json');
    const json = JSON.stringify({ targets: { '2019': { cases: 80 } } });
    const saved = [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]), Buffer.from(`\uFEFF${json}`)];
    for (const bytes of saved) {
      writeFileSync(config, bytes);
      const r = await runThads(['summarize', join(dir, 'nam-dinh/nam-dinh-2019.csv'), '--config', config, '--by', 'none', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).total.cases.target).toBe('80');
    }
  });

  it('two folders with different configs: a usage error', async () => {
    const dir = project();
    writeFileSync(join(dir, 'thai-binh', 'thads.config.json'), JSON.stringify({ targets: { '2019': { cases: 80 } } }));
    const r = await runThads(['summarize', join(dir, 'thai-binh/thai-binh-2019.csv'), join(dir, 'nam-dinh/nam-dinh-2019.csv'), '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the input files are in 2 folders with different configs (${join(dir, 'thai-binh', 'thads.config.json')}, ${join(dir, 'nam-dinh', 'thads.config.json')}): which applies to all of them? [USAGE]`);
  });

  it('the config beside inputs that share a folder is still found (the quick start)', async () => {
    const dir = project();
    const r = await runThads(['summarize', join(dir, 'nam-dinh/nam-dinh-2019.csv'), '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.money.withConditions).toBe('12000000');
  });
});

describe('--year over files that state different years, or beside one that states none', () => {
  const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
  function files(): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'thads-year-over-'));
    writeFileSync(join(dir, 'nam-dinh-2019.csv'), `${HEADER}\nMỹ Lộc,100,80\nVụ Bản,200,150\n`);
    writeFileSync(join(dir, 'thai-binh-2018.csv'), `${HEADER}\nHưng Hà,280,210\n`);
    return [join(dir, 'nam-dinh-2019.csv'), join(dir, 'thai-binh-2018.csv')];
  }

  it('is refused: both read as 2019 were added (580 / 440, exit 0)', async () => {
    const [a, b] = files();
    const r = await runThads(['summarize', a!, b!, '--year', '2019', '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${b}: error: --year 2019 would read this file, which says its year is 2018, as 2019, and add it to ${a}, which says 2019: figures of different years are never added [YEAR_CONFLICT]`);
  });

  it('is refused beside a file that states no year: the 2018 file was read as 2019 and added (580 / 440, exit 0)', async () => {
    const [a, b] = files();
    const offices = join(dirname(a!), 'nam-dinh-offices.csv');
    writeFileSync(offices, `${HEADER}\nMỹ Lộc,100,80\nVụ Bản,200,150\n`);
    for (const order of [[offices, b!], [b!, offices]]) {
      const r = await runThads(['summarize', ...order, '--year', '2019', '--by', 'none', '--format', 'csv']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${b}: error: --year 2019 would read this file, which says its year is 2018, as 2019, and add it to ${offices}, which states no year: figures of different years are never added [YEAR_CONFLICT]`);
    }
  });

  it('is refused over several files that all state another year', async () => {
    const [a, b] = files();
    const other = join(dirname(a!), 'ha-nam-2018.csv');
    writeFileSync(other, `${HEADER}\nDuy Tiên,50,40\n`);
    const r = await runThads(['summarize', b!, other, '--year', '2019', '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${b}: error: --year 2019 would read this file and ${other}, which say their year is 2018, as 2019: the year several files state is not overridden [YEAR_CONFLICT]`);
  });

  it('files that state no year, or the year --year says, are read as --year says', async () => {
    const [a] = files();
    const offices = join(dirname(a!), 'nam-dinh-offices.csv');
    writeFileSync(offices, `${HEADER}\nGiao Thủy,50,40\n`);
    const r = await runThads(['summarize', a!, offices, '--year', '2019', '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // 100+200+50 / 80+150+40
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '350', resolved: '270' });
  });

  it('one file named for another year is still read as --year says (and said)', async () => {
    const [, b] = files();
    const r = await runThads(['summarize', b!, '--year', '2019', '--by', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '280', resolved: '210' });
    expect(r.stderr).toContain('[OPTION_OVERRIDES_FILE]');
  });

  it('without --year, the two years stay apart under --by year', async () => {
    const [a, b] = files();
    const r = await runThads(['summarize', a!, b!, '--by', 'year', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).totals.map((t: { year: number; cases: { withConditions: string } }) => [t.year, t.cases.withConditions])).toEqual([[2018, '280'], [2019, '300']]);
  });
});
