import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../extract/index.js';
import { decodeBytes } from '../../ingest/decode-bytes.js';
import type { EvalOptions, EvalResult, EvalTask, Metrics } from '../eval-task.js';
import { inSplit } from '../split.js';
import { loadBenchmarkPages } from './load-benchmark.js';
import { declaredLanguage, loadTrafilaturaPages } from './load-trafilatura-eval.js';
import type { BaselineResult } from './readability-baseline.js';
import { averageShingleMetrics, shingleCounts, type ShingleCounts } from './shingle-score.js';
import {
  sameAuthors,
  sameDay,
  sameTitle,
  scoreSnippets,
  snippetMetrics,
  type SnippetCounts,
} from './score-snippets.js';

type System = (html: string, url?: string) => BaselineResult;

function parallax(html: string, url?: string): BaselineResult {
  const { article } = extractArticle({
    input: url ?? 'page',
    format: 'html',
    content: html,
    ...(url && { url }),
  });
  return {
    text: article?.text ?? '',
    ...(article?.title && { title: article.title }),
    ...(article?.byline && { byline: article.byline }),
    ...(article?.publishedAt && { publishedAt: article.publishedAt }),
  };
}

/** Runs a system on a page; a crash counts as an empty result. */
function safely(
  system: System,
  html: string,
  url: string | undefined,
  crashes: { count: number },
): BaselineResult {
  try {
    return system(html, url);
  } catch {
    crashes.count++;
    return { text: '' };
  }
}

async function systems(notes: string[]): Promise<Record<string, System>> {
  try {
    // jsdom is a development dependency: the baseline is loaded only when an evaluation asks for it.
    const { readabilityOnJsdom } = await import('./readability-baseline.js');
    return { parallax, readability: readabilityOnJsdom };
  } catch (error) {
    notes.push(`readability baseline unavailable (${(error as Error).message}); install dev dependencies`);
    return { parallax };
  }
}

async function scoreBenchmark(
  options: EvalOptions,
  all: Record<string, System>,
): Promise<Record<string, Metrics>> {
  const pages = (await loadBenchmarkPages(join(options.dataDir, 'article-extraction-benchmark'))).filter(
    (p) => inSplit(p.split, options.split),
  );
  const result: Record<string, Metrics> = {};
  for (const [name, system] of Object.entries(all)) {
    options.onProgress?.(`article-extraction-benchmark: ${name} on ${pages.length} pages`);
    const crashes = { count: 0 };
    const counts: ShingleCounts[] = pages.map((page) =>
      shingleCounts(page.body, safely(system, page.html, page.url || undefined, crashes).text),
    );
    result[name] = { ...averageShingleMetrics(counts), crashes: crashes.count };
  }
  return result;
}

async function scoreTrafilatura(
  options: EvalOptions,
  all: Record<string, System>,
): Promise<Record<string, Metrics>> {
  const pages = (await loadTrafilaturaPages(join(options.dataDir, 'trafilatura-eval'))).filter(
    (p) => inSplit(p.split, options.split) && declaredLanguage(p.html) === 'en',
  );
  const result: Record<string, Metrics> = {};
  for (const [name, system] of Object.entries(all)) {
    options.onProgress?.(`trafilatura-eval (English): ${name} on ${pages.length} pages`);
    const counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const fields = { title: [0, 0], author: [0, 0], date: [0, 0] };
    const crashes = { count: 0 };
    for (const page of pages) {
      const found = safely(system, page.html, page.key, crashes);
      scoreSnippets(found.text, page.with, page.without, counts);
      if (page.title)
        fields.title = [fields.title[0]! + Number(sameTitle(page.title, found.title)), fields.title[1]! + 1];
      if (page.author)
        fields.author = [
          fields.author[0]! + Number(sameAuthors(page.author, found.byline)),
          fields.author[1]! + 1,
        ];
      if (page.date)
        fields.date = [fields.date[0]! + Number(sameDay(page.date, found.publishedAt)), fields.date[1]! + 1];
    }
    result[name] = {
      ...snippetMetrics(counts),
      pages: pages.length,
      titleAccuracy: fields.title[0]! / Math.max(1, fields.title[1]!),
      authorAccuracy: fields.author[0]! / Math.max(1, fields.author[1]!),
      dateAccuracy: fields.date[0]! / Math.max(1, fields.date[1]!),
      crashes: crashes.count,
    };
  }
  return result;
}

/** Every page of trafilatura-eval and the Readability test pages through Parallax: crashes and the slowest page. */
async function robustness(options: EvalOptions): Promise<Record<string, Metrics>> {
  const pages: string[] = (await loadTrafilaturaPages(join(options.dataDir, 'trafilatura-eval'))).map(
    (p) => p.html,
  );
  const readabilityDir = join(options.dataDir, 'readability-test-pages');
  for (const name of await readdir(readabilityDir).catch(() => [] as string[])) {
    try {
      pages.push(
        decodeBytes(
          gunzipSync(await readFile(join(readabilityDir, name, 'source.html.gz'))),
          undefined,
          true,
        ),
      );
    } catch {
      // Folders without a source page (SOURCE.md) are not test cases.
    }
  }
  options.onProgress?.(`robustness: parallax on ${pages.length} pages`);
  const crashes = { count: 0 };
  let slowest = 0;
  let noArticle = 0;
  for (const html of pages) {
    const start = performance.now();
    const found = safely(parallax, html, undefined, crashes);
    slowest = Math.max(slowest, performance.now() - start);
    if (found.text === '') noArticle++;
  }
  return {
    parallax: { pages: pages.length, crashes: crashes.count, noArticle, slowestMs: Math.round(slowest) },
  };
}

/** `parallax eval extraction`: article text against the benchmarks, side by side with Readability on jsdom. */
export const extractionTask: EvalTask = {
  name: 'extraction',
  description: 'article body, title, byline and date from HTML pages',
  async run(options: EvalOptions): Promise<EvalResult> {
    const notes: string[] = [];
    const all = await systems(notes);
    const datasets: Record<string, Record<string, Metrics>> = {
      'article-extraction-benchmark': await scoreBenchmark(options, all),
      'trafilatura-eval': await scoreTrafilatura(options, all),
      robustness: await robustness(options),
    };
    notes.push(
      'article-extraction-benchmark: 4-token shingles of \\w+ tokens, per-page precision and recall averaged (the benchmark metric)',
      'trafilatura-eval: English pages (<html lang="en">); snippet precision/recall; title, author and date where the gold has them',
      'robustness: all trafilatura-eval and readability-test-pages pages, whatever the split',
    );
    return { task: 'extraction', split: options.split, datasets, notes };
  },
};
