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
