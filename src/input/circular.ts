// A circular's number cited in a name or a header ("TT05-2024", "TT 06/2019", "Thông tư 05-2024",
// "06/2019/TT-BTP"): the form the figures follow, never a year or a period of theirs. One rule for
// file and sheet names (file-names.ts) and for group cells over figures (group-span.ts).
import { latinLetters } from '../domain/letters.js';

/**
 * A circular's number cited in a name — "TT05-2024", "TT 06/2019", "TT06.2019", "Thông tư
 * 05-2024", "Thong tu so 06/2019", "06/2019/TT-BTP" — whose year is the circular's, not the
 * figures': templates name their tabs after form and circular ("Biểu 01 (TT05-2024)" in a report
 * of 2025, round 68b, 03: refused as a sheet of 2024). A title line citing one is not read for
 * its year either (stated-years.ts CITATION). Only a number joined to its year by a mark: "TT05
 * 2024" may be the form and the year of its figures.
 */
const CIRCULAR = latinLetters(/(?<![\p{L}\d])(?:(?:tt|thông tư|thong tu)[\s_]*(?:(?:số|so)\s*)?\d{1,3}\s*[-./]\s*(?:19|20)\d\d(?:\s*[-/]\s*tt\s*-?\s*btp)?|\d{1,3}\/(?:19|20)\d\d\/tt\s*-?\s*btp)(?![\p{L}\d])/giu);

/** The text with every circular's number it cites blanked (same length): "Biểu 01 (TT05-2024)" → "Biểu 01 (        )". */
export function withoutCircular(name: string): string {
  return name.normalize('NFC').replace(CIRCULAR, (m) => ' '.repeat(m.length));
}

/**
 * A note in brackets at a cell's end that only cites the circular its figures follow — "(theo TT
 * 05/2024/TT-BTP)", "(TT 05/2026)", "(Thông tư 05/2024)" — and the cell before it; null for any
 * other cell. "Trước 01/7/2026 (theo TT 05/2024/TT-BTP)" names its days before the note: the
 * note says which form counted them, no period of its own.
 */
export function beforeCircularNote(text: string): string | null {
  const m = /^(.*\S)\s*\(([^()]*)\)\s*$/u.exec(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
  if (!m) return null;
  const rest = withoutCircular(m[2]!).trim();
  return rest !== m[2]!.trim() && /^(?:theo)?$/iu.test(rest) ? m[1]! : null;
}

/**
 * A cell that says only which circular's form its figures follow — "Theo TT 05/2024", "Theo
 * Thông tư số 05/2026/TT-BTP", "Mẫu TT 05/2024", "TT 05/2026" — and no period. Over every figure
 * column it is the form's name; beside other groups (a 2026 year-end report's "Theo TT 05/2024 |
 * Theo TT 05/2026 | Cả năm", the year split at the day TT 05/2026 took effect) it is a part of
 * the year, as a dated group is (own-period.ts judgeGroupSpans).
 */
export function citesCircularOnly(text: string): boolean {
  const cell = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const blanked = withoutCircular(cell);
  const rest = blanked.replace(/[():,.\-–]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return blanked !== cell && /^(?:(?:theo|áp dụng|ap dung)(?: |$))?(?:(?:biểu |bieu )?(?:mẫu|mau)(?: biểu| bieu)?)?$/iu.test(rest);
}

/** The circular a cell that cites one only names (citesCircularOnly), as "05/2024": "Theo TT 05/2024" and "Mẫu Thông tư số 05/2024/TT-BTP" name one; null for any other cell. */
export function citedCircular(text: string): string | null {
  if (!citesCircularOnly(text)) return null;
  const m = /(\d{1,3})\s*[-./]\s*((?:19|20)\d\d)/u.exec(text);
  return m ? `${Number(m[1])}/${m[2]}` : null;
}

/** Every circular a text cites, as "01/2013": "Biểu mẫu số 01 (Ban hành kèm theo Thông tư số 01/2013/TT-BTP)" → ["01/2013"]. */
export function citedCirculars(text: string): string[] {
  return [...text.normalize('NFC').matchAll(CIRCULAR)].flatMap((c) => {
    const m = /(\d{1,3})\s*[-./]\s*((?:19|20)\d\d)/u.exec(c[0]);
    return m ? [`${Number(m[1]).toString().padStart(2, '0')}/${m[2]}`] : [];
  });
}
