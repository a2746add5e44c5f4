// check says what summarize says of the files together: reports of one year and two periods,
// which summarize refuses whatever it is told (MIXED_PERIODS, exit 2), and the warnings only the
// files together give (one file's money 1000× the others'), which check dropped: "no problems", exit 0.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { spawnThads } from '../helpers/cli.js';

const { dir, file: write } = fileTree('thads-check-together-');
write('thads.config.json', ['{}']);

describe('check across files', () => {
  it('a six-month report beside a year\'s report of 2019: refused as summarize refuses it (exit 2)', () => {
    const viec = write('viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'A,10,5']);
    const tien = write('tien-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', 'Đơn vị,Có điều kiện,Giải quyết xong', 'A,1000,500']);
    const s = spawnThads(['summarize', viec, tien], { cwd: dir });
    expect(s.stderr).toContain('[MIXED_PERIODS]');
    expect(s.code).toBe(2);
    const c = spawnThads(['check', viec, tien], { cwd: dir });
    expect(c.stdout).toContain('[MIXED_PERIODS]');
    expect(c.stdout).not.toContain('no problems');
    expect(c.code).toBe(2);
  });

  it('one file\'s money 1000× the others\': a warning in check as in summarize, an error with --strict', () => {
    const header = ['Đơn vị tính: nghìn đồng', 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved'];
    const files = [write('a-2019.csv', [...header, 'a,100,50,5000000,2000000']), write('b-2019.csv', [...header, 'b,100,50,5000000,2000000']), write('c-2019.csv', [...header, 'c,100,50,5000000000,2000000000'])];
    const s = spawnThads(['summarize', ...files, '--format', 'json'], { cwd: dir });
    expect(s.code).toBe(0);
    expect(s.stderr).toContain('[MONEY_UNIT_APART]');
    const c = spawnThads(['check', ...files], { cwd: dir });
    expect(c.stdout).toMatch(/c-2019\.csv:\d+:\d+: warning: .*\[MONEY_UNIT_APART\]/);
    expect(c.stdout).toContain('0 errors, 1 warning in 3 files');
    expect(c.code).toBe(0);
    const strict = spawnThads(['check', '--strict', ...files], { cwd: dir });
    expect(strict.stdout).toMatch(/error: .*\[MONEY_UNIT_APART\]/);
    expect(strict.code).toBe(1);
  });
});
