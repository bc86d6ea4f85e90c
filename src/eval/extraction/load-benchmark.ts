import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitOf, type Split } from '../split.js';

/** One page of the article-extraction-benchmark: its HTML and the human-checked article body. */
export interface BenchmarkPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly body: string;
  readonly split: Split;
}

/** Reads the article-extraction-benchmark pages (gzipped UTF-8 HTML plus `ground-truth.json`). */
export async function loadBenchmarkPages(dir: string): Promise<BenchmarkPage[]> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(await readdir(join(dir, 'html')));
  const pages: BenchmarkPage[] = [];
  for (const [id, gold] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${id}.html.gz`;
    if (!files.has(file)) continue;
    const html = gunzipSync(await readFile(join(dir, 'html', file))).toString('utf8');
    pages.push({ id, url: gold.url ?? '', html, body: gold.articleBody ?? '', split: splitOf(id) });
  }
  return pages;
}
