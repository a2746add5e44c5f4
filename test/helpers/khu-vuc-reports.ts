// Ninh Bình's Phòng THADS khu vực reports of 2026 by case (namerange, hunt2026-startyear): a file
// tree of them in a temporary folder (file-tree.ts), the built binary run in it, and what the
// tests read back. The period line (row 4) is each test's; the figures are these.
import { spawnThads, type RunResult } from './cli.js';
import { fileTree } from './file-tree.js';

export const KV_HEAD = 'STT,Tên đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';

/** A khu vực's report: its office on row 2, `period` on row 4 (maybe empty), the header, `row`. */
export const khuVucReport = (n: number, period: string, row: string): string[] => [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,',
  `PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ${n},,,,`,
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC,,,,',
  `${period},,,,`,
  KV_HEAD,
  row,
];

/** The same, with no period line where `period` is empty (the period only in the file's name). */
export const khuVucReportBare = (n: number, period: string, row: string): string[] => {
  const lines = khuVucReport(n, period, row);
  return period === '' ? [...lines.slice(0, 3), ...lines.slice(4)] : lines;
};

/** KV1's figures: 500 thụ lý, 400 có ĐK, 100 xong = 25,00 % */
export const KV1_ROW = '1,Phòng THADS khu vực 1,500,400,100';

/** The quarter 1/7/2026–30/9/2026 as the JSON output's period. */
export const QUARTER = { start: '2026-07-01', end: '2026-09-30', months: 3 };

/** The JSON output's period, null when it states none (the whole statistics year). */
export const periodOf = (stdout: string) => (JSON.parse(stdout) as { period?: unknown }).period ?? null;

/**
 * A folder of khu vực reports holding KV2's year-end report "KV2 2026.csv" (1/10/2025–30/9/2026:
 * 800 thụ lý, 550 có ĐK, 420 xong = 76,36 %), and the binary run there, the folder's path taken
 * off its messages.
 */
export function khuVucTree(prefix: string) {
  const tree = fileTree(prefix);
  const KV2 = tree.file('KV2 2026.csv', khuVucReport(2, 'Từ ngày 01/10/2025 đến ngày 30/9/2026', '1,Phòng THADS khu vực 2,800,550,420'));
  const thads = (args: readonly string[]): RunResult => {
    const r = spawnThads(args, { cwd: tree.dir });
    return { ...r, stderr: r.stderr.split(`${tree.dir}/`).join('') };
  };
  return { ...tree, KV2, thads };
}
