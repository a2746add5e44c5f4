// Aligned terminal table; met in green, missed in red, only when colours are on.
import { humanTable, type HumanCell } from './human.js';
import type { RenderContext } from './model.js';

type Paint = (cell: HumanCell, text: string) => string;

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return align === 'left' ? text + fill : fill + text;
}

export async function renderTable(ctx: RenderContext): Promise<string> {
  const t = humanTable(ctx);
  let paint: Paint = (_, text) => text;
  if (ctx.color) {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    paint = (cell, text) => (cell.status === 'met' ? chalk.green(text) : cell.status === 'missed' ? chalk.red(text) : text);
  }
  const widths = t.headers.map((h, i) => Math.max([...h].length, ...t.rows.map((r) => [...r[i]!.text].length)));
  const gap = '  ';
  const lines: string[] = [];
  // Measure names centred over their columns.
  let col = 0;
  const spans = t.groups.map(([label, count]) => {
    const width = widths.slice(col, col + count).reduce((a, b) => a + b, 0) + gap.length * (count - 1);
    col += count;
    const left = Math.floor((width - [...label].length) / 2);
    return pad(' '.repeat(Math.max(0, left)) + label, width, 'left');
  });
  lines.push(spans.join(gap).trimEnd());
  lines.push(t.headers.map((h, i) => pad(h, widths[i]!, i < t.groups[0]![1] ? 'left' : 'right')).join(gap).trimEnd());
  const rule = widths.map((w) => '─'.repeat(w)).join(gap);
  lines.push(rule);
  t.rows.forEach((row, r) => {
    if (r === t.totalFrom && r > 0) lines.push(rule);
    lines.push(row.map((cell, i) => paint(cell, pad(cell.text, widths[i]!, cell.align))).join(gap).trimEnd());
  });
  lines.push(...t.notes);
  return `${lines.join('\n')}\n`;
}
