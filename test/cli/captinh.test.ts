// A Cục's table listing its Chi cục only, then "Tổng cộng" and "Trong đó: Cấp tỉnh / Cấp huyện"
// (work89a 04): "Cấp huyện" repeats the Chi cục, "Tổng cộng" = "Cấp tỉnh" + "Cấp huyện", and no
// "Cục THADS" row — the Cục's own figures are given as "Cấp tỉnh" alone. Was DECLARED_TOTAL_MISMATCH
// at "Tổng cộng" ("office rows add up to 600"), a false refusal. Now "Cấp tỉnh" is the Cục's own
// office (named as the levels-on-top shape names it), "Cấp huyện" checked, never added; anything
// not adding up stays refused. domain/declared-rows.ts summaryAfterTotal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-captinh-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-captinh-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ',,,,,,Đơn vị tính: việc'];
const HEAD = 'STT,Đơn vị,Tổng số việc phải thi hành,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong';
const CHI_CUC = ['1,Chi cục THADS huyện Mỹ Lộc,300,250,150,30,180', '2,Chi cục THADS huyện Vụ Bản,100,80,50,10,60', '3,Chi cục THADS thành phố Nam Định,200,150,100,20,120'];
// Chi cục: 300 + 100 + 200 = 600; 250 + 80 + 150 = 480; 150 + 50 + 100 = 300; 30 + 10 + 20 = 60; 180 + 60 + 120 = 360
const CAP_HUYEN = ',Cấp huyện,600,480,300,60,360';
const CAP_TINH = ',Cấp tỉnh,50,40,20,5,25';
// 50 + 600 = 650; 40 + 480 = 520; 20 + 300 = 320; 5 + 60 = 65; 25 + 360 = 385
const TONG = ',Tổng cộng,650,520,320,65,385';
const AFTER = [TONG, ',Trong đó:,,,,,', CAP_TINH, CAP_HUYEN];
// 180/250 = 72.00; 60/80 = 75.00; 120/150 = 80.00; 25/40 = 62.50; 385/520 = 0.74038… → 74.04
const RIGHT = [
  'Chi cục THADS huyện Mỹ Lộc|300|250|180|72.00',
  'Chi cục THADS huyện Vụ Bản|100|80|60|75.00',
  'Chi cục THADS thành phố Nam Định|200|150|120|80.00',
  'Cấp tỉnh|50|40|25|62.50',
  'TOTAL|650|520|385|74.04',
];
const TOTAL = (stdout: string) => rows(stdout).slice(-1);

describe('"Tổng cộng", then "Trong đó: Cấp tỉnh / Cấp huyện", no Cục row (work89a 04)', () => {
  const FILE = [...TITLE, HEAD, ...CHI_CUC, ...AFTER];

  it('the binary: 650 / 520 / 385, 74.04 %, "Cấp tỉnh" the Cục\'s office (was exit 1, DECLARED_TOTAL_MISMATCH)', () => {
    const file = join(dir, 'Nam Định 2019.csv');
    writeFileSync(file, `${FILE.join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('both readers: titled (reference reader) and plain (byte scanner)', async () => {
    const a = await both('nam-dinh-2019.csv', FILE);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toBe('');
    expect(rows(a.stdout)).toEqual(RIGHT);
    const b = await both('nam-dinh-2019.csv', [HEAD, ...CHI_CUC, ...AFTER]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toBe('');
    expect(rows(b.stdout)).toEqual(RIGHT);
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', FILE.map((l) => l.replaceAll(',', ';')), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('"Cấp huyện" first, then "Cấp tỉnh", then "Toàn tỉnh" 650: the same', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...CHI_CUC, TONG, CAP_HUYEN, CAP_TINH, ',Toàn tỉnh,650,520,320,65,385']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('2026: Phòng THADS khu vực, "Cấp tỉnh / Cấp khu vực": the same total', async () => {
    const kv = ['1,Phòng THADS khu vực 1,300,250,150,30,180', '2,Phòng THADS khu vực 2,100,80,50,10,60', '3,Phòng THADS khu vực 3,200,150,100,20,120'];
    const r = await both('ninh-binh-2026.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', HEAD, ...kv, TONG, ',Trong đó:,,,,,', CAP_TINH, ',Cấp khu vực,600,480,300,60,360']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1|300|250|180|72.00', 'Phòng THADS khu vực 2|100|80|60|75.00', 'Phòng THADS khu vực 3|200|150|120|80.00', 'Cấp tỉnh|50|40|25|62.50', 'TOTAL|650|520|385|74.04']);
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it('the levels on top read as before: 650, "Cấp tỉnh" the office', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, TONG, ',Trong đó:,,,,,', CAP_TINH, CAP_HUYEN, ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('a "Cục THADS" row AND "Cấp tỉnh" equal to it: the level checked, the row the office, 650', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, '1,Cục THADS tỉnh Nam Định,50,40,20,5,25', ...CHI_CUC, ...AFTER]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Cục THADS tỉnh Nam Định|50|40|25|62.50', ...RIGHT.slice(0, 3), 'TOTAL|650|520|385|74.04']);
  });

  it('a "Cục THADS" row, and "Cấp huyện" counting it with "Cấp tỉnh" on top (700 = 50 + 650: the Cục twice): refused', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, '1,Cục THADS tỉnh Nam Định,50,40,20,5,25', ...CHI_CUC, ',Tổng cộng,700,560,340,70,410', ',Trong đó:,,,,,', CAP_TINH, ',Cấp huyện,650,520,320,65,385']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(':10:3: error: declared total "Tổng cộng" has cases to execute 700, but the office rows add up to 650 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Cấp tỉnh" not the difference (resolved 26 for 25): refused, never added', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...CHI_CUC, TONG, ',Trong đó:,,,,,', ',Cấp tỉnh,50,40,20,5,26', CAP_HUYEN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(':11:7: error: "Cấp tỉnh" and the level under it are the breakdown of the total "Tổng cộng" right above them (line 9), but its cases resolved 385 is not their sum 386');
    expect(r.stderr).toContain(':9:3: error: declared total "Tổng cộng" has cases to execute 650, but the office rows add up to 600 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Cấp huyện" not the office rows (359 for 360, "Cấp tỉnh" 26 so the levels still make the total): refused', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...CHI_CUC, TONG, ',Trong đó:,,,,,', ',Cấp tỉnh,50,40,20,5,26', ',Cấp huyện,600,480,300,60,359']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(':9:3: error: declared total "Tổng cộng" has cases to execute 650, but the office rows add up to 600 [DECLARED_TOTAL_MISMATCH]');
  });

  it('only "Trong đó: Cấp huyện" under a total of the Chi cục: as now, 600 / 480 / 360', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...CHI_CUC, ',Tổng cộng,600,480,300,60,360', ',Trong đó:,,,,,', CAP_HUYEN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(TOTAL(r.stdout)).toEqual(['TOTAL|600|480|360|75.00']);
  });

  it('only "Trong đó: Cấp huyện" under a total exceeding the Chi cục: refused as now', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...CHI_CUC, TONG, ',Trong đó:,,,,,', CAP_HUYEN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });
});
