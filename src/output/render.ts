// Format name → renderer; each renderer is loaded only when asked for. A renderer gives one
// string, or pieces to be written as they come (JSON, whose reports can be large), or bytes
// (an .xlsx workbook).
import type { SummaryFormat } from '../cli.js';
import type { RenderContext } from './model.js';

export async function render(format: SummaryFormat, ctx: RenderContext): Promise<string | Iterable<string> | Uint8Array> {
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
