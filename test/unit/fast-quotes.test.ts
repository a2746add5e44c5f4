// Quoted cells and Vietnamese numbers on the fast path (row-scanner.ts): RFC 4180 cells on one
// line are summed there, every other use of a quote is handed back to the reference reader
// (csv-parse fails on it or reads several lines as one record); numbers in either convention
// are summed there once a cell settled it, and handed back where the reference would wait or
// fail. Either way the output is the reference reader's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-fast-quotes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  fastPath.enabled = true;
});

const HEADER = 'province,district,year,cases_with_conditions,cases_completed,cases_in_progress,money_with_conditions,money_completed,money_in_progress';

/** Runs both paths on `rows` under HEADER; returns whether the fast path summed the file. */
async function sameOutput(name: string, rows: string[], args: string[] = ['--format', 'json', '--by', 'year,district'], header = HEADER): Promise<boolean> {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  const before = fastPath.used;
  fastPath.enabled = true;
  // inspect prints the file report: the number convention and why
  const fast = [await runThads(['summarize', file, ...args]), await runThads(['inspect', file])];
  const used = fastPath.used > before;
  fastPath.enabled = false;
  const reference = [await runThads(['summarize', file, ...args]), await runThads(['inspect', file])];
  expect(fast).toEqual(reference);
  return used;
}

const SEMI_HEADER = HEADER.replace(/,/g, ';');

describe('Vietnamese numbers on the fast path', () => {
  it.each([
    ['dot groups and decimal commas decide Vietnamese', ['Nam Định;Mỹ Lộc;2019;1.234;234;1.000;12.345.678,5;12.345.678;0,5'], []],
    ['a row of both-way cells waits for a later cell of its row', ['Nam Định;Mỹ Lộc;2019;3;1;2;2.000;1.052;948,0', 'Nam Định;Vụ Bản;2019;3;1;2;1,5;1;0,5'], []],
    ['"1.234" cases is Vietnamese by count', ['Nam Định;Mỹ Lộc;2019;1.234;234;1.000;5;2;3'], []],
    ['--number-format vi', ['Nam Định;Mỹ Lộc;2019;1.234;234;1.000;1.052;1.000;52'], ['--number-format', 'vi']],
    ['English groups decide English', ['Nam Định;Mỹ Lộc;2019;1,234;234;1,000;1,234,567.5;1,000,000;234,567.5'], []],
  ])('%s', async (name, rows, extra) => {
    expect(await sameOutput(name.replace(/\W+/g, '-'), rows, ['--format', 'json', ...extra], SEMI_HEADER)).toBe(true);
  });

  it.each([
    ['"1.052" of money alone (the reference waits)', ['Nam Định;Mỹ Lộc;2019;3;1;2;2.000;1.052;948']],
    ['a Vietnamese file with an English cell', ['Nam Định;Mỹ Lộc;2019;3;1;2;1.234,5;1.000;234.5']],
    ['a decimal comma in a case count', ['Nam Định;Mỹ Lộc;2019;3;1,5;1,5;1.234,5;1.000;234,5']],
    ['four decimals', ['Nam Định;Mỹ Lộc;2019;3;1;2;1.234,5678;1.000;234,5678']],
    ['a bad group', ['Nam Định;Mỹ Lộc;2019;3;1;2;12.34.567;1.000;11.33.567']],
  ])('hands back %s', async (name, rows) => {
    expect(await sameOutput(name.replace(/\W+/g, '-'), rows, ['--format', 'json'], SEMI_HEADER)).toBe(false);
  });
});

