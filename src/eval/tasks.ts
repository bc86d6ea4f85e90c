import type { EvalTask } from './eval-task.js';
import { framingTask } from './framing/framing-task.js';

/** Every evaluation, in the order `parallax eval all` runs them. Each task lives in its own folder. */
export const EVAL_TASKS: readonly EvalTask[] = [framingTask];
