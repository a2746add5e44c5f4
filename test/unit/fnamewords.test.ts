// The office, total and period a file's name gives, where report words stand around the office's
// name (round 93a, 05; the CLI suite is test/cli/fnamewords.test.ts). Controls: the readings that
// must stay — "tổng hợp" alone or beside a province, a whole or several offices names a total; a
// count of months before "cuối năm" is the period rule's; "(số liệu đến 31.8)" stays in sight.
import { describe, expect, it } from 'vitest';
import { fileNamesOffice, fileNamesTotal, officeFromFileName, periodOfFileName, provinceNamedAlone } from '../../src/input/file-names.js';

describe('report words are no part of the office', () => {
  it.each([
    ['Mỹ Lộc cuối năm 2024.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc tổng hợp 2024.csv', 'Mỹ Lộc'],
    ['Tổng hợp - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['my-loc-tong-hop-2024.csv', 'my-loc'],
    ['my-loc-cuoi-nam-2024.csv', 'my-loc'],
    ['Mỹ Lộc BC tổng hợp 2024.csv', 'Mỹ Lộc'],
    ['KQ Mỹ Lộc 2024.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc - TK - 2024.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc số liệu năm 2024.csv', 'Mỹ Lộc'],
    ['Số liệu Mỹ Lộc 2024.csv', 'Mỹ Lộc'],
    ['Phòng THADS khu vực 1 tổng hợp 2026.csv', 'Phòng THADS khu vực 1'],
    ['Quận 1 KQ 2024.csv', 'Quận 1'],
    ['Mỹ Lộc (tổng hợp) 2024.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (việc) 2024.csv', 'Mỹ Lộc'],
  ])('%s → %s, no total', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
    expect(fileNamesTotal(file)).toBe(false);
  });
});

describe('controls: readings that stay', () => {
  it.each([
    ['Tổng hợp 2019.csv', 'Tổng hợp'],
    ['Tổng hợp toàn tỉnh 2019.csv', 'Tổng hợp toàn tỉnh'],
    ['Tổng hợp Nam Định 2019.csv', 'Tổng hợp Nam Định'],
    ['Tổng hợp các Chi cục 2019.csv', 'Tổng hợp các Chi cục'],
    ['Tổng hợp Mỹ Lộc và Vụ Bản 2019.csv', 'Tổng hợp Mỹ Lộc và Vụ Bản'],
    ['TP Nam Định tổng hợp 2024.csv', 'TP Nam Định tổng hợp'],
    ['Cục THADS Nam Định tổng hợp 2019.csv', 'Cục THADS Nam Định tổng hợp'],
  ])('%s: a total\'s name, "%s"', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
    expect(fileNamesTotal(file)).toBe(true);
  });

  it('a count of months before "cuối năm" stays the period rule\'s', () => {
    expect(officeFromFileName('Mỹ Lộc 6 tháng cuối năm 2024.csv')).toBe('Mỹ Lộc');
    expect(officeFromFileName('Mỹ Lộc nửa cuối năm 2024.csv')).toBe('Mỹ Lộc');
    expect(periodOfFileName('Mỹ Lộc 6 tháng cuối năm 2024.csv')).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(periodOfFileName('Mỹ Lộc nửa cuối năm 2024.csv')).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(periodOfFileName('Mỹ Lộc cuối năm 2024.csv')).toEqual({ start: null, end: null });
  });

  it('"số liệu" before a period\'s or a comparison\'s words stays in sight', () => {
    expect(officeFromFileName('Mỹ Lộc (số liệu đến 31.8) 2024.csv')).toBe('Mỹ Lộc (số liệu đến 31.8)');
    expect(officeFromFileName('Số liệu năm trước Mỹ Lộc.csv')).toBe('Số liệu năm trước Mỹ Lộc');
    expect(officeFromFileName('Mỹ Lộc số liệu cùng kỳ.csv')).toBe('Mỹ Lộc số liệu cùng kỳ');
  });

  it('initials after a unit\'s word are a place\'s, not "TK"/"KQ": "Q TK 2024" keeps them', () => {
    expect(officeFromFileName('Q TK 2024.csv')).toBe('Q TK');
  });

  it('a name of report words alone names no office, as "BC 2019" does; a province alone stays one', () => {
    for (const f of ['BC 2019.csv', 'Số liệu 2019.csv', 'KQ 2019.csv', 'Số liệu cuối năm 2019.csv']) expect(fileNamesOffice(f)).toBe(false);
    expect(provinceNamedAlone('Ninh Bình cuối năm 2024.csv')).toBe('Ninh Bình');
    expect(provinceNamedAlone('Ninh Bình cả năm 2024.csv')).toBe('Ninh Bình');
  });
});
