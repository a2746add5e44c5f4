// A Cục's page: its Chi cục, their "Tổng cộng", then the Cục's summary lines "Cấp tỉnh", "Cấp
// huyện", "Toàn tỉnh" (work84a 03). "Cấp huyện" repeats the Chi cục's total: it was added beside
// them (1.020 for 660, exit 0). With "Văn phòng Cục" listed and "Tổng cộng" the whole, both levels
// were added (1.320). Now: "Cấp huyện" equal to the total is its repeat; "Cấp tỉnh" the Cục's
// own figures (an office, where no row gives them); both levels equal to the total are its
// breakdown; "Toàn tỉnh" checked. domain/declared-rows.ts summaryAfterTotal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-summary-after-total-', ['--format', 'csv', '--by', 'none']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-summary-after-total-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

const total = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate']);

const TITLE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const T19 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEAD = 'STT,Đơn vị,cases_total,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const CHI_CUC = ['1,Chi cục THADS huyện Mỹ Lộc,130,110,90,2000,1000', '2,Chi cục THADS huyện Vụ Bản,130,100,80,1500,900', '3,Chi cục THADS huyện Ý Yên,100,90,70,1200,700'];
// Chi cục: 130 + 130 + 100 = 360; 110 + 100 + 90 = 300; 90 + 80 + 70 = 240; 2000 + 1500 + 1200 = 4700; 1000 + 900 + 700 = 2600
const CHI_CUC_SUM = '360,300,240,4700,2600';
const CAP_TINH = ',Cấp tỉnh,300,250,200,5000,3000';
const CAP_HUYEN = `,Cấp huyện,${CHI_CUC_SUM}`;
// Toàn tỉnh: 300 + 360 = 660; 250 + 300 = 550; 200 + 240 = 440; 5000 + 4700 = 9700; 3000 + 2600 = 5600
const TOAN_TINH = ',Toàn tỉnh,660,550,440,9700,5600';
// 440/550 = 80.00 %; 5600/9700 = 57.731… → 57.73 %
const RIGHT = ['TOTAL|660|550|440|80.00|9700|5600|57.73'];

describe('the Chi cục\'s total, then "Cấp tỉnh / Cấp huyện / Toàn tỉnh"', () => {
  const FILE = [TITLE, T19, HEAD, ...CHI_CUC, `,Tổng cộng,${CHI_CUC_SUM}`, CAP_TINH, CAP_HUYEN, TOAN_TINH];

  it('reads 660 / 550 / 440 (was 1020 / 850 / 680, "Cấp huyện" added)', async () => {
    const r = await both('nam-dinh-2019.csv', FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout).slice(-1)).toEqual(RIGHT);
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'nam-dinh-2019.xlsx', FILE.map((l) => l.replaceAll(',', ';')), ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout).slice(-1)).toEqual(RIGHT);
  });

  it('"Cộng" for the total, and "Toàn tỉnh" first ("Toàn tỉnh / Cấp tỉnh / Cấp huyện"): the same', async () => {
    const a = await both('nam-dinh-2019.csv', [TITLE, T19, HEAD, ...CHI_CUC, `,Cộng,${CHI_CUC_SUM}`, CAP_TINH, CAP_HUYEN, TOAN_TINH]);
    expect(a.code, a.stderr).toBe(0);
    expect(total(a.stdout).slice(-1)).toEqual(RIGHT);
    const b = await both('nam-dinh-2019.csv', [TITLE, T19, HEAD, ...CHI_CUC, `,Tổng cộng,${CHI_CUC_SUM}`, TOAN_TINH, CAP_TINH, CAP_HUYEN]);
    expect(b.code, b.stderr).toBe(0);
    expect(total(b.stdout).slice(-1)).toEqual(RIGHT);
  });

  it('2026: Phòng khu vực, "Cấp tỉnh / Cấp khu vực / Toàn tỉnh": the same', async () => {
    const kv = ['1,Phòng THADS khu vực 1,130,110,90,2000,1000', '2,Phòng THADS khu vực 2,130,100,80,1500,900', '3,Phòng THADS khu vực 3,100,90,70,1200,700'];
    const r = await both('ninh-binh-2026.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', HEAD, ...kv, `,Tổng cộng,${CHI_CUC_SUM}`, CAP_TINH, `,Cấp khu vực,${CHI_CUC_SUM}`, TOAN_TINH]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout).slice(-1)).toEqual(RIGHT);
  });

  it('a wrong "Cấp huyện" (301 for 300) is refused, not added', async () => {
    const r = await both('nam-dinh-2019.csv', [TITLE, T19, HEAD, ...CHI_CUC, `,Tổng cộng,${CHI_CUC_SUM}`, CAP_TINH, ',Cấp huyện,360,301,240,4700,2600', TOAN_TINH]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });
});

