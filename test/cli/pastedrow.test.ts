// One office's row pasted twice in a Cục's table, the copy under another spelling of its name
// ("Chi cục THADS huyện Vụ Bản", "Vu Ban", "Vụ Bản*", "Vụ Bản 2019" beside "Vụ Bản") with all 14
// figures equal, was added as a second office (work101d 01): 900 / 636 / 525 (82,55 %), exit 0,
// only OFFICE_NAME_VARIANTS ("the total is right either way"). Right: REPEATED_ROW at the copy, as
// when the names match exactly — the pasted-row rule compares office rows under the variants
// rule's key (oneOfficeKey). Without the copy: 300+200+200 = 700, có điều kiện 190+138+170 = 498,
// giải quyết xong (150+20)+(100+10)+(120+15) = 415, 83,33 %. Controls keep their reading: two
// offices with equal figures, one office on two rows with figures that differ, a huyện and a
// thành phố of one name, rows of zeros.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const HEAD = [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
  'Năm 2019 (từ 01/10/2018 đến 30/9/2019)',
  ',,,,,,,,,,,,,,,,Đơn vị tính: việc',
  'STT,Đơn vị,Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định THA",Tổng số phải thi hành,Có điều kiện thi hành,,,,,,,Chưa có điều kiện,Tỷ lệ (%)',
  ',,Tổng số,Năm trước chuyển sang,Mới thụ lý,,,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,,',
];
const MY_LOC = '1,Mỹ Lộc,300,100,200,2,3,295,190,150,20,10,5,2,3,105,';
const VU_BAN_FIGURES = '200,50,150,1,1,198,138,100,10,20,3,1,4,60,';
const Y_YEN = '3,Ý Yên,200,80,120,0,0,200,170,120,15,30,2,1,2,30,';
/** Mỹ Lộc, Vụ Bản, Ý Yên, then Vụ Bản's row again under `copy` (line 10). */
const pasted = (copy: string) => [...HEAD, MY_LOC, `2,Vụ Bản,${VU_BAN_FIGURES}`, Y_YEN, `4,${copy},${VU_BAN_FIGURES}`];

const readers = bothReaders('thads-pastedrow-', ARGS);
const { dir, file } = fileTree('thads-pastedrow-bin-');

function totals(stdout: string) {
  const t = JSON.parse(stdout).total.cases;
  return [t.total, t.withConditions, t.resolved, t.rate];
}

