// An office's report sent again under its name run together (work104d 02, 03). Files whose office
// is their file's name: "Mỹ Lộc viec 2024.csv", "Vụ Bản viec 2024.csv" and the same Mỹ Lộc report
// resent as "MyLoc_viec_2024.csv" were summed as three offices, exit 0 ("My Loc", "Cho_Moi" were
// refused: diacritics were folded, word boundaries not); the city's report named "TP.NĐ" / "TPNĐ"
// (its province's initials, as "TP.HCM") beside the province table's "Thành phố Nam Định" row was
// added, exit 0. Right: refused DUPLICATE_INPUT naming both files, as the spaced spellings are
// (office-names.ts joinedKey: word boundaries — spaces, "_", capitals — folded; "TP."/"TX." and
// a province's initials read as that province's city). Controls: another office whose folded
// name differs ("MyDuc" = Mỹ Đức) is added; the same joined name in two years (2023, 2024) is
// two years of one office; "KhuVuc1" beside "KhuVuc11" are two regions; the bare "Nam Định"
// province table beside "TP Nam Dinh" keeps today's refusal.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-joinedname-');

const HEAD = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', 'Đơn vị tính: việc'];
const FIELDS = 'Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện';
/** one office's report of 2024 (no office column: the office is the file's name) */
const report = (figures: string, year = 2024) => [HEAD[0]!, `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`, HEAD[2]!, FIELDS, figures];
const MY_LOC = '701,690,580,520,13,110';
const VU_BAN = '782,770,655,611,19,115';
/** 2025: a khu vực's report */
/** the same lines as re-saved by Excel (BOM, CRLF): a resent copy, never byte-identical */
const resaved = (lines: readonly string[]) => lines.map((l, i) => `${i === 0 ? '\ufeff' : ''}${l}\r`);
const region = (figures: string) => ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025', 'Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện', figures];

function run(files: readonly string[], extra: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'json', ...extra], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { toExecute: string | null; withConditions: string | null; resolved: string | null; rate: string | null };
/** each office's and the total's [to execute, with conditions, resolved, rate] */
function figures(stdout: string): Record<string, (string | null)[] | null> {
  const j = JSON.parse(stdout) as { groups: { district: string; year: number; cases: Totals }[]; total: { cases: Totals } | null };
  const of = (t: Totals) => [t.toExecute, t.withConditions, t.resolved, t.rate];
  return { ...Object.fromEntries(j.groups.map((g) => [`${g.district} ${g.year}`, of(g.cases)])), TOTAL: j.total && of(j.total.cases) };
}

