// A row written with another delimiter than the file's: one cell under the file's own, read as a
// title or a row without figures and skipped — its office left out of every sum, exit 0
// (traps26 2: a ";" file whose last row is written with ",", two exports joined with `cat`, the
// first file's offices taken for titles above the second's header). Now refused at its line.
// Hand sums: Mỹ Lộc 586 / 533 and Vụ Bản 655 / 630 cases, Ý Yên 298 / 276: 1539 / 1439.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-other-delimiter-', ['--format', 'csv']);
const HEAD_SEMI = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const HEAD_COMMA = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

describe('a row written with another delimiter', () => {
  it('a "," row in a ";" file: refused, never skipped', async () => {
    const r = await both('nam-dinh-2019.csv', [HEAD_SEMI, '1;Mỹ Lộc;586;533', '2;Vụ Bản;655;630', '3,Ý Yên,298,276']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:1: error: "3,Ý Yên,298,276" is one cell split by the file\'s ";", but "," splits it into cells, 2 of them figures: a row written with another delimiter (two exports joined?), which would be left out of every sum [RAGGED_ROW]');
  });

  it('a tab row in a "," file: refused', async () => {
    const r = await both('nam-dinh-2019.csv', [HEAD_COMMA, '1,Mỹ Lộc,586,533', '2\tVụ Bản\t655\t630', '3,Ý Yên,298,276']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: "2\\tVụ Bản\\t655\\t630" is one cell split by the file\'s ",", but a tab splits it into cells');
  });

  it('a ";" export and a "," export joined: the first one\'s offices above the second header are refused', async () => {
    const r = await both('nam-dinh-2019.csv', [HEAD_SEMI, '1;Mỹ Lộc;586;533', '2;Vụ Bản;655;630', HEAD_COMMA, '3,Ý Yên,298,276']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: "1;Mỹ Lộc;586;533" is one cell split by the file\'s ",", but ";" splits it into cells');
  });

  it('control: titles and notes with commas and numbers stay titles: 1539 / 1439', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
      'Biểu số: 01, 02, 03',
      HEAD_SEMI,
      '1;Mỹ Lộc;586;533',
      '2;Vụ Bản;655;630',
      '3;Ý Yên;298;276',
      'Ghi chú: số liệu ngày 15, 16 và 17 tháng 10',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = body.find((row) => row[1] === 'TOTAL')!;
    expect([total[head!.indexOf('cases_with_conditions')], total[head!.indexOf('cases_resolved')]]).toEqual(['1539', '1439']);
  });
});