describe('quoted cells on the fast path', () => {
  it.each([
    ['quoted identity cells are the office of their unquoted spelling', ['"Nam Định","Mỹ Lộc","2019",10,4,6,100,40,60', 'Nam Định,Mỹ Lộc,2019,1,1,0,5,5,0']],
    ['"" stands for a quote, and a delimiter inside quotes is text', ['Nam Định,"Vụ Bản ""cũ"", huyện",2019,3,1,2,7,3,4', 'Nam Định,"Vụ Bản ""cũ"", huyện",2019,2,1,1,5,2,3']],
    ['quoted figures, an empty quoted cell and a quoted header cell', ['Hà Nam,"Ý Yên",2019,"12","5","7","1234.5","1000","234.5"', 'Hà Nam,Ý Yên,2019,"",,"",,"",""']],
    ['English groups in quotes decide the convention', ['Hà Nam,Ý Yên,2019,"1,000",400,600,"1,234,567.5","1,000,000","234,567.5"']],
    ['"1,234" cases is English by count', ['Hà Nam,Ý Yên,2019,"1,234",234,"1,000",5,2,3']],
    ['"0,234" decides Vietnamese', ['Hà Nam,Ý Yên,2019,3,1,2,"0,234",0,"0,234"', 'Hà Nam,Vụ Bản,2019,3,1,2,"1.234,5","1.000","234,5"']],
    ['"1234,567" decides Vietnamese', ['Hà Nam,Ý Yên,2019,3,1,2,"1234,567",1000,"234,567"']],
    ['CRLF after a closing quote', ['Hà Nam,"Ý Yên",2019,3,1,2,5,2,"3"\r', 'Hà Nam,"Ý Yên",2019,2,1,1,4,2,"2"']],
    ['an office name wrapped over lines (Excel\'s Alt+Enter), then its office again on one line', ['Hà Nam,"Ý\nYên",2019,3,1,2,5,2,3', 'Hà Nam,Ý Yên,2019,1,1,0,1,1,0', 'Hà Nam,"Chi cục THADS\r\nhuyện\nÝ Yên",2019,1,1,0,1,1,0']],
  ])('%s', async (name, rows) => {
    expect(await sameOutput(name.replace(/\W+/g, '-'), rows)).toBe(true);
  });

  it('reads a quoted header', async () => {
    expect(await sameOutput('quoted-header', ['Hà Nam,Ý Yên,2019,3,1,2,5,2,3'], undefined, HEADER.split(',').map((h) => `"${h}"`).join(','))).toBe(true);
  });

  it.each([
    ['a quote inside an unquoted cell', 'Hà Nam,Ý "Yên",2019,3,1,2,5,2,3'],
    ['text after the closing quote', 'Hà Nam,"Ý Yên"x,2019,3,1,2,5,2,3'],
    ['a space before the opening quote', 'Hà Nam, "Ý Yên",2019,3,1,2,5,2,3'],
    ['a space after the closing quote', 'Hà Nam,"Ý Yên" ,2019,3,1,2,5,2,3'],
    ['a quoted cell that never closes', 'Hà Nam,"Ý Yên,2019,3,1,2,5,2,3'],
    ['a bad quote after the last column the sums need', 'Hà Nam,Ý Yên,2019,3,1,2,5,2,3,ghi "chú"'],
    ['"1,234" of money while the convention is undecided', 'Hà Nam,Ý Yên,2019,3,1,2,"1,234","1,000",234'],
    ['"0,234" cases: no whole number', 'Hà Nam,Ý Yên,2019,"0,234",0,"0,234",3,1,2'],
  ])('hands back %s', async (name, row) => {
    expect(await sameOutput(name.replace(/\W+/g, '-'), ['Nam Định,Mỹ Lộc,2019,1,1,0,5,5,0', row])).toBe(false);
  });

  it('reads English groups under --number-format en, and hands them back under plain', async () => {
    const rows = ['Hà Nam,Ý Yên,2019,3,1,2,"1,234","1,000",234'];
    expect(await sameOutput('groups-en', rows, ['--format', 'json', '--number-format', 'en'])).toBe(true);
    expect(await sameOutput('groups-plain', rows, ['--format', 'json', '--number-format', 'plain'])).toBe(false);
  });
});

