import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument, Report } from '../src/model/index.js';
import { buildReport } from '../src/pipeline/index.js';
import { createApp, startServer, type RunningServer } from '../src/server/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { sampleResult } from './helpers/sample.js';

// End to end in real headless Chromium (Debian's, never a downloaded one) against an in-memory store.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Articles whose every field tries to run script. If any of it executes, window.__xss becomes truthy.
const PROBE = 'window.__xss=(window.__xss||0)+1';
const XSS_DOCUMENTS: RawDocument[] = [
  {
    input: 'xss-1.txt',
    format: 'text',
    url: `javascript:${PROBE}`,
    outlet: `<script>${PROBE}</script>Evil Outlet`,
    title: `<img src=x onerror="${PROBE}"> Harbour flood closes the port`,
    content:
      `The flood closed the port of Northport on Monday, officials said. <script>${PROBE}</script> ` +
      `Mayor Jane Alvarez said 40 homes were damaged. <img src=x onerror="${PROBE}"> ` +
      `"We will rebuild <b onmouseover=\\"${PROBE}\\">every</b> street," Alvarez said. ` +
      `Read more at <a href="javascript:${PROBE}">this link</a> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.`,
  },
  {
    input: 'xss-2.html',
    format: 'html',
    url: 'https://example.org/flood',
    content:
      `<html><head><title>Flood in Northport &lt;img src=x onerror=${PROBE}&gt;</title></head><body><article>` +
      `<h1>Flood in Northport</h1><p>The flood closed the port of Northport on Monday, officials said.</p>` +
      `<p>Mayor Jane Alvarez said 45 homes were damaged.<script>${PROBE}</script></p>` +
      `<p><img src="x" onerror="${PROBE}">"We will rebuild every street," Alvarez said.</p>` +
      `<p>Officials said &lt;script&gt;${PROBE}&lt;/script&gt; was not a real threat.</p>` +
      `<p><a href="javascript:${PROBE}">Related: more floods</a></p></article></body></html>`,
  },
];

interface Seeded {
  sample: Report;
  xss: Report;
}

async function seed(store: Store): Promise<Seeded> {
  const sample = (await sampleResult()).report;
  await store.saveReport(sample);
  const xss = buildReport(XSS_DOCUMENTS, [], { generatedAt: '2026-01-01T00:00:00.000Z' }).report;
  await store.saveReport(xss);
  return { sample, xss };
}

