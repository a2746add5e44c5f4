// The promise of issue 12 as a property: whatever a province file holds — total and subtotal
// rows under any label, in any place, unit lines, a copy of the file, a cut-off row, a wrong
// declared total — thads either prints the true total (summed here with BigInt, not by thads)
// or refuses (exit ≠ 0, nothing on stdout). Files with only benign traits must be read, not refused.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const FIELDS = ['carried_over', 'new', 'total', 'with_conditions', 'resolved'] as const;
const COLUMNS = ['cases', 'money'].flatMap((m) => FIELDS.map((f) => `${m}_${f}`));
const CHECKED = ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved', 'money_total'];

/** Figures of one office: cases as counts, money in thousandths of đồng (exact). */
type Row = bigint[];

const office = fc
  .record({
    co: fc.integer({ min: 1, max: 900 }),
    nw: fc.integer({ min: 1, max: 900 }),
    wcShare: fc.integer({ min: 50, max: 95 }),
    rsShare: fc.integer({ min: 10, max: 99 }),
    mco: fc.bigInt({ min: 1_000_000n, max: 10n ** 13n }),
    mnw: fc.bigInt({ min: 1_000_000n, max: 10n ** 13n }),
    mwcShare: fc.integer({ min: 10, max: 90 }),
    mrsShare: fc.integer({ min: 5, max: 90 }),
  })
  .map(({ co, nw, wcShare, rsShare, mco, mnw, mwcShare, mrsShare }): Row => {
    const total = co + nw;
    const wc = Math.max(1, Math.floor((total * wcShare) / 100));
    const rs = Math.max(1, Math.floor((wc * rsShare) / 100));
    const mtotal = mco + mnw;
    const mwc = (mtotal * BigInt(mwcShare)) / 100n;
    const mrs = (mwc * BigInt(mrsShare)) / 100n;
    return [BigInt(co), BigInt(nw), BigInt(total), BigInt(wc), BigInt(rs), mco, mnw, mtotal, mwc, mrs];
  });

const sum = (rows: readonly Row[]): Row => rows.reduce((acc, r) => acc.map((v, i) => v + r[i]!), new Array<bigint>(COLUMNS.length).fill(0n));

