// check is a CI gate before summarize: it must not pass unsaid what summarize refuses. Files of
// several years (viec-2019.csv beside viec-2020.csv), or one file whose Năm column holds two,
// summarize refuses without year in --by (MIXED_YEARS, exit 2); check said "no problems", exit 0
// (traps35 1). check cannot be told --by, nor which files are --previous ones (this year's and
// last year's files checked in one run, each right: exit 0 stays, report.test.ts), so it warns,
// and --strict fails it as summarize does, exit 2. Files whose titles alone state different years
// summarize refuses whatever it is told: an error of check's report, exit 2 (it went to stderr
// with no report). Said at a file, the one that breaks the set, as MIXED_PERIODS now is
// (traps35 2: "thads: error: …" named no file, a GitHub annotation on no file).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runArgs } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-mixed-years-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: readonly string[]) => writeFileSync(join(dir, name), `${lines.join('\n')}\n`);

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
write('viec-2019.csv', [HEADER, 'A,10,5']);
write('viec-2020.csv', [HEADER, 'A,12,5']);
write('years.csv', [`Năm,${HEADER}`, '2019,A,10,5', '2020,A,12,6', '2019,B,10,5']);
write('half-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', HEADER, 'B,10,5']);
write('title-a.csv', ['BÁO CÁO NĂM 2019', HEADER, 'A,10,5']);
write('title-b.csv', ['BÁO CÁO NĂM 2020', HEADER, 'B,10,5']);

/** the reference reader; check through the fast one too, which must agree */
async function run(args: readonly string[]) {
  const argv = args.map((a) => (a.endsWith('.csv') ? join(dir, a) : a));
  const reference = await runArgs(dir, argv, false);
  if (argv[0] === 'check') expect(await runArgs(dir, argv, true)).toEqual(reference);
  return reference;
}
const SEVERAL = 'the input holds figures of several years (2019, 2020), which are never added together [MIXED_YEARS]';

describe('check says several years as summarize refuses them', () => {
  it('two files of 2019 and 2020: summarize exit 2; check warns at the 2020 file (was "no problems"), --strict exit 2', async () => {
    const s = await run(['summarize', 'viec-2019.csv', 'viec-2020.csv']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('[MIXED_YEARS]');
    const c = await run(['check', 'viec-2019.csv', 'viec-2020.csv']);
    expect(c.stdout).toContain(`viec-2020.csv: warning: ${SEVERAL}`);
    expect(c.stdout).toContain('0 errors, 1 warning in 2 files');
    expect(c.code).toBe(0);
    const strict = await run(['check', 'viec-2019.csv', 'viec-2020.csv', '--strict']);
    expect(strict.stdout).toContain(`viec-2020.csv: error: ${SEVERAL}`);
    expect(strict.stdout).toContain('1 error, 0 warnings in 2 files');
    expect(strict.code).toBe(2);
  });

  it('one file whose Năm column holds 2019 and 2020: said at the file; --year 2019 keeps one year, no problems', async () => {
    expect((await run(['summarize', 'years.csv'])).code).toBe(2);
    const c = await run(['check', 'years.csv']);
    expect(c.stdout).toContain(`years.csv: warning: ${SEVERAL}`);
    expect((await run(['check', 'years.csv', '--strict'])).code).toBe(2);
    const one = await run(['check', 'years.csv', '--year', '2019']);
    expect(one.stdout).toBe('no problems in 1 file\n');
    expect(one.code).toBe(0);
  });

  it('in GitHub annotations the finding is on the file, and in JSON it names it', async () => {
    const gh = await run(['check', 'viec-2019.csv', 'viec-2020.csv', '--format', 'github', '--strict']);
    expect(gh.stdout).toMatch(/^::error file=[^,]*viec-2020\.csv,title=MIXED_YEARS::/m);
    const json = await run(['check', 'viec-2019.csv', 'viec-2020.csv', '--format', 'json']);
    const doc = JSON.parse(json.stdout) as { warnings: number; findings: { code: string; file: string | null }[] };
    expect(doc.warnings).toBe(1);
    expect(doc.findings.map((f) => [f.code, f.file?.endsWith('viec-2020.csv')])).toEqual([['MIXED_YEARS', true]]);
  });

  it('files whose titles alone state 2019 and 2020: refused whatever summarize is told, an error in the report (was stderr only), exit 2', async () => {
    const s = await run(['summarize', 'title-a.csv', 'title-b.csv', '--by', 'year,district']);
    expect(s.code).toBe(2);
    const c = await run(['check', 'title-a.csv', 'title-b.csv']);
    expect(c.stdout).toContain("error: the files' titles state different years (title-a.csv says 2019; title-b.csv says 2020)");
    expect(c.stdout).toContain('1 error, 2 warnings in 2 files');
    expect(c.stderr).toBe('');
    expect(c.code).toBe(2);
  });
});

describe('MIXED_PERIODS in check names the file that breaks the set (traps35 2)', () => {
  it('a six-month report given after a year-end one: said at the six-month file, on stdout, exit 2', async () => {
    const c = await run(['check', 'viec-2019.csv', 'half-2019.csv']);
    expect(c.stdout).toMatch(/^half-2019\.csv: error: the input holds reports of one year whose periods end on different days \(31\/3\/2019, 30\/9\/2019\), which are never added together \[MIXED_PERIODS\]/m);
    expect(c.stdout).not.toContain('thads: error');
    expect(c.stderr).toBe('');
    expect(c.code).toBe(2);
    const gh = await run(['check', 'half-2019.csv', 'viec-2019.csv', '--format', 'github']);
    expect(gh.stdout).toMatch(/^::error file=[^,]*viec-2019\.csv,title=MIXED_PERIODS::/m);
  });
});
