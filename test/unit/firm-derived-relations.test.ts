// A relation is tested where its sides are given cells or values another relation derived
// (src/domain/relations.ts steps/testsOf): "Chuyển kỳ sau" against "Tổng số phải thi hành" −
// ("Thi hành xong" + "Đình chỉ"); with no Đình chỉ (or, for money, no Giảm) column the absent
// part counts as 0, and the file's own carried-forward figure says whether that holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, regimeOf } from '../../src/domain/relations.js';
import { FIELDS } from '../../src/domain/fields.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-firm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chuyển kỳ sau';
const given = (...keys: string[]) => FIELDS.map((f) => keys.includes(f.key));

describe('tests on derived values', () => {
  it('plans the carried-forward test when resolved is derived, not when carried forward is', () => {
    const codes = (keys: string[], measure: 'cases' | 'money' = 'cases') => compile(given(...keys), measure, regimeOf(2019)).tests.map((t) => t.relation.code);
    expect(codes(['to_execute', 'with_conditions', 'completed', 'terminated', 'carried_forward'])).toContain('CARRIED_FORWARD_MISMATCH');
    expect(codes(['to_execute', 'with_conditions', 'completed', 'carried_forward'])).toContain('CARRIED_FORWARD_MISMATCH');
    expect(codes(['to_execute', 'with_conditions', 'completed', 'terminated', 'carried_forward'], 'money')).toContain('CARRIED_FORWARD_MISMATCH');
    // carried forward derived from to_execute − resolved: nothing to test it against
    expect(codes(['to_execute', 'with_conditions', 'completed', 'terminated'])).not.toContain('CARRIED_FORWARD_MISMATCH');
  });

  it('a "Chuyển kỳ sau" cell one off: warned in summarize (exit 0, SPEC §6), located at the cell', async () => {
    const r = await bothOnFiles(dir, { 'cf-viec-2019.csv': [HEADER, 'Chi cục THADS huyện A,150,100,70,10,71', 'Chi cục THADS huyện B,300,200,140,10,150'] }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('cf-viec-2019.csv:2:6: warning: cases: carried forward 71 ≠ to execute 150 − resolved 80 = 70 [CARRIED_FORWARD_MISMATCH]\n  hint: carried forward must equal to execute − resolved\n');
  });

  it('the same cells adding up: no finding; without a Đình chỉ column the 0 it assumes is held against "Chuyển kỳ sau"', async () => {
    const ok = await bothOnFiles(dir, { 'ok-viec-2019.csv': [HEADER, 'Chi cục THADS huyện A,150,100,70,10,70', 'Chi cục THADS huyện B,300,200,140,10,150'] }, ['--by', 'none', '--format', 'csv']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    const noTerminated = await bothOnFiles(dir, { 'nt-viec-2019.csv': ['Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Chuyển kỳ sau', 'Chi cục THADS huyện A,150,100,70,70', 'Chi cục THADS huyện B,300,200,140,150'] }, ['--by', 'none', '--format', 'csv']);
    expect(noTerminated.code).toBe(0);
    expect(noTerminated.stderr).toBe(
      'nt-viec-2019.csv:2:5: warning: cases: carried forward 70 ≠ to execute 150 − resolved 70 = 80 [CARRIED_FORWARD_MISMATCH]\n  hint: carried forward must equal to execute − resolved\n' +
        'nt-viec-2019.csv:3:5: warning: cases: carried forward 150 ≠ to execute 300 − resolved 140 = 160 [CARRIED_FORWARD_MISMATCH]\n  hint: carried forward must equal to execute − resolved\n',
    );
  });

  it('a money form without "Giảm" (round 38, 03): its carried forward says a part of resolved is missing', async () => {
    const lines = ['Đơn vị tính: nghìn đồng', 'Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chuyển kỳ sau', 'Mỹ Lộc,120000,100000,40000,5000,74000', 'Ý Yên,330000,300000,100000,5000,223000'];
    const r = await bothOnFiles(dir, { 'g-tien-2020.csv': lines }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'g-tien-2020.csv:3:6: warning: money (đồng): carried forward 74000000 ≠ to execute 120000000 − resolved 45000000 = 75000000 [CARRIED_FORWARD_MISMATCH]\n  hint: carried forward must equal to execute − resolved\n' +
        'g-tien-2020.csv:4:6: warning: money (đồng): carried forward 223000000 ≠ to execute 330000000 − resolved 105000000 = 225000000 [CARRIED_FORWARD_MISMATCH]\n  hint: carried forward must equal to execute − resolved\n',
    );
  });
});

describe('the order chain end to end (round 39b, 02)', () => {
  it('"Có điều kiện" above "Tổng số thụ lý" with no "Tổng số phải thi hành" column: warned at the cell', async () => {
    const r = await bothOnFiles(dir, { 'wc-viec-2019.csv': ['Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,500,1000,900', 'Vụ Bản,1200,800,700'] }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wc-viec-2019.csv:2:3: warning: cases: with conditions 1000 > total 500 [WITH_CONDITIONS_EXCEEDS_TOTAL]\n  hint: with conditions cannot be larger than total accepted\n');
  });

  it('with "Tổng số phải thi hành" given, the two steps are tested, not the end-to-end pair as well', () => {
    const codes = (keys: string[]) => compile(given(...keys), 'cases', regimeOf(2019)).tests.map((t) => t.relation.code);
    expect(codes(['total', 'with_conditions', 'resolved'])).toContain('WITH_CONDITIONS_EXCEEDS_TOTAL');
    const steps = codes(['total', 'to_execute', 'with_conditions', 'resolved']);
    expect(steps).toContain('TO_EXECUTE_EXCEEDS_TOTAL');
    expect(steps).not.toContain('WITH_CONDITIONS_EXCEEDS_TOTAL');
  });
});
