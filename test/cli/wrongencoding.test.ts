// A wrong --encoding (copied from a colleague's script, or guessed). The fault: a windows-1258
// export whose header is in ASCII but whose title and unit lines are Vietnamese, read with
// --encoding latin1 or tcvn3, decodes without an error (both define every byte): the unit line
// "Đơn vị tính: nghìn đồng" is mojibake ("Ðõn viò tiình: nghiÌn ðôÌng"), no unit, so money was
// summed in đồng — 1000× too small — with exit 0; Vietnamese office names became other offices
// ("MyÞ Lôòc"). A TCVN3 file read with --encoding windows-1258 alike. Right: refused at the line,
// ENCODING_INVALID naming the encoding the text reads in (wrong-codepage.ts). Controls: the right
// flag, no flag, UTF-8 (± BOM) and UTF-16 files with any flag (their own marks win), a TCVN3 file
// with --encoding latin1 (read through its legacy-font cells, as before), an ASCII file, unknown
// encoding names (usage errors). Expected figures are worked out by hand below.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { windows1258 } from '../helpers/encode.mjs';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir } = fileTree('thads-wrongenc-');

const HEAD = 'district,cases_total,cases_with_conditions,cases_resolved,money_total,money_with_conditions,money_resolved';
// Money in nghìn đồng: total 2.000 + 1.000 = 3.000 nghìn = 3000000 đồng; read as đồng it is 3000.
const UNIT_FILE = ['BAO CAO KET QUA THI HANH AN DAN SU NAM 2019', 'Đơn vị tính: nghìn đồng', HEAD, 'My Loc,500,400,300,2000,1500,1000', 'Vu Ban,300,200,150,1000,800,400'];
// No unit line (money in đồng: 2000 + 1000 = 3000), the offices' names Vietnamese.
const NAMES_FILE = [HEAD, 'Mỹ Lộc,500,400,300,2000,1500,1000', 'Vụ Bản,300,200,150,1000,800,400'];
// Title, unit line and names Vietnamese: 3000000 đồng, cases 500 + 300 = 800.
const FULL_FILE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: nghìn đồng', HEAD, 'Mỹ Lộc,500,400,300,2000,1500,1000', 'Vụ Bản,300,200,150,1000,800,400'];

const text = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;
function bytes(name: string, data: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return name;
}
const cp1258 = (lines: readonly string[]) => windows1258(text(lines))!;

const unit1258 = bytes('unit-1258.csv', cp1258(UNIT_FILE));
const names1258 = bytes('names-1258.csv', cp1258(NAMES_FILE));
const full1258 = bytes('full-1258.csv', cp1258(FULL_FILE));
const unitTcvn = bytes('unit-tcvn3.csv', iconv.encode(text(UNIT_FILE), 'tcvn'));
const fullTcvn = bytes('full-tcvn3.csv', iconv.encode(text(FULL_FILE), 'tcvn'));
const fullUtf8 = bytes('full-utf8.csv', Buffer.from(text(FULL_FILE)));
const fullBom = bytes('full-bom.csv', Buffer.from(`\ufeff${text(FULL_FILE)}`));
const fullUtf16 = bytes('full-utf16.csv', Buffer.from(`\ufeff${text(FULL_FILE)}`, 'utf16le'));
const ascii = bytes('ascii.csv', Buffer.from(text([HEAD, 'My Loc,500,400,300,2000,1500,1000', 'Vu Ban,300,200,150,1000,800,400'])));

