// A lone minus sign U+2212 is the forms' dash, a zero as "-" is (traps33: BAD_NUMBER, exit 1), in
// both readers; a minus sign before a figure is still a negative figure, refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { summarize } = bothReaders('thads-minus-dash-', ['--format', 'csv']);

describe('a lone "−" (U+2212) in a figure cell', () => {
  it.each([true, false])('reads as zero (fast path %s)', async (fast) => {
    const run = await summarize('dash-2019.csv', ['district,cases_with_conditions,cases_resolved', 'Mỹ Lộc,10,−', 'Vụ Bản,5,-', 'Ý Yên,7,3'], fast);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // resolved 0 + 0 + 3 = 3 of 10 + 5 + 7 = 22 with conditions
    const total = run.stdout.split('\n').find((l) => l.includes(',TOTAL,'))!.split(',');
    const header = run.stdout.split('\n')[0]!.split(',');
    expect(total[header.indexOf('cases_with_conditions')]).toBe('22');
    expect(total[header.indexOf('cases_resolved')]).toBe('3');
  });

  it.each([true, false])('before a figure is still refused (fast path %s)', async (fast) => {
    const run = await summarize('minus-2019.csv', ['district,cases_with_conditions,cases_resolved', 'Mỹ Lộc,10,−2', 'Vụ Bản,5,1'], fast);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FILE:2:3');
  });
});
