// README's quick start is a contract: its two commands are checked here, so the docs cannot rot.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnThads } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n') ?? [];

describe('README quick start', () => {
  it('has exactly two commands: install + main job, and the tests', () => {
    expect(quickStart).toEqual(['npm ci && npx thads summarize fixtures/2019.csv', 'npm test']);
  });

  it('matches what .ci/run runs', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('.ci/run then checks the report in a browser, installing Debian\'s chromium when missing', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const steps = ci.split('\n').filter((l) => /^(npm |browser_packages$)/.test(l));
    expect(steps).toEqual(['npm ci', 'npm test', 'browser_packages', 'npm run test:browser']);
    expect(ci).toContain('[ -x /usr/bin/chromium ] || missing+=(chromium)');
    expect(ci).toMatch(/DEBIAN_FRONTEND=noninteractive apt-get install -y .*"\$\{missing\[@\]\}"/);
    expect(readme).toContain('`.ci/run`');
  });

  it('the main job runs on the bundled fixture with its config targets', () => {
    const args = quickStart[0]!.split('npx thads ')[1]!.split(' ');
    const r = spawnThads(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const total = r.stdout.split('\n').find((l) => l.includes(',TOTAL,'))!;
    // cases: 5513/5871 = 93.90 %, target 74 from fixtures/thads.config.json
    expect(total).toContain(',5871,');
    expect(total).toContain(',93.90,74,19.90,4345,1168,true,');
  });

  it('the Excel example reads the workbook as the CSV and writes a workbook', () => {
    const block = /## Quick start[\s\S]*?```sh\n[\s\S]*?```[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n') ?? [];
    expect(block).toHaveLength(2);
    const [read, write] = block.map((line) => line.split('npx thads ')[1]!.split(' '));
    const csv = spawnThads(['summarize', 'fixtures/2019.csv']);
    const xlsx = spawnThads(read!);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(xlsx.stdout).toBe(csv.stdout);
    const dir = mkdtempSync(join(tmpdir(), 'thads-readme-'));
    const out = write!.map((a) => (a.endsWith('.xlsx') && !a.startsWith('fixtures') ? join(dir, a) : a));
    const w = spawnThads(out);
    expect(w.code, w.stderr).toBe(0);
    expect(readFileSync(join(dir, 'tong-hop-2019.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
