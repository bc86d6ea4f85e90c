import type { BenchTask } from './bench-task.js';
import { extractionBench } from './extraction.js';

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCH_TASKS: readonly BenchTask[] = [extractionBench];