/** Money held in thousandths of đồng, written in `unit` (exponent 0 = đồng, 3 = nghìn đồng). */
function money(v: bigint, exponent: number): string {
  const digits = 3 + exponent;
  const s = v.toString().padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`.replace(/\.?0+$/, '');
}

const TOTAL_LABELS = ['Tổng cộng', 'TỔNG CỘNG', 'Toàn tỉnh', 'Toàn ngành', 'Tổng số chung', 'Cộng chung', 'Tổng số'];
const SECTION_LABELS = ['Các Phòng Thi hành án dân sự khu vực', 'Cấp huyện', 'Phòng THADS khu vực', 'Khối Phòng khu vực', 'Các Chi cục THADS', 'Chi cục THADS cấp huyện'];
const UNIT_LINES: [string, number][] = [
  ['Đơn vị tính: nghìn đồng', 3],
  ['(Đơn vị tính: nghìn đồng)', 3],
  ['Đơn vị: ngàn đồng', 3],
  ['ĐVT: ngđ', 3],
  ['Đơn vị tính: Việc; 1.000 đồng', 3],
  ['Đơn vị tính: triệu đồng', 6],
  ['Đơn vị tính: Tr.đồng', 6],
];

interface Plan {
  offices: Row[];
  /** benign: read right, never refused */
  total: { label: string; at: 'top' | 'bottom' } | null;
  section: { label: string; from: number; length: number } | null;
  unit: number | null;
  /** harmful: refused or read right */
  unlabeledTotal: boolean;
  unlabeledSubtotal: { from: number; length: number } | null;
  wrongTotal: boolean;
  copy: boolean;
  cutRow: number | null;
}

const plan = fc
  .record({
    offices: fc.array(office, { minLength: 3, maxLength: 12 }),
    total: fc.option(fc.record({ label: fc.constantFrom(...TOTAL_LABELS), at: fc.constantFrom('top' as const, 'bottom' as const) })),
    section: fc.option(fc.record({ label: fc.constantFrom(...SECTION_LABELS), from: fc.nat(), length: fc.integer({ min: 2, max: 12 }) })),
    unit: fc.option(fc.integer({ min: 0, max: UNIT_LINES.length - 1 })),
    unlabeledTotal: fc.boolean(),
    unlabeledSubtotal: fc.option(fc.record({ from: fc.nat(), length: fc.integer({ min: 2, max: 12 }) })),
    wrongTotal: fc.boolean(),
    copy: fc.boolean(),
    cutRow: fc.option(fc.nat()),
  })
  .map((p): Plan => {
    const n = p.offices.length;
    const fit = (s: { from: number; length: number } | null) => (s ? { from: s.from % (n - 1), length: Math.min(s.length, n - (s.from % (n - 1))) } : null);
    const section = p.section ? { label: p.section.label, ...fit(p.section)! } : null;
    const sub = fit(p.unlabeledSubtotal);
    return {
      offices: p.offices,
      total: p.total,
      section: section && section.length >= 2 ? section : null,
      unit: p.unit,
      // few harmful traits at once, so each is seen alone too
      unlabeledTotal: p.unlabeledTotal && p.wrongTotal === false && !p.copy,
      unlabeledSubtotal: sub && sub.length >= 2 && !p.unlabeledTotal ? sub : null,
      wrongTotal: p.wrongTotal && p.total !== null,
      copy: p.copy && !p.wrongTotal,
      cutRow: p.cutRow !== null && !p.copy && !p.unlabeledTotal ? p.cutRow % n : null,
    };
  });

function write(p: Plan): string[] {
  const d = mkdtempSync(join(tmpdir(), 'thads-prop12-'));
  const exponent = p.unit === null ? 0 : UNIT_LINES[p.unit]![1];
  const cells = (r: Row) => r.map((v, i) => (i < FIELDS.length ? v.toString() : money(v, exponent)));
  const line = (stt: string, name: string, r: Row) => [stt, 'Nam Định', name, ...cells(r)].join(',');
  const lines: string[] = [];
  if (p.unit !== null) lines.push(`${UNIT_LINES[p.unit]![0].includes(',') ? `"${UNIT_LINES[p.unit]![0]}"` : UNIT_LINES[p.unit]![0]}${','.repeat(COLUMNS.length + 2)}`);
  lines.push(['STT', 'Tỉnh', 'Đơn vị', ...COLUMNS].join(','));
  const total = sum(p.offices);
  const declared = p.wrongTotal ? total.map((v, i) => (i === 3 ? v + 1n : v)) : total;
  if (p.total?.at === 'top') lines.push(line('', p.total.label, declared));
  const body: string[] = [];
  p.offices.forEach((r, i) => {
    if (p.section && i === p.section.from) body.push(line('', p.section.label, sum(p.offices.slice(p.section.from, p.section.from + p.section.length))));
    if (p.unlabeledSubtotal && i === p.unlabeledSubtotal.from) body.push(line('', `Nhóm ${i}`, sum(p.offices.slice(i, i + p.unlabeledSubtotal.length))));
    const row = line(String(i + 1), `Phòng THADS khu vực ${i + 1}`, r);
    body.push(p.cutRow === i ? row.split(',').slice(0, 8).join(',') : row);
  });
  lines.push(...body);
  if (p.unlabeledTotal) lines.push(line('', 'Tỉnh Nam Định', total));
  if (p.total?.at === 'bottom') lines.push(line('', p.total.label, declared));
  const file = join(d, 'bao-cao-2019.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  if (!p.copy) return [file];
  copyFileSync(file, join(d, 'bao-cao-2019 (1).csv'));
  return [file, join(d, 'bao-cao-2019 (1).csv')];
}

describe('a wrong total never leaves thads with exit 0 (issue 12)', () => {
  it('prints the true total or refuses, on generated province files; benign files are read', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const files = write(p);
        const r = await runThads(['summarize', ...files, '--by', 'none', '--format', 'csv', '--year', '2019']);
        const harmful = p.unlabeledTotal || p.unlabeledSubtotal !== null || p.wrongTotal || p.copy || p.cutRow !== null;
        if (!harmful) expect(r.code, r.stderr).toBe(0);
        if (r.code !== 0) {
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/\[[A-Z_]+\]/);
          return;
        }
        const lines = r.stdout.trim().split('\n');
        const head = lines[0];
        const totalLine = lines[lines.length - 1];
        const header = head!.split(',');
        const got = totalLine!.split(',');
        const truth = sum(p.offices);
        for (const column of CHECKED) {
          const i = COLUMNS.indexOf(column);
          const want = i < FIELDS.length ? truth[i]!.toString() : money(truth[i]!, 0);
          expect(got[header.indexOf(column)], `${column} of ${JSON.stringify(p, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`).toBe(want);
        }
      }),
      { numRuns: 150, seed: 20261129 },
    );
  }, 120_000);
});
