// Whether a formula can give text at all, judged from its outermost operation. Excel's
// arithmetic gives a number or an error, never text: a stored result of empty text
// (`<c t="str"><f>C4-15</f><v></v></c>`, a writer's placeholder) is no result, never the empty
// cell an =IF(…,"",…) shows. Only what surely gives no text says so; anything unsure can.
//
//   "C4-15", "(C4+D4)*2", "-C4", "C4%", "SUM(C4:C9)", "C4>0" → false
//   "IF(C4>0,C4-15,"")", "C4&"đ"", "C4", "VLOOKUP(A4,D:E,2,0)", "+C4" → true

/** Functions that give a number (or an error) whatever their arguments. */
const NUMERIC = new Set([
  'SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'PRODUCT', 'SUBTOTAL', 'AGGREGATE',
  'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'INT', 'TRUNC', 'ABS', 'SIGN', 'MOD', 'QUOTIENT', 'POWER', 'SQRT',
  'CEILING', 'FLOOR', 'MROUND', 'N', 'VALUE', 'COUNT', 'COUNTA', 'COUNTIF', 'COUNTIFS', 'COUNTBLANK',
  'AVERAGE', 'AVERAGEIF', 'AVERAGEIFS', 'MAX', 'MIN', 'MAXIFS', 'MINIFS', 'LEN', 'MATCH', 'ROW', 'COLUMN', 'ROWS', 'COLUMNS',
]);

/**
 * The formula's text at depth 0: what parentheses, braces, brackets and quotes enclose becomes
 * spaces, the marks themselves stay. `SUM(C4:C9)-1` → `SUM(     )-1`; `"a"&B4` → `" "&B4`.
 */
function topLevel(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      // a text or a quoted sheet name; a doubled quote inside it is one quote
      let j = i + 1;
      while (j < text.length && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      const mark = depth === 0 ? ch : ' ';
      out += mark + ' '.repeat(Math.min(j, text.length) - i - 1) + (j < text.length ? mark : '');
      i = j;
      continue;
    }
    const opens = ch === '(' || ch === '{' || ch === '[';
    const closes = ch === ')' || ch === '}' || ch === ']';
    if (closes) depth = Math.max(depth - 1, 0);
    out += depth === 0 ? ch : ' ';
    if (opens) depth++;
  }
  return out;
}

/** The formula without parentheses that enclose all of it: "((C4-15))" → "C4-15". */
function unwrapped(text: string): string {
  let t = text.trim();
  while (/^\(\s*\)$/.test(topLevel(t))) t = t.slice(1, -1).trim();
  return t;
}

/** Whether a formula's text (with or without "=") can give text; null (unknown) can. */
export function formulaMayGiveText(formula: string | null): boolean {
  if (formula === null) return true;
  const text = unwrapped(formula.trim().replace(/^=/, ''));
  const top = topLevel(text);
  // a comparison gives TRUE or FALSE, a number operation a number; & joins texts
  if (/[<>=]/.test(top)) return false;
  if (top.includes('&')) return true;
  // a + or − after an operand (not a leading sign, not an exponent's 1E-5) is a sum or a difference
  if (/[*/^%]/.test(top) || /[\p{L}\p{N}_)}\]$!."%]\s*[+-]/u.test(top.replace(/\b\d+(?:\.\d*)?E[+-]/gi, ' '))) return false;
  if (text.startsWith('-')) return false;
  if (text.startsWith('+')) return formulaMayGiveText(text.slice(1));
  const call = /^([A-Z_][A-Z0-9._]*)\s*\(\s*\)$/i.exec(top);
  if (call) return !NUMERIC.has(call[1]!.toUpperCase().replace(/^_XLFN\./, ''));
  // a number literal is a number; a reference, a name or a text literal may be text
  return !/^\d+(?:\.\d*)?(?:E[+-]?\d+)?$/i.test(text);
}
