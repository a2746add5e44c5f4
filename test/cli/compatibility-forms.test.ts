// Full-width ASCII ("ＴＯＮＧ ＣＯＮＧ", "khu vực ２") and the one-character Roman numerals ("Ⅲ",
// U+2162) are the plain letters to whoever reads them, but not to thads (traps29 2, 3): a total
// "ＴＯＮＧ ＣＯＮＧ" that disagreed with its offices was added as an office (601/460, exit 0), and
// "Phòng THADS khu vực Ⅲ" whose figures equalled regions 1 + 2 was dropped as their subtotal
// (100/80 for 200/160, exit 0). Now names.ts plainText reads them as NFKC does (these ranges only).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldName, plainText } from '../../src/domain/names.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-compatibility-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIGURES = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
let n = 0;

describe('plainText', () => {
  it.each([
    ['ＴＯＮＧ ＣＯＮＧ', 'TONG CONG'],
    ['khu vực Ⅲ', 'khu vực III'],
    ['khu vực ⅻ', 'khu vực xii'],
    ['khu vực ２', 'khu vực 2'],
    ['Tổng\u3000cộng', 'Tổng cộng'],
    ['Mỹ Lộc', 'Mỹ Lộc'], // Vietnamese letters as written (NFC, not NFKC)
  ])('%s → %s', (text, read) => expect(plainText(text)).toBe(read));

  it('a region numbered "Ⅲ" or "３" is region 3', () => {
    expect(foldName('Phòng THADS khu vực Ⅲ')).toBe(foldName('Phòng THADS khu vực 3'));
    expect(foldName('Phòng THADS khu vực ３')).toBe(foldName('Phòng THADS khu vực 3'));
  });
});

describe('a full-width total label is a total', () => {
  const OFFICES = ['1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150'];

  it('"ＴＯＮＧ ＣＯＮＧ" disagreeing with its offices: refused (was added, 601/460)', async () => {
    const r = await bothOnFiles(dir, { [`m${++n}/nam_dinh_2019.csv`]: [FIGURES, ...OFFICES, ',ＴＯＮＧ ＣＯＮＧ,301,230'] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // hand: declared 301 against the offices' 100 + 200 = 300
    expect(r.stderr).toContain('has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });

  it('agreeing: checked, not added (hand: 100 + 200 = 300, 80 + 150 = 230)', async () => {
    const r = await bothOnFiles(dir, { [`a${++n}/nam_dinh_2019.csv`]: [FIGURES, ...OFFICES, ',ＴＯＮＧ ＣＯＮＧ,300,230'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2019,,,,,,,300,,,,,,,,,230,');
  });
});

describe('a region numbered by a Roman numeral character or a full-width digit', () => {
  const LAST = ['1,Phòng THADS khu vực 1,40,30', '2,Phòng THADS khu vực 2,60,50', '3,Phòng THADS khu vực Ⅲ,100,80'];

  it('"khu vực Ⅲ" equal to regions 1 + 2 is no subtotal of theirs: suspected, as "khu vực 3" is (was dropped: 100/80, exit 0)', async () => {
    const r = await bothOnFiles(dir, { [`r${++n}/gia_lai_2026.csv`]: [FIGURES, ...LAST] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 4 "Phòng THADS khu vực Ⅲ" looks like a total row');
    expect(r.stderr).toContain('[SUSPECTED_TOTAL_ROW]');
  });

  it('with --no-total-guess it is an office (hand: 40 + 60 + 100 = 200, 30 + 50 + 80 = 160)', async () => {
    const r = await bothOnFiles(dir, { [`r${++n}/gia_lai_2026.csv`]: [FIGURES, ...LAST] }, ['--format', 'csv', '--no-total-guess']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2026,,,,,,,200,,,,,,,,,160,');
  });

  it('"khu vực Ⅰ, Ⅱ, Ⅲ": three offices (hand: 100 + 60 + 30 = 190, 80 + 50 + 20 = 150; was refused as subtotals)', async () => {
    const rows = ['1,Phòng THADS khu vực Ⅰ,100,80', '2,Phòng THADS khu vực Ⅱ,60,50', '3,Phòng THADS khu vực Ⅲ,30,20'];
    const r = await bothOnFiles(dir, { [`r${++n}/gia_lai_2026.csv`]: [FIGURES, ...rows] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',TOTAL,2026,,,,,,,190,,,,,,,,,150,');
  });

  it.each(['Phòng THADS khu vực ２', 'Phòng THADS khu vực Ⅱ'])('"%s" in a resent file is region 2 given again (was a subtotal mismatch)', async (name) => {
    const files = { [`d${++n}/a_2026.csv`]: ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Phòng THADS khu vực 2,100,80'], [`d${n}/b_2026.csv`]: ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', `${name},100,80`, 'Phòng THADS khu vực 5,50,40'] };
    const r = await bothOnFiles(dir, files, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
    expect(r.stderr).not.toContain('DECLARED_TOTAL_MISMATCH');
  });
});
