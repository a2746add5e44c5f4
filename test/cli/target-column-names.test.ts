// A column headed "Chỉ tiêu" holding the offices' names (traps38 3: "Chi cục THADS huyện Mỹ Lộc"
// 300/260 and "Chi cục THADS huyện Vụ Bản" 400/330 read as a targets column, TARGET_COLUMN_IGNORED,
// both offices summed into one named after the file, 700/590, exit 0). A column of names is no
// targets column: refused as a column headed "Nội dung" is (OFFICE_COLUMN_MISSING), through both
// readers. Mapped to the office column, the two offices: Mỹ Lộc 260/300 = 86.67 %, Vụ Bản 330/400 = 82.50 %.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both, dir } = bothReaders('thads-target-names-', ['--format', 'csv']);

const ROWS = ['Chi cục THADS huyện Mỹ Lộc,300,260', 'Chi cục THADS huyện Vụ Bản,400,330'];

describe('a "Chỉ tiêu" column of office names, no office column', () => {
  it.each([['Chỉ tiêu'], ['Chỉ tiêu giao']])('"%s" holding names: refused, never one office of 700/590', async (header) => {
    const r = await both('nam-dinh-2019.csv', [`"${header}",Việc có điều kiện,Việc giải quyết xong`, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:1: error: no office column is named, and column 1 "${header}" holds a different name on each row ("Chi cục THADS huyện Mỹ Lộc", "Chi cục THADS huyện Vụ Bản"…): its rows would be summed as one office [OFFICE_COLUMN_MISSING]`);
  });

  it('with an STT and money columns too', async () => {
    const r = await both('chi-tieu-col-2019.csv', [
      'STT,Chỉ tiêu,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
      '1,Chi cục THADS huyện Mỹ Lộc,300,260,"1.000.000","500.000"',
      '2,Chi cục THADS huyện Vụ Bản,400,330,"2.000.000","700.000"',
      ',Tổng cộng,700,590,"3.000.000","1.200.000"',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
  });

  it('mapped with an alias, the two offices (260/300 = 86.67 %, 330/400 = 82.50 %)', async () => {
    const config = join(dir, 'thads.config.json');
    writeFileSync(config, JSON.stringify({ aliases: { 'Chỉ tiêu': 'district' } }));
    const r = await both('bao-cao-2019.csv', ['"Chỉ tiêu",Việc có điều kiện,Việc giải quyết xong', ...ROWS], ['--format', 'csv', '--config', config]);
    expect(r.code).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]))).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '300', '260', '86.67'],
      ['Chi cục THADS huyện Vụ Bản', '400', '330', '82.50'],
      ['TOTAL', '700', '590', '84.29'],
    ]);
  });

  it('a targets column of percents stays a targets column: one office\'s file read as before (260/300)', async () => {
    const r = await both('Chi cục THADS huyện Mỹ Lộc 2019.csv', ['Chỉ tiêu (%),Việc có điều kiện,Việc giải quyết xong', '74%,300,260']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[TARGET_COLUMN_IGNORED]');
    expect(r.stdout).toContain('Chi cục THADS huyện Mỹ Lộc,2019,');
  });
});
