// `npm run test:browser`: opens HTML reports in headless Chromium (Debian's `chromium`, driven by
// playwright-core) and checks what only a browser shows: no console errors, no network request,
// the chart laid out and visible. Screenshots are kept for a person to look at.
// Separate from `npm test` because CI does not install Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'thads-browser');

const REPORTS = [
  // onePage: heading, summary, chart and table fit the first A4 page in print
  { name: '10-groups-vi', args: ['fixtures/2019.csv', '--config', 'fixtures/thads.config.json', '--lang', 'vi'], bars: 22, onePage: true },
  // the issue's own command: no --config (fixtures/thads.config.json beside the input is found), language from LANG=C
  { name: '10-groups-en', args: ['fixtures/2019.csv'], bars: 22, onePage: true },
  { name: '63-groups-vi', args: ['fixtures/chart/provinces-2019.csv', '--by', 'province', '--lang', 'vi'], bars: 128, onePage: false },
];

const work = mkdtempSync(join(tmpdir(), 'thads-report-'));
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
try {
  for (const report of REPORTS) {
    const file = join(work, `${report.name}.html`);
    const run = spawnSync(process.execPath, ['bin/thads.js', 'summarize', ...report.args, '--output', file], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    const problems = [];
    if (run.status !== 0) problems.push(`thads exited ${run.status}: ${run.stderr}`);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
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
    if ((await page.locator('table tbody tr').count()) < 2) problems.push('table has no rows');
    const shot = join(OUT, `${report.name}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    // Print layout: A4 less 12 mm margins is 186 × 273 mm, 703 × 1032 CSS px.
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.emulateMedia({ media: 'print' });
    const firstPart = await page.evaluate(() => {
      const details = document.querySelector('.details');
      return details ? details.getBoundingClientRect().top : document.body.scrollHeight;
    });
    await page.screenshot({ path: join(OUT, `${report.name}-print.png`), fullPage: true });
    const pages = Math.ceil(firstPart / 1032);
    if (report.onePage && pages > 1) problems.push(`report before the details is ${firstPart}px high in print, more than one A4 page (1032px)`);
    await page.pdf({ path: join(OUT, `${report.name}.pdf`), format: 'A4' }).catch((e) => problems.push(`pdf: ${e.message}`));
    await page.close();
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${report.name}  (screenshot ${shot}; in print, heading to table is ${Math.round(firstPart)}px = ${pages} A4 page${pages === 1 ? '' : 's'})`);
    } else {
      failed++;
      console.log(`FAIL ${report.name}\n  ${problems.join('\n  ')}`);
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