describe('one office pasted twice under another spelling of its name (work101d 01)', () => {
  // every spelling the variants rule (or the year beside the name) reads as "Vụ Bản"
  test.each([
    'Chi cục THADS huyện Vụ Bản',
    'Vu Ban',
    'Vụ Bản*',
    'Vụ Bản.',
    'Vụ Bản 2019',
    'H. Vụ Bản',
    'huyện Vụ Bản',
    'CC Vụ Bản',
    'Vụ Bản (Nam Định)',
    'Vụ Bản (*)',
    'Vụ Bản¹',
    'Vũ Bản',
  ])('"%s" below "Vụ Bản", every figure the same: REPEATED_ROW at line 10 (both readers)', async (copy) => {
    const r = await readers.both('vu-ban-2019.csv', pasted(copy));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:10:2: error: line 10 repeats line 8: office ".*" and every figure the same, renumbered 4 \(line 8: STT 2\), a row pasted twice; added, its figures would count twice \[REPEATED_ROW\]$/m);
  });

  test('the tester\'s file with its "Tổng cộng" (the SUM over all four rows) through the binary: refused at line 11, no total', () => {
    const f = file('bao-cao-viec-2019.csv', [...HEAD, ',Tổng cộng,900,280,620,4,5,891,636,470,55,80,13,5,13,255,', ...pasted('Chi cục THADS huyện Vụ Bản').slice(HEAD.length), ',NGƯỜI LẬP BIỂU,,,,,,,,,CỤC TRƯỞNG,,,,,,']);
    const r = spawnThads(['summarize', f, ...ARGS], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bao-cao-viec-2019.csv:11:2: error: line 11 repeats line 9: office "Chi cục THADS huyện Vụ Bản" and every figure the same, renumbered 4 (line 9: STT 2)');
    expect(r.stderr).toMatch(/\[REPEATED_ROW\]/);
  });

  test('the same table as a workbook: refused at row 10', async () => {
    const lines = pasted('Chi cục THADS huyện Vụ Bản').map((l) => l.replace(/"Thu hồi, hủy quyết định THA"/, 'Thu hồi hủy quyết định THA').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(readers.dir, 'vu-ban-2019.xlsx', lines, ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
    expect(r.stderr).toContain('row 10 repeats row 8: office "Chi cục THADS huyện Vụ Bản" and every figure the same');
  });

  test('without the copy: 700 / 498 / 415, 83.33 % (by hand)', async () => {
    const r = await readers.both('vu-ban-once-2019.csv', pasted('x').slice(0, -1));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['700', '498', '415', '83.33']);
  });
});

describe('controls: rows that are no copy keep their reading', () => {
  test('two offices with equal figures ("Vụ Bản", "Ý Yên"): both added, 340 / 214 / 192', async () => {
    const r = await readers.both('equal-2019.csv', [...HEAD, MY_LOC, '2,Vụ Bản,20,5,15,0,0,20,12,10,1,1,0,0,0,8,', '3,Ý Yên,20,5,15,0,0,20,12,10,1,1,0,0,0,8,']);
    expect(r.code, r.stderr).toBe(0);
    // 300+20+20; 190+12+12; 170+11+11; 192/214 = 89.72 %
    expect(totals(r.stdout)).toEqual(['340', '214', '192', '89.72']);
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  test('one office on two rows under two spellings, figures that differ: added, the warning as before, 720 / 510 / 426', async () => {
    const r = await readers.both('differ-2019.csv', [...HEAD, MY_LOC, `2,Vụ Bản,${VU_BAN_FIGURES}`, Y_YEN, '4,Chi cục THADS huyện Vụ Bản,20,5,15,0,0,20,12,10,1,1,0,0,0,8,']);
    expect(r.code, r.stderr).toBe(0);
    // 700+20; 498+12; 415+11; 426/510 = 83.53 %
    expect(totals(r.stdout)).toEqual(['720', '510', '426', '83.53']);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
  });

  test('a huyện and a thành phố of one name with equal figures: two offices, 900 / 636 / 525', async () => {
    const r = await readers.both('units-2019.csv', [...HEAD, MY_LOC, `2,Huyện Vụ Bản,${VU_BAN_FIGURES}`, Y_YEN, `4,Thành phố Vụ Bản,${VU_BAN_FIGURES}`]);
    expect(r.code, r.stderr).toBe(0);
    // 700+200; 498+138; 415+110; 525/636 = 82.55 %
    expect(totals(r.stdout)).toEqual(['900', '636', '525', '82.55']);
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  test('a bare name beside its namesake thành phố with equal figures is the huyện: two offices (work103a 04)', async () => {
    // "TP. Vụ Bản" and the bare "Vụ Bản" (the huyện, as beside "TP. Cao Lãnh" the bare "Cao Lãnh"
    // is): refused REPEATED_ROW, a false refusal. Right: 700 + 200 = 900; 498 + 138 = 636; 415 + 110 = 525.
    const r = await readers.both('namesake-2019.csv', [...HEAD, MY_LOC, `2,TP. Vụ Bản,${VU_BAN_FIGURES}`, Y_YEN, `4,Vụ Bản,${VU_BAN_FIGURES}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['900', '636', '525', '82.55']);
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });

  test('one office under two spellings, both rows zero: adds nothing, 500 / 360 / 305', async () => {
    const zeros = '0,0,0,0,0,0,0,0,0,0,0,0,0,0,';
    const r = await readers.both('zeros-2019.csv', [...HEAD, MY_LOC, `2,Vụ Bản,${zeros}`, Y_YEN, `4,Chi cục THADS huyện Vụ Bản,${zeros}`]);
    expect(r.code, r.stderr).toBe(0);
    // 300+200; 190+170; 170+135; 305/360 = 84.72 %
    expect(totals(r.stdout)).toEqual(['500', '360', '305', '84.72']);
    expect(r.stderr).not.toContain('REPEATED_ROW');
  });
});