describe('an office resent under its name run together', () => {
  const myLoc = file('Mỹ Lộc viec 2024.csv', report(MY_LOC));
  const vuBan = file('Vụ Bản viec 2024.csv', report(VU_BAN));

  test('"MyLoc_viec_2024.csv" beside "Mỹ Lộc viec 2024.csv" is refused naming both files (was: three offices, to execute 2 150, exit 0)', () => {
    // by hand, the true totals: to execute 690+770 = 1 460, with conditions 580+655 = 1 235,
    // resolved (520+13)+(611+19) = 533+630 = 1 163 — thads refuses rather than print 2 150
    const r = run([myLoc, vuBan, file('MyLoc_viec_2024.csv', resaved(report(MY_LOC)))]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
    expect(r.stderr).toMatch(/^MyLoc_viec_2024\.csv:5: error: cases of "MyLoc" \(2024\) are given again: Mỹ Lộc viec 2024\.csv:5 already gave them as "Mỹ Lộc"/m);
    expect(r.stdout).toBe('');
  });

  test('other run-together spellings of Mỹ Lộc: "H.MyLoc", "CCTHADS_MyLoc", "myloc", "MYLOC"', () => {
    for (const name of ['H.MyLoc viec 2024.csv', 'CCTHADS_MyLoc_viec_2024.csv', 'myloc viec 2024.csv', 'MYLOC viec 2024.csv']) {
      const r = run([myLoc, vuBan, file(name, resaved(report(MY_LOC)))]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr), name).toEqual(['DUPLICATE_INPUT']);
    }
  });

  test('"chomoi", "ChoMoi", "CHOMOI" beside "Chợ Mới" are refused, as "Cho_Moi" is today', () => {
    const choMoi = file('Chợ Mới viec 2024.csv', report(MY_LOC));
    for (const name of ['chomoi viec 2024.csv', 'ChoMoi viec 2024.csv', 'CHOMOI viec 2024.csv', 'Cho_Moi_viec_2024.csv']) {
      const r = run([choMoi, file(name, resaved(report(MY_LOC)))]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr), name).toEqual(['DUPLICATE_INPUT']);
    }
  });

  test('"PTHADS_KhuVuc1" and "KhuVuc1" beside "Phòng THADS khu vực 1" (2025) are refused (was: to execute 2 000, exit 0)', () => {
    const kv1 = file('Phòng THADS khu vực 1 viec 2025.csv', region('1000,800,600,20,200'));
    for (const name of ['PTHADS_KhuVuc1_viec_2025.csv', 'KhuVuc1 viec 2025.csv']) {
      const r = run([kv1, file(name, resaved(region('1000,800,600,20,200')))]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr), name).toEqual(['DUPLICATE_INPUT']);
      expect(r.stderr).toMatch(/already gave them as "Phòng THADS khu vực 1"/);
    }
  });

  test('xlsx twin: "MyLoc_viec_2024.xlsx" beside the two CSV files is refused', async () => {
    const lines = [...HEAD, FIELDS.replace(/,/g, ';'), MY_LOC.replace(/,/g, ';')];
    const r = await summarizeLinesWorkbook(dir, 'MyLoc_viec_2024.xlsx', lines, [myLoc, vuBan, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
    expect(r.stderr).toMatch(/Mỹ Lộc viec 2024\.csv:5: error: cases of "Mỹ Lộc" \(2024\) are given again: .*MyLoc_viec_2024\.xlsx:Sheet1!5:5 already gave them as "MyLoc"/);
  });

  test('control: "MyDuc" (another office) beside Mỹ Lộc and Vụ Bản is added', () => {
    const r = run([myLoc, vuBan, file('MyDuc_viec_2024.csv', report('101,100,80,70,5,20'))]);
    expect(r.code, r.stderr).toBe(0);
    // by hand: to execute 690+770+100 = 1 560, with conditions 580+655+80 = 1 315,
    // resolved 533+630+(70+5) = 1 238, rate 1238/1315 = 94.14 %
    expect(figures(r.stdout).TOTAL).toEqual(['1560', '1315', '1238', '94.14']);
  });

  test('control: "MyLoc" of 2023 beside "Mỹ Lộc" of 2024 is one office in two years, summed per year', () => {
    const r = run([myLoc, file('MyLoc_viec_2023.csv', report('601,600,500,450,10,100', 2023))], ['--by', 'year,district']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('DUPLICATE_INPUT');
    // by hand: 2024 533/580 = 91.90 %; 2023 (450+10)/500 = 92.00 %
    const f = figures(r.stdout);
    expect(f['Mỹ Lộc 2024']).toEqual(['690', '580', '533', '91.90']);
    expect(f['MyLoc 2023']).toEqual(['600', '500', '460', '92.00']);
  });

  test('control: "KhuVuc1" beside "KhuVuc11" are two regions, added', () => {
    const r = run([file('KhuVuc1 viec 2025.csv', region('1000,800,600,20,200')), file('KhuVuc11 viec 2025.csv', region('500,400,300,10,100'))]);
    expect(r.code, r.stderr).toBe(0);
    // by hand: to execute 1000+500 = 1 500, with conditions 800+400 = 1 200, resolved 620+310 = 930, 930/1200 = 77.50 %
    expect(figures(r.stdout).TOTAL).toEqual(['1500', '1200', '930', '77.50']);
  });
});

describe('the city resent as its province\'s initials, "TP.NĐ"', () => {
  const TABLE = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024',
    '(Từ ngày 01/10/2023 đến ngày 30/9/2024)',
    'Đơn vị tính: việc',
    `STT,Đơn vị,${FIELDS}`,
    '1,Thành phố Nam Định,729,714,608,545,37,106',
    '2,Mỹ Lộc,701,694,586,520,13,108',
    '3,Vụ Bản,782,776,655,611,19,121',
    ',Tổng cộng,2.212,2.184,1.849,1.676,69,335',
  ];
  const table = file('Nam Dinh viec 2024.csv', TABLE);
  const city = (name: string) => file(name, ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', 'Đơn vị tính: việc', FIELDS, '729,714,608,545,37,106']);

  test('"TP.NĐ" and "TPNĐ" beside the table\'s "Thành phố Nam Định" are refused (was: to execute 2 898, exit 0)', () => {
    // by hand, the true totals (= the table's Tổng cộng): to execute 714+694+776 = 2 184, with
    // conditions 608+586+655 = 1 849, resolved 582+533+630 = 1 745 — thads refuses rather than print 2 898
    for (const name of ['TP.NĐ viec 2024.csv', 'TPNĐ viec 2024.csv', 'TP.ND viec 2024.csv']) {
      const r = run([table, city(name)]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(stderrCodes(r.stderr), name).toContain('DUPLICATE_INPUT');
      expect(r.stderr).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}:4: error: cases of ".*" \\(2024\\) are given again: Nam Dinh viec 2024\\.csv:6 already gave them as "Thành phố Nam Định"`, 'm'));
    }
  });

  test('control: the table alone sums to its own Tổng cộng', () => {
    const r = run([table]);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 1745/1849 = 94.375… → 94.38 %
    expect(figures(r.stdout).TOTAL).toEqual(['2184', '1849', '1745', '94.38']);
  });

  test('control: "TP.HN" (Hà Nam or Hà Nội: two provinces\' initials) beside the Nam Định table is no office of it', () => {
    const r = run([table, city('TP.HN viec 2024.csv')]);
    expect(stderrCodes(r.stderr)).not.toContain('DUPLICATE_INPUT');
  });
});
