// Circulars whose forms began to count in the middle of a statistics year, by number, with the
// day they began: TT 05/2026/TT-BTP from 1/7/2026, with Law 106/2025/QH15 (DOMAIN.md). A title's
// "số liệu 03 tháng thực hiện Thông tư 05/2026" is the three months from that day
// (input/stated-years.ts). The regimes' relations by statistics year are in relations.ts.
export const MIDYEAR_CIRCULAR_START: Readonly<Record<string, readonly [day: number, month: number, year: number]>> = { '05/2026': [1, 7, 2026] };
