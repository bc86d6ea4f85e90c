import { analysisBench } from './analysis.js';
import type { BenchTask } from './bench-task.js';
import { clusteringBench } from './clustering.js';
import { compareBench } from './compare.js';
import { extractionBench } from './extraction.js';
import { ingestFeedBench } from './ingest-feed.js';
import { serverApiBench } from './server-api.js';

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCH_TASKS: readonly BenchTask[] = [
  extractionBench,
  analysisBench,
  compareBench,
  clusteringBench,
  ingestFeedBench,
  serverApiBench,
];
