// `thads check` beside `summarize` on a run whose target cannot be told (TARGET_UNDECIDED): khu
// vực 1 and 2 send the form titled "CỤC THADS TỈNH NINH BÌNH", khu vực 3 the bare table, and the
// config gives Ninh Bình 85 % where the year has 84 %. summarize refuses it (exit 1, at khu vực 3's
// row). The fault: check said "no problems in 3 files" and exited 0, with or without
// --fail-below-target — a run summarize refuses passed CI. Right: check reports the same
// TARGET_UNDECIDED at the same place, exit 1. Controls: the same files with no province target, the
// bare file named after its province (then judged: 3 with --fail-below-target), a file alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-checkundecided-');

const title = (n: number) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;', `PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ${n};;;`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;'];
// khu vực 1: 850 / 1.000 = 85,00 %; khu vực 2: 680 / 800 = 85,00 % (both meet 85 and 84)
const KV1 = [...title(1), 'Việc có điều kiện;Việc giải quyết xong', '1.000;850'];
const KV2 = [...title(2), 'Việc có điều kiện;Việc giải quyết xong', '800;680'];
// khu vực 3, bare: 505 / 600 = 84,1666… % — meets the year's 84 %, misses Ninh Bình's 85 %
const BARE3 = ['Việc có điều kiện,Việc giải quyết xong', '600,505'];
const PROVINCE_TARGET = { targets: { '2026': { cases: 84, money: '45', provinces: { 'Ninh Bình': { cases: 85 } } } } };
const YEAR_TARGET_ONLY = { targets: { '2026': { cases: 84, money: '45' } } };

const K1 = 'Phòng THADS khu vực 1 - 2026.csv';
const K2 = 'Phòng THADS khu vực 2 - 2026.csv';
const K3 = 'Phòng THADS khu vực 3 - 2026.csv';

/** A folder of its own (the config is found beside the files); the run's file names, relative. */
function folder(name: string, files: Record<string, readonly string[]>, config: object): string {
  write({ ...Object.fromEntries(Object.entries(files).map(([f, lines]) => [`${name}/${f}`, lines])), [`${name}/thads.config.json`]: [JSON.stringify(config)] });
  return join(dir, name);
}

const run = (cwd: string, args: readonly string[]) => spawnThads(args, { cwd });
const codes = (text: string) => [...text.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

// Both commands locate it at khu vực 3's office row, line 2 of its file.
const UNDECIDED_AT = `${K3}:2: error: office "Phòng THADS khu vực 3" names no province`;

describe('check on offices of no province beside a province whose target differs', () => {
  const cwd = folder('undecided', { [K1]: KV1, [K2]: KV2, [K3]: BARE3 }, PROVINCE_TARGET);
  const files = [K1, K2, K3];

  it('summarize refuses the run (exit 1, TARGET_UNDECIDED at khu vực 3:2) — the reference', () => {
    const r = run(cwd, ['summarize', ...files, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(UNDECIDED_AT);
    expect(codes(r.stderr)).toEqual(['TARGET_UNDECIDED']);
  });

  it('check reports the same code at the same place and exits 1 (was: "no problems in 3 files", exit 0)', () => {
    const r = run(cwd, ['check', ...files]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(UNDECIDED_AT);
    expect(codes(r.stdout)).toEqual(['TARGET_UNDECIDED']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 error, 0 warnings in 3 files');
  });

  it('with --fail-below-target too: 1 (invalid data wins over 3), never 0', () => {
    const r = run(cwd, ['check', ...files, '--fail-below-target']);
    expect(r.code, r.stdout).toBe(1);
    expect(codes(r.stdout)).toEqual(['TARGET_UNDECIDED']);
  });

  it('as JSON and as a GitHub annotation, at khu vực 3 line 2', () => {
    const json = run(cwd, ['check', ...files, '--format', 'json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { errors: number; findings: { code: string; file: string; line: number | null; severity: string }[] };
    expect(doc.errors).toBe(1);
    expect(doc.findings.map((f) => [f.severity, f.code, f.file, f.line])).toEqual([['error', 'TARGET_UNDECIDED', K3, 2]]);
    const gh = run(cwd, ['check', ...files, '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=Phòng THADS khu vực 3 - 2026\.csv,line=2,title=TARGET_UNDECIDED::/m);
  });

  it('the bare office sent as a workbook: check and summarize agree on its sheet row', async () => {
    const sub = folder('undecided-xlsx', { [K1]: KV1, [K2]: KV2 }, PROVINCE_TARGET);
    await writeCasesWorkbook(sub, 'Phòng THADS khu vực 3 - 2026.xlsx', 600, 505);
    const args = [K1, K2, 'Phòng THADS khu vực 3 - 2026.xlsx'];
    const s = run(sub, ['summarize', ...args, '--format', 'csv']);
    const c = run(sub, ['check', ...args]);
    expect([s.code, c.code]).toEqual([1, 1]);
    const at = 'Phòng THADS khu vực 3 - 2026.xlsx:Sheet1!2:2: error: office "Phòng THADS khu vực 3" names no province';
    expect(s.stderr).toContain(at);
    expect(c.stdout).toContain(at);
    expect(codes(c.stdout)).toEqual(['TARGET_UNDECIDED']);
  });
});

describe('controls: runs whose target is decided read as before', () => {
  it('no province target in the config: both take the year\'s 84 % and pass (exit 0)', () => {
    const cwd = folder('year-only', { [K1]: KV1, [K2]: KV2, [K3]: BARE3 }, YEAR_TARGET_ONLY);
    const c = run(cwd, ['check', K1, K2, K3, '--fail-below-target']);
    expect(c.code, c.stdout).toBe(0);
    expect(c.stdout).not.toContain('TARGET_UNDECIDED');
    const s = run(cwd, ['summarize', K1, K2, K3, '--format', 'csv', '--fail-below-target']);
    expect(s.code, s.stderr).toBe(0);
  });

  it('the bare file named after Ninh Bình: decided, judged against 85 % (--fail-below-target: 3)', () => {
    const named = 'Ninh Bình - Phòng THADS khu vực 3 - 2026.csv';
    const cwd = folder('named', { [K1]: KV1, [K2]: KV2, [named]: BARE3 }, PROVINCE_TARGET);
    const plain = run(cwd, ['check', K1, K2, named]);
    expect(plain.code, plain.stdout).toBe(0);
    expect(plain.stdout).toBe('no problems in 3 files\n');
    // khu vực 3: 505 / 600 = 84,17 % (rounded) < 85 %: its row and its file's total miss
    const judged = run(cwd, ['check', K1, K2, named, '--fail-below-target']);
    expect(judged.code, judged.stdout).toBe(3);
    expect(codes(judged.stdout)).toEqual(['BELOW_TARGET', 'BELOW_TARGET']);
    expect(judged.stdout).toContain(`${named}:2: error: Phòng THADS khu vực 3 (2026): cases rate 84.17% is below its target of 85%`);
    expect(judged.stdout).not.toContain('TARGET_UNDECIDED');
  });

  it('the bare file alone: no province beside it, nothing undecided (exit 0)', () => {
    const cwd = folder('alone', { [K3]: BARE3 }, PROVINCE_TARGET);
    const c = run(cwd, ['check', K3, '--fail-below-target']);
    expect(c.code, c.stdout).toBe(0);
    // (Ninh Bình's target then applies to none of the input: said, a warning, as before)
    expect(codes(c.stdout)).toEqual(['TARGET_UNMATCHED']);
    expect(c.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 1 warning in 1 file');
  });
});
