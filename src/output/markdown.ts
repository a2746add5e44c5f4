// GitHub-flavoured Markdown: the human table, measure names folded into the column headers.
import { foldedHeader } from '../domain/fields.js';
import { humanTable } from './human.js';
import type { RenderContext } from './model.js';
import { statedPeriodLine } from './period-words.js';
import { escapeMarkdownCell as escape } from './sanitize.js';

export function renderMarkdown(ctx: RenderContext): string {
  const t = humanTable(ctx);
  const headers: string[] = [];
  let col = 0;
  for (const [label, count] of t.groups) {
    for (let i = 0; i < count; i++, col++) headers.push(foldedHeader(label, t.headers[col]!));
  }
  // A run shorter than its statistics year states its days over the table, in the paragraph's
  // words, as the workbook does: read back, the table alone was the whole year (traps40 1: six
  // months compared with a year, +600, exit 0; added beside a year-end report, exit 0).
  const period = statedPeriodLine(ctx, 'Markdown table');
  const lines = [
    ...(period !== null ? [escape(period), ''] : []),
    `| ${headers.map(escape).join(' | ')} |`,
    `| ${t.rows[0]!.map((c) => (c.align === 'right' ? '---:' : ':---')).join(' | ')} |`,
    ...t.rows.map((row, r) => `| ${row.map((c) => (r >= t.totalFrom && c.text !== '' ? `**${escape(c.text)}**` : escape(c.text))).join(' | ')} |`),
  ];
  if (t.notes.length > 0) lines.push('', ...t.notes.map(escape));
  return `${lines.join('\n')}\n`;
}
