// The config's "moneyUnit" is the unit of the exports that state none (README): over a file
// whose header says "(đồng)" it read the money 1,000× too large, with a warning only (exit 0,
// traps12 2). --money-unit, given on the command line for this run, still decides for every file.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-config-unit-');
write({
  'thads.config.json': ['{ "moneyUnit": "thousand" }'],
  'dong-2019.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện (đồng),Tiền giải quyết xong (đồng)', 'Mỹ Lộc,1000,740,1000000,345000'],
  'unit-line-2019.csv': ['Đơn vị tính: đồng,,,,', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Mỹ Lộc,1000,740,1000000,345000'],
  'no-unit-2019.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Mỹ Lộc,1000,740,1000000,345000'],
});

function money(file: string, ...args: string[]) {
  const r = spawnThads(['summarize', file, '--format', 'json', ...args], { cwd: dir });
  expect(r.code).toBe(0);
  const { withConditions, resolved } = JSON.parse(r.stdout).total.money;
  return { money: [withConditions, resolved], stderr: r.stderr };
}

describe("the config's moneyUnit against a file's own unit", () => {
  it.each([['dong-2019.csv'], ['unit-line-2019.csv']])('%s states đồng: read in đồng, as it says', (file) => {
    const r = money(file);
    expect(r.money).toEqual(['1000000', '345000']);
    expect(r.stderr).not.toContain('UNIT_CONFLICT');
  });

  it('a file that states no unit is read in the config\'s (nghìn đồng: × 1000)', () => {
    expect(money('no-unit-2019.csv').money).toEqual(['1000000000', '345000000']);
  });

  it('--money-unit decides for every file, and says where a file states another', () => {
    const r = money('dong-2019.csv', '--money-unit', 'thousand');
    expect(r.money).toEqual(['1000000000', '345000000']);
    expect(r.stderr).toContain('but --money-unit says thousand; using thousand [UNIT_CONFLICT]');
  });
});
