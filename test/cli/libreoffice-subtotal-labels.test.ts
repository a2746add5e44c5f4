// LibreOffice's Data › Subtotals on a table by enforcer (the office in Đơn vị, the enforcer in
// Chấp hành viên) writes each office's subtotal "Phòng THADS khu vực 1 Sum" (English UI), "… Result"
// (older ones), "… Kết quả" or "Kết quả Phòng THADS khu vực 1" (Vietnamese UI) — each was added as
// an office (traps45 3: fn/f1–f3, f18, TOTAL 600/460, exit 0). Now a subtotal checked as Excel's
// "… Total" is. Its other functions, "… Count (numbers only)", "… StDev (sample)", "… Var (sample)",
// "… Tích" (Product), "… Độ lệch chuẩn (mẫu)", and "… SUM" in capitals, which no Data › Subtotal
// writes (f4–f8, f16: added as offices), are refused at their label as Excel's Count/Average are.
// Hand figures: khu vực 1 = 60 + 40 = 100 with conditions, 50 + 30 = 80 resolved; khu vực 2 =
// 200, 150; together 300/230, 230 / 300 = 76.67 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-libreoffice-subtotal-', ['--format', 'csv']);

function table(sub: (office: string) => string): string[] {
  return [
    'Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong',
    'Phòng THADS khu vực 1,Nguyễn Văn An,60,50',
    'Phòng THADS khu vực 1,Trần Thị Bình,40,30',
    `${sub('Phòng THADS khu vực 1')},,100,80`,
    'Phòng THADS khu vực 2,Lê Văn Cường,200,150',
    `${sub('Phòng THADS khu vực 2')},,200,150`,
  ];
}

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

describe('LibreOffice Data › Subtotals labels in the office column', () => {
  it.each([
    ['"… Sum"', (o: string) => `${o} Sum`],
    ['"… Result"', (o: string) => `${o} Result`],
    ['"… Kết quả"', (o: string) => `${o} Kết quả`],
    ['"Kết quả …"', (o: string) => `Kết quả ${o}`],
  ])('%s is the office\'s subtotal, checked, not added: 300/230', async (_name, sub) => {
    const r = await both('theo-chv-2025.csv', table(sub));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '100', '80', '80.00'],
      ['Phòng THADS khu vực 2', '200', '150', '75.00'],
      ['TOTAL', '300', '230', '76.67'],
    ]);
  });

  it('a slip in "… Sum" (101 for 60 + 40 = 100) is refused', async () => {
    const lines = table((o) => `${o} Sum`);
    lines[3] = 'Phòng THADS khu vực 1 Sum,,101,80';
    const r = await both('theo-chv-2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });

  it.each([
    ['Count (numbers only)', 'with the function Count (numbers only)'],
    ['StDev (sample)', 'with the function StDev (sample)'],
    ['Var (sample)', 'with the function Var (sample)'],
    ['Tích', 'with the function Product'],
    ['Độ lệch chuẩn (mẫu)', 'with the function StDev (sample)'],
    ['SUM', 'a function\'s name in capitals'],
  ])('"… %s" is refused at its row, never added as an office', async (fn, says) => {
    const r = await both('theo-chv-2025.csv', table((o) => `${o} ${fn}`));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: "Phòng THADS khu vực 1 ${fn}" holds a row `);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});
