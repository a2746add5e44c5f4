// mergedOffices' older names and the unit they state (traps23 3). Hà Tĩnh 2024: Văn phòng Cục
// 200 / 150, thành phố Hà Tĩnh 1.000 / 800, Thạch Hà 600 / 500, Cẩm Xuyên 700 / 560, huyện Kỳ
// Anh 400 / 300, thị xã Kỳ Anh 300 / 270 (có điều kiện / xong). 2025: Văn phòng 250 / 200, khu
// vực 1 1.700 / 1.450, khu vực 2 1.200 / 1.000, khu vực 3 300 / 260. A bare "Kỳ Anh" under khu
// vực 2 took both Kỳ Anh into it: 83,33 − (560 + 300 + 270) / (700 + 400 + 300) = +2,62, exit 0
// (README: huyện and thị xã Long Mỹ never pair with a bare Long Mỹ). Refused now, naming both and
// the units to write. With the thị xã listed under khu vực 3 the config was refused as "Thị xã Kỳ
// Anh" listed under both khu vực, a name never written under khu vực 2: now each is quoted as
// written. Each named with its unit, by hand: khu vực 2 = Cẩm Xuyên + huyện Kỳ Anh = 860 / 1.100
// = 78,18 %, 83,33 − 78,18 = +5,15; khu vực 3 = thị xã Kỳ Anh 270 / 300 = 90 %, 86,67 − 90 = −3,33.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-merged-office-unit-');
const HEADER = 'STT;Đơn vị;Có điều kiện;Giải quyết xong';
const KV1 = '"Phòng THADS khu vực 1": ["Chi cục THADS thành phố Hà Tĩnh", "Thạch Hà"]';
write({
  'ha-tinh-2024.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024;;;', HEADER, '1;Văn phòng Cục;200;150', '2;Chi cục THADS thành phố Hà Tĩnh;1000;800', '3;Chi cục THADS huyện Thạch Hà;600;500', '4;Chi cục THADS huyện Cẩm Xuyên;700;560', '5;Chi cục THADS huyện Kỳ Anh;400;300', '6;Chi cục THADS thị xã Kỳ Anh;300;270'],
  'ha-tinh-2025.csv': ['THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025;;;', HEADER, '1;Văn phòng Cục;250;200', '2;Phòng THADS khu vực 1;1700;1450', '3;Phòng THADS khu vực 2;1200;1000', '4;Phòng THADS khu vực 3;300;260'],
  'bare.json': [`{"mergedOffices":{${KV1},"Phòng THADS khu vực 2":["Cẩm Xuyên","Kỳ Anh"],"Phòng THADS khu vực 3":["Kỳ Anh"]}}`],
  'bare-kv2.json': [`{"mergedOffices":{${KV1},"Phòng THADS khu vực 2":["Cẩm Xuyên","Kỳ Anh"]}}`],
  'thi-xa-kv3.json': [`{"mergedOffices":{${KV1},"Phòng THADS khu vực 2":["Cẩm Xuyên","Kỳ Anh"],"Phòng THADS khu vực 3":["Thị xã Kỳ Anh"]}}`],
  'units.json': [`{"mergedOffices":{${KV1},"Phòng THADS khu vực 2":["Cẩm Xuyên","Huyện Kỳ Anh"],"Phòng THADS khu vực 3":["Chi cục THADS thị xã Kỳ Anh"]}}`],
  'twice.json': [`{"mergedOffices":{${KV1},"Phòng THADS khu vực 2":["Cẩm Xuyên","Chi cục THADS huyện Kỳ Anh"],"Phòng THADS khu vực 3":["Huyện Kỳ Anh"]}}`],
});

function run(config: string) {
  const r = spawnThads(['summarize', 'ha-tinh-2025.csv', '--previous', 'ha-tinh-2024.csv', '--config', config, '--format', 'csv'], { cwd: dir });
  const [head, ...rows] = r.stdout === '' ? [[]] : r.stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return { ...r, change: Object.fromEntries(rows.map((row) => [row[at('district')], row[at('cases_rate_change')]])) };
}

describe('an older office of mergedOffices and its unit', () => {
  it('a bare "Kỳ Anh" where the previous files hold huyện and thị xã Kỳ Anh: refused, never both taken into khu vực 2', () => {
    const r = run('bare-kv2.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Kỳ Anh" names 2 offices of Hà Tĩnh in the previous year\'s files ("Chi cục THADS huyện Kỳ Anh", "Chi cục THADS thị xã Kỳ Anh")');
    expect(r.stderr).toContain('hint: name the one meant with its unit: "Huyện Kỳ Anh" or "Thị xã Kỳ Anh"');
    expect(r.stderr).toContain('[MERGED_OFFICE_AMBIGUOUS]');
  });

  it('the thị xã named under khu vực 3 beside a bare "Kỳ Anh" under khu vực 2: a config error quoting each as written', () => {
    const r = run('thi-xa-kv3.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('listed under both');
    expect(r.stderr).toContain('mergedOffices: "Thị xã Kỳ Anh" under "Phòng THADS khu vực 3" and "Kỳ Anh" under "Phòng THADS khu vực 2" may name one office');
    expect(r.stderr).toContain('write each with its unit');
  });

  it('each named with its unit: khu vực 2 = Cẩm Xuyên + huyện Kỳ Anh (+5,15), khu vực 3 = thị xã Kỳ Anh (−3,33)', () => {
    const r = run('units.json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.change['Phòng THADS khu vực 2']).toBe('5.15');
    expect(r.change['Phòng THADS khu vực 3']).toBe('-3.33');
  });

  it('one office under two newer ones, written two ways: a config error quoting both as written', () => {
    const r = run('twice.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mergedOffices: "Huyện Kỳ Anh" under "Phòng THADS khu vực 3" and "Chi cục THADS huyện Kỳ Anh" under "Phòng THADS khu vực 2" may name one office');
    // the same bare name under both: said as before
    const bare = run('bare.json');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('mergedOffices: "Kỳ Anh" is listed under both "Phòng THADS khu vực 2" and "Phòng THADS khu vực 3"');
  });
});
