// A sheet that heads its resolved column "Xong" alone (traps28 3, t15: a bare "missing column
// cases_resolved (or cases_completed) [MISSING_COLUMN]" on the header line, "Xong" unsaid; the
// refusal is layout.ts's COLUMN_AMBIGUOUS, as for traps30 r2's "Xong", lone-field-labels.test.ts).
// "Xong" may count the cases resolved (giải quyết xong = thi hành xong + đình chỉ, DOMAIN.md) or
// those fully enforced only (thi hành xong): read as either, the rate may be off by the
// terminated cases. Refused at the "Xong" cell, naming both readings and how to say which; with
// the alias the hint gives, read.
//
// Hand sums: with conditions 1200 + 800 = 2000, resolved 1000 + 700 = 1700, 1700 / 2000 = 85.00 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-bare-xong-', ['--format', 'csv']);

const GROUPS = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
  'STT,Đơn vị,Việc,,Tiền,',
  ',,Có điều kiện,Xong,Có điều kiện,Xong',
  '1,Chi cục THADS huyện Mỹ Lộc,1200,1000,500000,250000',
  '2,Chi cục THADS huyện Vụ Bản,800,700,300000,120000',
];

function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]!);
}

describe('"Xong" alone as the resolved column', () => {
  it('under "Việc" / "Tiền" groups: refused at the "Xong" cell, naming resolved and completed', async () => {
    const r = await both('bao-cao-2024.csv', GROUPS);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:4: error: column "Xong" may count cases completed (thi hành xong) or cases resolved (giải quyết xong: completed + terminated), which differ by the other parts: thads does not guess which [COLUMN_AMBIGUOUS]');
    expect(r.stderr).toContain('hint: name it with an alias in thads.config.json: "aliases": { "Xong": "cases_completed" } if it counts the cases fully enforced alone, or "cases_resolved" if terminated is in it; or rename the column ("Thi hành xong" or "Giải quyết xong")');
  });

  it('"Đã xong" in a file of cases alone: refused at its cell', async () => {
    const r = await both('bao-cao-viec-2024.csv', ['Đơn vị,Có điều kiện,Đã xong', 'Chi cục THADS huyện Mỹ Lộc,1200,1000', 'Chi cục THADS huyện Vụ Bản,800,700']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:3: error: column "Đã xong" may count cases completed (thi hành xong) or cases resolved (giải quyết xong: completed + terminated)');
  });

  it('with the hint\'s alias ("Xong": "resolved"): read (2000 / 1700, 85.00)', async () => {
    const config = write('xong.json', ['{ "aliases": { "Xong": "resolved" } }']);
    const r = await both('bao-cao-2024.csv', GROUPS, ['--format', 'csv', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['2000', '1700', '85.00']);
  });

  it('control: "Giải quyết xong" read (2000 / 1700)', async () => {
    const r = await both('bao-cao-2024.csv', GROUPS.map((l) => l.replace(/Xong/g, 'Giải quyết xong')));
    expect(r.code, r.stderr).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['2000', '1700', '85.00']);
  });
});
