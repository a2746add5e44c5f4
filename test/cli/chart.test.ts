// summarize --format svg|html through the CLI: golden files in both languages, format picked
// from --output's extension, and nothing written on a fatal error.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads, spawnThads, transcript } from '../helpers/cli.js';

const golden = (name: string) => `./__golden__/${name}`;
const CONFIG = ['--config', 'fixtures/thads.config.json'];

describe('summarize --format svg', () => {
  it('a rate of 60,000 digits (a figure in the wrong column): ten grid lines or fewer, at a round step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-chart-huge-'));
    try {
      const file = join(dir, 'huge-2019.csv');
      writeFileSync(file, `district,cases_with_conditions,cases_resolved\nA,100,${'9'.repeat(60_000)}\nB,100,90\n`);
      const r = await runThads(['summarize', file, '--format', 'svg']);
      expect(r.code).toBe(0);
      const ticks = [...r.stdout.matchAll(/data-percent="(\d+)"/g)].map((m) => BigInt(m[1]!));
      expect(ticks.length).toBeGreaterThan(1);
      expect(ticks.length).toBeLessThanOrEqual(11);
      // 0, then multiples of one step, the axis reaching past the rate: 100 × (10^60000 − 1) ÷ 100 = 10^60000 − 1 %
      const step = ticks[1]!;
      expect(ticks.every((t, i) => t === step * BigInt(i))).toBe(true);
      expect(ticks.at(-1)! >= 10n ** 60_000n - 1n).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['vi', 'en'])('fixtures/2019.csv in %s', async (lang) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...CONFIG, '--format', 'svg', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(golden(`chart-2019-${lang}.svg`));
  });

  it('targets that differ per office, some missed', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--config', 'fixtures/chart/district-targets.config.json', '--format', 'svg', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(golden('chart-district-targets-en.svg'));
    // Mỹ Lộc 533/586 = 90.96 % meets its own 90 %; Nam Trực 494/522 = 94.64 % misses 95 %
    expect(r.stdout).toMatch(/<g class="row met">[^\n]*>Mỹ Lộc</);
    expect(r.stdout).toMatch(/<g class="row missed">[^\n]*>Nam Trực</);
  });

  it('63 provinces, no money target in 2019: grey bars and a 73 % cases line', async () => {
    const r = await runThads(['summarize', 'fixtures/chart/provinces-2019.csv', '--by', 'province', '--format', 'svg', '--lang', 'vi']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(golden('chart-63-provinces-vi.svg'));
    expect(r.stdout.match(/<rect class="bar none"/g)).toHaveLength(64);
    expect(r.stdout).toContain('>Chỉ tiêu 73%</text>');
  });

  it('--only prints the chosen groups and still the total of all', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...CONFIG, '--format', 'svg', '--lang', 'en', '--only', 'Vụ Bản']);
    expect(r.code).toBe(0);
    const labels = [...r.stdout.matchAll(/<text class="label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['Vụ Bản', 'Total', 'Vụ Bản', 'Total']);
    // cases total 5513/5871 = 93.90 %
    expect(r.stdout).toContain('>93.90%</text>');
  });
});

describe('summarize --format html', () => {
  it.each(['vi', 'en'])('fixtures/2019.csv in %s', async (lang) => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', ...CONFIG, '--format', 'html', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(golden(`report-2019-${lang}.html`));
  });

  it('is self-contained: no script, no link, no external reference', async () => {
    const r = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'html', '--lang', 'en']);
    expect(r.stdout).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  describe('--output picks the format from the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-chart-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['report.html', '<!DOCTYPE html>'],
      ['chart.svg', '<?xml version="1.0" encoding="UTF-8"?>\n<svg '],
    ])('%s', (name, start) => {
      const out = join(dir, name);
      const r = spawnThads(['summarize', 'fixtures/2019.csv', '--output', out, '--lang', 'vi']);
      expect(transcript(r)).toBe('exit: 0\n--- stdout\n--- stderr\n');
      expect(readFileSync(out, 'utf8').startsWith(start)).toBe(true);
    });

    it('writes nothing on a fatal error', () => {
      const bad = join(dir, 'bad-2019.csv');
      writeFileSync(bad, 'district,cases_with_conditions,cases_resolved\nA,10,abc\n');
      const out = join(dir, 'bad.html');
      const r = spawnThads(['summarize', bad, '--output', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('[BAD_NUMBER]');
      expect(existsSync(out)).toBe(false);
    });
  });
});
