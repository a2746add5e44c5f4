// An office name typed in an old font that is Vietnamese as typed too (traps29 amb): TCVN3
// "Phó Léc" is "Phú Lộc", "Cao Léc" "Cao Lộc", "Léc Ninh" "Lộc Ninh", "Lôc Nam" "Lục Nam"; VNI
// "Vónh Long" is "Vĩnh Long". In a file whose title is in the font such a cell is kept as written
// (it may be a Unicode name: "Cà Mau" beside a TCVN3 title), so beside another file giving the
// office in Unicode, with every figure the same, it was a second office: the office summed twice
// (TOTAL 250 for 150, exit 0). Now the name is met under its font's reading too: a repeat refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-font-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const TCVN3_TITLE = 'B¸o c¸o kÕt qu¶ thi hµnh ¸n n¨m 2019';
const VNI_TITLE = 'BAÙO CAÙO KEÁT QUAÛ THI HAØNH AÙN NAÊM 2019';

const cases: readonly { readonly name: string; readonly typed: string; readonly title: string; readonly second: string }[] = [
  { name: 'Phú Lộc', typed: 'Phó Léc', title: TCVN3_TITLE, second: 'Vô B¶n' },
  { name: 'Cao Lộc', typed: 'Cao Léc', title: TCVN3_TITLE, second: 'Vô B¶n' },
  { name: 'Lộc Ninh', typed: 'Léc Ninh', title: TCVN3_TITLE, second: 'Vô B¶n' },
  { name: 'Lục Nam', typed: 'Lôc Nam', title: TCVN3_TITLE, second: 'Vô B¶n' },
  { name: 'Vĩnh Long', typed: 'Vónh Long', title: VNI_TITLE, second: 'Vuï Baûn' },
];

describe('a name in an old font that is Vietnamese as typed, beside its office in Unicode', () => {
  for (const { name, typed, title, second } of cases) {
    for (const order of ['unicode first', 'font first'] as const) {
      it(`"${typed}" is "${name}": refused as a repeat (${order})`, async () => {
        const folder = `${typed.replace(/\W/g, '_')}-${order.replace(' ', '-')}`;
        const unicode = [`${folder}/a_2019.csv`, [HEADER, `${name},100,80`]] as const;
        const font = [`${folder}/b_2019.csv`, [title, HEADER, `${typed},100,80`, `${second},50,40`]] as const;
        const files = Object.fromEntries(order === 'unicode first' ? [unicode, font] : [font, unicode]);
        const r = await bothOnFiles(dir, files, ['--format', 'csv']);
        // (before: TOTAL 100 + 100 + 50 = 250 with conditions, exit 0; the office's are 100 + Vụ Bản's 50 = 150)
        expect(r.code, r.stderr).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('[DUPLICATE_INPUT]');
        expect(r.stderr).toContain(`"${typed}" is "${name}" typed in an old font`);
      });
    }
  }

  it('a Unicode name in a file with a TCVN3 title, beside another office, is summed as written (control)', async () => {
    const r = await bothOnFiles(dir, { 'control/a_2019.csv': [HEADER, 'Cà Mau,100,80'], 'control/b_2019.csv': [TCVN3_TITLE, HEADER, 'Phó Léc,90,70', 'Vô B¶n,50,40'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(',')[1])).toEqual(['district', 'Cà Mau', 'Phó Léc', 'Vụ Bản', 'TOTAL']);
    // by hand: with conditions 100 + 90 + 50 = 240, resolved 80 + 70 + 40 = 190
    const total = lines[lines.length - 1]!.split(',');
    const columns = lines[0]!.split(',');
    expect([total[columns.indexOf('cases_with_conditions')], total[columns.indexOf('cases_resolved')]]).toEqual(['240', '190']);
  });
});
