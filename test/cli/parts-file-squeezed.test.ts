// A file named after an office, its rows that office's parts (its enforcers), beside a file
// giving the office as a row (office-registry.ts partsOf): the file's name matched to the row by
// bare name ("Vụ Bản"), unaccented ("Vu Ban") or run together as a script writes it ("VuBan",
// joinedKey) — each refused as the office counted twice, through both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-parts-squeezed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const H = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const TABLE = [H, 'Mỹ Lộc,600,500,400', 'Vụ Bản,1050,900,700', 'Ý Yên,800,700,600'];
const PEOPLE = [H, 'Nguyễn Văn An,150,120,100', 'Trần Thị Bình,140,110,90'];
const ARGS = ['--measure', 'cases', '--format', 'csv'];

describe("a file named after an office, beside the office's row", () => {
  for (const name of ['Vụ Bản', 'Vu Ban', 'VuBan', 'vuban']) {
    it(`"${name} 2019.csv": refused, the office would count twice`, async () => {
      const sub = name.replace(/\W/g, '_');
      const r = await bothOnFiles(dir, { [`${sub}/${name} 2019.csv`]: PEOPLE, [`${sub}/Nam Định 2019.csv`]: TABLE }, ARGS);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`${name} 2019.csv is named after office "${name}" and none of its rows names it`);
      expect(r.stderr).toContain('[DUPLICATE_INPUT]');
    });
  }

  it('control: a file named after another office ("Hải Hậu 2019.csv") is not refused as its parts', async () => {
    const r = await bothOnFiles(dir, { 'other/Hải Hậu 2019.csv': PEOPLE, 'other/Nam Định 2019.csv': TABLE }, ARGS);
    expect(r.stderr).not.toContain('is named after office');
  });
});
