// thads' own Markdown read back undoes its writer's escapes (traps40 2): "Vụ Bản (*)", written
// "Vụ Bản (\*)", came back with its backslash, so its config target was lost (TARGET_UNMATCHED,
// the national 83.25 % used: 85 % met, where its own 90 % is missed) and last year's row did not
// pair with it (no rate change); "Khu vực 1 | cũ", written with "\|", was split into two cells
// and refused (VALUE_WITHOUT_HEADER). Now cells split at unescaped "|" only, and \X, &amp;,
// &lt;, &gt; are undone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { ownMarkdownRecord } from '../../src/input/markdown-cells.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-md-esc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// every character the writer escapes, and a name ending in a backslash (its "\\" before the cell's "|")
const ODD = 'A_B*C [x] ~y~ `z` <w> & v\\';

/** thads' Markdown of a CSV, written to `name`. */
async function markdownOf(csvName: string, lines: readonly string[], name: string): Promise<{ path: string; text: string }> {
  const csv = write(csvName, `${lines.join('\n')}\n`);
  const r = await runThads(['summarize', csv, '--format', 'markdown', '-q']);
  expect(r.code, r.stderr).toBe(0);
  return { path: write(name, r.stdout), text: r.stdout };
}

function rows(csv: string): Record<string, string>[] {
  const [head, ...body] = csv.trim().split('\n').map((l) => l.split(','));
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe("thads' own Markdown escapes, read back", () => {
  it('"Vụ Bản (*)" keeps its config target (90 %): 85 / 100 = 85.00 %, gap -5.00, missed', async () => {
    const md = await markdownOf('src-2024.csv', [HEADER, 'Mỹ Lộc,100,80', 'Vụ Bản (*),100,85'], 'tong-hop-2024.md');
    expect(md.text).toContain('| Vụ Bản (\\*) |');
    const config = write('cfg.json', JSON.stringify({ targets: { '2024': { districts: { 'Vụ Bản (*)': { cases: 90 } } } } }));
    const r = await runThads(['summarize', md.path, '--config', config, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('TARGET_UNMATCHED');
    const vb = rows(r.stdout).find((x) => x.district === 'Vụ Bản (*)')!;
    expect([vb.cases_rate, vb.cases_target, vb.cases_gap_pp, vb.cases_met]).toEqual(['85.00', '90', '-5.00', 'false']);
  });

  it('"Vụ Bản (*)" pairs with last year\'s row: 75 % − 70 % = +5.00 pp', async () => {
    const md = await markdownOf('g-src-2023.csv', [HEADER, 'Mỹ Lộc,100,80', 'Vụ Bản (*),100,70'], 'g-md-2023.md');
    const now = write('g-2024.csv', `${HEADER}\nMỹ Lộc,100,90\nVụ Bản (*),100,75\n`);
    const r = await runThads(['summarize', now, '--previous', md.path, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const got = rows(r.stdout);
    expect(got.find((x) => x.district === 'Vụ Bản (*)')!.cases_rate_change).toBe('5.00');
    // total: 165/200 = 82.50 % against 150/200 = 75.00 %: +7.50
    expect(got.find((x) => x.district === 'TOTAL')!.cases_rate_change).toBe('7.50');
  });

  it('an escaped "|" splits no cell, and every escape is undone: 90 − 80 = +10.00, 75 − 70 = +5.00', async () => {
    const md = await markdownOf('e-src-2023.csv', [HEADER, '"Khu vực 1 | cũ",100,80', `${ODD},100,70`], 'e-md-2023.md');
    expect(md.text).toContain('| Khu vực 1 \\| cũ |');
    expect(md.text).toContain('| A\\_B\\*C \\[x\\] \\~y\\~ \\`z\\` &lt;w&gt; &amp; v\\\\ |');
    const now = write('e-2024.csv', `${HEADER}\n"Khu vực 1 | cũ",100,90\n${ODD},100,75\n`);
    const r = await runThads(['summarize', now, '--previous', md.path, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const got = rows(r.stdout);
    expect(got.find((x) => x.district === 'Khu vực 1 | cũ')!.cases_rate_change).toBe('10.00');
    expect(got.find((x) => x.district === ODD)!.cases_rate_change).toBe('5.00');
  });

  it.each([
    [['', ' Khu vực 1 \\', ' cũ ', ' 100 ', ''], ['', ' Khu vực 1 | cũ ', ' 100 ', '']],
    // "v\\" is an escaped backslash: the "|" after it is the cell's end
    [['', ' v\\\\ ', ' 100 ', ''], ['', ' v\\ ', ' 100 ', '']],
    [['', ' a\\\\\\', 'b ', ''], ['', ' a\\|b ', '']],
    [['', ' &amp;lt; \\_ ', ''], ['', ' &lt; _ ', '']],
  ])('ownMarkdownRecord(%j) → %j', (cells, expected) => {
    expect(ownMarkdownRecord(cells)).toEqual(expected);
  });
});
