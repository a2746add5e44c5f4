// A config saved in another encoding than UTF-8 (traps39 F2). Notepad's "ANSI" on a Vietnamese
// Windows is windows-1258: "Mỹ Lộc" is the bytes "My\xDE L\xF4\xF2c" (Þ and ò its combining tilde
// and dot below). Read as UTF-8 with U+FFFD for them, the office was "My� L��c", which no input
// has: its money target 40 was lost to the year's 34.5 with a TARGET_UNMATCHED warning, "met",
// exit 0. Refused now at the byte's line:column, as an input is (SPEC §3). UTF-8 with a byte
// order mark and UTF-16 with one are read as before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-config-encoding-');
// Nam Định 2019. Money of Mỹ Lộc: 345 of 1000 = 34.50 %; against its own 40: gap −5.50, missed.
const rows = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Văn phòng Cục,100,76,1000,350', 'Mỹ Lộc,100,74,1000,345', 'Vụ Bản,200,149,2000,690'];
const config = (office: string) => `{ "targets": { "2019": { "cases": 74, "money": "34,5", "provinces": { "Nam Dinh": { "districts": { "${office}": { "money": 40 } } } } } } }\r\n`;
const folders = ['ansi', 'bom', 'utf16le', 'utf16be', 'province', 'lost', 'lost-merged'];
write(Object.fromEntries(folders.map((f) => [`${f}/nam-dinh-2019.csv`, rows])));
// windows-1258 bytes: D E = combining tilde, F4 = ô, F2 = combining dot below, D0 = Đ
writeFileSync(join(dir, 'ansi/thads.config.json'), Buffer.from(config('My\xde L\xf4\xf2c'), 'latin1'));
writeFileSync(join(dir, 'bom/thads.config.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(config('Mỹ Lộc'))]));
writeFileSync(join(dir, 'utf16le/thads.config.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config('Mỹ Lộc'), 'utf16le')]));
writeFileSync(join(dir, 'utf16be/thads.config.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(config('Mỹ Lộc'), 'utf16le').swap16()]));
writeFileSync(join(dir, 'province/thads.config.json'), Buffer.from('{ "targets": { "2019": { "provinces": { "Nam \xd0i\xf2nh": { "cases": 95 } } } } }\r\n', 'latin1'));

// Notepad's "ANSI" on a Windows without Vietnamese saves "Mỹ Lộc" as "M? L?c": valid UTF-8, a name no input has.
writeFileSync(join(dir, 'lost/thads.config.json'), config('M? L?c'));
writeFileSync(join(dir, 'lost-merged/thads.config.json'), '{ "mergedOffices": { "Phòng THADS khu vực 1": ["V? B?n", "Mỹ Lộc"] } }\n');

const summarize = (folder: string) => spawnThads(['summarize', 'nam-dinh-2019.csv', '--format', 'json'], { cwd: join(dir, folder) });

describe('a config that is not UTF-8', () => {
  it('windows-1258 ("ANSI"): refused at the byte, saying to save it as UTF-8 (exit 2), never read with its names garbled', () => {
    const r = summarize('ansi');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // the 103rd character of line 1 is the byte DE after "My" (byte 102, counted from 0)
    expect(r.stderr).toContain('thads.config.json:1:103: error: not valid UTF-8 at byte 102 (DE)');
    expect(r.stderr).toContain('read as windows-1258 it says "Mỹ Lộc"');
    expect(r.stderr).toContain('[CONFIG_INVALID]');
    expect(r.stderr).toContain('save it as UTF-8');
    expect(r.stderr).not.toContain('TARGET_UNMATCHED');
  });

  it('a province so written is refused for its encoding, before it is said to be no province', () => {
    const r = summarize('province');
    expect(r.code).toBe(2);
    // `{ "targets": { "2019": { "provinces": { "Nam ` is 45 characters: D0 is the 46th
    expect(r.stderr).toContain('thads.config.json:1:46: error: not valid UTF-8 at byte 45 (D0)');
    expect(r.stderr).not.toContain('no province');
  });

  it.each([['bom'], ['utf16le'], ['utf16be']])('%s: read as before, Mỹ Lộc held to its 40 (34.50 %, −5.50, missed)', (folder) => {
    const r = summarize(folder);
    expect(r.code, r.stderr).toBe(0);
    const office = JSON.parse(r.stdout).groups.find((g: { district: string }) => g.district === 'Mỹ Lộc').money;
    expect([office.rate, office.target, office.gapPp, office.met]).toEqual(['34.50', '40', '-5.50', false]);
  });

  it('letters saved as "?" ("M? L?c"): refused at the name (exit 2), its target never lost unsaid (traps39 c1252: TARGET_UNMATCHED, met, exit 0)', () => {
    const r = summarize('lost');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"M? L?c" has "?" in place of letters');
    expect(r.stderr).toContain('[CONFIG_INVALID]');
    expect(r.stderr).not.toContain('TARGET_UNMATCHED');
    const merged = summarize('lost-merged');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain('"V? B?n" has "?" in place of letters');
  });
});
