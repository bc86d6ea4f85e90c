import type { SplitChoice } from './split.js';

/** Metrics of one system on one dataset, e.g. `{ precision, recall, f1 }`. */
export type Metrics = Record<string, number | Record<string, unknown>>;

/** One evaluation's result, in the JSON form the issues fix: per dataset, per system, its metrics. */
export interface EvalResult {
  readonly task: string;
  readonly split: SplitChoice;
  readonly datasets: Record<string, Record<string, Metrics>>;
  /** Anything the reader should know: a baseline that could not run, items skipped, and why. */
  readonly notes?: readonly string[];
}

/** Options every evaluation takes. */
export interface EvalOptions {
  readonly split: SplitChoice;
  /** The folder holding the datasets (default `../shared/data`). */
  readonly dataDir: string;
  /** Progress reporting, to stderr. */
  readonly onProgress?: (message: string) => void;
}

/** An evaluation `parallax eval <name>` can run. */
export interface EvalTask {
  readonly name: string;
  readonly description: string;
  run(options: EvalOptions): Promise<EvalResult>;
}
