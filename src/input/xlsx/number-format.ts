// A cell's number format (styles.xml formatCode) → what it does to the number Excel shows:
// a date, a percentage, or a number, possibly scaled. The format's codes are read outside
// its literals: "…" quoted text, \x escaped characters (`#,##0\ \V\N\D`: no day in it), _x (a
// space as wide as x), *x (x repeated to fill the cell) and […] (a colour, a condition, a
// locale, but [h] [mm] [ss]: elapsed time) say nothing about the number. The text the literals
// show beside it (`#,##0 "nghìn đồng"`) may name its unit (formatLiteral; scaled-money.ts).

/** What a format makes of a number cell. */
export type FormatReading =
  | { readonly kind: 'date' }
  | { readonly kind: 'percent' }
  /** shown as stored ÷ 1000^thousands: `#,##0,` shows 1234567000 as 1,234,567 */
  | { readonly kind: 'number'; readonly thousands: number }
  /** sections chosen by value conditions ([>=1000000]0.0,,"M";0) that scale differently */
  | { readonly kind: 'scaled-by-condition' };

interface Section {
  /** the codes, each literal replaced by one space */
  readonly bare: string;
  /** a value condition such as [>=1000] */
  readonly conditional: boolean;
  /** the text shown as written: quoted and \-escaped characters */
  readonly literal: string;
  /** the part of it after a digit placeholder ("nghìn đồng" of `#,##0 "nghìn đồng"`, none of `"Năm "0`) */
  readonly after: string;
}

/** Splits a format into its sections (on `;` outside literals), literals blanked out. */
function sections(format: string): Section[] {
  const out: Section[] = [];
  let bare = '';
  let conditional = false;
  let literal = '';
  let after = '';
  const shown = (text: string) => {
    literal += text;
    if (/[0#?]/.test(bare)) after += text;
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      shown(format.slice(i + 1, end < 0 ? format.length : end));
      i = end < 0 ? format.length : end;
      bare += ' ';
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      if (ch === '\\') shown(format[i + 1] ?? '');
      i++;
      bare += ' ';
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      if (/^[<>=]/.test(inner)) conditional = true;
      i = end < 0 ? format.length : end;
      // [h]:mm, [mm]:ss: elapsed time, a time code in brackets.
      bare += /^(h+|m+|s+)$/i.test(inner) ? 'h' : ' ';
    } else if (ch === ';') {
      out.push({ bare, conditional, literal, after });
      bare = '';
      conditional = false;
      literal = '';
      after = '';
    } else {
      bare += ch;
    }
  }
  out.push({ bare, conditional, literal, after });
  return out;
}

/**
 * Thousands a section divides by: the commas right after the last digit placeholder (0 # ?)
 * of its integer part ("0,.0") or of the whole section ("#,##0," "0.0,,"). A comma between
 * placeholders ("#,##0") only groups digits.
 */
function thousandsOf(bare: string): number {
  const point = bare.indexOf('.');
  const parts = point < 0 ? [bare] : [bare.slice(0, point), bare.slice(point + 1)];
  let thousands = 0;
  for (const part of parts) {
    const last = Math.max(part.lastIndexOf('0'), part.lastIndexOf('#'), part.lastIndexOf('?'));
    if (last < 0) continue;
    for (let i = last + 1; part[i] === ','; i++) thousands++;
  }
  return thousands;
}

function readSections(format: string): FormatReading {
  const all = sections(format);
  const first = all[0]!.bare;
  // d, m, y, h, s: a date or a time (the positive section decides, as Excel shows figures with it).
  if (/[dmyhs]/i.test(first)) return { kind: 'date' };
  if (all.some((s) => s.bare.includes('%'))) return { kind: 'percent' };
  const thousands = thousandsOf(first);
  // Without conditions a figure (never negative) takes the first section, or the third when 0,
  // which no scale changes. With conditions any of the number sections may apply.
  if (all.some((s) => s.conditional)) {
    const numeric = all.slice(0, 3).filter((s) => !s.bare.includes('@'));
    if (numeric.some((s) => thousandsOf(s.bare) !== thousands)) return { kind: 'scaled-by-condition' };
  }
  return { kind: 'number', thousands };
}

/** The text a format's positive section shows beside a figure, trimmed, and whether all of it stands before the figure (a label: `"Năm "0`). */
export interface FormatLiteral {
  readonly text: string;
  readonly before: boolean;
  /** the text before the figure and after it, as written ("Đơn vị tính: " and " đồng" of `"Đơn vị tính: "#,##0" đồng"`) */
  readonly label: string;
  readonly tail: string;
}

interface Read {
  readonly reading: FormatReading;
  readonly literal: FormatLiteral;
}

const GENERAL: Read = { reading: { kind: 'number', thousands: 0 }, literal: { text: '', before: false, label: '', tail: '' } };
/** A workbook has a handful of number formats and many cells: each format is read once. */
const READINGS = new Map<string, Read>();

function readOnce(format: string | undefined): Read {
  if (!format || format === 'General') return GENERAL;
  let read = READINGS.get(format);
  if (read === undefined) {
    const { literal, after } = sections(format)[0]!;
    read = { reading: readSections(format), literal: { text: literal.trim(), before: literal.trim() !== '' && after.trim() === '', label: literal.slice(0, literal.length - after.length), tail: after } };
    if (READINGS.size < 1024) READINGS.set(format, read);
  }
  return read;
}

export function readNumberFormat(format: string | undefined): FormatReading {
  return readOnce(format).reading;
}

/** The text a format shows beside a figure ("nghìn đồng" of `#,##0 "nghìn đồng"`; "" for `#,##0`): it may name its unit. */
export function formatLiteral(format: string | undefined): FormatLiteral {
  return readOnce(format).literal;
}

/** Number formats that show a date or a time. */
export function isDateFormat(format: string | undefined): boolean {
  return readNumberFormat(format).kind === 'date';
}

/**
 * A text cell as its format shows it: a text section (the fourth, or the only one, holding "@")
 * writes its literals around the text — `@" (nghìn đồng)"` shows "Tiền có điều kiện" as "Tiền có
 * điều kiện (nghìn đồng)", a header's unit the sheet shows. _x and *x (a space's width, a fill) and
 * […] write nothing here; a format without such a section shows the text as it is.
 */
export function shownText(text: string, format: string | undefined): string {
  if (format === undefined || !format.includes('@')) return text;
  // the sections' raw text, split on ";" outside quotes and escapes
  const raw: string[] = [''];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      raw[raw.length - 1] += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      raw[raw.length - 1] += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') raw.push('');
    else raw[raw.length - 1] += ch;
  }
  const section = raw.length >= 4 ? raw[3]! : raw.length === 1 ? raw[0]! : '';
  let out = '';
  let at = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out += section.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') out += section[++i] ?? '';
    else if (ch === '_' || ch === '*') i++;
    else if (ch === '[') i = Math.max(i, section.indexOf(']', i));
    else if (ch === '@') {
      out += text;
      at = true;
    } else out += ch;
  }
  return at ? out : text;
}