function run(args: readonly string[]) {
  const r = spawnThads(['summarize', '--year', '2019', '--format', 'csv', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** district → [cases_total, money_total] from the CSV output. */
function totals(stdout: string): Record<string, [string, string]> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (name: string) => head!.indexOf(name);
  return Object.fromEntries(rows.map((r) => [r[at('district')]!, [r[at('cases_total')]!, r[at('money_total')]!]]));
}

function refused(r: ReturnType<typeof run>, file: string, line: number, given: string, likely: string) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)).toEqual(['ENCODING_INVALID']);
  expect(r.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:${line}:\\d+: error: the file reads as ${likely}, not ${given} \\(--encoding ${given}\\)`, 'm'));
  expect(r.stderr).toContain(`hint: pass --encoding ${likely}`);
}

describe('a windows-1258 file read with a wrong --encoding', () => {
  it('latin1: the mojibake unit line is refused at line 2, naming windows-1258 (was 3000 đồng, exit 0)', () => {
    const r = run(['--encoding', 'latin1', unit1258]);
    refused(r, unit1258, 2, 'latin1', 'windows-1258');
    expect(r.stderr).toContain('"Ðõn viò tính: nghiÌn ðôÌng" where windows-1258 reads "Đơn vị tính: nghìn đồng"');
  });

  it('tcvn3: refused alike', () => {
    refused(run(['--encoding', 'tcvn3', unit1258]), unit1258, 2, 'tcvn3', 'windows-1258');
  });

  it('latin1 and tcvn3 on Vietnamese office names (no unit line): refused at line 2, not summed as "MyÞ Lôòc"', () => {
    refused(run(['--encoding', 'latin1', names1258]), names1258, 2, 'latin1', 'windows-1258');
    refused(run(['--encoding', 'tcvn3', names1258]), names1258, 2, 'tcvn3', 'windows-1258');
  });

  it('latin1 on a Vietnamese title: refused at the first line that shows it (line 1)', () => {
    refused(run(['--encoding', 'latin1', full1258]), full1258, 1, 'latin1', 'windows-1258');
  });

  it('utf-8, or no flag: refused as not UTF-8, as before', () => {
    for (const flags of [['--encoding', 'utf-8'], []]) {
      const r = run([...flags, unit1258]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['ENCODING_INVALID']);
      expect(r.stderr).toMatch(/^unit-1258\.csv:2: error: invalid UTF-8 at byte 45 \(D0 F5 6E 20\)/m);
    }
  });

  it('control: --encoding windows-1258 reads the unit (3.000 nghìn = 3000000 đồng) and the names', () => {
    const unit = run(['--encoding', 'windows-1258', unit1258]);
    expect(unit.code, unit.stderr).toBe(0);
    // My Loc 2.000 nghìn = 2000000, Vu Ban 1.000 nghìn = 1000000; cases 500 + 300 = 800
    expect(totals(unit.stdout)).toEqual({ 'My Loc': ['500', '2000000'], 'Vu Ban': ['300', '1000000'], TOTAL: ['800', '3000000'] });
    const names = run(['--encoding', 'windows-1258', names1258]);
    expect(names.code, names.stderr).toBe(0);
    // no unit line: đồng as written, 2000 + 1000 = 3000
    expect(totals(names.stdout)).toEqual({ 'Mỹ Lộc': ['500', '2000'], 'Vụ Bản': ['300', '1000'], TOTAL: ['800', '3000'] });
    const full = run(['--encoding', 'windows-1258', full1258]);
    expect(full.code, full.stderr).toBe(0);
    expect(totals(full.stdout)).toEqual({ 'Mỹ Lộc': ['500', '2000000'], 'Vụ Bản': ['300', '1000000'], TOTAL: ['800', '3000000'] });
  });
});

describe('a TCVN3 file read with a wrong --encoding', () => {
  it('windows-1258: the unit line (bytes windows-1258 defines) is refused, naming tcvn3 (was 3000 đồng, exit 0)', () => {
    const r = run(['--encoding', 'windows-1258', unitTcvn]);
    refused(r, unitTcvn, 2, 'windows-1258', 'tcvn3');
    expect(r.stderr).toContain('where tcvn3 reads "Đơn vị tính: nghìn đồng"');
  });

  it('control: --encoding tcvn3 reads it (3000000 đồng)', () => {
    const r = run(['--encoding', 'tcvn3', unitTcvn]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual({ 'My Loc': ['500', '2000000'], 'Vu Ban': ['300', '1000000'], TOTAL: ['800', '3000000'] });
  });

  it('control: --encoding latin1 reads it through its old-font cells, with LEGACY_FONT_TEXT, as before', () => {
    const r = run(['--encoding', 'latin1', fullTcvn]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['LEGACY_FONT_TEXT']);
    expect(totals(r.stdout)).toEqual({ 'Mỹ Lộc': ['500', '2000000'], 'Vụ Bản': ['300', '1000000'], TOTAL: ['800', '3000000'] });
  });
});

describe('controls: files that say their encoding, or need none', () => {
  const right = { 'Mỹ Lộc': ['500', '2000000'], 'Vụ Bản': ['300', '1000000'], TOTAL: ['800', '3000000'] };
  for (const file of [fullUtf8, fullBom, fullUtf16]) {
    for (const flags of [[], ['--encoding', 'windows-1258'], ['--encoding', 'latin1'], ['--encoding', 'tcvn3']]) {
      it(`${file} ${flags.join(' ') || '(no flag)'}: read right (3000000 đồng)`, () => {
        const r = run([...flags, file]);
        expect(r.code, r.stderr).toBe(0);
        expect(totals(r.stdout)).toEqual(right);
      });
    }
  }

  it('an ASCII file with --encoding latin1 / windows-1258 / tcvn3: read as written (3000 đồng)', () => {
    for (const enc of ['latin1', 'windows-1258', 'tcvn3']) {
      const r = run(['--encoding', enc, ascii]);
      expect(r.code, r.stderr).toBe(0);
      expect(totals(r.stdout)).toEqual({ 'My Loc': ['500', '2000'], 'Vu Ban': ['300', '1000'], TOTAL: ['800', '3000'] });
    }
  });

  it('an encoding thads does not know (vni, windows-1252, cp1252, iso-8859-1, utf8) is a usage error, nothing summed', () => {
    for (const enc of ['vni', 'windows-1252', 'cp1252', 'iso-8859-1', 'utf8']) {
      const r = run(['--encoding', enc, unit1258]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`argument '${enc}' is invalid`);
    }
  });
});