describe('web UI in headless Chromium', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await openStore('memory:');
    seeded = await seed(store);
    server = await startServer(createApp({ store }), { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function open(hash: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      pageErrors.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('main:not([aria-busy]) #page-title');
    return page;
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
    await page.evaluate(await AXE_SOURCE);
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      }
      return axe.run(document);
    });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('lists the sample story with its coverage, and finds it by entity', async () => {
    const page = await open('#/');
    const story = seeded.sample.stories[0]!;
    const card = page.locator('.story-card', { hasText: story.title });
    await expect(card.count()).resolves.toBe(1);
    expect(await card.locator('.counts').innerText()).toMatch(/5 articles/);
    await page.fill('input[name="entity"]', 'Sudani');
    await page.click('form.search button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('entity=Sudani'));
    await page.waitForSelector('main:not([aria-busy]) .story-card');
    expect(await page.locator('.story-card h2').allInnerTexts()).toEqual([story.title]);
    await page.close();
  });

  it('opens the sample story; a citation shows its evidence sentence highlighted in its article', async () => {
    const story = seeded.sample.stories[0]!;
    const page = await open(`#/stories/${story.id}`);
    expect(await page.locator('h1').innerText()).toBe(story.title);
    const first = story.summary[0]!;
    const evidence = first.evidence[0]!;
    const chip = page.locator(`#summary button.cite[data-article="${evidence.articleId}"]`).first();
    await chip.click();
    const dialog = page.locator('dialog.evidence-dialog[open]');
    await dialog.waitFor();
    const marked = dialog.locator('mark.evidence');
    await expect(marked.count()).resolves.toBe(1);
    expect(await marked.innerText()).toBe(evidence.text);
    expect(await marked.isVisible()).toBe(true);
    // The highlight is scrolled into the dialog's view.
    const inView = await marked.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const frame = el.closest('.evidence-body')!.getBoundingClientRect();
      return box.top >= frame.top - 1 && box.top < frame.bottom;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    // Focus goes back to the chip that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-article'))).toBe(
      evidence.articleId,
    );
    await page.close();
  });

  it('works from the keyboard: Tab reaches a citation, Enter opens it', async () => {
    const story = seeded.sample.stories[0]!;
    const page = await open(`#/stories/${story.id}`);
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('cite') ?? false);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('dialog.evidence-dialog[open] mark.evidence').waitFor();
    await page.close();
  });

  it('shows the conflicts side by side, the timeline, omissions, quotes diffs and framing', async () => {
    const story = seeded.sample.stories[0]!;
    const page = await open(`#/stories/${story.id}`);
    const conflicts = page.locator('#conflicts .conflict');
    expect(await conflicts.count()).toBe(story.conflicts.length);
    for (const [i, conflict] of story.conflicts.entries()) {
      const card = conflicts.nth(i);
      expect(await card.isVisible()).toBe(true);
      expect(await card.locator('.value-big').allInnerTexts()).toEqual(conflict.values.map((v) => v.value));
      // Values sit side by side on a wide screen: the first two share a row.
      const boxes = await card
        .locator('.conflict-value')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(boxes[0]).toBe(boxes[1]);
      if (conflict.explanation)
        expect(await card.locator('.explanation').innerText()).toContain(conflict.explanation);
    }
    const events = page.locator('#timeline ol.timeline > li');
    expect(await events.count()).toBe(story.timeline.length);
    await events.last().scrollIntoViewIfNeeded();
    expect(await events.last().isVisible()).toBe(true);
    expect(await page.locator('#timeline time').first().getAttribute('datetime')).toBe(
      story.timeline[0]!.date,
    );
    // The tour al-Sudani "is expected to" start is badged as still to come.
    const expected = events.filter({ has: page.locator('time[datetime="2023-11-20"]') });
    expect(await expected.locator('.badge').innerText()).toBe('expected');
    // Every omission is a ✕ in the matrix (the sample has fewer than the 25 rows shown).
    const omitted = story.omissions.reduce((n, o) => n + o.factIds.length, 0);
    expect(omitted).toBeGreaterThan(0);
    expect(await page.locator('#omissions td.omitted').count()).toBe(omitted);
    expect(await page.locator('#quotes del, #quotes ins').count()).toBeGreaterThan(0);
    // The section links keep the story in the address and move focus to the section.
    await page.click('nav.toc a:text-is("Timeline")');
    await page.waitForFunction(() => document.activeElement?.id === 'timeline-h');
    expect(await page.evaluate(() => location.hash)).toBe(`#/stories/${story.id}?section=timeline`);
    const framedTerms = story.framing.flatMap((f) => f.loaded.map((l) => l.term));
    const marks = await page.locator('#framing mark.loaded').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(framedTerms).toContain(m);
    await page.close();
  });

  it('shows an article with what cleaning removed struck through, with the reason', async () => {
    const article = seeded.sample.articles.find((a) => a.removed.length >= 2)!;
    const sentence = article.sentences[3]!;
    const page = await open(`#/articles/${article.id}?s=${sentence.id}`);
    expect(await page.locator('mark.evidence').innerText()).toBe(sentence.text);
    const removed = page.locator('ul.removed li');
    expect(await removed.count()).toBe(article.removed.length);
    for (const [i, piece] of article.removed.entries()) {
      expect(await removed.nth(i).locator('del').innerText()).toBe(piece.text.trim());
      expect(await removed.nth(i).locator('.badge').innerText()).toBe(piece.reason);
    }
    await page.close();
  });

  it('keeps script, handlers and javascript: links in articles inert', async () => {
    const story = seeded.xss.stories.find((s) => s.articleIds.length === 2) ?? seeded.xss.stories[0]!;
    const cspViolations: string[] = [];
    const visit = async (hash: string) => {
      const page = await open(hash);
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      for (const button of await page.locator('button.cite').all()) {
        await button.click();
        await page.locator('dialog[open]').waitFor();
        await page.keyboard.press('Escape');
      }
      await page.mouse.move(400, 400);
      await page.waitForTimeout(100);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? 0,
        scripts: document.querySelectorAll('main script').length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => /^on/i.test(a.name)),
        ).length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute('href')!),
        ).length,
        text: document.body.innerText,
      }));
      await page.close();
      return state;
    };
    const pages = [`#/stories/${story.id}`, '#/', ...seeded.xss.articles.map((a) => `#/articles/${a.id}`)];
    let sawLiteralMarkup = false;
    for (const hash of pages) {
      const state = await visit(hash);
      expect(state, hash).toMatchObject({ xss: 0, scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
      if (/<script>|<img src=x onerror/.test(state.text)) sawLiteralMarkup = true;
    }
    // The markup is shown as the characters it is, not dropped and not run.
    expect(sawLiteralMarkup).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('reads on a phone: no sideways scrolling on the story page', async () => {
    const story = seeded.sample.stories[0]!;
    const page = await open(`#/stories/${story.id}`, { width: 375, height: 740 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const story = seeded.sample.stories[0]!;
    const article = seeded.sample.articles[0]!;
    const found: Record<string, string[]> = {};
    for (const hash of ['#/', `#/stories/${story.id}`, `#/articles/${article.id}?s=s2`, '#/analyze']) {
      const page = await open(hash);
      found[hash] = await seriousViolations(page);
      if (hash.startsWith('#/stories')) {
        await page.locator('#summary button.cite').first().click();
        await page.locator('dialog[open] mark.evidence').waitFor();
        found[`${hash} (evidence dialog)`] = await seriousViolations(page);
      }
      await page.close();
    }
    for (const violations of Object.values(found)) expect(violations).toEqual([]);
    expect(Object.keys(found)).toHaveLength(5);
  });

  it('analyses pasted articles from the form and opens their story', async () => {
    const page = await open('#/analyze');
    await page.fill('#doc0-outlet', 'Harbour Gazette');
    await page.fill(
      '#doc0-text',
      'The ferry between Northport and Eastisle resumed service on Tuesday after a storm closed the harbour for three days. Mayor Jane Alvarez said 14 crossings would run daily.',
    );
    await page.fill('#doc1-outlet', 'Island Post');
    await page.fill(
      '#doc1-text',
      'Ferry crossings between Northport and Eastisle restarted on Tuesday after three days of storm. Mayor Jane Alvarez said 12 crossings would run daily.',
    );
    await page.click('form.analyze-form button[type="submit"]');
    await page.waitForFunction(() => location.hash.startsWith('#/stories/'));
    await page.waitForSelector('main:not([aria-busy]) .story-page h1');
    expect(await page.locator('.story-head .source-tag').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Harbour Gazette'),
        expect.stringContaining('Island Post'),
      ]),
    );
    await page.close();
  });
});
