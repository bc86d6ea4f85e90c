import { analysisBench } from './analysis.js';
import type { BenchTask } from './bench-task.js';

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCH_TASKS: readonly BenchTask[] = [analysisBench];
