// A Cụm thi đua's report whose rows name no province: an office named twice was refused
// (PROVINCE_CONFLICT) unless the repeat stood on the row right below — kept for enforcer forms,
// which fill their office down one row per person. So one province's last "Châu Thành" above the
// next province's first (Tiền Giang's 401/300/271 over Bến Tre's 400/300/270) was summed as one
// office, 801/600/541, rank 1 of 3, exit 0 with a DUPLICATE_OFFICE warning only. Now the row
// right below is let be only where the form has an enforcer's column ("Chấp hành viên", "Họ và
// tên": collect.ts addOffice, hasPersonColumn); plain office rows are refused as any other repeat.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-cluster-adjacent-', ['--format', 'csv']);

const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const LEAD = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CỤM THI ĐUA SỐ 5 NĂM 2019'];
// Tiền Giang's Cái Bè 729/600/540 and Châu Thành 401/300/271, then Bến Tre's Châu Thành 400/300/270 and Ba Tri 600/500/450
const ADJACENT = ['1;Cái Bè;729;600;540', '2;Châu Thành;401;300;271', '1;Châu Thành;400;300;270', '2;Ba Tri;600;500;450', ';Tổng cộng;2130;1700;1531'];
const refusal = (line: number, first: number) =>
  `:${line}:2: error: office "Châu Thành" comes again (first on line ${first}) in a report whose title names a cluster of provinces and whose rows name none: they may be two provinces' offices, which would be summed as one [PROVINCE_CONFLICT]`;

/** office|total|with conditions|resolved of each output row */
const rows = (csv: string) => csv.trim().split('\n').slice(1).map((l) => {
  const c = l.split(',');
  return [c[1], c[5], c[9], c[18]].join('|');
});

describe('two provinces\' "Châu Thành" on consecutive rows of a cluster\'s report: refused at the second (was summed 801/600/541, exit 0)', () => {
  it.each([
    ['cum-5-2019.csv', [...LEAD, HEADER]],
    ['cum-mien-tay-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THADS CỤM THI ĐUA CÁC TỈNH MIỀN TÂY NAM BỘ NĂM 2019', HEADER]],
    ['cum-5-2019.csv', ['Cục Thi hành án dân sự tỉnh Tiền Giang', 'Báo cáo kết quả THADS tính bằng việc khối thi đua số 5 năm 2019', HEADER]],
    ['cum-5-2019.csv', ['CUC THADS TINH TIEN GIANG', 'BAO CAO KET QUA THADS TINH BANG VIEC CUM THI DUA SO 5 NAM 2019', HEADER]],
  ])('%s (%j)', async (name, head) => {
    const r = await both(name, [...head, ...ADJACENT]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // the first Châu Thành on the header's line + 2, the second right below it
    expect(r.stderr).toContain(`FILE${refusal(head.length + 3, head.length + 2)}`);
  });

  it('numbered on through both provinces (STT 1…4): refused the same', async () => {
    const r = await both('cum-5-2019.csv', [...LEAD, HEADER, '1;Cái Bè;729;600;540', '2;Châu Thành;401;300;271', '3;Châu Thành;400;300;270', '4;Ba Tri;600;500;450']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE${refusal(6, 5)}`);
  });

  it('xlsx: refused at the second row', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cum-5-2019.xlsx', [...LEAD, HEADER, ...ADJACENT], ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('office "Châu Thành" comes again (first on row 5)');
    expect(r.stderr).toContain('[PROVINCE_CONFLICT]');
    expect(r.stdout).toBe('');
  });
});

describe('over-reach controls', () => {
  it('a cluster\'s form by enforcer ("Chấp hành viên"): its office filled down on the row below is one office', async () => {
    // Châu Thành: total 300 + 101 = 401, có ĐK 200 + 100 = 300, resolved 180 + 91 = 271;
    // Cái Bè 729/600/540; total 401 + 729 = 1130, 300 + 600 = 900, 271 + 540 = 811
    const head = [...LEAD, 'STT;Đơn vị;Chấp hành viên;Tổng số thụ lý;Có điều kiện;Giải quyết xong'];
    const r = await both('cum-5-2019.csv', [...head, '1;Châu Thành;Nguyễn Văn An;300;200;180', '2;Châu Thành;Trần Thị Bình;101;100;91', '3;Cái Bè;Phạm Thị Dung;729;600;540', ';Tổng cộng;;1130;900;811']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Châu Thành|401|300|271', 'Cái Bè|729|600|540', 'TOTAL|1130|900|811']);
    expect(r.stderr).not.toContain('PROVINCE_CONFLICT');
  });

  it('"Họ và tên" as the enforcer\'s column reads the same', async () => {
    const head = [...LEAD, 'STT;Đơn vị;Họ và tên;Tổng số thụ lý;Có điều kiện;Giải quyết xong'];
    const r = await both('cum-5-2019.csv', [...head, '1;Châu Thành;Nguyễn Văn An;300;200;180', '2;Châu Thành;Trần Thị Bình;101;100;91', '3;Cái Bè;Phạm Thị Dung;729;600;540']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Châu Thành|401|300|271', 'Cái Bè|729|600|540', 'TOTAL|1130|900|811']);
  });

  it('a one-province report (no cluster named) with a split office row repeated below: summed, DUPLICATE_OFFICE as before', async () => {
    // Châu Thành 300 + 101 = 401, 200 + 100 = 300, 180 + 91 = 271; with Cái Bè 1130 / 900 / 811
    const head = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC NĂM 2019', HEADER];
    const r = await both('bao-cao-2019.csv', [...head, '1;Châu Thành;300;200;180', '2;Châu Thành;101;100;91', '3;Cái Bè;729;600;540']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Châu Thành|401|300|271', 'Cái Bè|729|600|540', 'TOTAL|1130|900|811']);
    expect(r.stderr).toContain('FILE:5: warning: office "Châu Thành" appears on 2 rows (first on line 4), which are added together [DUPLICATE_OFFICE]');
  });

  it('a cluster\'s report of unique offices reads as before: 2130 / 1700 / 1531', async () => {
    // 729 + 401 + 400 + 600 = 2130; 600 + 300 + 300 + 500 = 1700; 540 + 271 + 270 + 450 = 1531
    const r = await both('cum-5-2019.csv', [...LEAD, HEADER, ...ADJACENT.map((l) => l.replace('1;Châu Thành', '1;Mỏ Cày Nam'))]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Cái Bè|729|600|540', 'Châu Thành|401|300|271', 'Mỏ Cày Nam|400|300|270', 'Ba Tri|600|500|450', 'TOTAL|2130|1700|1531']);
  });
});
