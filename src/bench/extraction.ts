import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../extract/index.js';
import { loadBenchmarkPages } from '../eval/extraction/load-benchmark.js';
import type { BenchRow, BenchTask } from './bench-task.js';
import { withPeakMemory } from './measure.js';

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function throughput(
  pages: readonly { html: string; url: string }[],
  extract: (html: string, url: string) => unknown,
): Promise<Record<string, number>> {
  gc();
  let failures = 0;
  const { result: seconds, peakRssMb } = await withPeakMemory(async () => {
    const start = performance.now();
    for (const page of pages) {
      try {
        extract(page.html, page.url);
      } catch {
        failures++;
      }
      // Yield so that the memory sampler gets to run between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return (performance.now() - start) / 1000;
  });
  return { pages: pages.length, failures, pagesPerSecond: pages.length / seconds, peakRssMb };
}

/** Extraction speed: Parallax's extractor and Readability on jsdom over the same benchmark pages, in turn. */
export const extractionBench: BenchTask = {
  name: 'extraction',
  async run({ dataDir, quick, onProgress }): Promise<readonly BenchRow[]> {
    const all = await loadBenchmarkPages(join(dataDir, 'article-extraction-benchmark'));
    const pages = quick ? all.slice(0, 30) : all;
    const workload = `aeb-${pages.length}-pages`;
    onProgress?.(`parallax on ${pages.length} pages`);
    const ours = await throughput(pages, (html, url) =>
      extractArticle({ input: url, format: 'html', content: html, url }),
    );
    const rows: BenchRow[] = [{ workload, system: 'parallax', figures: ours }];
    try {
      const { readabilityOnJsdom } = await import('../eval/extraction/readability-baseline.js');
      onProgress?.(`readability+jsdom on ${pages.length} pages`);
      const theirs = await throughput(pages, readabilityOnJsdom);
      rows.push({ workload, system: 'readability+jsdom', figures: theirs });
      rows.push({
        workload,
        system: 'ratio parallax/readability',
        figures: { speedup: ours.pagesPerSecond! / theirs.pagesPerSecond! },
      });
    } catch (error) {
      onProgress?.(`readability+jsdom unavailable: ${(error as Error).message}`);
    }
    return rows;
  },
};
