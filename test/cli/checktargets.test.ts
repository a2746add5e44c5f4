// `thads check` resolves the config's targets as `summarize` does, judged or not. The faults:
// without --fail-below-target check never looked at them — a district target that offices of two
// provinces share ("Phòng THADS khu vực 2": summarize refuses it, TARGET_AMBIGUOUS, exit 2) passed
// with "no problems", exit 0, and a target no office takes (TARGET_UNMATCHED: a warning of
// summarize, fatal with --strict) was not said, so `check --strict` passed a run `summarize
// --strict` refuses. With --fail-below-target --strict it printed TARGET_UNMATCHED as a warning
// under a verdict of "0 errors, 1 warning" and exited 1. Controls: targets under their province,
// a district target its office takes: nothing said, exit 0.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-checktargets-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Ninh Bình's khu vực 2: 850 / 1000 = 85 %; Gia Lai's khu vực 2: 680 / 800 = 85 %
const NB_KV2 = 'Ninh Bình,Phòng THADS khu vực 2,1000,850';
const GL_KV2 = 'Gia Lai,Phòng THADS khu vực 2,800,680';
const SHARED = { targets: { '2026': { cases: 84, districts: { 'Phòng THADS khu vực 2': { cases: 90 } } } } };
const UNDER_PROVINCE = { targets: { '2026': { cases: 84, provinces: { 'Ninh Bình': { districts: { 'Phòng THADS khu vực 2': { cases: 90 } } } } } } };

/** `files` and the config in a folder of their own; the folder. */
function folder(name: string, files: Record<string, readonly string[]>, config: object): string {
  write({ ...Object.fromEntries(Object.entries(files).map(([f, lines]) => [`${name}/${f}`, lines])), [`${name}/thads.config.json`]: [JSON.stringify(config)] });
  return join(dir, name);
}
const run = (cwd: string, args: readonly string[]) => spawnThads(args, { cwd });
const codes = (text: string) => [...text.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);
const verdict = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

// The config is one line, {"targets":{"2026":{"cases":84,"districts":{"Phòng…: `{"targets":{` is
// columns 1–12, `"2026":{` 13–20, `"cases":84,` 21–31, `"districts":{` 32–44, so the key's
// opening quote is at column 45 of line 1.
const AMBIGUOUS = 'thads.config.json:1:45: error: targets."2026".districts."Phòng THADS khu vực 2": offices of 2 provinces of the input have this name (Ninh Bình, Gia Lai); a target for one would be applied to all [TARGET_AMBIGUOUS]';

