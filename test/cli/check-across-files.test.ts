// check refuses what summarize refuses across files: the rules that need every file at once (a
// provinces' file beside one province's offices' file, an office that adds up another file's
// offices) had been passed by check, which reads the files one by one — a CI gate letting
// through what summarize then refuses.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-check-across-'));
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// Nam Định as a whole (5871 / 5513) in the provinces' file, and by its two offices (3000 + 2871, 2800 + 2713).
const PROVINCES = ['Tỉnh,Có điều kiện,Giải quyết xong', 'Nam Định,5871,5513', 'Thái Bình,4000,3000', 'Hà Nam,2000,1500'];
const NAM_DINH_OFFICES = ['Đơn vị,Có điều kiện,Giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,3000,2800', 'Chi cục THADS huyện Ý Yên,2871,2713'];

describe('check across files', () => {
  it('a provinces\' file beside one province\'s offices\' file: refused as summarize refuses it, exit 1', async () => {
    const whole = file('tinh-viec-2019.csv', PROVINCES);
    const parts = file('nam-dinh-viec-2019.csv', NAM_DINH_OFFICES);
    const sum = await runThads(['summarize', whole, parts]);
    expect(sum.code).toBe(1);
    const r = await runThads(['check', whole, parts]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${whole}:2: error: Nam Định's cases with conditions 5871 as a whole in ${whole}:2 and 5871 as the sum of its 2 offices in ${parts}`);
    expect(r.stdout).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
    expect(r.stdout).toMatch(/1 error, 0 warnings in 2 files\n$/);
    // each alone is a good file
    expect((await runThads(['check', whole])).code).toBe(0);
    expect((await runThads(['check', parts])).code).toBe(0);
  });

  it('in the JSON format too, counted once', async () => {
    const whole = file('json/tinh-viec-2019.csv', PROVINCES);
    const parts = file('json/nam-dinh-viec-2019.csv', NAM_DINH_OFFICES);
    const r = await runThads(['check', whole, parts, '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.errors).toBe(1);
    expect(doc.findings.map((f: { code: string; line: number }) => `${f.code}:${f.line}`)).toEqual(['PROVINCE_BESIDE_ITS_OFFICES:2']);
  });

  it('two offices\' files of two provinces: no finding, exit 0 (the files together add no error)', async () => {
    const a = file('two/nam-dinh-viec-2019.csv', NAM_DINH_OFFICES);
    const b = file('two/thai-binh-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Chi cục THADS huyện Vũ Thư,2000,1500', 'Chi cục THADS huyện Kiến Xương,2000,1500']);
    const r = await runThads(['check', a, b]);
    expect(r.stdout).toBe('no problems in 2 files\n');
    expect(r.code).toBe(0);
  });

  it('an office that adds up another file\'s offices (offices of no known province): refused as summarize refuses it', async () => {
    const whole = file('sum/tong-hop-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,5871,5513']);
    const parts = file('sum/chi-cuc-viec-2019.csv', NAM_DINH_OFFICES);
    expect((await runThads(['summarize', whole, parts])).code).toBe(1);
    const r = await runThads(['check', whole, parts, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string; line: number }) => `${f.code}:${f.line}`)).toContain('SUSPECTED_TOTAL_ACROSS_FILES:2');
  });

  it('an error already said of a file alone is said once', async () => {
    const a = file('a-viec-2019.csv', NAM_DINH_OFFICES);
    const b = file('b-viec-2019.csv', NAM_DINH_OFFICES.map((l, i) => (i === 1 ? 'Chi cục THADS huyện Mỹ Lộc,3001,2801' : l)));
    const r = await runThads(['check', a, b]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/DUPLICATE_INPUT/g)).toHaveLength(1);
  });
});
