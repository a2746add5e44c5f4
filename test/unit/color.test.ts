// Colours: --no-color > NO_COLOR > FORCE_COLOR > a terminal that can show them (TERM=dumb cannot).
import { describe, expect, it } from 'vitest';
import { memoryIo, terminalWidth, useColor } from '../../src/io.js';

const io = (env: Record<string, string>, tty: boolean, columns?: number) => memoryIo([], { env, tty, ...(columns !== undefined ? { columns } : {}) }).io;

describe('useColor', () => {
  it.each([
    // flag, env, tty → colours
    [false, {}, true, true],
    [false, {}, false, false],
    [true, {}, true, false],
    [true, { FORCE_COLOR: '1' }, true, false],
    [false, { NO_COLOR: '1' }, true, false],
    [false, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    // an empty NO_COLOR is not set (no-color.org)
    [false, { NO_COLOR: '' }, true, true],
    [false, { FORCE_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '' }, false, true],
    [false, { FORCE_COLOR: '0' }, true, false],
    [false, { FORCE_COLOR: 'false' }, true, false],
    [false, { TERM: 'dumb' }, true, false],
    [false, { TERM: 'dumb', FORCE_COLOR: '1' }, true, true],
    [false, { TERM: 'xterm-256color' }, true, true],
  ] as const)('--no-color %s, env %j, tty %s → %s', (flag, env, tty, expected) => {
    expect(useColor(io(env, tty), flag)).toBe(expected);
  });
});

describe('terminalWidth', () => {
  it('is the terminal width on a terminal, else COLUMNS, else 80; null into a file or a pipe', () => {
    expect(terminalWidth(io({}, true, 132))).toBe(132);
    expect(terminalWidth(io({ COLUMNS: '100' }, true))).toBe(100);
    expect(terminalWidth(io({ COLUMNS: 'wide' }, true))).toBe(80);
    expect(terminalWidth(io({}, true))).toBe(80);
    expect(terminalWidth(io({ COLUMNS: '100' }, false, 132))).toBeNull();
  });
});
