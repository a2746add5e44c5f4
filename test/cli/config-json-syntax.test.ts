// A config that is not JSON, as editors and other tools' configs let one write it: comments and a
// comma before "}" or "]" (traps39 F5). It was refused, but as "not valid JSON: Unexpected token
// '/'" or "at position 55": no line, no word of what JSON forbids. Now at file:line:col, saying
// what it is; any other mistake names what the text has and what JSON has there.
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/config/json-syntax.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-config-json-syntax-');
write({
  'nam-dinh-2019.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,74'],
  'comments.json': ['// chi tieu 2019', '{ "targets": { "2019": { "cases": 75, /* viec */ "money": "34,5", } } }'],
  'block.json': ['{ "targets": { "2019": { "cases": 75, /* viec */ "money": "34,5" } } }'],
  'trail.json': ['{ "targets": { "2019": { "cases": 75, "money": "34,5", }, }, }'],
  'lines.json': ['{', '  "targets": {', '    "2019": { "cases": 75 },', '  },', '}'],
});

const run = (config: string) => spawnThads(['summarize', 'nam-dinh-2019.csv', '--config', config], { cwd: dir });

describe('a config that is not JSON', () => {
  it('a "//" comment: refused at it, saying JSON allows none (exit 2)', () => {
    const r = run('comments.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // the comment is the whole of line 1
    expect(r.stderr).toContain('comments.json:1:1: error: not valid JSON: a comment ("//"); JSON allows no comments [CONFIG_INVALID]');
    expect(r.stderr).toContain('hint: delete the comment');
  });

  it('a "/* */" comment: located at its column', () => {
    // `{ "targets": { "2019": { "cases": 75, ` is 38 characters: "/*" starts at 39
    expect(run('block.json').stderr).toContain('block.json:1:39: error: not valid JSON: a comment ("/*"); JSON allows no comments');
  });

  it('a comma before "}": located at the comma, saying JSON allows none there', () => {
    // `{ "targets": { "2019": { "cases": 75, "money": "34,5"` is 53 characters: the comma is the 54th
    const r = run('trail.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('trail.json:1:54: error: not valid JSON: a comma before "}"; JSON allows no comma after the last member of an object [CONFIG_INVALID]');
    expect(r.stderr).toContain('hint: delete the comma');
  });

  it('on a later line: its line and column (the comma after "2019"\'s object, line 3, column 28)', () => {
    expect(run('lines.json').stderr).toContain('lines.json:3:28: error: not valid JSON: a comma before "}"');
  });
});

describe('jsonSyntaxError: where and why (index from 0)', () => {
  it.each([
    ['[1,2,]', 4, 'a comma before "]"; JSON allows no comma after the last item of a list'],
    ['{"a" 1}', 5, '"1" where JSON has ":" after the key'],
    ['{"a":tru}', 5, '"tru" where JSON has a value'],
    ['{"a": 74%}', 8, '"%" where JSON has "," or "}"'],
    ["{'a': 1}", 1, `"'" where JSON has a key in double quotes or "}"`],
    ['{"a":1', 6, 'the end of the text where JSON has "}"'],
    ['{} x', 3, '"x" where JSON has the end of the text'],
    ['{"a":"x\ny"}', 7, 'a line break where JSON has a character a string may hold'],
  ])('%j: at %i, %s', (text, at, said) => {
    expect(() => JSON.parse(text)).toThrow();
    const e = jsonSyntaxError(text)!;
    expect(e.at).toBe(at);
    expect(e.message).toContain(`not valid JSON: ${said}`);
  });

  it('a text that is JSON, however deep, has none', () => {
    expect(jsonSyntaxError('{"x":"\\u00e9","b":[true,false,null,-1.5e3,{}]} ')).toBeNull();
    expect(jsonSyntaxError(`${'['.repeat(100000)}${']'.repeat(100000)}`)).toBeNull();
  });
});
