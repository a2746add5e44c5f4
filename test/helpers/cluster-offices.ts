// The two-province Cụm thi đua report the province-block suites share: its CSV output read as
// "province|office|total|with conditions|resolved|rate|rank|of" rows, and those rows by hand.
/** province, office, total, with conditions, resolved, rate, rank, of */
export function clusterRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[5], c[9], c[18], c[20], c[26], c[27]].join('|');
  });
}
// Tiền Giang: Châu Thành 271/300 = 90,33 % (1st of 4); Cái Bè 540/600 = 90,00 %.
// Bến Tre: Châu Thành 270/300 = 90,00 %; Ba Tri 450/500 = 90,00 % (2nd of 4 with Cái Bè).
// Total 401+729+400+600 = 2130; 300+600+300+500 = 1700; 271+540+270+450 = 1531; 1531/1700 = 90,06 %.
export const FOUR_OFFICES = [
  'Tiền Giang|Châu Thành|401|300|271|90.33|1|4',
  'Tiền Giang|Cái Bè|729|600|540|90.00|2|4',
  'Bến Tre|Châu Thành|400|300|270|90.00|2|4',
  'Bến Tre|Ba Tri|600|500|450|90.00|2|4',
  '|TOTAL|2130|1700|1531|90.06||',
];
