// Year-end reporting (issue 6): every format in both languages, ranks on the national file,
// change on last year, the narrative, Excel export, safe --output, targets and init.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runThads, spawnThads, transcript } from '../helpers/cli.js';

const golden = (name: string) => join(ROOT, 'test', 'cli', '__golden__', 'report', name);
const tmp = () => mkdtempSync(join(tmpdir(), 'thads-report-'));
const YEAR = ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv'];
const NATIONAL = 'fixtures/national-2019.csv';

describe('summarize 2019 against 2018: every format', () => {
  for (const format of ['table', 'markdown', 'text'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${format} in ${lang}`, async () => {
        const r = await runThads(['summarize', ...YEAR, '--format', format, '--lang', lang]);
        expect(r.code).toBe(0);
        await expect(transcript(r)).toMatchFileSnapshot(golden(`2019-vs-2018.${format}.${lang}.txt`));
      });
    }
  }

  for (const format of ['csv', 'tsv', 'json'] as const) {
    it(`${format}: machine output, the same in both languages`, async () => {
      const vi = await runThads(['summarize', ...YEAR, '--format', format, '--lang', 'vi']);
      const en = await runThads(['summarize', ...YEAR, '--format', format, '--lang', 'en']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toBe(en.stdout);
      await expect(transcript(vi)).toMatchFileSnapshot(golden(`2019-vs-2018.${format}.txt`));
    });
  }

  it('the vi paragraph for the province says what the seed article says', async () => {
    const r = await runThads(['summarize', ...YEAR, '--format', 'text', '--lang', 'vi']);
    const total = r.stdout.trimEnd().split('\n\n').at(-1)!;
    expect(total).toMatch(/^Năm 2019 \(từ 1\/10\/2018 đến 30\/9\/2019\), kết quả thi hành án dân sự toàn tỉnh Nam Định: /);
    expect(total).toContain(
      'tổng số thụ lý 7.012 việc, tăng 267 việc so với năm 2018; đã giải quyết xong 5.513/5.871 việc có điều kiện giải quyết, đạt 93,90%, vượt 19,90% so với chỉ tiêu được giao (74%)',
    );
    expect(total).toContain('tổng số tiền thụ lý 490,7 tỷ đồng, tăng 81,9 tỷ đồng so với năm 2018; đã giải quyết xong 93,2/112,1 tỷ đồng có điều kiện thi hành, đạt 83,14%, vượt 48,64% so với chỉ tiêu được giao (34,5%)');
  });

  it('press rounding (--gap-basis rounded --rate-decimals 0) gives the seed\'s own figures', async () => {
    // Seed: "đạt 94%, vượt 20% so với chỉ tiêu được giao" and "đạt 83%, vượt 48,5% chỉ tiêu giao".
    const r = await runThads(['summarize', ...YEAR, '--format', 'text', '--lang', 'vi', '--gap-basis', 'rounded', '--rate-decimals', '0']);
    const total = r.stdout.trimEnd().split('\n\n').at(-1)!;
    expect(total).toContain('5.513/5.871 việc có điều kiện giải quyết, đạt 94%, vượt 20% so với chỉ tiêu được giao (74%)');
    expect(total).toContain('93,2/112,1 tỷ đồng có điều kiện thi hành, đạt 83%, vượt 48,5% so với chỉ tiêu được giao (34,5%)');
  });

  it('change columns: 7012 − 6745 = 267 cases, 490712345678 − 408765432100 = 81946913578 đồng', async () => {
    const r = await runThads(['summarize', ...YEAR, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.total.cases.totalChange).toBe('267');
    expect(doc.total.money.totalChange).toBe('81946913578');
    // 5513/5871 = 93.902…%, 5237/5698 (2018) = 91.909…% → +1.99 pp
    expect(doc.total.cases.rateChange).toBe('1.99');
  });
});

describe('national file: ranks over 63 provinces', () => {
  it('Nam Định is 6/63 on cases and 3/63 on money; the planned ties share a rank', async () => {
    const r = await runThads(['summarize', NATIONAL, '--by', 'province', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups).toHaveLength(63);
    const rank = (name: string, m: 'cases' | 'money') => {
      const g = doc.groups.find((x: { province: string }) => x.province === name)[m];
      return `${g.rank}/${g.rankOf}`;
    };
    expect(rank('Nam Định', 'cases')).toBe('6/63');
    expect(rank('Nam Định', 'money')).toBe('3/63');
    // By construction in scripts/generate-fixtures.mjs: 91 % twice at places 12, then 14.
    expect([rank('Hoà Bình', 'cases'), rank('Thái Nguyên', 'cases'), rank('Lạng Sơn', 'cases')]).toEqual(['12/63', '12/63', '14/63']);
    // 66,8 % twice at places 22, then 24.
    expect([rank('Hưng Yên', 'money'), rank('Thái Bình', 'money'), rank('Hà Nam', 'money')]).toEqual(['22/63', '22/63', '24/63']);
    expect(rank('Hà Nội', 'cases')).toBe('1/63');
    expect(rank('Cà Mau', 'cases')).toBe('63/63');
  });

  it('--only prints the chosen province; the total is still the whole country', async () => {
    const r = await runThads(['summarize', NATIONAL, '--by', 'province', '--only', 'nam định', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups.map((g: { province: string }) => g.province)).toEqual(['Nam Định']);
    // Reference sum of the column, read straight from the file.
    const lines = readFileSync(join(ROOT, NATIONAL), 'utf8').trim().split('\n');
    const col = lines[0]!.split(',').indexOf('cases_total');
    const sum = lines.slice(1).reduce((s, l) => s + BigInt(l.split(',')[col]!), 0n);
    expect(doc.total.cases.total).toBe(sum.toString());
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`--only "Nam Định" as text (${lang}): one paragraph with both ranks`, async () => {
      const r = await runThads(['summarize', NATIONAL, '--by', 'province', '--only', 'Nam Định', '--format', 'text', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      if (lang === 'vi') {
        expect(r.stdout).toContain('đứng thứ 6/63 tỉnh, thành phố');
        expect(r.stdout).toContain('đứng thứ 3/63 tỉnh, thành phố');
      } else {
        expect(r.stdout).toContain('ranking 6th of 63 provinces');
        expect(r.stdout).toContain('ranking 3rd of 63 provinces');
      }
      await expect(transcript(r)).toMatchFileSnapshot(golden(`national-only-nam-dinh.text.${lang}.txt`));
    });
  }

  it('every row of the national file is consistent', async () => {
    const r = await runThads(['check', NATIONAL, 'fixtures/2018.csv']);
    // (two years, each right: exit 0, with the warning that summarize adds them up only --by year, traps35 1)
    expect(r.stdout).toContain('warning: the input holds figures of several years (2018, 2019), which are never added together [MIXED_YEARS]');
    expect(r.stdout).toMatch(/\n0 errors, 1 warning in 2 files\n$/);
    expect(r.code).toBe(0);
  });
});

describe('text grouped by year alone', () => {
  it('one paragraph per year, not the year group and its identical total, years in order', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--by', 'year', '--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    const paragraphs = r.stdout.trimEnd().split('\n\n');
    expect(paragraphs.map((p) => p.slice(0, 8))).toEqual(['Năm 2018', 'Năm 2019']);
    expect(paragraphs[0]).toContain('tổng số thụ lý 6.745 việc');
    expect(paragraphs[0]).toContain('(72%)');
    expect(r.stdout).not.toContain('đứng thứ');
  });

  it('years are not ranked against each other, and each year is listed once (as its total)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--by', 'year', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups).toEqual([]);
    expect(doc.totals.map((g: { year: number }) => g.year)).toEqual([2018, 2019]);
    for (const g of doc.totals) expect([g.cases.rank, g.cases.rankOf, g.money.rank, g.money.rankOf]).toEqual([null, null, null, null]);
  });
});

describe('change on last year', () => {
  it('an office present in one year only is named in a warning and gets no change', async () => {
    const dir = tmp();
    const lines = readFileSync(join(ROOT, 'fixtures', '2018.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, '2018.csv'), lines.filter((l) => !l.includes('Mỹ Lộc')).join('\n'));
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--previous', join(dir, '2018.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('"Mỹ Lộc" has no figures in the previous year\'s files (2018)');
    expect(r.stderr).toContain('[ONE_YEAR_ONLY]');
    const doc = JSON.parse(r.stdout);
    const myLoc = doc.groups.find((g: { district: string }) => g.district === 'Mỹ Lộc');
    expect(myLoc.cases.totalChange).toBeNull();
    const vuBan = doc.groups.find((g: { district: string }) => g.district === 'Vụ Bản');
    expect(vuBan.cases.totalChange).toBe(String(782 - 755));
  });

  it('an office that reported last year only is named too', async () => {
    const dir = tmp();
    const lines = readFileSync(join(ROOT, 'fixtures', '2019.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, '2019.csv'), lines.filter((l) => !l.includes('Hải Hậu')).join('\n'));
    const r = await runThads(['summarize', join(dir, '2019.csv'), '--previous', 'fixtures/2018.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('"Hải Hậu" has figures in the previous year\'s files only (2018) [ONE_YEAR_ONLY]');
  });
});

describe('--excel', () => {
  // Office names a spreadsheet would run as formulas.
  function injectionFile(): string {
    const dir = tmp();
    const lines = readFileSync(join(ROOT, 'fixtures', '2019.csv'), 'utf8').split('\n');
    lines[2] = lines[2]!.replace('Mỹ Lộc', '"=HYPERLINK(""http://evil.example/"",""bấm"")"');
    lines[3] = lines[3]!.replace('Vụ Bản', '+SUM(1;2)');
    lines[4] = lines[4]!.replace('Ý Yên', '@cmd');
    lines[5] = lines[5]!.replace('Nam Trực', '-2+3');
    writeFileSync(join(dir, '2019.csv'), lines.join('\n'));
    return join(dir, '2019.csv');
  }

  it('vi: BOM, ";" and decimal commas; formula-like names prefixed with \'', async () => {
    const r = await runThads(['summarize', injectionFile(), '--format', 'csv', '--excel', '--lang', 'vi', '--quiet']);
    expect(r.code).toBe(0);
    // Vietnamese column labels, the forms' own words (issue 15); canonical names stay without --excel.
    expect(r.stdout.startsWith('\uFEFFTỉnh;Đơn vị;Năm;Việc năm trước chuyển sang;')).toBe(true);
    const rows = r.stdout.split('\r\n');
    expect(rows[2]).toMatch(/^Nam Định;"'=HYPERLINK\(""http:\/\/evil\.example\/"",""bấm""\)";2019;317;384;701;/);
    expect(rows[2]).toContain(';90,96;');
    expect(rows[2]).toContain(';16201577487,5;');
    expect(rows[3]).toMatch(/^Nam Định;"'\+SUM\(1;2\)";/);
    expect(rows[4]).toMatch(/^Nam Định;'@cmd;/);
    expect(rows[5]).toMatch(/^Nam Định;'-2\+3;/);
    await expect(transcript(r)).toMatchFileSnapshot(golden('excel.vi.csv.txt'));
  });

  it('vi: thads reads its own Excel CSV back as the same figures, without a warning', async () => {
    const dir = tmp();
    const excel = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'csv', '--excel', '--lang', 'vi']);
    writeFileSync(join(dir, 'tong-hop-2019.csv'), excel.stdout);
    const back = await runThads(['summarize', join(dir, 'tong-hop-2019.csv'), '--config', 'fixtures/thads.config.json', '--format', 'json']);
    const direct = await runThads(['summarize', 'fixtures/2019.csv', '--config', 'fixtures/thads.config.json', '--format', 'json']);
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('en: BOM, "," and decimal points', async () => {
    const r = await runThads(['summarize', injectionFile(), '--format', 'csv', '--excel', '--lang', 'en', '--quiet']);
    expect(r.stdout.startsWith('\uFEFFprovince,district,year,')).toBe(true);
    expect(r.stdout.split('\r\n')[2]).toMatch(/^Nam Định,"'=HYPERLINK\(""http:\/\/evil\.example\/"",""bấm""\)",2019,/);
    expect(r.stdout).toContain(',16201577487.5,');
    await expect(transcript(r)).toMatchFileSnapshot(golden('excel.en.csv.txt'));
  });

  it('plain CSV (no --excel): no BOM, yet formula-like names are still neutralized', async () => {
    const r = await runThads(['summarize', injectionFile(), '--format', 'csv', '--quiet']);
    expect(r.stdout.startsWith('province,')).toBe(true);
    expect(r.stdout).toContain('\nNam Định,\'@cmd,2019,');
    expect(r.stdout).not.toContain('\r\n');
  });

  it('the real binary writes the BOM as UTF-8 bytes', () => {
    const r = spawnThads(['summarize', 'fixtures/2019.csv', '--format', 'csv', '--excel', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('--output', () => {
  it('writes the file (format from the extension), nothing on stdout, no temporary file left', async () => {
    const dir = tmp();
    const out = join(dir, 'bao-cao.json');
    const r = await runThads(['summarize', ...YEAR, '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const direct = await runThads(['summarize', ...YEAR, '--format', 'json']);
    expect(readFileSync(out, 'utf8')).toBe(direct.stdout);
    expect(readdirSync(dir)).toEqual(['bao-cao.json']);
  });

  it('replaces an existing output file whole', async () => {
    const dir = tmp();
    const out = join(dir, 'r.txt');
    writeFileSync(out, 'old contents that are much longer than nothing '.repeat(1000));
    const r = await runThads(['summarize', ...YEAR, '--lang', 'en', '--output', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^In statistics year 2019/);
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });

  it('refuses to overwrite an input file (exit 2), which stays as it was', async () => {
    const before = readFileSync(join(ROOT, 'fixtures', '2018.csv'));
    const r = await runThads(['summarize', ...YEAR, '--output', './fixtures/../fixtures/2018.csv']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(ROOT, 'fixtures', '2018.csv'))).toEqual(before);
    await expect(transcript(r)).toMatchFileSnapshot(golden('output-is-input.txt'));
  });

  it('a folder that does not exist is a write error (exit 2), not an internal one', async () => {
    const dir = tmp();
    const r = await runThads(['summarize', ...YEAR, '--format', 'json', '--output', join(dir, 'missing', 'r.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*r\.json: no such file or directory \(ENOENT\) \[IO_ERROR\]/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a fatal data error nothing is written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '2019.csv'), 'district,cases_with_conditions,cases_resolved\nA,10,abc\n');
    const out = join(dir, 'out.csv');
    const r = await runThads(['summarize', join(dir, '2019.csv'), '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['2019.csv']);
  });
});

describe('--lang default', () => {
  const header = async (env: Record<string, string>, extra: string[] = []) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'markdown', ...extra], { env });
    return r.stdout.split('\n')[0]!;
  };
  it.each([
    [{ LANG: 'vi_VN.UTF-8' }, 'Tổng số thụ lý'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' }, 'Tổng số thụ lý'],
    [{ LANG: 'C' }, 'Cases: Total'],
    [{ LANG: 'de_DE.UTF-8' }, 'Cases: Total'],
  ])('%j → %s', async (env, label) => {
    expect(await header(env)).toContain(label);
  });

  it('the config wins over the locale, the flag over the config', async () => {
    const dir = tmp();
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ lang: 'en', targets: { '2019': { cases: 74, money: '34.5' } } }));
    expect(await header({ LANG: 'vi_VN.UTF-8' }, ['--config', config])).toContain('Cases: Total');
    expect(await header({ LANG: 'C' }, ['--config', config, '--lang', 'vi'])).toContain('Tổng số thụ lý');
  });
});

describe('targets', () => {
  it('from the config, with their source', async () => {
    const r = await runThads(['targets', '--year', '2019', '--config', 'fixtures/thads.config.json']);
    expect(r.code).toBe(0);
    await expect(transcript(r)).toMatchFileSnapshot(golden('targets-2019-config.txt'));
  });

  it('built-in (SPEC §5) without a config; a flag overrides', async () => {
    const r = await runThads(['targets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2019  cases       73%  built-in (national)');
    expect(r.stdout).toContain('2019  money         —  none');
    expect(r.stdout).toContain('2025  money     51.9%  built-in (national)');
    await expect(transcript(r)).toMatchFileSnapshot(golden('targets-built-in.txt'));
    const flagged = await runThads(['targets', '--year', '2019', '--target-cases', '80']);
    expect(flagged.stdout).toContain('2019  cases       80%  --target-cases');
  });
});

describe('init', () => {
  it('writes a starter config with the 2025 built-in targets that thads then accepts', async () => {
    const dir = tmp();
    const file = join(dir, 'thads.config.json');
    const r = await runThads(['init', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    expect(config.targets).toEqual({ '2025': { cases: '83.9', money: '51.9', provinces: {}, districts: {} } });
    // No thads in a node_modules above the temporary folder: the schema of this thads, as a file: URL.
    expect(config.$schema).toMatch(/^file:\/\//);
    expect(existsSync(fileURLToPath(config.$schema))).toBe(true);
    expect(config.moneyUnit).toBeUndefined();
    const t = await runThads(['targets', '--year', '2025', '--config', file]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('2025  cases     83.9%  config (');
  });

  it('points $schema through the project\'s node_modules when thads is installed there, relative to the config file', async () => {
    const project = tmp();
    mkdirSync(join(project, 'node_modules', 'thads'), { recursive: true });
    copyFileSync(join(ROOT, 'thads.schema.json'), join(project, 'node_modules', 'thads', 'thads.schema.json'));
    const file = join(project, 'config', 'thads.config.json');
    mkdirSync(dirname(file));
    const r = await runThads(['init', '--output', file]);
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(file, 'utf8'));
    expect(config.$schema).toBe('../node_modules/thads/thads.schema.json');
    expect(existsSync(resolve(dirname(file), config.$schema))).toBe(true);
    // beside node_modules: "./node_modules/…", a path editors resolve from the config file
    const beside = join(project, 'thads.config.json');
    await runThads(['init', '--output', beside]);
    expect(JSON.parse(readFileSync(beside, 'utf8')).$schema).toBe('./node_modules/thads/thads.schema.json');
  });

  it('CONFIG_INVALID does not promise a commented file (JSON has no comments)', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--config', 'fixtures/bad/config-unknown-key.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('commented');
    expect(r.stderr).toContain('thads.schema.json');
  });

  it('never overwrites (exit 2)', async () => {
    const dir = tmp();
    const file = join(dir, 'thads.config.json');
    writeFileSync(file, '{"lang":"vi"}\n');
    const r = await runThads(['init', '--output', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('already exists [CONFIG_EXISTS]');
    expect(readFileSync(file, 'utf8')).toBe('{"lang":"vi"}\n');
  });
});

describe('--help of every command ends with examples', () => {
  it.each(['summarize', 'check', 'inspect', 'targets', 'init'])('%s', async (command) => {
    const r = await runThads([command, '--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^ {2}\$ thads /);
    expect(lines).toContain('Examples:');
  });
});

describe('--by none: the narrative names what the data covers', () => {
  it('one province: "toàn tỉnh Nam Định" / "Nam Định province"', async () => {
    const vi = await runThads(['summarize', 'fixtures/2019.csv', '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/^Năm 2019 \(từ 1\/10\/2018 đến 30\/9\/2019\), kết quả thi hành án dân sự toàn tỉnh Nam Định: về việc, /);
    const en = await runThads(['summarize', 'fixtures/2019.csv', '--by', 'none', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toMatch(/^In statistics year 2019 \(1 October 2018 – 30 September 2019\), Nam Định province accepted /);
  });

  it('every province of the time (63 before the 2025 merger): "toàn quốc" / "nationwide"', async () => {
    const vi = await runThads(['summarize', NATIONAL, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(vi.stdout).toContain('kết quả thi hành án dân sự toàn quốc: về việc, tổng số thụ lý 457.505 việc');
    const en = await runThads(['summarize', NATIONAL, '--by', 'none', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('), enforcement offices nationwide accepted 457,505 cases in total');
  });

  it('a few provinces: neither', async () => {
    const r = await runThads(['summarize', 'fixtures/chart/provinces-2019.csv', '--by', 'province', '--only', 'Hà Nội', '--only', 'Cà Mau', '--format', 'text', '--lang', 'vi']);
    expect(r.stdout).not.toContain('toàn quốc');
    expect(r.stdout).toContain('của Hà Nội');
  });
});

describe('a shortfall too small for the shown decimals is shown 0,00, as in the CSV (traps33 1)', () => {
  it('money 1,000,000 đồng short of a 34.5 % target shows 0,00 in tỷ, never -0,00', async () => {
    const dir = tmp();
    const file = join(dir, 'short-2019.csv');
    // Đắk Đoa: 344,999,000,000 / 1,000,000,000,000 = 34.4999 %, below 34.5 %; shown 34,50 %; gap
    // −0.0001 → 0,00 and above target −1,000,000 đồng = −0.001 tỷ → 0,00: zeros, unsigned.
    writeFileSync(
      file,
      'year,province,district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n' +
        '2019,Gia Lai,Ia Grai,100,80,1000000000000,345000000000\n' +
        '2019,Gia Lai,Đắk Đoa,100,80,1000000000000,344999000000\n',
    );
    const r = await runThads(['summarize', file, '--format', 'markdown', '--lang', 'vi', '--target-money', '34.5']);
    expect(r.code).toBe(0);
    const cells = (name: string) => r.stdout.split('\n').find((l) => l.includes(name))!.split('|').map((c) => c.trim());
    // money: … | Tỷ lệ | Chỉ tiêu | Vượt/thiếu (%) | Vượt chỉ tiêu | Xếp thứ |
    expect(cells('Ia Grai').slice(-6, -1)).toEqual(['34,50%', '34,5%', '0,00', '0,00', '1/2']);
    expect(cells('Đắk Đoa').slice(-6, -1)).toEqual(['34,50%', '34,5%', '0,00', '0,00', '2/2']);
    expect(cells('Tổng cộng').slice(-6, -1)).toEqual(['**34,50%**', '**34,5%**', '**0,00**', '**0,00**', '**—**']);
  });
});

describe('money rounded in tỷ: a note when the rounded rows do not add up to the total', () => {
  const NOTE = 'Số tiền đã làm tròn; dòng Tổng cộng tính từ số liệu chính xác nên có thể lệch với tổng các dòng đã làm tròn.';
  const write = (rows: string) => {
    const file = join(tmp(), 'round-2019.csv');
    writeFileSync(file, `year,province,district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n${rows}`);
    return file;
  };

  it('0,004 + 0,004 tỷ shows 0,00 + 0,00 over a total of 0,01: the note says why', async () => {
    const file = write('2019,Gia Lai,Ia Grai,10,8,4000000,1000000\n2019,Gia Lai,Đắk Đoa,10,8,4000000,1000000\n');
    const r = await runThads(['summarize', file, '--format', 'markdown', '--lang', 'vi', '--unit', 'billion']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **0,01** |');
    // (a line under the table; the cases' above target, 0 + 0 under a Total of +1, has its own note after it)
    expect(r.stdout.trimEnd().split('\n')).toContain(NOTE);
  });

  it('rows that add up (1,00 + 2,00 = 3,00), and --by none: no note', async () => {
    const file = write('2019,Gia Lai,Ia Grai,10,8,1000000000,500000000\n2019,Gia Lai,Đắk Đoa,10,8,2000000000,1000000000\n');
    for (const extra of [[], ['--by', 'none']]) {
      const r = await runThads(['summarize', file, '--format', 'markdown', '--lang', 'vi', '--unit', 'billion', ...extra]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(NOTE);
    }
  });
});
