// A province's table of its Chi cục only — title "KẾT QUẢ … CỦA CÁC CHI CỤC …", its own whole
// "Cộng các Chi cục", no Cục / Văn phòng Cục row (work93b 03) — was reported as "kết quả thi hành
// án dân sự toàn tỉnh Nam Định: … 1.630/1.927 …, đạt 84,59%, vượt 1,34% so với chỉ tiêu được giao
// (83,25%)", exit 0, no warning: a partial sum called the province's, and held against the
// province's target (with the Cục's 298/412 the province is 1.928/2.339 = 82,43 %, below it).
// Now the total is "của các Chi cục thi hành án dân sự tỉnh Nam Định" / "the district offices of
// Nam Định province", under no target; the offices keep theirs. The scope is decided once per file
// (collect.ts districtOfficesOf), carried on the total (Group districtOffices).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-chicuconly-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const VI = ['--format', 'text', '--lang', 'vi', '--measure', 'cases'];
const EN = ['--format', 'text', '--lang', 'en', '--measure', 'cases'];
const JSON_ARGS = ['--format', 'json', '--measure', 'cases'];
const readers = bothReaders('thads-chicuconly-', VI);

const SENDER = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const TITLE = [SENDER, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: việc'];
const HEAD = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
const CHI_CUC = ['1,Chi cục THADS thành phố Nam Định,1.215,1.032', '2,Chi cục THADS huyện Mỹ Lộc,312,265', '3,Chi cục THADS huyện Vụ Bản,400,333'];
// 1.215 + 312 + 400 = 1.927; 1.032 + 265 + 333 = 1.630
const CONG = ',Cộng các Chi cục,1.927,1.630';
const VP_CUC = '4,Văn phòng Cục,412,298';
// with the Cục: 1.927 + 412 = 2.339; 1.630 + 298 = 1.928
const TONG_ALL = ',Tổng cộng,2.339,1.928';

const INTRO = 'Năm 2024 (từ 1/10/2023 đến 30/9/2024), kết quả thi hành án dân sự';
// 1.630 / 1.927 = 0,845874… → 84,59 %: no target (the province's 83,25 % is not the Chi cục's)
const DISTRICT_VI = `${INTRO} của các Chi cục thi hành án dân sự tỉnh Nam Định: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%.`;
const DISTRICT_EN = 'In statistics year 2024 (1 October 2023 – 30 September 2024), the district offices of Nam Định province resolved 1,630 of the 1,927 enforceable cases: a rate of 84.59%.';
// 1.928 / 2.339 = 0,824283… → 82,43 %, 82,43 − 83,25 = −0,82
const PROVINCE_VI = `${INTRO} toàn tỉnh Nam Định: về việc, đã giải quyết xong 1.928/2.339 việc có điều kiện giải quyết, đạt 82,43%, thiếu 0,82% so với chỉ tiêu được giao (83,25%).`;
// each office's own sentence is kept: 1.032/1.215 = 84,94 %, vượt 1,69 % (83,25 %)
const OFFICE_VI = `${INTRO} của Chi cục THADS thành phố Nam Định: về việc, đã giải quyết xong 1.032/1.215 việc có điều kiện giải quyết, đạt 84,94%, vượt 1,69% so với chỉ tiêu được giao (83,25%), đứng thứ 1/3 đơn vị.`;

const last = (stdout: string) => stdout.trim().split('\n\n').slice(-1)[0];
const paragraphs = (stdout: string) => stdout.trim().split('\n\n');

function binary(name: string, lines: readonly string[], args: readonly string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return spawnThads(['summarize', file, ...args]);
}

describe('a table of the Chi cục only is theirs, not the province\'s (work93b 03)', () => {
  const FILE = [...TITLE, HEAD, ...CHI_CUC, CONG];

  it('the binary: "của các Chi cục thi hành án dân sự tỉnh Nam Định", 1.630/1.927, 84,59 %, no target (was "toàn tỉnh", vượt 1,34 %)', () => {
    const r = binary('Nam Định 2024.csv', FILE, VI);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(last(r.stdout)).toBe(DISTRICT_VI);
    expect(paragraphs(r.stdout)[0]).toBe(OFFICE_VI);
    expect(r.stdout).not.toContain('toàn tỉnh');
  });

  it('the binary in English: "the district offices of Nam Định province"', () => {
    const r = binary('Nam Định 2024.csv', FILE, EN);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_EN);
    expect(r.stdout).not.toContain('), Nam Định province resolved');
  });

  it('json: the TOTAL has no target; each office keeps the 83,25 %', () => {
    const r = binary('Nam Định 2024.csv', FILE, JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total.cases.withConditions).toBe('1927');
    expect(out.total.cases.resolved).toBe('1630');
    expect(out.total.cases.rate).toBe('84.59');
    expect(out.total.cases.target).toBeNull();
    expect(out.total.cases.met).toBeNull();
    expect(out.groups.map((g: { cases: { target: string } }) => g.cases.target)).toEqual(['83.25', '83.25', '83.25']);
  });

  it('--target-cases is the user\'s, for every row: the total keeps it', () => {
    const r = binary('Nam Định 2024.csv', FILE, [...JSON_ARGS, '--target-cases', '80']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.target).toBe('80');
  });

  it('both readers: titled (reference reader) and plain (byte scanner), each way the whole is labelled', async () => {
    const a = await readers.both('Nam Định 2024.csv', FILE);
    expect(a.code, a.stderr).toBe(0);
    expect(last(a.stdout)).toBe(DISTRICT_VI);
    for (const label of ['Cộng các Chi cục', 'Các Chi cục', 'Khối Chi cục', 'Cộng khối Chi cục', 'Tổng các Chi cục THADS', 'Cộng cấp huyện']) {
      const b = await readers.both('Nam Định 2024.csv', [HEAD, ...CHI_CUC, `,${label},1.927,1.630`]);
      expect(b.code, `${label}: ${b.stderr}`).toBe(0);
      expect(last(b.stdout), label).toBe(DISTRICT_VI);
    }
  });

  it('the title alone says it, over "Tổng cộng": the Chi cục\'s', async () => {
    const r = await readers.both('Nam Định 2024.csv', [...TITLE, HEAD, ...CHI_CUC, ',Tổng cộng,1.927,1.630']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it('the xlsx twin', async () => {
    const lines = [...TITLE, ...[HEAD, ...CHI_CUC, CONG].map((l) => l.replace(/,/g, ';'))];
    const r = await summarizeLinesWorkbook(dir, 'Nam Định 2024.xlsx', lines, VI);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(DISTRICT_VI);
  });

  it('from 1/7/2025 the Phòng THADS khu vực: "của các Phòng Thi hành án dân sự khu vực tỉnh Ninh Bình"', async () => {
    const rows = ['1,Phòng THADS khu vực 1,1.215,1.032', '2,Phòng THADS khu vực 2,312,265', '3,Phòng THADS khu vực 3,400,333'];
    const r = await readers.both('Ninh Bình 2026.csv', [HEAD, ...rows, ',Cộng các Phòng THADS khu vực,1.927,1.630'], JSON_ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.target).toBeNull();
    const vi = await readers.both('Ninh Bình 2026.csv', [HEAD, ...rows, ',Cộng các Phòng THADS khu vực,1.927,1.630'], ['--format', 'text', '--lang', 'vi', '--measure', 'cases', '--target-cases', '80']);
    expect(paragraphs(vi.stdout)[3]).toBe('Năm 2026 (từ 1/10/2025 đến 30/9/2026), kết quả thi hành án dân sự của các Phòng Thi hành án dân sự khu vực tỉnh Ninh Bình: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%, vượt 4,59% so với chỉ tiêu được giao (80%).');
  });
});

describe('over-reach controls: the province\'s whole reads as before', () => {
  it('the Cục\'s row, the Chi cục and "Tổng cộng": "toàn tỉnh Nam Định", the province target', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, HEAD, VP_CUC, ...CHI_CUC, TONG_ALL]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_VI);
  });

  it('"Cộng các Chi cục" a subtotal above "Tổng cộng": nothing changes', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, HEAD, VP_CUC, ...CHI_CUC, CONG, TONG_ALL]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_VI);
    const x = await summarizeLinesWorkbook(dir, 'Nam Định 2024 sub.xlsx', [SENDER, ...[HEAD, VP_CUC, ...CHI_CUC, CONG, TONG_ALL].map((l) => l.replace(/,/g, ';'))], VI);
    expect(x.code, x.stderr).toBe(0);
    expect(last(x.stdout)).toBe(PROVINCE_VI);
  });

  it('"Cộng các Chi cục" then the Văn phòng Cục row, no "Tổng cộng": the province\'s whole', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, HEAD, ...CHI_CUC, CONG, VP_CUC]);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(PROVINCE_VI);
  });

  it('the Chi cục\'s table beside the Văn phòng Cục\'s file: their total is the Cục\'s and the Chi cục\'s, with the target as before', () => {
    const chiCuc = join(dir, 'Nam Định 2024.csv');
    writeFileSync(chiCuc, `${[...TITLE, HEAD, ...CHI_CUC, CONG].join('\n')}\n`);
    const vp = join(dir, 'VP Cục Nam Định 2024.csv');
    writeFileSync(vp, `${[HEAD, '1,Văn phòng Cục,412,298'].join('\n')}\n`);
    const r = spawnThads(['summarize', chiCuc, vp, ...JSON_ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    // 1.927 + 412 = 2.339; 1.630 + 298 = 1.928; 82,43 % against 83,25 %
    expect([total.withConditions, total.resolved, total.rate, total.target, total.met]).toEqual(['2339', '1928', '82.43', '83.25', false]);
    const text = spawnThads(['summarize', chiCuc, vp, ...VI]);
    expect(text.stdout).not.toContain('của các Chi cục thi hành án dân sự');
  });

  it('a title "… CỦA CỤC VÀ CÁC CHI CỤC …" over "Tổng cộng": "toàn tỉnh" as before, with its target', async () => {
    const r = await readers.both('Nam Định 2024.csv', [SENDER, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CỤC VÀ CÁC CHI CỤC NĂM 2024', HEAD, ...CHI_CUC, ',Tổng cộng,1.927,1.630']);
    expect(r.code, r.stderr).toBe(0);
    expect(last(r.stdout)).toBe(`${INTRO} toàn tỉnh Nam Định: về việc, đã giải quyết xong 1.630/1.927 việc có điều kiện giải quyết, đạt 84,59%, vượt 1,34% so với chỉ tiêu được giao (83,25%).`);
  });
});
