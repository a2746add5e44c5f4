// Thủ Đức 2021: the city of Thủ Đức, formed on 1/1/2021 from Quận 2, Quận 9 and Quận Thủ Đức, over
// its three former districts marked "(cũ)" in a 2021 HCMC report — read as a 2025 regional
// office over its former offices is (by-enforcer.ts formedFromFormerOffices): its row stands,
// checked against them, Thủ Đức counted once. Before: its parts added beside it (DECLARED_TOTAL_
// MISMATCH 2400 against 1500, SUSPECTED_TOTAL_ROW). A 2020 report's three districts stay three
// offices. Both readers agree; xlsx too.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const { both, dir } = bothReaders('thads-thu-duc-', ARGS);

const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HỒ CHÍ MINH';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2021';
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Thủ Đức: 300 + 400 + 200 = 900 with conditions, 250 + 300 + 150 = 700 resolved
const PARTS = [',Quận 2 (cũ),300,250', ',Quận 9 (cũ),400,300', ',Quận Thủ Đức (cũ),200,150'];
// TOTAL 500 + 900 + 100 = 1500; 400 + 700 + 80 = 1180
const TOTAL = ',Tổng cộng,1500,1180';

/** office, with conditions, resolved */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18]].join(' ');
  });
}

describe('"TP Thủ Đức" over its former districts in 2021', () => {
  it.each(['TP Thủ Đức', 'Thành phố Thủ Đức', 'TP. Thủ Đức', 'Chi cục THADS thành phố Thủ Đức'])('"%s" numbered, its parts without STT: Thủ Đức once, 1500 / 1180', async (city) => {
    const r = await both('hcm-2021.csv', [CUC, TITLE, HEADER, '1,Quận 1,500,400', `2,${city},900,700`, ...PARTS, '3,Quận 3,100,80', TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quận 1 500 400', `${city} 900 700`, 'Quận 3 100 80', 'TOTAL 1500 1180']);
  });

  it('nothing numbered: the same', async () => {
    const lines = [CUC, TITLE, 'Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Quận 1,500,400', 'TP Thủ Đức,900,700', ...PARTS.map((p) => p.slice(1)), 'Quận 3,100,80', 'Tổng cộng,1500,1180'];
    const r = await both('bare-2021.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quận 1 500 400', 'TP Thủ Đức 900 700', 'Quận 3 100 80', 'TOTAL 1500 1180']);
  });

  it('a city row that is not its parts\' sum (950 against 900): refused at its row', async () => {
    const r = await both('wrong-2021.csv', [CUC, TITLE, HEADER, '1,Quận 1,500,400', '2,TP Thủ Đức,950,700', ...PARTS, '3,Quận 3,100,80', ',Tổng cộng,1550,1180']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5: error: "TP Thủ Đức" on this row is an office formed from former districts with figures, and it is not the sum of its parts, the former districts under it (lines 6–8)');
  });

  it('in a workbook: Thủ Đức once, 1500 / 1180', async () => {
    const lines = [CUC, TITLE, HEADER, '1,Quận 1,500,400', '2,TP Thủ Đức,900,700', ...PARTS, '3,Quận 3,100,80', TOTAL].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'hcm-2021.xlsx', lines, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quận 1 500 400', 'TP Thủ Đức 900 700', 'Quận 3 100 80', 'TOTAL 1500 1180']);
  });
});

describe('controls', () => {
  it('2020, before the city: Quận 2, Quận 9, Quận Thủ Đức are three offices, 500 + 300 + 400 + 200 = 1400 / 400 + 250 + 300 + 150 = 1100', async () => {
    const r = await both('hcm-2020.csv', [CUC, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020', HEADER, '1,Quận 1,500,400', '2,Quận 2,300,250', '3,Quận 9,400,300', '4,Quận Thủ Đức,200,150', ',Tổng cộng,1400,1100']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quận 1 500 400', 'Quận 2 300 250', 'Quận 9 400 300', 'Quận Thủ Đức 200 150', 'TOTAL 1400 1100']);
  });

  it('2021, "TP Thủ Đức" numbered among numbered offices: an office like the others, 500 + 900 + 100 = 1500 / 400 + 700 + 80 = 1180', async () => {
    const r = await both('list-2021.csv', [CUC, TITLE, HEADER, '1,Quận 1,500,400', '2,TP Thủ Đức,900,700', '3,Quận 3,100,80', TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Quận 1 500 400', 'TP Thủ Đức 900 700', 'Quận 3 100 80', 'TOTAL 1500 1180']);
  });
});
