import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFetcher, fetchDocuments, ingestDocument, refreshStories } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import type { BenchRow, BenchTask } from './bench-task.js';
import { withPeakMemory } from './measure.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../samples/seed-story/', import.meta.url));

/** Distinct small articles composed from the sample story's sentences (a stride that changes each round). */
function composedArticles(count: number): string[] {
  const sentences = readdirSync(SAMPLE_DIR)
    .sort()
    .flatMap((name) => readFileSync(join(SAMPLE_DIR, name), 'utf8').split(/(?<=[.!?”])\s+(?=[A-Z“])/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 8 && !/^date /.test(s));
  return Array.from({ length: count }, (_, n) => {
    const step = 11 * (Math.floor(n / sentences.length) + 1) + 1;
    return [0, 1, 2, 3, 4].map((k) => sentences[(n + k * step) % sentences.length]).join(' ');
  });
}

/** A local feed of `count` article pages on 127.0.0.1. */
async function startFeedServer(count: number): Promise<{ base: string; server: Server }> {
  const texts = composedArticles(count);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const page = /^\/(\d+)\.html$/.exec(path);
    if (path === '/feed.xml') {
      const items = texts.map(
        (_, i) => `<item><title>Item ${i}</title><link>${base}/${i}.html</link></item>`,
      );
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items.join('')}</channel></rss>`,
      );
    } else if (page && texts[Number(page[1])]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html><head><title>Item ${page[1]}</title></head><body><article><p>${texts[Number(page[1])]}</p></article></body></html>`,
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, server };
}

/** Web ingestion throughput: a local feed fetched alone, and fetched, extracted, stored and re-clustered. */
export const ingestFeedBench: BenchTask = {
  name: 'ingest-feed',
  async run({ quick, onProgress }) {
    const count = quick ? 50 : 200;
    const { base, server } = await startFeedServer(count);
    const options = { allowPrivate: true, delayMs: 0, concurrency: 8, perHost: 8 };
    try {
      const rows: BenchRow[] = [];
      onProgress?.(`fetch ${count} items`);
      let start = performance.now();
      const fetched = await withPeakMemory(() =>
        fetchDocuments([`${base}/feed.xml`], { fetcher: createFetcher(options) }),
      );
      let ms = performance.now() - start;
      rows.push({
        workload: `local feed, ${count} items`,
        system: 'parallax fetch only',
        figures: {
          items: fetched.result.documents.length,
          itemsPerSecond: (fetched.result.documents.length / ms) * 1000,
          wallMs: Math.round(ms),
          peakRssMb: fetched.peakRssMb,
        },
      });
      onProgress?.(`ingest ${count} items into PGlite (memory)`);
      const store = await openStore('memory:');
      try {
        start = performance.now();
        let added = 0;
        const ingested = await withPeakMemory(async () => {
          await fetchDocuments([`${base}/feed.xml`], {
            fetcher: createFetcher(options),
            isKnown: (url) => store.hasArticleUrl(url),
            onDocument: async (doc) => {
              if ((await ingestDocument(store, doc.document, doc)).status === 'added') added++;
            },
          });
          const storedMs = performance.now() - start;
          await refreshStories(store, {
            since: new Date(0).toISOString(),
            generatedAt: new Date().toISOString(),
          });
          return storedMs;
        });
        ms = performance.now() - start;
        rows.push({
          workload: `local feed, ${count} items`,
          system: 'parallax ingest + stories',
          figures: {
            items: added,
            itemsPerSecond: (added / ingested.result) * 1000,
            storeMs: Math.round(ingested.result),
            storiesMs: Math.round(ms - ingested.result),
            peakRssMb: ingested.peakRssMb,
          },
        });
      } finally {
        await store.close();
      }
      return rows;
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};
