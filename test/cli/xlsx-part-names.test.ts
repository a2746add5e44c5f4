// A workbook's parts under other names than Excel's, which its relationships name (traps43 2, 3):
// the shared strings at xl/sharedStrings1.xml or xl/strings/sst1.xml were refused as damaged
// ("refers to shared string 0, but the workbook holds 0", WORKBOOK_INVALID), the workbook at
// xl/book.xml as "no workbook (xl/workbook.xml): not an Excel workbook", and a sheet whose
// relationship spells its name with percent-escapes (worksheets/Bi%E1%BB%83u01.xml) as "not a
// worksheet of figures". Now each part is where _rels/.rels and the workbook's relationships say.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

const shared = (i: number) => `<c t="s"><v>${i}</v></c>`;
const num = (v: number) => `<c><v>${v}</v></c>`;
const STRINGS = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong', 'Mỹ Lộc', 'Vụ Bản'];
const DATA = `<row>${[0, 1, 2, 3, 4].map(shared).join('')}</row><row>${shared(5)}${[586, 533, 9565824, 8009735].map(num).join('')}</row><row>${shared(6)}${[655, 630, 16389337, 14490040].map(num).join('')}</row>`;
// By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163; money 9565824 + 16389337 = 25955161, 8009735 + 14490040 = 22499775
const RIGHT = { cases: ['1241', '1163'], money: ['25955161', '22499775'], districts: ['Mỹ Lộc', 'Vụ Bản'] };

/** The workbook with parts renamed (old → new path) and texts of parts replaced (path → [from, to]). */
async function renamed(rename: Record<string, string>, edit: Record<string, [string, string]>): Promise<string> {
  const file = await writeRawWorkbook({ sheets: [{ name: 'Biểu 01', data: DATA }], sharedStrings: STRINGS.map((t) => `<si><t>${escape(t)}</t></si>`), name: 'bao-cao-2019.xlsx' });
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new JSZip();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let text = await entry.async('string');
    const change = edit[path];
    if (change) {
      expect(text).toContain(change[0]);
      text = text.split(change[0]).join(change[1]);
    }
    out.file(rename[path] ?? path, text);
  }
  writeFileSync(file, await out.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const RELS = 'xl/_rels/workbook.xml.rels';

describe('parts named by the relationships, not by Excel’s names', () => {
  it.each([
    ['xl/sharedStrings1.xml', 'sharedStrings1.xml'],
    ['xl/strings/sst1.xml', 'strings/sst1.xml'],
    ['xl/strings/sst1.xml, linked from the root', '/xl/strings/sst1.xml'],
  ])('shared strings at %s: read (was: WORKBOOK_INVALID "refers to shared string 0, but the workbook holds 0")', async (_, target) => {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const file = await renamed({ 'xl/sharedStrings.xml': path }, { [RELS]: ['Target="sharedStrings.xml"', `Target="${target}"`] });
    expect(await jsonTotals(file)).toEqual(RIGHT);
  });

  it('the workbook at xl/book.xml, as _rels/.rels says: read (was: WORKBOOK_INVALID "no workbook (xl/workbook.xml)")', async () => {
    const file = await renamed({ 'xl/workbook.xml': 'xl/book.xml', [RELS]: 'xl/_rels/book.xml.rels' }, { '_rels/.rels': ['Target="xl/workbook.xml"', 'Target="xl/book.xml"'] });
    expect(await jsonTotals(file)).toEqual(RIGHT);
  });

  it('a sheet part whose relationship escapes its name (worksheets/Bi%E1%BB%83u01.xml): read (was: "not a worksheet of figures")', async () => {
    const file = await renamed({ 'xl/worksheets/sheet1.xml': 'xl/worksheets/Biểu01.xml' }, { [RELS]: ['Target="worksheets/sheet1.xml"', 'Target="worksheets/Bi%E1%BB%83u01.xml"'] });
    expect(await jsonTotals(file)).toEqual(RIGHT);
  });

  it('a workbook part named by _rels/.rels that the archive lacks: refused, naming it', async () => {
    const file = await renamed({}, { '_rels/.rels': ['Target="xl/workbook.xml"', 'Target="xl/book.xml"'] });
    expect((await refusalText(file)).split('\n')[0]).toBe('FILE: error: the archive holds no workbook (xl/book.xml): it is not an Excel workbook [WORKBOOK_INVALID]');
  });
});
