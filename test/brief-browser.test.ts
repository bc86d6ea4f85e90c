import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/index.js';
import { sampleResult } from './helpers/sample.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser test needs Chromium at ${CHROMIUM}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  dir = await mkdtemp(join(tmpdir(), 'parallax-brief-'));
  file = join(dir, 'brief.html');
  await writeFile(file, renderHtml((await sampleResult()).report));
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the HTML brief of the sample story in a browser', () => {
  it('renders the summary, and a citation takes the reader to the highlighted evidence sentence', async () => {
    const { report } = await sampleResult();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href);
    const story = report.stories[0]!;
    await expect(page.getByRole('heading', { level: 2, name: story.title }).isVisible()).resolves.toBe(true);
    const summary = page.locator('section.summary');
    await expect(summary.locator('p').count()).resolves.toBe(story.summary.length);
    await expect(summary.innerText()).resolves.toContain(story.summary[0]!.text);

    const citation = summary.locator('a.cite').first();
    const href = (await citation.getAttribute('href'))!;
    const evidence = story.summary[0]!.evidence.find((e) => href === `#${e.articleId}-${e.sentenceId}`)!;
    expect(evidence).toBeDefined();
    await citation.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const target = page.locator(':target');
    await expect(target.innerText()).resolves.toBe(evidence.text);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(253, 226, 147)');
    await expect(
      target.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top > -2 && box.top < window.innerHeight;
      }),
    ).resolves.toBe(true);
    // Readable on a phone: nothing wider than the screen.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
