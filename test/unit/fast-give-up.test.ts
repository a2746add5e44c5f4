// Issue 13, item 13: the fast path hands a file to the reference reader on its give-up signal (and
// on a data error, which the reference reader words), never on any other exception: a bug in
// the fast path must not hide behind a silent, slower fall-back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fastPath, readFastFile } from '../../src/input/fast/read-fast.js';
import { scanPart } from '../../src/input/fast/part.js';
import { RowScanner } from '../../src/input/fast/row-scanner.js';
import { F } from '../../src/domain/fields.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import type { ReadOptions } from '../../src/input/file-report.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-give-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const opts: ReadOptions = { matcher: new HeaderMatcher({}), numberFormat: 'auto' };
const file = join(dir, '2019.csv');
writeFileSync(file, 'district,cases_with_conditions,cases_resolved\nA,10,5\nB,8,8\n');

describe('readFastFile', () => {
  it('reads a plain file', async () => {
    expect((await readFastFile(file, opts))?.offices).toHaveLength(2);
  });

  it('a bug while scanning is raised, not turned into a fall-back (it returned null)', async () => {
    vi.spyOn(RowScanner.prototype, 'scan').mockImplementation(() => {
      throw new TypeError('a bug in the row scanner');
    });
    const gaveUp = fastPath.gaveUp;
    await expect(readFastFile(file, opts)).rejects.toThrow('a bug in the row scanner');
    expect(fastPath.gaveUp).toBe(gaveUp);
  });

  it('a give-up (a cell the scanner does not read: "12 việc") still falls back', async () => {
    const odd = join(dir, 'odd-2019.csv');
    writeFileSync(odd, 'district,cases_with_conditions,cases_resolved\nA,10,5\nB,12 việc,8\n');
    expect(await readFastFile(odd, opts)).toBe(null);
  });

  it('reads title and unit lines, and hands back a total above the rows with its line', async () => {
    const titled = join(dir, 'titled-2019.csv');
    writeFileSync(titled, 'BÁO CÁO\nĐơn vị tính: nghìn đồng\ndistrict,money_with_conditions,money_resolved\nTổng cộng,18.5,13\nA,10.5,5\nB,8,8\n');
    const read = await readFastFile(titled, opts);
    expect(read?.report).toMatchObject({ headerLine: 3, moneyUnit: 'thousand', dataRows: 2, totalRows: 1 });
    // the total first, then the offices' sums: the order DeclaredRows sees the rows in
    expect(read?.feed[0]).toMatchObject({ declared: { kind: 'total', line: 4, district: 'Tổng cộng' } });
    expect(read?.feed.slice(1).every((item) => 'row' in item)).toBe(true);
    // in đồng: the unit applied once, to the sums
    expect(read?.offices[0]?.figures.money?.[F.with_conditions]?.toFixed()).toBe('10500');
  });

  it('reads a total below the rows with more digits than a row cell may have (the sum of many rows)', async () => {
    const big = join(dir, 'big-total-2019.csv');
    writeFileSync(big, 'district,money_with_conditions,money_resolved\nA,999999999999999.5,1\nB,999999999999999.5,1\nTổng cộng,1999999999999999,2\n');
    const read = await readFastFile(big, opts);
    const last = read?.feed.at(-1);
    expect(last).toMatchObject({ declared: { kind: 'total', line: 4 } });
    expect(last && 'declared' in last ? last.declared.figures.money?.[F.with_conditions]?.toFixed() : null).toBe('1999999999999999');
  });

  it('standard input, a directory and a missing file are left to the reference reader, unopened', async () => {
    for (const path of ['-', dir, join(dir, 'missing.csv')]) expect(await readFastFile(path, opts)).toBe(null);
  });
});

describe('scanPart (the second part of a split file)', () => {
  it('a bug is raised; a give-up is { ok: false }', async () => {
    const job = { file, from: 0, end: 100, chunkBytes: 1 << 16, tellingKeys: 1 << 17, spillFd: -1, settings: { delimiter: 44, convention: null, year: undefined, deferConvention: true, reserveOffices: 64, logRows: 0 }, layout: null as never, progress: new SharedArrayBuffer(16) };
    vi.spyOn(RowScanner.prototype, 'useLayout').mockImplementation(() => undefined);
    vi.spyOn(RowScanner.prototype, 'scan').mockImplementation(() => {
      throw new RangeError('a bug in the second part');
    });
    await expect(scanPart(job)).rejects.toThrow('a bug in the second part');
  });
});
