// `npm run screenshot`: serves the sample story from an in-memory store and saves docs/story-page.png.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readInputs } from '../src/ingest/index.js';
import { buildReport } from '../src/pipeline/index.js';
import { createApp, startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

const root = new URL('../', import.meta.url);
const out = fileURLToPath(new URL(process.argv[2] ?? 'docs/story-page.png', root));
const width = Number(process.argv[3] ?? 1280);
const store = await openStore('memory:');
const { documents, diagnostics } = await readInputs([fileURLToPath(new URL('samples/seed-story', root))]);
const { report } = buildReport(documents, diagnostics, { generatedAt: new Date().toISOString() });
await store.saveReport(report);
const server = await startServer(createApp({ store }), { port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({
    viewport: { width, height: Number(process.argv[4] ?? 1500) },
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.url}/#/stories/${report.stories[0]!.id}`);
  await page.waitForSelector('#conflicts');
  await mkdir(fileURLToPath(new URL('.', `file://${out}`)), { recursive: true });
  await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE === '1' });
  process.stderr.write(`saved ${out}\n`);
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
