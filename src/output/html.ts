// One self-contained report: the narrative, the chart and the tables in one file, with no
// script, no network and no external asset, and print CSS for A4. Shares labels and number
// formatting with the other outputs (narrative.ts, svg.ts, human.ts).
//
// The first part holds what a reader looks for (the summary, the chart, and a table of rate,
// target, gap and rank beside the figures they come from); the full figures, one table per
// measure, and each group's paragraph follow on a page of their own. Every table fits a
// 1200 px window and the width of A4 portrait without scrolling.
//
// With "report.agency" in the config the report is laid out as a Vietnamese administrative
// document (thể thức of Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing agency and number on the
// left, quốc hiệu and tiêu ngữ, place and date on the right, the kind (BÁO CÁO) and its title
// centred, Times New Roman, page margins of 20/15/20/30 mm, then the signature block (nơi nhận on
// the left, authority, title and name on the right) closing the body, and the full figures as
// an appendix (phụ lục) attached to it. Without it the report is a working paper.
import type { ReportDocument } from '../config/load.js';
import { humanTable, selectColumns, withoutUniformProvince, type HumanCell, type HumanTable, type MeasureColumn } from './human.js';
import type { Lang } from './format-number.js';
import type { RenderContext } from './model.js';
import { renderNarrative } from './narrative.js';
import { chartSvg, COLORS, escapeXml } from './svg.js';
import { MONTHS_EN, titlePeriod } from './period-words.js';

const WORDS = {
  vi: {
    heading: 'Báo cáo kết quả thi hành án dân sự',
    subject: 'Kết quả thi hành án dân sự',
      summary: 'Tóm tắt',
    chart: 'Biểu đồ',
    table: 'Kết quả so với chỉ tiêu',
    full: 'Số liệu đầy đủ',
    see: 'xem',
    appendixName: 'Phụ lục',
    details: 'Chi tiết từng đơn vị',
    generated: 'Tạo bởi thads',
    kind: 'BÁO CÁO',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số:',
    recipients: 'Nơi nhận:',
    appendix: 'PHỤ LỤC',
    province: 'Tỉnh',
  },
  en: {
    heading: 'Civil judgment enforcement results',
    subject: 'Civil judgment enforcement results',
    summary: 'Summary',
    chart: 'Chart',
    table: 'Results against targets',
    full: 'Full figures',
    see: 'see',
    appendixName: 'the appendix',
    details: 'Each group in detail',
    generated: 'Made with thads',
    kind: 'REPORT',
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    number: 'No.:',
    recipients: 'Recipients:',
    appendix: 'APPENDIX',
    province: 'Province',
  },
} as const;

/**
 * What the first table shows of each measure, both measures side by side: the verdict (rate,
 * target, gap, rank). With the figures behind it as well (13 columns) it would not fit A4
 * portrait at a readable size; they are in the full figures, one table per measure.
 */
const FIRST_TABLE: ReadonlySet<MeasureColumn> = new Set(['rate', 'target', 'gap_pp', 'rank']);


