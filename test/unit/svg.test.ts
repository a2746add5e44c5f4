// The chart as pixels: the SVG is rendered with resvg and the tests look at colours where the
// bars and target lines must be. Positions come from the chart's own axis (the 0% and 100%
// ticks) and the rates from the fixture, worked out by hand below, not by thads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const MET = [0x00, 0x9e, 0x73];
const MISSED = [0xd5, 0x5e, 0x00];
const TARGET = [0x1f, 0x1f, 0x1f];
const WHITE = [0xff, 0xff, 0xff];

// fixtures/2019.csv, cases: resolved / with conditions
const VU_BAN = 630 / 655; // 96.18 %
const MY_LOC = 533 / 586; // 90.96 %

interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly pixels: Buffer;
}

async function chart(args: string[]): Promise<Picture> {
  const r = await runThads(['summarize', ...args, '--format', 'svg']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const rendered = new Resvg(r.stdout, { font: { loadSystemFonts: false } }).render();
  return { svg: r.stdout, width: rendered.width, pixels: rendered.pixels };
}

function pixel(p: Picture, x: number, y: number): number[] {
  const i = (Math.round(y) * p.width + Math.floor(x)) * 4;
  return [p.pixels[i]!, p.pixels[i + 1]!, p.pixels[i + 2]!];
}

function near(actual: number[], expected: number[], tolerance = 12): boolean {
  return actual.every((c, i) => Math.abs(c - expected[i]!) <= tolerance);
}

/** The cases panel (the first one): x of 0 % and 100 % from its ticks, and a row's middle. */
function casesPanel(p: Picture) {
  const panel = p.svg.slice(p.svg.indexOf('data-measure="cases"'), p.svg.indexOf('data-measure="money"'));
  const tickX = (percent: number) => Number(new RegExp(`<text class="tick" x="([\\d.]+)"[^>]*data-percent="${percent}"`).exec(panel)![1]);
  const x0 = tickX(0);
  const x100 = tickX(100);
  return {
    xOf: (fraction: number) => x0 + fraction * (x100 - x0),
    /** labels sit at the baseline, 14 px into a 20 px row; bars fill rows 4 to 16 */
    rowMiddle: (label: string) => Number(new RegExp(`<text class="label" x="[\\d.]+" y="(\\d+)"[^>]*>${label}</text>`).exec(panel)![1]) - 4,
  };
}

describe('svg chart rendered to pixels', () => {
  it('draws a met bar in the met colour, ending at its rate', async () => {
    const p = await chart(['fixtures/2019.csv', '--config', 'fixtures/thads.config.json']);
    const c = casesPanel(p);
    const y = c.rowMiddle('Vụ Bản');
    const end = c.xOf(VU_BAN);
    expect(near(pixel(p, end - 3, y), MET)).toBe(true);
    expect(near(pixel(p, c.xOf(0.5), y), MET)).toBe(true);
    expect(near(pixel(p, end + 2, y), WHITE)).toBe(true);
  });

  it('draws the shared target line at the target on the axis (74 % from the config)', async () => {
    const p = await chart(['fixtures/2019.csv', '--config', 'fixtures/thads.config.json']);
    const c = casesPanel(p);
    const y = c.rowMiddle('Mỹ Lộc');
    const x = c.xOf(0.74);
    expect(near(pixel(p, x, y), TARGET, 40)).toBe(true);
    expect(near(pixel(p, x - 4, y), MET)).toBe(true);
    expect(near(pixel(p, x + 4, y), MET)).toBe(true);
    // not at 73 %, the built-in 2019 target the config overrides
    expect(near(pixel(p, c.xOf(0.73) - 1, y), MET)).toBe(true);
  });

  it('hatches a missed bar: missed colour and white stripes, never the met colour', async () => {
    const p = await chart(['fixtures/2019.csv', '--target-cases', '95']);
    const c = casesPanel(p);
    const y = c.rowMiddle('Mỹ Lộc');
    const strip = Array.from({ length: 12 }, (_, i) => pixel(p, c.xOf(0.4) + i, y));
    expect(strip.some((px) => near(px, MISSED))).toBe(true);
    expect(strip.some((px) => near(px, WHITE, 30))).toBe(true);
    expect(strip.some((px) => near(px, MET))).toBe(false);
    expect(near(pixel(p, c.xOf(MY_LOC) + 2, y), WHITE)).toBe(true);
  });

  it('marks each row at its own target when targets differ', async () => {
    // district-targets.config.json: cases 95, but Mỹ Lộc 90
    const p = await chart(['fixtures/2019.csv', '--config', 'fixtures/chart/district-targets.config.json']);
    const c = casesPanel(p);
    const vuBan = c.rowMiddle('Vụ Bản');
    const myLoc = c.rowMiddle('Mỹ Lộc');
    expect(near(pixel(p, c.xOf(0.95), vuBan), TARGET, 40)).toBe(true);
    expect(near(pixel(p, c.xOf(0.9), vuBan), MET)).toBe(true);
    expect(near(pixel(p, c.xOf(0.9), myLoc), TARGET, 40)).toBe(true);
    // Mỹ Lộc met its own 90 %: solid, even though 90.96 % is below the others' 95 %
    expect(near(pixel(p, c.xOf(0.5), myLoc), MET)).toBe(true);
  });
});

describe('svg chart layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-svg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function offices(count: number, name: (i: number) => string = (i) => `Office ${i}`): string {
    const file = join(dir, `offices-${count}-2019.csv`);
    const rows = Array.from({ length: count }, (_, i) => `"${name(i)}",${100 + (i % 50)},${70 + (i % 30)}`);
    writeFileSync(file, `district,cases_with_conditions,cases_resolved\n${rows.join('\n')}\n`);
    return file;
  }

  function labelYs(svg: string): number[] {
    return [...svg.matchAll(/<text class="label" x="[\d.]+" y="(\d+)"/g)].map((m) => Number(m[1]));
  }

  it.each([1, 63, 700])('%i groups: one label per group and the total, never closer than a line', async (count) => {
    const r = await runThads(['summarize', offices(count), '--format', 'svg']);
    expect(r.code).toBe(0);
    const ys = labelYs(r.stdout);
    expect(ys).toHaveLength(count + 1);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(20);
    const height = Number(/<svg [^>]*height="(\d+)"/.exec(r.stdout)![1]);
    expect(height).toBeGreaterThan(ys.at(-1)!);
    // well-formed: resvg refuses broken XML
    expect(() => new Resvg(r.stdout, { font: { loadSystemFonts: false } }).render()).not.toThrow();
  });

  it('escapes names and shortens very long ones, keeping the XML well-formed', async () => {
    const r = await runThads(['summarize', offices(2, (i) => (i === 0 ? 'A & B <Đội 1>' : 'X'.repeat(80))), '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('>A &amp; B &lt;Đội 1&gt;</text>');
    expect(r.stdout).toContain(`>${'X'.repeat(39)}…</text>`);
    expect(() => new Resvg(r.stdout, { font: { loadSystemFonts: false } }).render()).not.toThrow();
  });

  it('gives the same bytes for the same input', async () => {
    const a = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'svg', '--lang', 'vi']);
    const b = await runThads(['summarize', 'fixtures/2019.csv', '--format', 'svg', '--lang', 'vi']);
    expect(a.stdout).toBe(b.stdout);
  });
});
