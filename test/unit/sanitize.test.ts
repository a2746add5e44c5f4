// Data on its way to a terminal, XML or Markdown; quoted values and errno codes in messages.
import { describe, expect, it } from 'vitest';
import { boundMessage, escapeBidi, escapeControls, escapeMarkdownCell, MESSAGE_MAX, quote, stripXmlForbidden } from '../../src/output/sanitize.js';
import { describeIoError } from '../../src/io-errors.js';
import { collapseRepeats, finding, formatFinding, pushAll, ThadsError, type Finding } from '../../src/errors.js';

describe('escapeControls', () => {
  it.each([
    ['Hải Hậu', 'Hải Hậu'],
    ['A\x1b[31mRED', 'A\\x1B[31mRED'],
    ['A\x1b]0;pwned\x07B', 'A\\x1B]0;pwned\\x07B'],
    ['a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['\u009b2J', '\\x9B2J'],
    ['txt.\u202eexe', 'txt.\\u202Eexe'],
    ['\x7f', '\\x7F'],
  ])('%j → %j', (input, output) => {
    expect(escapeControls(input)).toBe(output);
  });
});

describe('escapeBidi', () => {
  it('shows the bidirectional controls, keeps every other character (line breaks too)', () => {
    expect(escapeBidi('Mỹ Lộc\u202e đạt 94%')).toBe('Mỹ Lộc\\u202E đạt 94%');
    expect(escapeBidi('\u2066a\u2069\u200f\u061c')).toBe('\\u2066a\\u2069\\u200F\\u061C');
    expect(escapeBidi('Nam Định\n\t😀')).toBe('Nam Định\n\t😀');
  });
});

describe('stripXmlForbidden', () => {
  it('removes what XML 1.0 forbids, keeps tabs, line breaks and every letter', () => {
    expect(stripXmlForbidden('A\u0001B\u0008C\u000bD\u001fE\uffffF')).toBe('ABCDEF');
    expect(stripXmlForbidden('Nam Định\t\n\r😀')).toBe('Nam Định\t\n\r😀');
    expect(stripXmlForbidden('x\ud800y\udc00z')).toBe('xyz');
  });
});

describe('escapeMarkdownCell', () => {
  it('HTML as entities, table and inline syntax escaped, controls visible', () => {
    expect(escapeMarkdownCell('B<script>x</script>|y\nz\x01')).toBe('B&lt;script&gt;x&lt;/script&gt;\\|y\\\\nz\\\\x01');
    expect(escapeMarkdownCell('*a* _b_ `c` [d](e) ~f~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\\\');
    expect(escapeMarkdownCell('Chi cục THADS TP. Nam Định')).toBe('Chi cục THADS TP. Nam Định');
  });
});

describe('quoted values in messages', () => {
  it('a short value is quoted whole; a long one by its start and its length', () => {
    expect(quote('1.234')).toBe('"1.234"');
    expect(quote('9'.repeat(1 << 20))).toBe(`"${'9'.repeat(60)}…" (1,048,576 characters)`);
  });

  it('every message is bounded, however many and however long its quoted values', () => {
    const cell = 'x'.repeat(1 << 20);
    const m = boundMessage(`cases with conditions "${cell}" is not a number`);
    expect(m).toBe(`cases with conditions "${'x'.repeat(60)}…" (1,048,576 characters) is not a number`);
    const many = boundMessage(`${'"a" '.repeat(100_000)}${'b'.repeat(100_000)}`);
    expect(many.length).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(new ThadsError('BAD_NUMBER', `"${cell}"`).message.length).toBeLessThan(200);
    expect(finding('warning', 'UNKNOWN_COLUMN', `column "${cell}"`).message.length).toBeLessThan(200);
  });

  it('a message is one line on a terminal, whatever the data holds', () => {
    const f = finding('warning', 'UNKNOWN_COLUMN', 'column "a\nb\x1b[2J" is ignored', { file: 'x\x1b.csv', line: 1, column: 2 });
    expect(formatFinding(f)).toBe('x\\x1B.csv:1:2: warning: column "a\\nb\\x1B[2J" is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure');
  });
});

describe('errno codes in words', () => {
  const err = (code: string, message = `${code}: something, open '/x'`) => Object.assign(new Error(message), { code });
  it.each([
    ['ENOSPC', 'no space left on the device (ENOSPC)'],
    ['EACCES', 'permission denied (EACCES)'],
    ['ELOOP', 'too many levels of symbolic links, or a link loop (ELOOP)'],
    ['EISDIR', 'it is a directory (EISDIR)'],
  ])('%s', (code, words) => {
    expect(describeIoError(err(code))).toBe(words);
  });
  it("an unknown code keeps Node's words, without the path", () => {
    expect(describeIoError(err('EWHATEVER', "EWHATEVER: odd thing happened, open '/x'"))).toBe('odd thing happened (EWHATEVER)');
  });
});

describe('many findings', () => {
  const many = (n: number, code: Finding['code'] = 'RESOLVED_MISMATCH'): Finding[] =>
    Array.from({ length: n }, (_, i) => finding('error', code, `row ${i}`, { file: 'a.csv', line: i + 2 }));

  it('pushAll appends 200,000 items (push(...list) overflows the stack)', () => {
    const list = many(200_000);
    expect(() => [].push(...(list as never[]))).toThrow(RangeError);
    expect(pushAll([], list, list)).toHaveLength(400_000);
  });

  it('collapseRepeats shows the first 100 of each code and file, then one line for the rest', () => {
    const shown = collapseRepeats([...many(150_000), ...many(3, 'BAD_NUMBER')]);
    expect(shown).toHaveLength(100 + 1 + 3);
    expect(shown[100]).toMatchObject({ code: 'RESOLVED_MISMATCH', message: '… and 149,900 more RESOLVED_MISMATCH errors like these', location: { file: 'a.csv' } });
    expect(collapseRepeats(many(101))).toHaveLength(101);
  });
});
