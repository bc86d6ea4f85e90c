/** One row of a benchmark: a system's figures on one workload. */
export interface BenchRow {
  readonly workload: string;
  readonly system: string;
  /** Figures such as `itemsPerSecond`, `medianMs`, `peakRssMb`. */
  readonly figures: Record<string, number>;
}

/** Options every benchmark takes. */
export interface BenchOptions {
  readonly dataDir: string;
  /** Smaller workloads, for a quick look. */
  readonly quick: boolean;
  readonly onProgress?: (message: string) => void;
}

/** A benchmark `npm run bench` runs: Parallax and its peers side by side, in one process run. */
export interface BenchTask {
  readonly name: string;
  run(options: BenchOptions): Promise<readonly BenchRow[]>;
}
