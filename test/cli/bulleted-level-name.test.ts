// A level's row with a list bullet before it, below the province's total: "Toàn tỉnh" / "- Cấp
// tỉnh" / "- Cấp huyện" (traps41 7: the Cục's own office printed as "- Cấp tỉnh", figures right).
// The level's own office is "Cấp tỉnh", as without the bullet and as a bulleted office's name is
// read ("- Chi cục THADS huyện Mỹ Lộc" is "Chi cục THADS huyện Mỹ Lộc"). Hand sums: 100 + 400 +
// 500 = 1000 with conditions, 90 + 300 + 410 = 800 resolved, 80.00 %; Cấp tỉnh 90 / 100 = 90.00 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-bulleted-level-', ['--format', 'csv']);

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

const file = (bullet: string) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,',
  'Đơn vị,Việc có điều kiện,Việc giải quyết xong',
  'Toàn tỉnh,1000,800',
  `${bullet}Cấp tỉnh,100,90`,
  `${bullet}Cấp huyện,900,710`,
  `${bullet}Chi cục THADS huyện Mỹ Lộc,400,300`,
  `${bullet}Chi cục THADS huyện Vụ Bản,500,410`,
];

describe('a bulleted level\'s row is named without its bullet', () => {
  it.each(['', '- ', '+ ', '• ', '– ', '* '])('"%sCấp tỉnh" is the office "Cấp tỉnh"', async (bullet) => {
    const r = await both('bao-cao-2021.csv', file(bullet));
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '400', '300', '75.00'],
      ['Chi cục THADS huyện Vụ Bản', '500', '410', '82.00'],
      ['Cấp tỉnh', '100', '90', '90.00'],
      ['TOTAL', '1000', '800', '80.00'],
    ]);
  });
});
