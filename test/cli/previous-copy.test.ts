// --previous given a copy of the input renamed for last year ("2019.csv" copied to "2018.csv"):
// thads compared the year with itself and printed every change as 0 — "không thay đổi so với năm
// 2018" — with exit 0; only the same path, a symlink or a hard link was refused. Now the same bytes
// are PREVIOUS_IS_INPUT too (exit 2). Control: last year's file of the same size with one figure
// changed (Mỹ Lộc's 100 → 101 with conditions, 80 → 79 resolved) is compared: total change 0,
// the rate 230 / 300 = 76,67 % against 229 / 301 = 76,08 %, rate_change 0.59 (0,5869… points).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const LINES = ['Đơn vị,Việc thụ lý,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,150,100,80', 'Vụ Bản,250,200,150'];
const { dir, file } = fileTree('thads-previous-copy-');

describe('a copy of the input as --previous', () => {
  it('the same bytes under last year\'s name: PREVIOUS_IS_INPUT, exit 2, nothing on stdout', async () => {
    const input = file('Nam Định 2019.csv', LINES);
    copyFileSync(input, join(dir, 'Nam Định 2018.csv'));
    const r = await runThads(['summarize', input, '--previous', join(dir, 'Nam Định 2018.csv'), '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--previous ${join(dir, 'Nam Định 2018.csv')} is a copy of the input file ${input} (the same bytes): a year would be compared with itself [PREVIOUS_IS_INPUT]`);
  });

  it('control: last year\'s file of the same size, two figures changed, is compared (76,08 % → 76,67 %: change 0.59)', async () => {
    const input = file('Hà Nam 2019.csv', LINES);
    const before = file('Hà Nam 2018.csv', [LINES[0]!, 'Mỹ Lộc,150,101,79', LINES[2]!]);
    const r = await runThads(['summarize', input, '--previous', before, '--measure', 'cases', '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const [header, total] = [r.stdout.split('\n')[0]!.split(','), r.stdout.split('\n').find((l) => l.startsWith(',TOTAL,'))!.split(',')];
    // this year 230 / 300 = 76,67 %; last year 229 / 301 = 76,08 %: 0,59 points
    expect([total[header.indexOf('cases_total_change')], total[header.indexOf('cases_rate_change')]]).toEqual(['0', '0.59']);
  });
});