describe('a district target that offices of two provinces share (TARGET_AMBIGUOUS)', () => {
  it('in one file: check refuses it as summarize does, exit 2 (was: "no problems in 1 file", exit 0)', () => {
    const cwd = folder('one-file', { '2026.csv': [HEAD, NB_KV2, GL_KV2] }, SHARED);
    const s = run(cwd, ['summarize', '2026.csv', '--format', 'csv']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(AMBIGUOUS);
    const c = run(cwd, ['check', '2026.csv']);
    expect(c.code, c.stdout).toBe(2);
    expect(c.stderr).toContain(AMBIGUOUS);
  });

  it('across two files, one province each: refused too (each file alone is not ambiguous)', () => {
    const cwd = folder('two-files', { 'ninh-binh-2026.csv': [HEAD, NB_KV2], 'gia-lai-2026.csv': [HEAD, GL_KV2] }, SHARED);
    for (const f of ['ninh-binh-2026.csv', 'gia-lai-2026.csv']) expect(run(cwd, ['check', f]).code).toBe(0);
    const s = run(cwd, ['summarize', 'ninh-binh-2026.csv', 'gia-lai-2026.csv', '--format', 'csv']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(AMBIGUOUS);
    const c = run(cwd, ['check', 'ninh-binh-2026.csv', 'gia-lai-2026.csv']);
    expect(c.code, c.stdout).toBe(2);
    expect(c.stderr).toContain(AMBIGUOUS);
  });

  it('a workbook of the same rows: refused the same way', async () => {
    const cwd = folder('workbook', {}, SHARED);
    await writeSheetsWorkbook(cwd, '2026.xlsx', {
      Sheet1: [
        ['Tỉnh', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'],
        ['Ninh Bình', 'Phòng THADS khu vực 2', 1000, 850],
        ['Gia Lai', 'Phòng THADS khu vực 2', 800, 680],
      ],
    });
    const s = run(cwd, ['summarize', '2026.xlsx', '--format', 'csv']);
    const c = run(cwd, ['check', '2026.xlsx']);
    expect([s.code, c.code]).toEqual([2, 2]);
    expect(c.stderr).toContain(AMBIGUOUS);
  });

  it('control: the target under its province is no one else\'s: check passes, exit 0', () => {
    const cwd = folder('under-province', { '2026.csv': [HEAD, NB_KV2, GL_KV2] }, UNDER_PROVINCE);
    const c = run(cwd, ['check', '2026.csv']);
    expect(c.code, c.stdout).toBe(0);
    expect(c.stdout).toBe('no problems in 1 file\n');
    // judged: Ninh Bình's khu vực 2 85 % < its 90 %; Gia Lai's 85 % ≥ the year's 84 %; TOTAL
    // (850 + 680) / (1000 + 800) = 1530 / 1800 = 85 % ≥ 84 %
    const judged = run(cwd, ['check', '2026.csv', '--fail-below-target']);
    expect(judged.code, judged.stdout).toBe(3);
    expect(codes(judged.stdout)).toEqual(['BELOW_TARGET']);
    expect(judged.stdout).toContain('2026.csv:2: error: Phòng THADS khu vực 2 (2026): cases rate 85.00% is below its target of 90%');
  });
});

describe('a district target that no office takes (TARGET_UNMATCHED)', () => {
  const MY_LOC = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,586,533', 'Vụ Bản,655,630'];
  // "Mỹ Lộcc": a typo, no office of the input has it
  const TYPO = { targets: { '2019': { districts: { 'Mỹ Lộcc': { cases: 90 } } } } };
  const cwd = folder('unmatched', { '2019.csv': MY_LOC }, TYPO);

  it('is said as summarize says it: a warning, exit 0 (was: not said)', () => {
    const s = run(cwd, ['summarize', '2019.csv', '--format', 'csv']);
    expect(s.code).toBe(0);
    expect(codes(s.stderr)).toEqual(['TARGET_UNMATCHED']);
    const c = run(cwd, ['check', '2019.csv']);
    expect(c.code, c.stdout).toBe(0);
    expect(c.stdout).toMatch(/^thads\.config\.json: warning: the target for district "Mỹ Lộcc" \(2019\) matches no office of the input.*\[TARGET_UNMATCHED\]$/m);
    expect(verdict(c.stdout)).toBe('0 errors, 1 warning in 1 file');
  });

  it('with --strict: an error, exit 1, as summarize --strict refuses it (was: exit 0)', () => {
    const s = run(cwd, ['summarize', '2019.csv', '--format', 'csv', '--strict']);
    expect(s.code).toBe(1);
    const c = run(cwd, ['check', '2019.csv', '--strict']);
    expect(c.code, c.stdout).toBe(1);
    expect(c.stdout).toMatch(/^thads\.config\.json: error: .*\[TARGET_UNMATCHED\]$/m);
    expect(verdict(c.stdout)).toBe('1 error, 0 warnings in 1 file');
  });

  it('with --strict --fail-below-target: an error in the verdict too (was: "0 errors, 1 warning", exit 1)', () => {
    const c = run(cwd, ['check', '2019.csv', '--strict', '--fail-below-target']);
    expect(c.code, c.stdout).toBe(1);
    expect(verdict(c.stdout)).toBe('1 error, 0 warnings in 1 file');
  });

  it('control: the target spelled as its office is taken: nothing said, exit 0', () => {
    const ok = folder('matched', { '2019.csv': MY_LOC }, { targets: { '2019': { districts: { 'Mỹ Lộc': { cases: 90 } } } } });
    const c = run(ok, ['check', '2019.csv']);
    expect(c.code, c.stdout).toBe(0);
    expect(c.stdout).toBe('no problems in 1 file\n');
  });
});
