/** One page's shingle counts: true positives, false positives, false negatives. */
export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Precision, recall and F1 averaged the benchmark's way. */
export interface ShingleMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pages: number;
}

// Python's `\w` under re.UNICODE: letters, numbers and the underscore (marks are not word characters).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Compares predicted text with the gold text as multisets of 4-token shingles (the benchmark's metric). */
export function shingleCounts(gold: string, predicted: string): ShingleCounts {
  const truth = shingles(gold);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, count] of guess) {
    const expected = truth.get(shingle) ?? 0;
    tp += Math.min(count, expected);
    fp += Math.max(0, count - expected);
  }
  for (const [shingle, count] of truth) fn += Math.max(0, count - (guess.get(shingle) ?? 0));
  return { tp, fp, fn };
}

/**
 * Averages pages the benchmark's way: each page's counts normalised to sum to 1, precision averaged over
 * pages that predicted something, recall over pages that have gold text, F1 of the two averages.
 */
export function averageShingleMetrics(pages: readonly ShingleCounts[]): ShingleMetrics {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    const sum = tp + fp + fn;
    if (sum === 0) continue;
    const [t, p, n] = [tp / sum, fp / sum, fn / sum];
    if (t + p > 0) precisions.push(t / (t + p));
    if (t + n > 0) recalls.push(t / (t + n));
  }
  const mean = (values: number[]): number =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}
