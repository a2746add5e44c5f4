// One self-contained report: the narrative, the chart and the table in one file, with no
// script, no network and no external asset, and print CSS for A4. Shares labels and number
// formatting with the other outputs (narrative.ts, svg.ts, human.ts).
import { humanTable, type HumanCell } from './human.js';
import type { RenderContext } from './model.js';
import { renderNarrative } from './narrative.js';
import { chartSvg, chartTitle, COLORS, escapeXml } from './svg.js';

const WORDS = {
  vi: { heading: 'Báo cáo kết quả thi hành án dân sự', summary: 'Tóm tắt', chart: 'Biểu đồ', table: 'Bảng số liệu', details: 'Chi tiết từng đơn vị', generated: 'Tạo bởi thads' },
  en: { heading: 'Civil judgment enforcement results', summary: 'Summary', chart: 'Chart', table: 'Figures', details: 'Each group in detail', generated: 'Made with thads' },
} as const;

const STYLE = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: ${COLORS.text}; background: #fff; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 32px; }
h1 { font-size: 20px; margin: 8px 0 4px; }
h2 { font-size: 15px; margin: 20px 0 6px; }
p { font-size: 13px; line-height: 1.45; margin: 0 0 8px; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #c8c8c8; padding: 2px 6px; }
th { background: #f2f2f2; font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid ${COLORS.text}; }
td.met { color: #006b4f; }
td.missed { color: #a34400; }
/* a sign as well as a colour, for colour-blind readers and black-and-white print */
td.met.rate::after { content: " \\2713"; }
td.missed.rate::after { content: " \\2717"; }
footer { font-size: 11px; color: #595959; margin-top: 16px; }
@page { size: A4; margin: 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .details { break-before: page; }
  figure.short, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h1 { font-size: 15pt; margin-top: 0; }
  h2 { font-size: 11pt; margin: 10pt 0 4pt; }
  p { font-size: 9pt; line-height: 1.35; }
  /* a short chart keeps its proportions (viewBox) inside this box; a tall one runs over pages at full size */
  figure.short svg { width: 100%; max-height: 120mm; }
  figure.tall { break-inside: auto; }
  table { font-size: 6.5pt; width: 100%; }
  th, td { padding: 1px 2px; }
  th { font-weight: normal; }
  footer { display: none; }
}
`;

function cellHtml(c: HumanCell, isRate: boolean): string {
  const classes = [c.align === 'right' ? 'num' : '', c.status ?? '', isRate && c.status ? 'rate' : ''].filter(Boolean);
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${escapeXml(c.text)}</td>`;
}

function tableHtml(ctx: RenderContext): string {
  const t = humanTable(ctx);
  const spans = t.groups.map(([label, count]) => `<th colspan="${count}" scope="colgroup">${escapeXml(label)}</th>`).join('');
  const heads = t.headers.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  // The rate cell carries the met / missed sign.
  const rows = t.rows.map((row, r) => `<tr${r >= t.totalFrom ? ' class="total"' : ''}>${row.map((c) => cellHtml(c, c.rate === true)).join('')}</tr>`);
  const notes = t.notes.map((n) => `\n<p class="note">${escapeXml(n)}</p>`).join('');
  return `<table>\n<thead>\n<tr>${spans}</tr>\n<tr>${heads}</tr>\n</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>${notes}`;
}

/** Up to this many groups the chart is shrunk to fit the first page in print; labels stay legible. */
const SHORT_CHART_GROUPS = 20;

function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p)}</p>`);
}

export function renderHtml(ctx: RenderContext): string {
  const w = WORDS[ctx.lang];
  const title = ctx.year !== null ? `${w.heading}, ${ctx.lang === 'vi' ? 'năm' : 'statistics year'} ${ctx.year}` : w.heading;
  // The total's paragraph leads (narrative.ts prints only totals when no group is printed);
  // the groups' paragraphs follow the table, so chart and table stay on the first page.
  // With --only the narrative leaves the total out, and so does the report.
  const lead = ctx.filtered ? [] : paragraphs(renderNarrative({ ...ctx, printed: [] }, { note: false }));
  const details = ctx.printed.length > 0 ? paragraphs(renderNarrative({ ...ctx, filtered: true }, { note: false })) : [];
  return `<!DOCTYPE html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
${lead.length > 0 ? `<section aria-labelledby="summary">\n<h2 id="summary">${w.summary}</h2>\n${lead.join('\n')}\n</section>\n` : ''}<section aria-labelledby="chart">
<h2 id="chart">${w.chart}</h2>
<figure class="${ctx.printed.length <= SHORT_CHART_GROUPS ? 'short' : 'tall'}">
${chartSvg(ctx)}
</figure>
</section>
<section aria-labelledby="figures">
<h2 id="figures">${w.table}</h2>
${tableHtml(ctx)}
</section>
${details.length > 0 ? `<section aria-labelledby="details" class="details">\n<h2 id="details">${w.details}</h2>\n${details.join('\n')}\n</section>\n` : ''}<footer>${w.generated}</footer>
</main>
</body>
</html>
`;
}
