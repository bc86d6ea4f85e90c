import type { BenchTask } from './bench-task.js';
import { compareBench } from './compare.js';

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCH_TASKS: readonly BenchTask[] = [compareBench];