describe('header cells with line breaks (Excel wraps them) on the fast path', () => {
  const wrapped = (eol: string) =>
    `"Tỉnh","Đơn vị","Năm","Việc có${eol}điều kiện","cases_completed","cases_in_progress","money_with_conditions","Tiền thi${eol}hành${eol}xong","money_in_progress"`;
  const rows = ['Nam Định,Mỹ Lộc,2019,10,4,6,100,40,60', 'Nam Định,"Vụ Bản",2019,3,1,2,7,3,4'];

  it.each([
    ['LF line ends', '\n'],
    ['CRLF line ends', '\r\n'],
  ])('a header whose cells span lines, %s', async (name, eol) => {
    const header = `BÁO CÁO NĂM 2019${eol}Đơn vị tính: nghìn đồng${eol}${wrapped(eol)}`;
    expect(await sameOutput(`wrapped-${name.replace(/\W+/g, '-')}`, rows.map((r) => `${r}${eol === '\r\n' ? '\r' : ''}`), undefined, header)).toBe(true);
  });

  it('the same when every read is a few bytes (a record straddles reads)', async () => {
    fastPath.chunkBytes = 7;
    try {
      expect(await sameOutput('wrapped-tiny-reads', rows, undefined, `Đơn vị tính: nghìn đồng\r\n${wrapped('\r\n')}`)).toBe(true);
    } finally {
      fastPath.chunkBytes = 1 << 18;
    }
  });

  it.each([
    ['a data row spanning lines', [rows[0]!, 'Nam Định,"Vụ\nBản",2019,3,1,2,7,3,4']],
    ['the first data row spanning lines', ['Nam Định,"Mỹ\nLộc",2019,10,4,6,100,40,60', rows[1]!]],
  ])('reads %s', async (name, data) => {
    expect(await sameOutput(`wrapped-row-${name.replace(/\W+/g, '-')}`, data, undefined, wrapped('\n'))).toBe(true);
  });

  it.each([
    ['a header cell that never closes', `${wrapped('\n')}\n"Năm`, rows],
    ['an office name that never closes', wrapped('\n'), [rows[0]!, 'Nam Định,"Vụ Bản,2019,3,1,2,7,3,4']],
  ])('hands back %s', async (name, header, data) => {
    expect(await sameOutput(`wrapped-back-${name.replace(/\W+/g, '-')}`, data, undefined, header)).toBe(false);
  });
});

describe('money in nghìn đồng with more than 3 decimals (whole đồng and its fractions)', () => {
  const header = `Đơn vị tính: nghìn đồng\n${SEMI_HEADER}`;
  it.each([
    ['4 decimals: 16.201.577,4875 nghìn is 16,201,577,487.5 đồng', ['Nam Định;Mỹ Lộc;2019;3;1;2;16.201.577,4875;16.000.000,0005;201.577,487', 'Nam Định;Vụ Bản;2019;3;1;2;1,5;1;0,5']],
    ['a relation broken by a tenth of a đồng (0,0001 nghìn): warned of, as the reference does', ['Nam Định;Vụ Bản;2019;3;1;2;7;3;4', 'Nam Định;Mỹ Lộc;2019;3;1;2;1.000;1.000,0001;0']],
    ['6 decimals, and sums whose millionths carry into units', ['Nam Định;Mỹ Lộc;2019;3;1;2;0,999999;0,5;0,499999', 'Nam Định;Mỹ Lộc;2019;3;1;2;0,000001;0,000001;0', 'Nam Định;Vụ Bản;2019;3;1;2;7;3;4', 'Nam Định;Ý Yên;2019;3;1;2;2;1,5;0,5']],
  ])('%s', async (name, rows) => {
    expect(await sameOutput(`fraction-${name.replace(/\W+/g, '-').slice(0, 40)}`, rows, ['--format', 'json', '--by', 'year,district'], header)).toBe(true);
  });

  it.each([
    ['7 decimals', ['Nam Định;Mỹ Lộc;2019;3;1;2;1,0000001;1;0,0000001']],
  ])('hands back %s', async (name, rows) => {
    expect(await sameOutput(`fraction-back-${name.replace(/\W+/g, '-').slice(0, 40)}`, rows, ['--format', 'json'], header)).toBe(false);
  });

  it('still hands back 4 decimals in đồng', async () => {
    expect(await sameOutput('fraction-dong-4', ['Nam Định;Mỹ Lộc;2019;3;1;2;1.234,5678;1.000;234,5678'], ['--format', 'json'], SEMI_HEADER)).toBe(false);
  });
});
