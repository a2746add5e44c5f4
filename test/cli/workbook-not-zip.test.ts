// A file named .xlsx that is no ZIP (traps19 6, 7): a workbook Excel encrypted with a password
// (a compound file holding an "EncryptedPackage" stream) was called an old .xls; a CSV, a web page
// ("Save as Web Page") or an Excel 2003 XML file so named got "not a ZIP archive" only. Each is
// refused as before (WORKBOOK_INVALID, exit 1), saying what it is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir } = fileTree('thads-not-zip-');

/** A compound file's first sector, its directory naming `stream` (UTF-16LE), as Excel writes it. */
function compoundFile(stream: string): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  Buffer.from(stream, 'utf16le').copy(buf, 1024);
  return buf;
}

function run(name: string, content: Buffer | string) {
  writeFileSync(join(dir, name), content);
  return spawnThads(['summarize', name], { cwd: dir });
}

describe('a file named .xlsx that is no ZIP archive', () => {
  it('encrypted with a password: said so', () => {
    const r = run('bao-cao-2019.xlsx', compoundFile('EncryptedPackage'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bao-cao-2019.xlsx: error: the workbook is protected by a password (encrypted), which thads cannot open [WORKBOOK_INVALID]');
  });

  it('an old .xls (a compound file with a Workbook stream): as before', () => {
    const r = run('cu-2019.xlsx', compoundFile('Workbook'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('this is an old Excel 97–2003 workbook (.xls) under an .xlsx name');
  });

  it.each([
    ['a CSV', 'csv-2019.xlsx', 'Đơn vị,Có điều kiện,Giải quyết xong\nMỹ Lộc,100,90\n', 'it is a text file (CSV?) — name it .csv'],
    ['a web page', 'web-2019.xlsx', '<html><body><table><tr><td>Mỹ Lộc</td></tr></table></body></html>', 'it is a web page (HTML, Excel\'s "Save as Web Page")'],
    ['an Excel 2003 XML file', 'xml-2019.xlsx', '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>', 'it is an Excel 2003 XML spreadsheet'],
  ])('%s: says what it is', (_, name, content, says) => {
    const r = run(name, content);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain('[WORKBOOK_INVALID]');
  });
});
