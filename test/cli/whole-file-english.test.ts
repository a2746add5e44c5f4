// A file read as its declared total ("Toàn quốc", "Toàn tỉnh") named itself in the English
// paragraph in Vietnamese: "Toàn quốc resolved 574,819 of the 690,432 enforceable cases"
// (traps18 4). In English it says so in English; the Vietnamese paragraph keeps "toàn quốc".
// 574,819 / 690,432 = 83.2549… % → 83.25 %.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-whole-english-');
write({
  'toan-quoc-2023.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Toàn quốc,690432,574819'],
  'toan-tinh-2023.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Toàn tỉnh,690432,574819'],
});

describe('the English paragraph of a file read as its total', () => {
  it('"Toàn quốc": enforcement offices nationwide', () => {
    const r = spawnThads(['summarize', 'toan-quoc-2023.csv', '--format', 'text', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('enforcement offices nationwide resolved 574,819 of the 690,432 enforceable cases: a rate of 83.25%');
    expect(r.stdout).not.toContain('Toàn');
  });

  it('"Toàn tỉnh": the province as a whole', () => {
    const r = spawnThads(['summarize', 'toan-tinh-2023.csv', '--format', 'text', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('the province as a whole resolved 574,819 of the 690,432 enforceable cases');
  });

  it('in Vietnamese, "toàn quốc" as before', () => {
    const r = spawnThads(['summarize', 'toan-quoc-2023.csv', '--format', 'text', '--lang', 'vi'], { cwd: dir });
    expect(r.stdout).toContain('kết quả thi hành án dân sự toàn quốc: về việc, đã giải quyết xong 574.819/690.432 việc');
  });
});
