// The key figures of thads' machine CSV, one line per row, for comparing with hand sums.

/** province, district and the with-conditions and resolved figures of each measure present. */
export function keyRows(csv: string): string[] {
  const [head, ...body] = csv.trim().split('\n').map((l) => l.split(','));
  const keep = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((c) => head!.indexOf(c));
  return body.map((r) => keep.map((i) => r[i] ?? '').join(',').replace(/,+$/, ''));
}

/**
 * The named columns of thads' machine CSV (no quoted commas), one "a|b|c" line per row; a key
 * "a/b" gives the two cells joined by "/" ("cases_rank/cases_rank_of": "2/10").
 */
export function csvColumns(csv: string, keys: readonly string[]): string[] {
  const [head, ...lines] = csv.trim().split('\n');
  const names = head!.split(',');
  const at = keys.map((k) => k.split('/').map((part) => names.indexOf(part)));
  return lines.map((l) => {
    const cells = l.split(',');
    return at.map((parts) => parts.map((i) => cells[i]).join('/')).join('|');
  });
}

/** The TOTAL row's cells of the named columns of thads' machine CSV (as csvColumns reads them). */
export function totalCells(csv: string, keys: readonly string[]): string[] {
  const [head, ...lines] = csv.trim().split('\n').map((l) => l.split(','));
  const row = lines.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return keys.map((k) => row[head!.indexOf(k)]!);
}
