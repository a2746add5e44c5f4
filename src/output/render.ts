// Format name → renderer; each renderer is loaded only when asked for. A renderer gives one
// string, or pieces to be written as they come (JSON, whose reports can be large), or bytes
// (an .xlsx workbook).
import type { SummaryFormat } from '../commands/flags.js';
import type { GroupResult } from '../domain/evaluate.js';
import type { RenderContext } from './model.js';
import { escapeControls } from './sanitize.js';

/**
 * Office and province names with controls shown as escapes (SPEC §8): always in the formats made
 * for a terminal (table, text), and in any format printed on one. Markdown escapes its cells
 * itself, SVG and HTML strip what XML forbids (escapeXml), files keep the data as it is.
 */
function namesForScreen(format: SummaryFormat, ctx: RenderContext, toTerminal: boolean): RenderContext {
  const screen = format === 'table' || format === 'text' || (toTerminal && (format === 'csv' || format === 'tsv' || format === 'json'));
  if (!screen) return ctx;
  const clean = (g: GroupResult): GroupResult => ({ ...g, province: g.province === null ? null : escapeControls(g.province), district: g.district === null ? null : escapeControls(g.district) });
  return { ...ctx, printed: ctx.printed.map(clean), summary: { ...ctx.summary, groups: ctx.summary.groups.map(clean), totals: ctx.summary.totals.map(clean) } };
}

export async function render(format: SummaryFormat, context: RenderContext, toTerminal = false): Promise<string | Iterable<string> | Uint8Array> {
  const ctx = namesForScreen(format, context, toTerminal);
  switch (format) {
    case 'table':
      return (await import('./table.js')).renderTable(ctx);
    case 'csv':
    case 'tsv':
      return (await import('./csv.js')).renderDelimited(ctx, format);
    case 'json':
      return (await import('./json.js')).renderJson(ctx);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(ctx);
    case 'text':
      return (await import('./narrative.js')).renderNarrative(ctx);
    case 'svg':
      return (await import('./svg.js')).renderSvg(ctx);
    case 'html':
      return (await import('./html.js')).renderHtml(ctx);
    case 'xlsx':
      return (await import('./xlsx.js')).renderXlsx(ctx);
  }
}
