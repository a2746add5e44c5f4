// A report of the nine months to 30/6/2025 laid out by the 34 provinces, as the ministry published
// it after 1/7/2025 (traps18 1, the Đồng Tháp department's "9 tháng đầu năm 2025": "thụ lý mới
// … tăng 12,44% so với cùng kỳ năm 2024" on Đồng Tháp + Tiền Giang). Its period ends before the
// merger, so it counted by the 63: Đồng Tháp (now with Tiền Giang) was compared with the old
// Đồng Tháp alone, exit 0. An input naming the 34 and nothing else is by the 34.
// Đồng Tháp by hand: accepted 53,640 − (22,000 + 25,766) = +5,874; rate 21,468 / 34,110 =
// 62.9376 % against (9,100 + 10,954) / (13,500 + 16,420) = 20,054 / 29,920 = 67.0254 %: −4.09.
import { describe, expect, it } from 'vitest';
import { PROVINCES_2025 } from '../../src/domain/provinces.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-nine-months-34-', []);
const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const title = (year: number) => [`KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC 9 THÁNG NĂM ${year}`, `(Từ ngày 01/10/${year - 1} đến ngày 30/6/${year})`, HEADER];

const NOW = [...title(2025), ...PROVINCES_2025.map((p, i) => `${i + 1};${p.name};${p.name === 'Đồng Tháp' ? '53640;34110;21468' : '100;80;60'}`)];
const BEFORE_FIGURES: Record<string, string> = { 'Đồng Tháp': '22000;13500;9100', 'Tiền Giang': '25766;16420;10954' };
const BEFORE = [...title(2024), ...PROVINCES_2025.flatMap((p) => p.formedFrom).map((name, i) => `${i + 1};${name};${BEFORE_FIGURES[name] ?? '50;40;30'}`)];

describe('nine months to 30/6/2025 by the 34, against 2024 by the 63', () => {
  it('Đồng Tháp is compared with Đồng Tháp + Tiền Giang: +5,874, −4.09', async () => {
    const prev = write('toan-quoc-9-thang-2024.csv', BEFORE);
    const r = await both('toan-quoc-9-thang-2025.csv', NOW, ['--previous', prev, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const at = (k: string) => head!.indexOf(k);
    const dongThap = body.find((c) => c[at('district')] === 'Đồng Tháp')!;
    expect([dongThap[at('cases_total_change')], dongThap[at('cases_rate_change')]]).toEqual(['5874', '-4.09']);
    // Hà Nội, formed from itself alone: 100 − 50 = +50; 60/80 = 75.00 % against 30/40 = 75.00 %: 0.00
    const haNoi = body.find((c) => c[at('district')] === 'Hà Nội')!;
    expect([haNoi[at('cases_total_change')], haNoi[at('cases_rate_change')]]).toEqual(['50', '0.00']);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
  });
});
