import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createApp } from '../server/index.js';
import { openStore } from '../store/index.js';
import type { BenchRow, BenchTask } from './bench-task.js';
import { median, timeRuns } from './measure.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../samples/seed-story/', import.meta.url));

/** The HTTP API in process on an in-memory store holding the sample story: latency and payload per endpoint. */
export const serverApiBench: BenchTask = {
  name: 'server-api',
  async run({ quick, onProgress }) {
    const repeats = quick ? 5 : 30;
    const files = (await readdir(SAMPLE_DIR)).filter((f) => f.endsWith('.txt')).sort();
    const documents = await Promise.all(
      files.map(async (f) => ({ text: await readFile(`${SAMPLE_DIR}${f}`, 'utf8') })),
    );
    const store = await openStore('memory:');
    try {
      const app = createApp({ store });
      const analyze = () =>
        app.request('/api/analyze', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ documents }),
        });
      const first = (await (await analyze()).json()) as { stories: { id: string }[] };
      const storyId = first.stories[0]!.id;
      const workloads: [string, () => Response | Promise<Response>][] = [
        ['POST /api/analyze (sample)', analyze],
        ['GET /api/stories', () => app.request('/api/stories')],
        ['GET /api/stories?entity=', () => app.request('/api/stories?entity=sudani')],
        ['GET /api/stories/:id', () => app.request(`/api/stories/${storyId}`)],
      ];
      const rows: BenchRow[] = [];
      for (const [workload, request] of workloads) {
        onProgress?.(workload);
        let bytes = 0;
        const times = await timeRuns(
          async () => {
            bytes = (await (await request()).arrayBuffer()).byteLength;
          },
          workload.startsWith('POST') ? Math.max(2, Math.ceil(repeats / 6)) : repeats,
        );
        rows.push({
          workload,
          system: 'parallax',
          figures: { medianMs: median(times), responseKb: bytes / 1024 },
        });
      }
      return rows;
    } finally {
      await store.close();
    }
  },
};
