// The office column's header as one rule (domain/fields.ts OFFICE_HEADER): "Chi cục thi hành
// án", "Tên đơn vị THA", "Chi cục THA", "Tên Chi cục THA" were refused OFFICE_COLUMN_MISSING
// while "Chi cục THADS", "Đơn vị THA" were read (round 41a, 03). And field headers with "án" or
// "QĐ": "Tổng số phải THA" (to_execute), "Thu hồi, hủy QĐ" (withdrawn), UNKNOWN_COLUMN before.
// Both readers must say the same.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/domain/fields.js';
import { expandAbbreviations } from '../../src/input/abbreviations.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-officehdr-', ['--format', 'csv']);
const matcher = new HeaderMatcher();

/** The given columns of each CSV line of thads' output. */
function columns(stdout: string, keys: readonly string[]): string[] {
  const [head, ...lines] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = keys.map((k) => head!.indexOf(k));
  return lines.map((l) => at.map((i) => l[i]).join(','));
}

describe('the office column header: (Tên) đơn vị | chi cục | cơ quan | phòng | văn phòng, then THADS / thi hành án (dân sự) / THA (dân sự)', () => {
  it.each([
    'Chi cục thi hành án', 'Tên đơn vị THA', 'Chi cục THA', 'Tên Chi cục THA', 'Chi cục THA dân sự', 'Tên Chi cục thi hành án dân sự',
    'Chi cục THADS', 'Chi cục Thi hành án dân sự', 'Đơn vị THA', 'Cơ quan thi hành án', 'Cơ quan THA', 'Tên Chi cục', 'Tên đơn vị', 'Đơn vị',
    'Tên cơ quan THADS', 'Phòng THA', 'Tên Phòng THADS khu vực', 'Phòng Thi hành án dân sự khu vực', 'Văn phòng', 'Tên văn phòng THA',
    // spellings outside the rule, kept
    'Đơn vị báo cáo', 'Đơn vị trực thuộc', 'Huyện', 'Khu vực',
  ])('"%s" is the office column', (h) => expect(matcher.match(h)).toEqual({ kind: 'identity', key: 'district' }));

  it.each(['Đơn vị tính', 'Đơn vị tính: nghìn đồng', 'Chi cục có điều kiện', 'Thi hành án', 'THA', 'Tên'])('"%s" is no office column', (h) => {
    expect(matcher.match(h).kind).not.toBe('identity');
  });

  it('every field header is read as its field, never as the office column', () => {
    for (const f of FIELDS) {
      for (const h of [f.label.vi, f.label.en, ...f.aliases]) {
        const role = matcher.match(h);
        expect(role.kind === 'figure' && role.field, h).toBe(f.key);
      }
    }
  });

  // 03: Mỹ Lộc 10 / 5, Vụ Bản 20 / 15 → 30 / 20, 66.67 %
  it.each(['Chi cục thi hành án', 'Tên đơn vị THA', 'Chi cục THA', 'Tên Chi cục THA'])('a file headed "%s" is read by office (03, 03b)', async (h) => {
    const r = await both('nam-dinh-viec-2019.csv', [`STT,"${h}",Có điều kiện,Giải quyết xong`, '1,Mỹ Lộc,10,5', '2,Vụ Bản,20,15']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(columns(r.stdout, ['district', 'year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'])).toEqual([
      'Mỹ Lộc,2019,10,5,50.00',
      'Vụ Bản,2019,20,15,75.00',
      'TOTAL,2019,30,20,66.67',
    ]);
  });
});

describe('field headers written with "án" or "QĐ"', () => {
  it('"QĐ" is "quyết định", a whole word only', () => {
    expect(expandAbbreviations('thu hoi huy qd')).toBe('thu hoi huy quyet dinh');
    expect(expandAbbreviations('qdtha')).toBe('qdtha');
  });

  it.each([
    ['Tổng số phải thi hành án', 'to_execute'], ['Tổng số phải THA', 'to_execute'], ['Phải thi hành án', 'to_execute'], ['Số phải THA', 'to_execute'],
    ['Tổng số việc phải THA', 'to_execute'], ['Số phải thi hành án có điều kiện', 'with_conditions'],
    ['Thu hồi, hủy QĐ', 'withdrawn'], ['Thu hồi, hủy quyết định THA', 'withdrawn'], ['Hủy QĐ', 'withdrawn'],
  ])('"%s" is %s', (h, field) => {
    const role = matcher.match(h);
    expect(role.kind === 'figure' && role.field).toBe(field);
  });

  const HEADER = 'STT,Đơn vị,Tổng số phải THA,Có điều kiện,Chưa có điều kiện,Giải quyết xong,"Thu hồi, hủy QĐ"';
  const KEYS = ['district', 'cases_withdrawn', 'cases_to_execute', 'cases_with_conditions', 'cases_without_conditions', 'cases_resolved', 'cases_carried_forward'];

  it('"Tổng số phải THA" is read as to execute, which equals with + without conditions: no warning', async () => {
    // Mỹ Lộc 15 = 10 + 5, Vụ Bản 28 = 20 + 8; carried forward = to execute − resolved: 15 − 5, 28 − 15
    const r = await both('nam-dinh-viec-2019.csv', [HEADER, '1,Mỹ Lộc,15,10,5,5,1', '2,Vụ Bản,28,20,8,15,2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(columns(r.stdout, KEYS)).toEqual(['Mỹ Lộc,1,15,10,5,5,10', 'Vụ Bản,2,28,20,8,15,13', 'TOTAL,3,43,30,13,20,23']);
  });

  it('"Tổng số phải THA" that is not with + without conditions is said: a warning of summarize, an error of check', async () => {
    const lines = [HEADER, '1,Mỹ Lộc,16,10,5,5,1', '2,Vụ Bản,28,20,8,15,2'];
    const r = await both('nam-dinh-viec-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:2:3: warning: cases: to execute 16 ≠ with conditions 10 + without conditions 5 = 15 [CONDITIONS_SPLIT_MISMATCH]');
    const file = join(dir, 'check-viec-2019.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    for (const fast of [false, true]) {
      const { io, stdout, stderr } = memoryIo(['check', file], { env: {} });
      fastPath.enabled = fast;
      try {
        expect(await main(io)).toBe(1);
      } finally {
        fastPath.enabled = true;
      }
      expect(`${stdout()}${stderr()}`.split(file).join('FILE')).toContain('FILE:2:3: error: cases: to execute 16 ≠ with conditions 10 + without conditions 5 = 15 [CONDITIONS_SPLIT_MISMATCH]');
    }
  });
});
