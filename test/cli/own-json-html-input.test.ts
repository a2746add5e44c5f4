// thads' own --format json / html / svg output given back as an input or --previous (traps40
// F10: `thads summarize tong-hop-2024.json` was CSV_MALFORMED "a quote appears inside an unquoted
// field" at line 2, sending the user to look for a stray quote). Now NOT_A_TABLE at the file's
// first line, exit 1, saying what the file is and what to give instead, through both readers;
// a CSV named .json, or with a bracketed title line, is still read (hand sums below).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const { write, both } = bothReaders('thads-own-json-', ['--format', 'csv']);

const OFFICES = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,90', 'Vụ Bản,200,150'];

/** thads' own output of OFFICES (year 2024) in `format`, as the lines of its file. */
async function ownOutput(format: string): Promise<string[]> {
  const input = write('bao-cao-2024.csv', OFFICES);
  const { io, stdout } = memoryIo(['summarize', input, '--format', format, '--lang', 'vi'], { env: {} });
  expect(await main(io)).toBe(0);
  return stdout().replace(/\n$/, '').split('\n');
}

const OWN_HINT = "  hint: give the CSV or .xlsx files it was made from, or thads' --format csv output of them (it carries every figure exactly)";

describe("thads' own JSON, HTML or SVG output read as a table", () => {
  it.each([
    ['json', "thads' own JSON output (--format json)"],
    ['html', "thads' own web page (--format html)"],
    ['svg', "thads' own chart (--format svg), a picture of the rates"],
  ])('its --format %s output as the input is refused, saying what it is', async (format, what) => {
    const r = await both(`tong-hop-2024.${format}`, await ownOutput(format));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:1: error: the file is ${what}, not a table thads reads [NOT_A_TABLE]\n${OWN_HINT}\n`);
  });

  it('its JSON output as --previous is refused the same way', async () => {
    const previous = write('tong-hop-2023.json', (await ownOutput('json')).map((l) => l.replace('"year": 2024', '"year": 2023')));
    const r = await both('bao-cao-2024.csv', OFFICES, ['--format', 'csv', '--previous', previous]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(previous).join('PREV')).toBe(`PREV:1: error: the file is thads' own JSON output (--format json), not a table thads reads [NOT_A_TABLE]\n${OWN_HINT}\n`);
  });

  it('a JSON document or a web page from elsewhere is named as such, at its first line', async () => {
    const json = await both('data-2024.csv', ['', '  [{"district": "Mỹ Lộc", "cases": 100}]']);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('FILE:2: error: the file is a JSON document, not a table thads reads [NOT_A_TABLE]');
    const page = await both('bao-cao-2024.htm', ['<html xmlns:o="urn:schemas-microsoft-com:office:office">', '<body><table><tr><td>Mỹ Lộc</td></tr></table></body></html>']);
    expect(page.code).toBe(1);
    expect(page.stderr).toBe('FILE:1: error: the file is a web page (HTML), not a table thads reads [NOT_A_TABLE]\n  hint: open it in Excel or LibreOffice and save the table as "CSV UTF-8" or an Excel workbook (.xlsx)\n');
  });

  // hand sums: 100 + 200 = 300 with conditions, 90 + 150 = 240 resolved, 240 / 300 = 80.00 %
  it.each([
    ['a CSV named .json', 'bao-cao-2024.json', OFFICES],
    ['a CSV under a bracketed title line', 'bao-cao-2024.csv', ['[Mẫu số 01]', ...OFFICES]],
  ])('%s is still read: 300 / 240', async (_, name, lines) => {
    const r = await both(name, lines);
    expect(r.code).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
    expect(['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)])).toEqual(['300', '240', '80.00']);
  });
});
