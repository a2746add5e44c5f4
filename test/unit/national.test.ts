import { describe, expect, it } from 'vitest';
import { isNational } from '../../src/output/narrative.js';

describe('isNational: every province of the time', () => {
  it.each([
    [63, 2019, true],
    [62, 2019, false],
    [63, null, true],
    [34, 2024, false],
    [34, 2025, true],
    [33, 2026, false],
    [1, 2025, false],
  ] as const)('%i provinces in %s → %s', (provinces, year, national) => {
    expect(isNational(provinces, year)).toBe(national);
  });
});
