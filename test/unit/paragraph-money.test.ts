// The year-end paragraph's money, run on files as an office writes them (findings 01 and 02 of
// round 51b): an amount under 0,0005 tỷ beside 1 tỷ or more read "0,000 tỷ đồng", and round
// amounts read "12,000 tỷ đồng" (twelve thousand in the other convention). Expected sentences
// are written from the figures by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-paragraph-money-'));
const HEADER = 'Tỉnh,Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong';

function write(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  return path;
}

async function paragraph(current: string, previous: string, lang: 'vi' | 'en'): Promise<string> {
  const r = await runThads(['summarize', current, '--previous', previous, '--format', 'text', '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('money in the paragraph', () => {
  // Nậm Nhùn: 2.500.000.000 − 2.500.300.000 = −300.000 đồng; 400.000 of 1.200.000.000 = 0,0333 %.
  const y2018 = write('lai-chau-2018.csv', ['Lai Châu,Chi cục THADS huyện Nậm Nhùn,2500300000,1200000000,500000000', 'Lai Châu,Chi cục THADS huyện Sìn Hồ,3000000000,1500000000,500000000']);
  const y2019 = write('lai-chau-2019.csv', ['Lai Châu,Chi cục THADS huyện Nậm Nhùn,2500000000,1200000000,400000', 'Lai Châu,Chi cục THADS huyện Sìn Hồ,3100000000,1500000000,600000000']);

  it('a few hundred nghìn beside tỷ is stated in nghìn đồng, never 0,000 tỷ', async () => {
    expect(await paragraph(y2019, y2018, 'vi')).toContain(
      'của Chi cục THADS huyện Nậm Nhùn: về tiền, tổng số tiền thụ lý 2,5 tỷ đồng, giảm 300 nghìn đồng so với năm 2018; đã giải quyết xong 400 nghìn đồng trên 1,2 tỷ đồng có điều kiện thi hành, đạt 0,03%,',
    );
    // the province: 5.600.000.000 − 5.500.300.000 = 99.700.000 đồng, 600.400.000 of 2.700.000.000
    expect(await paragraph(y2019, y2018, 'vi')).toContain('toàn tỉnh Lai Châu: về tiền, tổng số tiền thụ lý 5,6 tỷ đồng, tăng 99,7 triệu đồng so với năm 2018; đã giải quyết xong 0,6/2,7 tỷ đồng có điều kiện thi hành, đạt 22,24%;');
    expect(await paragraph(y2019, y2018, 'en')).toContain(
      'Chi cục THADS huyện Nậm Nhùn accepted 2.5 billion VND in total, 300 thousand VND less than in 2018, and resolved 400 thousand VND of the 1.2 billion VND enforceable: a rate of 0.03%,',
    );
  });

  // Mỹ Lộc: 12.000.000.000 − 11.970.000.000 = 30.000.000; Vụ Bản 8.000.000.000 − 8.050.000.000 = −50.000.000.
  const r2018 = write('nam-dinh-2018.csv', ['Nam Định,Chi cục THADS huyện Mỹ Lộc,11970000000,5000000000,2000000000', 'Nam Định,Chi cục THADS huyện Vụ Bản,8050000000,4000000000,1000000000']);
  const r2019 = write('nam-dinh-2019.csv', ['Nam Định,Chi cục THADS huyện Mỹ Lộc,12000000000,5000000000,2000000000', 'Nam Định,Chi cục THADS huyện Vụ Bản,8000000000,4000000000,1000000000']);

  it('round amounts without their zeros, never 12,000 tỷ', async () => {
    const vi = await paragraph(r2019, r2018, 'vi');
    expect(vi).toContain('Mỹ Lộc: về tiền, tổng số tiền thụ lý 12 tỷ đồng, tăng 30 triệu đồng so với năm 2018; đã giải quyết xong 2/5 tỷ đồng có điều kiện thi hành, đạt 40,00%,');
    expect(vi).toContain('Vụ Bản: về tiền, tổng số tiền thụ lý 8 tỷ đồng, giảm 50 triệu đồng so với năm 2018; đã giải quyết xong 1/4 tỷ đồng có điều kiện thi hành, đạt 25,00%,');
    expect(vi).not.toMatch(/\d,\d{3} /);
    const en = await paragraph(r2019, r2018, 'en');
    expect(en).toContain('Mỹ Lộc accepted 12 billion VND in total, 30 million VND more than in 2018, and resolved 2 of the 5 billion VND enforceable: a rate of 40.00%,');
    expect(en).not.toMatch(/\d\.\d{3} /);
  });
});