describe('"Văn phòng Cục" listed, "Tổng cộng" the whole, then the same three lines', () => {
  it('reads 660 / 550 / 440 (was 1320 / 1100 / 880, both levels added)', async () => {
    const file = [TITLE, T19, HEAD, '1,Văn phòng Cục,300,250,200,5000,3000', ...CHI_CUC.map((l) => l.replace(/^(\d)/, (d) => String(Number(d) + 1))), ',Tổng cộng,660,550,440,9700,5600', CAP_TINH, CAP_HUYEN, TOAN_TINH];
    const r = await both('nam-dinh-2019.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout).slice(-1)).toEqual(RIGHT);
  });
});

describe('controls', () => {
  it('the Chi cục\'s "Tổng cộng" then only "Cấp tỉnh / Cấp huyện" (no whole): still refused — the "Tổng cộng" claims the table', async () => {
    const r = await both('nam-dinh-2019.csv', [TITLE, T19, HEAD, ...CHI_CUC, `,Tổng cộng,${CHI_CUC_SUM}`, CAP_TINH, CAP_HUYEN]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the difference is exactly line 8 "Cấp tỉnh", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });

  it('a closing total with its two levels (the breakdown, work83a 02) reads as before: 660', async () => {
    const file = [TITLE, T19, HEAD, '1,Văn phòng Cục,300,250,200,5000,3000', ...CHI_CUC.map((l) => l.replace(/^(\d)/, (d) => String(Number(d) + 1))), ',Tổng cộng,660,550,440,9700,5600', CAP_TINH, CAP_HUYEN];
    const r = await both('nam-dinh-2019.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout).slice(-1)).toEqual(RIGHT);
  });
});

describe('"Trong đó: Cấp huyện" alone under a closing total (work85a 04: was DECLARED_TOTAL_MISMATCH)', () => {
  const H = 'STT,Đơn vị,cases_to_execute,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong';
  const ROWS = ['1,Văn phòng Cục,100,80,50,10,60', '2,Mỹ Lộc,200,150,100,20,120', '3,Ý Yên,300,250,150,30,180'];
  // 100 + 200 + 300 = 600; 80 + 150 + 250 = 480; 60 + 120 + 180 = 360 → 75.00 %; Cấp huyện = Mỹ Lộc + Ý Yên = 500 / 400 / 300
  const TOTAL_ROW = ',Tổng cộng,600,480,300,60,360';
  const keyTotal = (stdout: string) => csvColumns(stdout, ['district', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate']).slice(-1);
  it('the district offices\' sum: checked, not added — 600 / 480 / 360', async () => {
    const r = await both('nam-dinh-2019.csv', [TITLE, T19, H, ...ROWS, TOTAL_ROW, ',Trong đó:,,,,,', ',Cấp huyện,500,400,250,50,300']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyTotal(r.stdout)).toEqual(['TOTAL|600|480|360|75.00']);
  });
  it('a wrong one (501) is refused, never added', async () => {
    const r = await both('nam-dinh-2019.csv', [TITLE, T19, H, ...ROWS, TOTAL_ROW, ',Trong đó:,,,,,', ',Cấp huyện,501,400,250,50,300']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });
});
