// A 2025 regional office's title that shortens "khu vực" ("PHÒNG THADS KV 1", "KV1", "KV.1",
// round 53a/02) names its office as an office cell does: one rule reads a region's number
// (office-names.ts regionPlace, the cell reader's REGION). Both readers must agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { regionPlace } from '../../src/domain/office-names.js';
import { titleOffice } from '../../src/input/title-office.js';
import { bothOnFiles } from '../helpers/both-readers.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('a region shortened to "KV" in a title', () => {
  it.each([
    ['KV 1', '1'],
    ['KV1', '1'],
    ['KV.1', '1'],
    ['KHU VỰC 1 - NINH BÌNH', '1 - NINH BÌNH'],
    ['KHU VỰC SỐ 2', '2'],
    ['HUYỆN MỸ LỘC', null],
    ['KHU VỰC PHÍA BẮC', null],
  ])('regionPlace(%s) → %s', (name, place) => {
    expect(regionPlace(name)).toBe(place);
  });

  it.each(['PHÒNG THADS KV 1', 'PHÒNG THADS KV1', 'PHÒNG THADS KV.1', 'PHÒNG THADS KHU VỰC 1', 'PHÒNG THADS KV 1 - NINH BÌNH'])('title %s → Phòng THADS khu vực 1', (title) => {
    expect(titleOffice(rows('THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', title))).toEqual({ office: 'Phòng THADS khu vực 1', line: 2 });
  });
});

describe('the finding\'s file (both readers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-title-kv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const report = (office: string) => ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Chỉ tiêu,Có điều kiện,Giải quyết xong', 'Tổng số,5000,4000'];
  const cols = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0], c[1], c[9], c[18], c[20]].join(','); });

  it.each(['PHÒNG THADS KV 1', 'PHÒNG THADS KV1', 'PHÒNG THADS KV.1'])('02: %s → Ninh Bình, Phòng THADS khu vực 1, 5000/4000 = 80.00 %%', async (office) => {
    const r = await bothOnFiles(dir, { [`${office.replace(/\W/g, '')}/bieu-01-viec-2025.csv`]: report(office) }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cols(r.stdout)).toEqual(['Ninh Bình,Phòng THADS khu vực 1,5000,4000,80.00', ',TOTAL,5000,4000,80.00']);
  });
});
