// TT 05/2024's forms by office and by enforcer: an office's row numbered 1, then its enforcers'
// rows numbered 1.1, 1.2 with the office's name repeated (round 19, finding 02: refused as a
// breakdown). The office's row is their subtotal; a breakdown "1.1 Tín dụng" is still refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-enforcer-sub-items-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ';

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}

describe('enforcers numbered under their office', () => {
  it('are the office\'s rows, its own row their subtotal', async () => {
    const r = await both('kv-viec-2025.csv', [
      HEADER,
      '1,Phòng THADS khu vực 1,,150,100,10',
      '1.1,Phòng THADS khu vực 1,Nguyễn Văn An,90,60,5',
      '1.2,Phòng THADS khu vực 1,Trần Thị Bình,60,40,5',
      '2,Phòng THADS khu vực 2,,100,70,5',
      '2.1,Phòng THADS khu vực 2,Lê Văn Cường,100,70,5',
      ',Tổng cộng,,250,170,15',
    ]);
    expect(r.code).toBe(0);
    // 110/150 = 73.33 %, 75/100 = 75.00 %, 185/250 = 74.00 %
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 150 110 73.33', 'Phòng THADS khu vực 2 100 75 75.00', 'TOTAL 250 185 74.00']);
  });

  it('a sub-item with another name is still a breakdown line, refused', async () => {
    const r = await both('kv-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,150,100,10', '1.1,Tín dụng ngân hàng,,90,60,5', '2,Phòng THADS khu vực 2,,100,70,5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Tín dụng ngân hàng" is numbered "1.1", a sub-item of item 1');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it('an office row that is not its enforcers\' sum is refused, above them or below (never added beside them)', async () => {
    // 150 ≠ 90 + 50: summed as an office it made 290 with exit 0
    const above = await both('kv-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,150,100,10', '1.1,Phòng THADS khu vực 1,Nguyễn Văn An,90,60,5', '1.2,Phòng THADS khu vực 1,Trần Thị Bình,50,40,5', '2,Phòng THADS khu vực 2,,100,70,5']);
    expect(above.code).toBe(1);
    expect(above.stderr).toContain(`FILE:2: error: "Phòng THADS khu vực 1" on this row names no enforcer and is not the sum of its enforcers' rows (lines 3–4)`);
    expect(above.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
    expect(above.stdout).toBe('');
    const below = await both('kv-viec-2025.csv', ['Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ', 'Mỹ Lộc,Nguyễn Văn An,90,60,5', 'Mỹ Lộc,Trần Thị Bình,50,40,5', 'Mỹ Lộc,,150,100,10', 'Vụ Bản,Lê Văn Cường,100,70,5']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain(`FILE:4: error: "Mỹ Lộc" on this row names no enforcer and is not the sum of its enforcers' rows (lines 2–3)`);
  });

  it('one that is their sum is their subtotal, above or below', async () => {
    const below = await both('kv-viec-2025.csv', ['Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ', 'Mỹ Lộc,Nguyễn Văn An,90,60,5', 'Mỹ Lộc,Trần Thị Bình,60,40,5', 'Mỹ Lộc,,150,100,10', 'Vụ Bản,Lê Văn Cường,100,70,5']);
    expect(below.code).toBe(0);
    expect(rows(below.stdout)).toEqual(['Mỹ Lộc 150 110 73.33', 'Vụ Bản 100 75 75.00', 'TOTAL 250 185 74.00']);
  });

  it('one figure one short of the enforcers\' sum is refused too (round 20, 01: added, KV1 counted twice)', async () => {
    const r = await both('kv-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,300,200,149', '1.1,Phòng THADS khu vực 1,Nguyễn Văn An,180,120,90', '1.2,Phòng THADS khu vực 1,Trần Thị Bình,120,80,60']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: "Phòng THADS khu vực 1" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 3–4)');
  });

  it('an office name merged down over its enforcers (a sheet saved as CSV) is each enforcer row\'s office (round 20, 02)', async () => {
    const r = await both('kv-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,300,150,50', ',,Nguyễn Văn An,180,90,30', ',,Trần Thị Bình,120,60,20', '2,Phòng THADS khu vực 2,,100,60,20', ',,Lê Văn Cường,100,60,20']);
    expect(r.code).toBe(0);
    // each office row is its enforcers' subtotal: 200/300 = 66.67 %, 80/100 = 80.00 %, 280/400 = 70.00 %
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 300 200 66.67', 'Phòng THADS khu vực 2 100 80 80.00', 'TOTAL 400 280 70.00']);
  });

  it('a row without an office name and without an enforcer stays refused', async () => {
    const r = await both('kv-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,300,200,150', ',,,180,120,90']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });
});

describe('enforcers numbered under their office\'s title without figures (TT 05/2024 by enforcer)', () => {
  const FILE = [
    HEADER,
    '1,Phòng THADS khu vực 1,,,,',
    '1.1,Phòng THADS khu vực 1,Nguyễn Văn An,90,60,5',
    '1.2,Phòng THADS khu vực 1,Trần Thị Bình,50,40,5',
    '2,Phòng THADS khu vực 2,,,,',
    '2.1,Phòng THADS khu vực 2,Lê Văn Cường,60,40,2',
  ];
  // KV1: 90 + 50 = 140, resolved 60 + 5 + 40 + 5 = 110 (78.57 %); KV2: 60, 40 + 2 = 42 (70.00 %);
  // total 200 / 152 = 76.00 %
  const READ = ['Phòng THADS khu vực 1 140 110 78.57', 'Phòng THADS khu vực 2 60 42 70.00', 'TOTAL 200 152 76.00'];

  it('are the office\'s rows, its title their heading: no refusal, no office without figures (was NOT_AN_OFFICE)', async () => {
    const r = await both('enf2-viec-2025.csv', FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
    expect(r.stderr).not.toContain('NOT_AN_OFFICE');
  });

  it('the office\'s name folded as office names are ("PHÒNG THADS KHU VỰC 1")', async () => {
    const r = await both('enf2-viec-2025.csv', [HEADER, '1,PHÒNG THADS KHU VỰC 1,,,,', '1.1,Phòng THADS khu vực 1,Nguyễn Văn An,90,60,5', '1.2,Phòng THADS khu vực 1,Trần Thị Bình,50,40,5']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 140 110 78.57', 'TOTAL 140 110 78.57']);
  });

  it('the office cell merged down (left empty) on its sub-items: the title\'s, as under an office row with figures', async () => {
    const r = await both('enf2-viec-2025.csv', FILE.map((l) => l.replace(/^(\d\.\d),Phòng THADS khu vực \d,/, '$1,,')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
  });

  it('a title without figures and no rows of its own below it is still an office without figures', async () => {
    const r = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', '2,Phòng THADS khu vực 2,Lê Văn Cường,60,40,2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('FILE:2:4: warning: "Phòng THADS khu vực 1" is numbered as an office but its row has no figure: it is left out of the total and the count of offices [OFFICE_WITHOUT_FIGURES]');
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 2 60 42 70.00', 'TOTAL 60 42 70.00']);
  });

  it('a sub-item naming another office under the title is still refused', async () => {
    const r = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', '1.1,Phòng THADS khu vực 2,Nguyễn Văn An,90,60,5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: "Phòng THADS khu vực 2" (numbered "1.1") is a line under "Phòng THADS khu vực 1" (line 2), a title without figures that is no section, level or group of offices: its lines may be one office\'s (its enforcers) or a breakdown, which thads cannot tell apart, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('enforcers without an STT, the office cell merged down (left empty): the title\'s rows (round 29, 06: MISSING_DISTRICT)', async () => {
    const r = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', ',,Nguyễn Văn An,90,60,5', ',,Trần Thị Bình,50,40,5', '2,Phòng THADS khu vực 2,,,,', ',,Lê Văn Cường,60,40,2', ',Tổng cộng,,200,140,12']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
    expect(r.stderr).not.toContain('MISSING_DISTRICT');
  });

  it('enforcers without an STT that repeat the title\'s name: its rows, the title no office without figures', async () => {
    const r = await both('enf2-viec-2025.csv', FILE.map((l) => l.replace(/^\d\.\d,/, ',')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('OFFICE_WITHOUT_FIGURES');
  });

  it('a row with figures and no office name under no office title stays refused', async () => {
    const top = await both('enf2-viec-2025.csv', [HEADER, ',,Nguyễn Văn An,90,60,5', '1,Phòng THADS khu vực 1,,,,']);
    expect(top.code).toBe(1);
    expect(top.stderr).toContain('FILE:2:2: error: this row has figures but no office name [MISSING_DISTRICT]');
    const afterTotal = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', ',,Nguyễn Văn An,90,60,5', ',Tổng cộng,,90,60,5', ',,Trần Thị Bình,50,40,5']);
    expect(afterTotal.code).toBe(1);
    expect(afterTotal.stderr).toContain('FILE:5:2: error: this row has figures but no office name [MISSING_DISTRICT]');
    const noName = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', ',,,90,60,5']);
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain('FILE:3:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('an empty office cell on a row that is no sub-item of the title takes no name from it', async () => {
    const r = await both('enf2-viec-2025.csv', [HEADER, '1,Phòng THADS khu vực 1,,,,', '2,,Nguyễn Văn An,90,60,5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });
});
