import { clusteringEval } from './clustering/clustering-eval.js';
import type { EvalTask } from './eval-task.js';
import { extractionTask } from './extraction/extraction-task.js';
import { framingTask } from './framing/framing-task.js';
import { nerTask } from './ner/ner-task.js';
import { summaryTask } from './summary/summary-task.js';

/** Every evaluation, in the order `parallax eval all` runs them. Each task lives in its own folder. */
export const EVAL_TASKS: readonly EvalTask[] = [
  extractionTask,
  nerTask,
  framingTask,
  clusteringEval,
  summaryTask,
];
