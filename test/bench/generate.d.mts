/** The largest amount a money cell draws (a power of ten) in a file of `rows` rows. */
export function moneyCeiling(rows: number): number;
/** The expected sums of `rows` rows: per "year\0province\0district" and over all rows (14 BigInts each: 7 counts, 7 amounts in đồng). */
export function sumsOf(rows: number, seed?: number): { groups: Map<string, bigint[]>; total: bigint[] };
/** Writes `rows` rows in `shape` ("plain", "real-export", …) to `path`. */
export function generate(path: string, rows: number, shape?: string, sums?: { groups: Map<string, bigint[]>; total: bigint[] }): Promise<{ sums: Map<string, bigint[]>; total: bigint[]; bytes: number }>;
