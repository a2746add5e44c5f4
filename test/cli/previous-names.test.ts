// --previous pairs offices whose names are written differently across years ("Chi cục THADS
// huyện Mỹ Lộc" one year, "Mỹ Lộc" the next): the changes are those of the same names.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-prev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--previous with names written differently', () => {
  it('pairs "Chi cục THADS huyện X" with "X" and reports the same changes', async () => {
    const lines = readFileSync(join(ROOT, 'fixtures/2018.csv'), 'utf8').trimEnd().split('\n');
    const prefixed = [lines[0], ...lines.slice(1).map((l) => l.replace(/^([^,]*),(Thành phố )?/, (_, p: string, city?: string) => `${p},Chi cục THADS ${city ? 'thành phố' : 'huyện'} `))];
    const previous = join(dir, '2018.csv');
    writeFileSync(previous, `${prefixed.join('\n')}\n`);
    expect(prefixed[1]).toMatch(/^Nam Định,Chi cục THADS thành phố Nam Định,/);

    const plain = await runThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--format', 'json']);
    const renamed = await runThads(['summarize', 'fixtures/2019.csv', '--previous', previous, '--format', 'json']);
    expect(renamed.stderr).not.toContain('ONE_YEAR_ONLY');
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toBe(plain.stdout);
    expect(JSON.parse(renamed.stdout).groups[0].cases.totalChange).not.toBeNull();
  });
});
