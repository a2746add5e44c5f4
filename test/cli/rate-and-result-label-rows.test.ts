// Rows that are no office under labels thads did not know, in a table without a total: each was
// added as an office, exit 0 (traps24 1, 3). "Tỉ lệ" is "Tỷ lệ" spelt with i, as many write it;
// "TL (%)", "%", "TB", "BQ 1 CHV" are a rate's or an average's short forms; "KH giao" a plan;
// "Đạt", "Thiếu", "Kết quả" results; "Năm nay" this year beside another; "Theo phần mềm", "Số
// liệu phần mềm", "Số liệu Tòa án" another source's version; "Tỷ trọng" a share; "+/-" a change.
// A sum of sections written alone ("I+II") is the table's total: checked, never added.
// Hand sums: the four offices 250 + 200 + 180 + 270 = 900 with conditions, (180 + 10) + (150 + 5)
// + (120 + 8) + (200 + 12) = 685 resolved.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-label-rows-', ['--format', 'csv']);

const OFFICES = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
  'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành',
  '1,TP Nam Định,250,180,10,60',
  '2,Mỹ Lộc,200,150,5,45',
  '3,Vụ Bản,180,120,8,52',
  '4,Ý Yên,270,200,12,58',
];

describe('rows labelled as no office', () => {
  it.each([
    ['Tỉ lệ (%)', '100,72,4,24'],
    ['Tỉ lệ', '100,72,4,24'],
    ['TL (%)', '100,72,4,24'],
    ['%', '100,72,4,24'],
    ['TB', '225,163,9,54'],
    ['BQ 1 CHV', '45,33,2,10'],
    ['KH giao', '900,666,,'],
    ['Đạt', '900,685,,'],
    ['Thiếu', '0,19,,'],
    ['Kết quả', '900,685,35,215'],
    ['Năm nay', '900,650,35,215'],
    ['Theo phần mềm', '901,650,35,215'],
    ['Số liệu phần mềm', '901,650,35,215'],
    ['Số liệu Tòa án', '905,650,35,215'],
    ['Tỷ trọng', '100,76,4,24'],
    ['+/-', '20,15,1,4'],
  ])('"%s" below the offices: refused at its cell', async (label, figures) => {
    const r = await both('nam-dinh-viec-2019.csv', [...OFFICES, `,${label},${figures}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:7:2: error: "${label}" is no office and no total of offices`);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('"I+II" equal to the offices: their total, checked and not added', async () => {
    const r = await both('nam-dinh-viec-2019.csv', [...OFFICES, ',I+II,900,650,35,215']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(body.map((row) => row[head!.indexOf('district')])).toEqual(['TP Nam Định', 'Mỹ Lộc', 'Vụ Bản', 'Ý Yên', 'TOTAL']);
    const total = body.at(-1)!;
    expect([total[head!.indexOf('cases_with_conditions')], total[head!.indexOf('cases_resolved')]]).toEqual(['900', '685']);
  });
});
