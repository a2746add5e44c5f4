// `npm run test:browser`: opens HTML reports in headless Chromium (Debian's `chromium`, driven by
// playwright-core) and checks what only a browser shows: no console errors, no network request,
// the chart laid out and visible, every table inside the page at 1200 px and at the printed width
// of A4 (no horizontal scrollbar, office names on one line), readable print fonts, and a PDF.
// Screenshots and PDFs are kept for a person to look at. `.ci/run` runs it after `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'thads-browser');
const DOCUMENT = ['--config', 'fixtures/report-document/thads.config.json'];

// CSS px of the printable width: A4 (210 mm) less the page margins, at 96 px per inch.
const mm = (n) => (n * 96) / 25.4;
const PRINT = {
  paper: { width: Math.floor(mm(210 - 2 * 12)), height: Math.floor(mm(297 - 2 * 12)) },
  document: { width: Math.floor(mm(210 - 30 - 15)), height: Math.floor(mm(297 - 2 * 20)) },
};

const REPORTS = [
  // onePage: heading, summary, chart and first table fit the first A4 page in print
  { name: '10-groups-vi', args: ['fixtures/2019.csv', '--config', 'fixtures/thads.config.json', '--lang', 'vi'], bars: 22, onePage: true },
  // the issue's own command: no --config (fixtures/thads.config.json beside the input is found), language from LANG=C
  { name: '10-groups-en', args: ['fixtures/2019.csv'], bars: 22, onePage: true },
  { name: '63-groups-vi', args: ['fixtures/chart/provinces-2019.csv', '--by', 'province', '--lang', 'vi'], bars: 128, onePage: false },
  // the widest tables (change columns), as a working paper and as an administrative document
  { name: 'previous-en', args: ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv', '--lang', 'en'], bars: 22, onePage: true },
  { name: 'document-vi', args: ['fixtures/2019.csv', '--previous', 'fixtures/2018.csv', ...DOCUMENT, '--lang', 'vi'], bars: 22, onePage: false, document: true },
  { name: 'document-en', args: ['fixtures/2019.csv', ...DOCUMENT, '--lang', 'en'], bars: 22, onePage: false, document: true },
  // the full names of the regional offices since 1/7/2025 (60 characters): wrapped in their cells, no table past the page
  { name: 'long-names-vi', args: ['fixtures/chart/khu-vuc-long-names-2025.csv', '--lang', 'vi'], bars: 10, onePage: false },
];

/** In the page: what sticks out sideways, and office names that wrap. */
function layoutProblems() {
  const problems = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth}px content in ${page.clientWidth}px`);
  const main = document.querySelector('main').getBoundingClientRect();
  document.querySelectorAll('table').forEach((table, i) => {
    const box = table.getBoundingClientRect();
    if (box.right > main.right + 0.5) problems.push(`table ${i + 1} is ${Math.round(box.width)}px wide and ends ${Math.round(box.right - main.right)}px past the page`);
  });
  for (const cell of document.querySelectorAll('td.name')) {
    const lineHeight = parseFloat(getComputedStyle(cell).lineHeight) || parseFloat(getComputedStyle(cell).fontSize) * 1.3;
    if (cell.getBoundingClientRect().height > 2.2 * lineHeight + 6) problems.push(`office name "${cell.textContent}" wraps onto more than two lines`);
  }
  return problems;
}

/** In the page: the smallest font of tables and paragraphs, in pt. */
function smallestFonts() {
  const pt = (el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96;
  const min = (selector) => Math.min(...[...document.querySelectorAll(selector)].map(pt));
  return { table: min('td'), text: min('main p:not(.note)') };
}

const work = mkdtempSync(join(tmpdir(), 'thads-report-'));
mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'thads-chromium-'));
// A fresh profile each run; playwright-core passes it to Chromium as --user-data-dir.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1200, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
try {
  for (const report of REPORTS) {
    const file = join(work, `${report.name}.html`);
    const run = spawnSync(process.execPath, ['bin/thads.js', 'summarize', ...report.args, '--output', file], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    const problems = [];
    if (run.status !== 0) problems.push(`thads exited ${run.status}: ${run.stderr}`);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // a self-contained file asks for nothing but itself
    page.on('request', (r) => r.url() !== pathToFileURL(file).href && problems.push(`request: ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    const chart = page.locator('figure svg');
    const box = await chart.boundingBox();
    if (!box || box.width < 600 || box.height < 200) problems.push(`chart box too small: ${JSON.stringify(box)}`);
    if (!(await chart.isVisible())) problems.push('chart not visible');
    const bars = await page.locator('figure svg rect.bar').count();
    if (bars !== report.bars) problems.push(`expected ${report.bars} bars, found ${bars}`);
    if ((await page.locator('table').first().locator('tbody tr').count()) < 1) problems.push('table has no rows');
    if (report.document) {
      for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIETNAM']) {
        if (readFileSync(file, 'utf8').includes(text) && !(await page.getByText(text).isVisible())) problems.push(`"${text}" not visible`);
      }
      if (!(await page.locator('.doc-sign .name').isVisible())) problems.push('signature block not visible');
    }
    problems.push(...(await page.evaluate(layoutProblems)).map((p) => `at 1200 px: ${p}`));
    const shot = join(OUT, `${report.name}.png`);
    await page.screenshot({ path: shot, fullPage: true });

    // Print layout: the printable width of A4 portrait with the report's page margins.
    const print = report.document ? PRINT.document : PRINT.paper;
    await page.setViewportSize(print);
    await page.emulateMedia({ media: 'print' });
    problems.push(...(await page.evaluate(layoutProblems)).map((p) => `in print: ${p}`));
    const fonts = await page.evaluate(smallestFonts);
    if (fonts.table < 8) problems.push(`in print, table text is ${fonts.table.toFixed(1)}pt (at least 8pt)`);
    if (fonts.text < 9.9) problems.push(`in print, paragraphs are ${fonts.text.toFixed(1)}pt (at least 10pt)`);
    const firstPart = await page.evaluate(() => document.querySelector('.appendix').getBoundingClientRect().top);
    await page.screenshot({ path: join(OUT, `${report.name}-print.png`), fullPage: true });
    const pages = Math.ceil(firstPart / print.height);
    if (report.onePage && pages > 1) problems.push(`report before the full figures is ${Math.round(firstPart)}px high in print, more than one A4 page (${print.height}px)`);
    // The page size and margins come from the report's @page rule.
    const pdf = join(OUT, `${report.name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true }).catch((e) => problems.push(`pdf: ${e.message}`));
    const pdfPages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    if (pdfPages < 2) problems.push(`pdf has ${pdfPages} page(s); the full figures start a page of their own`);
    await page.close();
    if (problems.length === 0) {
      passed++;
      console.log(
        `ok   ${report.name}  (screenshot ${shot}; in print, up to the full figures ${Math.round(firstPart)}px = ${pages} A4 page${pages === 1 ? '' : 's'}; pdf ${pdfPages} pages; smallest print fonts: tables ${fonts.table.toFixed(1)}pt, text ${fonts.text.toFixed(1)}pt)`,
      );
    } else {
      failed++;
      console.log(`FAIL ${report.name}\n  ${problems.join('\n  ')}`);
    }
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
