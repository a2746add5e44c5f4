// thads' own output of a part of its year read back (traps40 1): its Markdown table and its CSV
// for Excel stated no period (text, HTML, workbook and JSON did), so a six-month report read
// back was its whole year: compared with a year-end report (change +600, +35.56, exit 0) and
// added beside one (exit 0), where its source CSV gives PERIODS_DIFFER and MIXED_PERIODS.
// Now both state the days on a line over the table, read back as a title; a CSV for Excel
// written before that, its period stated nowhere, is refused (OWN_PERIOD_UNSTATED).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-part-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// six months of 2024: with conditions 400 + 500 = 900, total (300+200) + (350+250) = 1100
const SIX = write('bc6-2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2024\nĐơn vị,Việc năm trước chuyển sang,Việc thụ lý mới,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,300,200,400,200\nVụ Bản,350,250,500,260\n');
// the year 2025: total (300+500) + (350+550) = 1700; against six months the change had been 1700 − 1100 = 600
const YEAR_2025 = write('bc-2025.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025\nĐơn vị,Việc năm trước chuyển sang,Việc thụ lý mới,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,300,500,700,600\nVụ Bản,350,550,800,700\n');
// a year-end office of 2024
const YEAR_END_2024 = write('bcY-2024.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024\nĐơn vị,Việc có điều kiện,Việc giải quyết xong\nHưng Hà,600,498\n');

function totalOf(csv: string, key: string): string {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  return rows.find((r) => r[1] === 'TOTAL')![head!.indexOf(key)]!;
}

async function output(args: readonly string[], name: string): Promise<string> {
  const r = await runThads(['summarize', SIX, ...args, '-q']);
  expect(r.code, r.stderr).toBe(0);
  return write(name, r.stdout);
}

describe('a six-month report thads wrote, read back', () => {
  for (const [lang, line] of [['vi', 'Từ 1/10/2023 đến 31/3/2024 (năm thống kê 2024)'], ['en', 'From 1/10/2023 to 31/3/2024 (statistics year 2024)']] as const) {
    it(`its Markdown (${lang}) states the days over the table`, async () => {
      const r = await runThads(['summarize', SIX, '--format', 'markdown', '--lang', lang, '-q']);
      expect(r.stdout.split('\n').slice(0, 2)).toEqual([line, '']);
    });

    it(`its Markdown (${lang}) is no last year of a year-end report: no change, PERIODS_DIFFER`, async () => {
      const md = await output(['--format', 'markdown', '--lang', lang], `tong-hop-${lang}-2024.md`);
      const r = await runThads(['summarize', YEAR_2025, '--previous', md, '--format', 'csv']);
      expect(r.stderr).toContain('[PERIODS_DIFFER]');
      expect(totalOf(r.stdout, 'cases_total')).toBe('1700');
      expect(totalOf(r.stdout, 'cases_total_change')).toBe(''); // not 1700 − 1100 = 600
      expect(totalOf(r.stdout, 'cases_rate_change')).toBe('');
    });
  }

  it('its Markdown is never added beside a year-end report (MIXED_PERIODS, exit 2)', async () => {
    const md = await output(['--format', 'markdown', '--lang', 'vi'], 'tong-hop-2024.md');
    const r = await runThads(['summarize', YEAR_END_2024, md, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_PERIODS]');
  });

  it('its Markdown read alone keeps its six months (JSON period 1/10/2023–31/3/2024) and its figures (1100, 900)', async () => {
    const md = await output(['--format', 'markdown'], 'md-again-2024.md');
    const r = await runThads(['summarize', md, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.period).toEqual({ start: '2023-10-01', end: '2024-03-31', months: 6 });
    expect([json.total.cases.total, json.total.cases.withConditions]).toEqual(['1100', '900']);
  });

  for (const [format, lang] of [['csv', 'vi'], ['tsv', 'en']] as const) {
    it(`its CSV for Excel (${format}, ${lang}) states the days over its header and is no last year of a year-end report`, async () => {
      const xl = await output(['--format', format, '--excel', '--lang', lang], `xl-${lang}-2024.${format}`);
      const r = await runThads(['summarize', YEAR_2025, '--previous', xl, '--format', 'csv']);
      expect(r.stderr).toContain('[PERIODS_DIFFER]');
      expect(totalOf(r.stdout, 'cases_total_change')).toBe(''); // not 600
    });
  }

  it('a CSV for Excel of six months without its period line (written before) is refused, never the whole year', async () => {
    const xl = await output(['--format', 'csv', '--excel', '--lang', 'vi'], 'xl-old.csv');
    const lines = (await import('node:fs')).readFileSync(xl, 'utf8').split('\r\n');
    const old = write('xl-old-2024.csv', `\uFEFF${lines.slice(1).join('\r\n')}`);
    const r = await runThads(['summarize', YEAR_2025, '--previous', old, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // column 29: "So với cùng kỳ năm trước: việc thụ lý tăng/giảm", after 3 identities, 16 case fields, 9 results
    expect(r.stderr).toContain('xl-old-2024.csv:1:29: error: this CSV thads wrote for Excel is of a part of its statistics year');
    expect(r.stderr).toContain('[OWN_PERIOD_UNSTATED]');
    // named for its period, it is read as six months: no change on it
    const named = write('tong-hop-6-thang-2024.csv', `\uFEFF${lines.slice(1).join('\r\n')}`);
    const n = await runThads(['summarize', YEAR_2025, '--previous', named, '--format', 'csv']);
    expect(n.stderr).toContain('[PERIODS_DIFFER]');
    expect(totalOf(n.stdout, 'cases_total_change')).toBe('');
  });

  it('a Markdown table of years of different parts is refused (WORKBOOK_PERIODS_DIFFER), as the workbook is', async () => {
    const six2023 = write('bc6-2023.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2023\nĐơn vị,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,400,200\n');
    const r = await runThads(['summarize', six2023, YEAR_END_2024, '--by', 'year,district', '--format', 'markdown']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('which a Markdown table cannot state per year');
  });
});
