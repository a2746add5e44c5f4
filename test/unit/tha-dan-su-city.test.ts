// "THA dân sự thành phố Hà Tĩnh" — the capital city's office in the agency's short spelling — is
// the city's office, not the province (round 85a, over-reach of session 23's "THA dân sự"
// province prefix): beside its siblings' files it was refused PROVINCE_BESIDE_ITS_OFFICES (01);
// in a Cục's table it headed the rows below it as a section (02); equal to "Cấp tỉnh" it took
// that line for its own level line, and the Cục's level was dropped (03: 400 for 450, exit 0).
// Both readers, summarize and check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth, type Files } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-tha-city-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// keyRows: the total's cases with conditions and resolved
const FIG = 'Việc tổng số phải thi hành,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong';

async function readRight(files: Files, right: string, extra: string[] = []): Promise<void> {
  const r = await bothOnFiles(dir, files, ['--format', 'csv', '--by', 'none', '--year', '2019', ...extra]);
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  expect(keyRows(r.stdout).slice(-1)).toEqual([right]);
  const c = await checkBoth(dir, Object.keys(files), ['--year', '2019', ...extra]);
  expect(c.code).toBe(0);
}

describe('01: the city\'s own file beside its siblings\' files is an office', () => {
  it.each(['Hà Tĩnh', 'Bạc Liêu'])('"THA dân sự thành phố %s", the largest office in every figure: added', async (p) => {
    const d = p === 'Hà Tĩnh' ? 'a' : 'b';
    // to execute 100 + 200 + 300 = 600; with conditions 80 + 150 + 250 = 480; resolved 60 + 120 + 180 = 360
    await readRight(
      {
        [`${d}/x-2019.csv`]: [`Tỉnh,Đơn vị,${FIG}`, `${p},THA dân sự huyện Một,100,80,50,10,60`],
        [`${d}/y-2019.csv`]: [`Tỉnh,Đơn vị,${FIG}`, `${p},THA dân sự thị xã Hai,200,150,100,20,120`],
        [`${d}/tp-2019.csv`]: [`Tỉnh,Đơn vị,${FIG}`, `${p},THA dân sự thành phố ${p},300,250,150,30,180`],
      },
      ',TOTAL,480,360',
    );
  });
});

describe('02: a Cục\'s table listing the Cục, then "THA dân sự huyện …", "THA dân sự thành phố Hà Tĩnh"', () => {
  it('reads its four offices: 700 / 590 / 445 (was SECTION_ROW_MISMATCH)', async () => {
    // 50 + 300 + 300 + 50 = 700; 40 + 250 + 260 + 40 = 590; 20 + 150 + 180 + 20 = 370; 5 + 30 + 35 + 5 = 75; 25 + 180 + 215 + 25 = 445
    await readRight(
      {
        'c/bao-cao-ha-tinh-2019.csv': [
          'CỤC THADS TỈNH HÀ TĨNH',
          `STT,Đơn vị,${FIG}`,
          '1,Cục THADS tỉnh Hà Tĩnh,50,40,20,5,25',
          '2,THA dân sự huyện Cẩm Xuyên,300,250,150,30,180',
          '3,THA DS TP. Hà Tĩnh,300,260,180,35,215',
          '4,THA dân sự thị xã Hồng Lĩnh,50,40,20,5,25',
          ',Tổng cộng,700,590,370,75,445',
        ],
      },
      ',TOTAL,590,445',
    );
  });
});

describe('03: "Cấp tỉnh" equal to the city\'s row is the Cục\'s level, added', () => {
  it('Cấp tỉnh 50 + the three offices 400 = 450 (printed 400 before)', async () => {
    // 50 + 400 = 450; 40 + 330 = 370; 20 + 190 = 210; 5 + 40 = 45; 25 + 230 = 255
    await readRight(
      {
        'd/bao-cao-ha-tinh-2019.csv': [
          'CỤC THADS TỈNH HÀ TĨNH',
          `STT,Đơn vị,${FIG}`,
          ',Cấp tỉnh,50,40,20,5,25',
          ',Cấp huyện,400,330,190,40,230',
          '1,THA dân sự huyện Cẩm Xuyên,300,250,150,30,180',
          '2,THA dân sự thành phố Hà Tĩnh,50,40,20,5,25',
          '3,THA dân sự thị xã Hồng Lĩnh,50,40,20,5,25',
        ],
      },
      ',TOTAL,370,255',
    );
  });

  it('control: a centrally-run city\'s own row "THA dân sự thành phố Hà Nội" is the Cục\'s, its "Cấp tỉnh" line not added twice', async () => {
    // Cấp tỉnh = the Cục's row (50 …): 50 + 400 = 450, not 500
    await readRight(
      {
        'e/ha-noi-2019.csv': [
          'CỤC THADS THÀNH PHỐ HÀ NỘI',
          `STT,Đơn vị,${FIG}`,
          ',Cấp tỉnh,50,40,20,5,25',
          ',Cấp huyện,400,330,190,40,230',
          '1,THA dân sự thành phố Hà Nội,50,40,20,5,25',
          '2,THA dân sự quận Ba Đình,300,250,150,30,180',
          '3,THA dân sự quận Hoàn Kiếm,50,40,20,5,25',
          '4,THA dân sự huyện Sóc Sơn,50,40,20,5,25',
        ],
      },
      ',TOTAL,370,255',
    );
  });
});
