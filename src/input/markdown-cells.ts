// A Markdown table pasted from a chat or a report, read with the "|" delimiter (SPEC §3):
// emphasis around a cell's whole text is formatting, not part of the name or the figure
// ("**Tổng cộng** | **9.999**" is the total 9999), and the "|---|---:|" line under the header
// is no row. Only in a "|" file: elsewhere "*2100" stays a number wrapped in a mark, refused.

// **x**, __x__, *x*, _x_ (nested: ***x***); never "* Tín dụng", a bullet's line.
const EMPHASIS = /^(\*\*|__|\*|_)(?=\S)(.*\S)\1$/s;
// a delimiter row's cell: "---", ":---", "---:", ":-:"
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** The cell's text without the emphasis around it: "**9.999**" → "9.999". */
export function withoutEmphasis(cell: string): string {
  let text = cell.trim();
  for (let m = EMPHASIS.exec(text); m; m = EMPHASIS.exec(text)) text = m[2]!;
  return text === cell.trim() ? cell : text;
}

/**
 * A Markdown table's record as the layout rules read it: emphasis removed, and the delimiter
 * row blank ("| - | - |" alone is a row of zeros: a colon or three dashes make it the delimiter row).
 */
export function markdownRecord(cells: readonly string[]): string[] {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length > 0 && filled.every((c) => DELIMITER_CELL.test(c)) && filled.some((c) => /:|---/.test(c))) return cells.map(() => '');
  return cells.map(withoutEmphasis);
}

// thads' own Markdown (output/sanitize.ts escapeMarkdownCell) puts a backslash before \ ` * _ [
// ] ~ | and writes & < > as entities, so a name stays one cell of text. Read back, those are
// undone, and an escaped "|" splits no cell (traps40 2: "Vụ Bản (\*)" kept its backslash, lost
// its config target and its pairing with last year; "Khu vực 1 \| cũ" was refused,
// VALUE_WITHOUT_HEADER). Only in thads' own Markdown, whose writer is known.
const ESCAPED = /\\([\\`*_[\]~|])|&(amp|lt|gt);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/** A cell's text as thads wrote it before escaping: "A\_B &amp; C" → "A_B & C". */
export function unescapeOwnMarkdown(cell: string): string {
  return cell.replace(ESCAPED, (_m, ch: string | undefined, entity: string | undefined) => ch ?? ENTITIES[entity!]!);
}

/** Whether a cell split at a "|" ends in an odd run of backslashes: the "|" was escaped, part of the cell. */
function endsEscaping(cell: string): boolean {
  return (/\\+$/.exec(cell)?.[0].length ?? 0) % 2 === 1;
}

/** Cells split at every "|" joined again where the "|" was escaped: ["Khu vực 1 \", " cũ"] → ["Khu vực 1 \| cũ"]. */
function joinEscapedPipes(cells: readonly string[]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const cell of cells) {
    if (open) joined[joined.length - 1] += `|${cell}`;
    else joined.push(cell);
    open = endsEscaping(joined[joined.length - 1]!);
  }
  return joined;
}

/** A record of thads' own Markdown: cells split at unescaped "|" only, read as markdownRecord, then unescaped. */
export function ownMarkdownRecord(cells: readonly string[]): string[] {
  return markdownRecord(joinEscapedPipes(cells)).map(unescapeOwnMarkdown);
}
