import type { EvalTask } from './eval-task.js';
import { extractionTask } from './extraction/extraction-task.js';

/** Every evaluation, in the order `parallax eval all` runs them. Each task lives in its own folder. */
export const EVAL_TASKS: readonly EvalTask[] = [extractionTask];
