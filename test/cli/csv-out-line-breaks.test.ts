// Office names holding a line break, as a cell wrapped in Excel exports them ("Chi cục
// THADS⏎huyện Mỹ Lộc"), or a bare CR: the CSV and TSV outputs quote them (RFC 4180), so each
// group stays one record. csv-stringify quoted only its own record delimiter: --excel (CRLF
// records) wrote a bare LF unquoted and every mode a bare CR, so the row split in two — another
// parser saw rows of 58, 2 and 57 cells, and thads reading its own output back refused it
// (RAGGED_ROW). Checked with csv-parse (another parser than thads') and by reading the output
// back: 100 + 200 = 300 with conditions, 80 + 150 = 230 resolved.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-csv-out-line-breaks-');

/** The two offices, their names broken by `br` inside quotes. */
const input = (br: string) => ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', `"Chi cục THADS${br}huyện Mỹ Lộc",100,80`, `"Chi cục THADS${br}huyện Vụ Bản",200,150`];

const CASES: readonly (readonly [string, string, readonly string[], string])[] = [
  ['LF', '\n', ['--excel', '--lang', 'vi'], ';'],
  ['LF', '\n', ['--excel', '--lang', 'en'], ','],
  ['LF', '\n', ['--excel', '--lang', 'vi', '--format', 'tsv'], '\t'],
  ['CR', '\r', [], ','],
  ['CR', '\r', ['--format', 'tsv'], '\t'],
  ['CR', '\r', ['--excel', '--lang', 'vi'], ';'],
  ['CRLF', '\r\n', ['--excel', '--lang', 'vi'], ';'],
];

describe('names with a line break stay one record in CSV and TSV output', () => {
  it.each(CASES.map(([kind, br, flags, delimiter]) => [`${kind}, ${flags.join(' ') || 'plain csv'}`, br, flags, delimiter] as const))('a %s: every record as long as the header, read back to the same totals', (label, br, flags, delimiter) => {
    const src = file(`Nam Định ${label} 2019.csv`.replace(/[\s,]+/g, '-'), input(br));
    const out = `${src}.out.${delimiter === '\t' ? 'tsv' : 'csv'}`;
    const r = spawnThads(['summarize', src, ...flags, '-o', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8').replace(/^\uFEFF/, '');
    const records: string[][] = parse(text, { delimiter, relax_column_count: true });
    expect(records.length).toBe(4); // header, two offices, TOTAL
    expect(new Set(records.map((rec) => rec.length)).size).toBe(1);
    expect(records[1]![1]).toBe(`Chi cục THADS${br}huyện Mỹ Lộc`);
    const back = spawnThads(['summarize', out, '--measure', 'cases', '--year', '2019', '--format', 'csv'], { cwd: dir });
    expect(back.code, back.stderr).toBe(0);
    const lines = back.stdout.split('\n');
    const header = lines[0]!.split(',');
    const total = lines.find((l) => l.startsWith(',TOTAL,'))!.split(',');
    expect([total[header.indexOf('cases_with_conditions')], total[header.indexOf('cases_resolved')]]).toEqual(['300', '230']);
  });
});