const STYLE = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: ${COLORS.text}; background: #fff; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 32px; }
h1 { font-size: 20px; margin: 8px 0 4px; }
h2 { font-size: 15px; margin: 20px 0 6px; }
p { font-size: 14px; line-height: 1.45; margin: 0 0 8px; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; margin: 0 0 12px; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 3px; }
th, td { border: 1px solid #c8c8c8; padding: 2px 6px; }
th { background: #f2f2f2; font-weight: bold; text-align: center; vertical-align: bottom; }
td.name { white-space: nowrap; }
td.name.long { white-space: normal; min-width: 14em; }
td.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid ${COLORS.text}; }
td.met { color: #006b4f; }
td.missed { color: #a34400; }
/* a sign as well as a colour, for colour-blind readers and black-and-white print */
td.met.rate::after { content: " \\2713"; }
td.missed.rate::after { content: " \\2717"; }
p.note { font-size: 12px; color: #595959; }
/* on screen the full figures are set apart by a rule; in print they start a page */
.appendix { margin-top: 32px; border-top: 1px solid #c8c8c8; padding-top: 8px; }
footer { font-size: 11px; color: #595959; margin-top: 16px; }

/* the administrative document (Nghị định 30/2020/NĐ-CP) */
body.document { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
body.document main { max-width: 900px; }
body.document p { font-size: 17px; text-align: justify; text-indent: 1cm; }
body.document p.note { text-indent: 0; font-size: 15px; }
body.document table { font-size: 15px; }
.doc-head { display: grid; grid-template-columns: 45% 1fr; column-gap: 6px; text-align: center; font-size: 16px; line-height: 1.3; margin-top: 8px; }
.doc-head .parent, .doc-head .agency, .doc-head .nation { text-transform: uppercase; }
.doc-head .agency, .doc-head .nation, .doc-head .motto { font-weight: bold; }
.doc-head .motto { display: inline-block; font-size: 17px; border-bottom: 1px solid; padding-bottom: 1px; }
.doc-head .nation, .doc-head .motto { white-space: nowrap; }
.doc-head hr { width: 35%; margin: 2px auto 4px; border: 0; border-top: 1px solid; }
.doc-head .place-date { font-style: italic; font-size: 17px; margin-top: 8px; }
.doc-title { text-align: center; margin: 24px 0 14px; font-weight: bold; font-size: 17px; line-height: 1.35; }
.doc-title .kind { font-size: 18px; }
.doc-title hr { width: 20%; margin: 4px auto 0; border: 0; border-top: 1px solid; }
.doc-sign { display: grid; grid-template-columns: 45% 1fr; margin-top: 20px; break-inside: avoid; }
.doc-sign .label { font-weight: bold; font-style: italic; font-size: 16px; margin: 0; text-indent: 0; }
.doc-sign ul { list-style: none; padding: 0; margin: 0; font-size: 14.5px; line-height: 1.3; }
.doc-sign .signer { text-align: center; font-weight: bold; font-size: 17px; line-height: 1.35; }
.doc-sign .signer .office { text-transform: uppercase; }
.doc-sign .signer .name { margin-top: 88px; }
.doc-appendix-head { text-align: center; font-weight: bold; font-size: 17px; margin-bottom: 10px; }
.doc-appendix-head .attached { font-weight: normal; font-style: italic; font-size: 15px; }

@media print {
  main, body.document main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .appendix { break-before: page; margin-top: 0; border-top: 0; padding-top: 0; }
  figure.short, table.short, tr, .doc-sign { break-inside: avoid; }
  thead { display: table-header-group; }
  h1 { font-size: 15pt; margin-top: 0; }
  h2 { font-size: 11pt; margin: 10pt 0 4pt; }
  p { font-size: 10pt; line-height: 1.35; }
  p.note { font-size: 8.5pt; }
  /* a short chart keeps its proportions (viewBox) inside this box; a tall one runs over pages at full size */
  figure.short svg { width: 100%; max-height: 110mm; }
  figure.tall { break-inside: auto; }
  table { font-size: 9pt; }
  .appendix table { font-size: 8pt; }
  th, td { padding: 1px 3px; }
  footer { display: none; }
  body.document p { font-size: 13pt; line-height: 1.3; margin-bottom: 6pt; }
  body.document p.note { font-size: 10pt; }
  body.document table { font-size: 11pt; }
  body.document .appendix table { font-size: 9pt; }
  body.document h2 { font-size: 13pt; }
  .doc-head { font-size: 12pt; margin-top: 0; }
  .doc-head .motto { font-size: 13pt; }
  .doc-head .place-date { font-size: 13.5pt; }
  .doc-title { font-size: 13.5pt; margin: 14pt 0 10pt; }
  .doc-title .kind { font-size: 14pt; }
  .doc-sign .label { font-size: 12pt; }
  .doc-sign ul { font-size: 11pt; }
  .doc-sign .signer { font-size: 13.5pt; }
  .doc-sign .signer .name { margin-top: 60pt; }
  .doc-appendix-head { font-size: 13.5pt; }
  .doc-appendix-head .attached { font-size: 12pt; }
}
`;

/** A4 margins: a working paper uses the page; a document keeps the decree's 20/15/20/30 mm. */
const PAGE = { paper: '@page { size: A4; margin: 12mm; }', document: '@page { size: A4; margin: 20mm 15mm 20mm 30mm; }' };

/** Text of the config with its \n line breaks. */
function lines(text: string): string {
  return text.split('\n').map(escapeXml).join('<br>');
}

/**
 * A name longer than this many characters may wrap (td.name.long): a regional office's full name
 * after 2025 ("Phòng Thi hành án dân sự khu vực 12 - Thành phố Hồ Chí Minh", 60) kept on one line
 * pushed the full figures' table 41 px past an A4 page.
 */
const LONG_NAME = 36;

function cellHtml(c: HumanCell, isRate: boolean, isName: boolean): string {
  const classes = [c.align === 'right' ? 'num' : '', isName ? 'name' : '', isName && c.text.length > LONG_NAME ? 'long' : '', c.status ?? '', isRate && c.status ? 'rate' : ''].filter(Boolean);
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${escapeXml(c.text)}</td>`;
}

function tableHtml(t: HumanTable, caption: string | null, short = false): string {
  // The rate carries the met / missed sign; names do not wrap (a column of two-word names).
  const isRate = (i: number) => t.columns[i]!.key === 'rate';
  const isName = (i: number) => t.columns[i]!.measure === null;
  const spans = t.groups.map(([label, count]) => `<th colspan="${count}" scope="colgroup">${escapeXml(label)}</th>`).join('');
  const heads = t.headers.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  const rows = t.rows.map((row, r) => `<tr${r >= t.totalFrom ? ' class="total"' : ''}>${row.map((c, i) => cellHtml(c, isRate(i), isName(i))).join('')}</tr>`);
  return `<table${short ? ' class="short"' : ''}>\n${caption ? `<caption>${escapeXml(caption)}</caption>\n` : ''}<thead>\n<tr>${spans}</tr>\n<tr>${heads}</tr>\n</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
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

/** "ngày 05 tháng 01 năm 2020": a day below 10 and the months 1 and 2 take a leading zero (NĐ 30/2020). */
export function documentDate(iso: string | undefined, lang: Lang): string {
  if (iso === undefined) return lang === 'vi' ? 'ngày\u2003\u2003tháng\u2003\u2003năm\u2003\u2003' : '';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  return `ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? String(month).padStart(2, '0') : String(month)} năm ${year}`;
}

function documentHead(doc: ReportDocument, title: string, lang: Lang): string {
  const w = WORDS[lang];
  const placeDate = [doc.place, documentDate(doc.date, lang)].filter(Boolean).join(', ');
  return `<header class="doc-head">
<div class="issuer">
${doc.parentAgency ? `<div class="parent">${lines(doc.parentAgency)}</div>\n` : ''}<div class="agency">${lines(doc.agency ?? '')}</div>
<hr>
<div class="number">${w.number} ${doc.number ? escapeXml(doc.number) : '\u2003\u2003\u2003'}</div>
</div>
<div class="state">
<div class="nation">${w.nation}</div>
<div><span class="motto">${w.motto}</span></div>
${placeDate ? `<div class="place-date">${escapeXml(placeDate)}</div>\n` : ''}</div>
</header>
<div class="doc-title" role="heading" aria-level="1">
<div class="kind">${w.kind}</div>
<div class="subject">${escapeXml(title)}</div>
<hr>
</div>`;
}

/** "- Tổng cục THADS;" … "- Lưu: VT." (NĐ 30/2020: each recipient on a line, the last one ends the list). */
function recipientsHtml(recipients: readonly string[]): string {
  return recipients.map((r, i) => `<li>- ${escapeXml(r.replace(/[;.,]\s*$/, ''))}${i === recipients.length - 1 ? '.' : ';'}</li>`).join('\n');
}

function signatureHtml(doc: ReportDocument, lang: Lang): string {
  const signer = doc.signer ?? {};
  return `<section class="doc-sign">
<div class="recipients">
${doc.recipients && doc.recipients.length > 0 ? `<p class="label">${WORDS[lang].recipients}</p>\n<ul>\n${recipientsHtml(doc.recipients)}\n</ul>\n` : ''}</div>
<div class="signer">
${signer.authority ? `<div class="office">${lines(signer.authority)}</div>\n` : ''}${signer.title ? `<div class="office">${lines(signer.title)}</div>\n` : ''}<div class="name">${signer.name ? lines(signer.name) : ''}</div>
</div>
</section>`;
}

function appendixHead(doc: ReportDocument, lang: Lang): string {
  const date = doc.date ? documentDate(doc.date, lang) : '';
  const attached =
    lang === 'vi'
      ? `(Kèm theo Báo cáo${doc.number ? ` số ${escapeXml(doc.number)}` : ''}${date ? ` ${date}` : ''} của ${escapeXml(doc.agency!.replace(/\n/g, ' '))})`
      : `(attached to report${doc.number ? ` No. ${escapeXml(doc.number)}` : ''}${date ? ` of ${date}` : ''} of ${escapeXml(doc.agency!.replace(/\n/g, ' '))})`;
  return `<div class="doc-appendix-head">${WORDS[lang].appendix}<br>${WORDS[lang].full.toUpperCase()}<br><span class="attached">${attached}</span></div>`;
}

export function renderHtml(ctx: RenderContext): string {
  const w = WORDS[ctx.lang];
  const doc = ctx.report?.agency ? ctx.report : null;
  // "Báo cáo kết quả thi hành án dân sự, năm 2019"; a document's title (trích yếu) follows its
  // kind: "BÁO CÁO / Kết quả thi hành án dân sự năm 2019".
  const inYear = ctx.year === null ? '' : `${ctx.lang === 'vi' ? ' ' : ', '}${titlePeriod(ctx.year, ctx.partPeriods?.get(ctx.year), ctx.lang)}`;
  const title = ctx.report?.title ?? (doc ? `${w.subject}${inYear}` : `${w.heading}${inYear.replace(/^ năm/, ', năm')}`);
  // The total's paragraph leads (narrative.ts prints only totals when no group is printed);
  // the groups' paragraphs follow the full figures, so chart and table stay on the first page.
  // With --only the narrative leaves the total out, and so does the report.
  // A year without targets is said once, under the first table (not in the paragraphs too).
  const lead = ctx.filtered ? [] : paragraphs(renderNarrative({ ...ctx, printed: [] }, { note: false }));
  const details = ctx.printed.length > 0 ? paragraphs(renderNarrative({ ...ctx, filtered: true }, { note: false })) : [];

  const { table: all, province } = withoutUniformProvince(humanTable(ctx), ctx);
  const scope = province !== null ? `${w.province}: ${province}` : null;
  const first = selectColumns(all, (c) => c.measure === null || FIRST_TABLE.has(c.key));
  const leftOut = [...new Set(all.headers.filter((_, i) => !first.columns.includes(all.columns[i]!)))];
  const full = ctx.measures.filter((m) => all.columns.some((c) => c.measure === m)).map((m) => tableHtml(selectColumns(all, (c) => c.measure === m), null));
  const fullHeading = doc ? appendixHead(doc, ctx.lang) : `<h2 id="full">${w.full}</h2>`;

  return `<!DOCTYPE html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${STYLE}${doc ? PAGE.document : PAGE.paper}
</style>
</head>
<body${doc ? ' class="document"' : ''}>
<main>
${doc ? documentHead(doc, title, ctx.lang) : `<h1>${escapeXml(title)}</h1>`}
${lead.length > 0 ? `<section aria-labelledby="summary">\n<h2 id="summary">${w.summary}</h2>\n${lead.join('\n')}\n</section>\n` : ''}<section aria-labelledby="chart">
<h2 id="chart">${w.chart}</h2>
<figure class="${ctx.printed.length <= SHORT_CHART_GROUPS ? 'short' : 'tall'}">
${chartSvg(ctx)}
</figure>
</section>
<section aria-labelledby="figures">
<h2 id="figures">${w.table}</h2>
${tableHtml(first, scope, ctx.printed.length <= SHORT_CHART_GROUPS)}
${leftOut.length > 0 ? `<p class="note">${escapeXml(leftOut.join(', '))}: ${w.see} ${doc ? w.appendixName : w.full.toLowerCase()}.</p>\n` : ''}${all.notes.map((n) => `<p class="note">${escapeXml(n)}</p>\n`).join('')}</section>
${doc ? `${signatureHtml(doc, ctx.lang)}\n` : ''}<section class="appendix" aria-label="${w.full}">
${fullHeading}
${full.join('\n')}
${details.length > 0 ? `<h2 id="details">${w.details}</h2>\n${details.join('\n')}\n` : ''}</section>
<footer>${w.generated}</footer>
</main>
</body>
</html>
`;
}
