import { rougeTokens } from './rouge.js';

/** Options of the LexRank baseline. */
export interface LexRankOptions {
  readonly damping?: number;
  /** Sentences at least this similar to one already chosen are skipped as repeats. */
  readonly redundancy?: number;
}

function tfidfVectors(sentences: readonly string[]): Map<string, number>[] {
  const tokenized = sentences.map(rougeTokens);
  const df = new Map<string, number>();
  for (const tokens of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  return tokenized.map((tokens) => {
    const vector = new Map<string, number>();
    for (const t of tokens) vector.set(t, (vector.get(t) ?? 0) + 1);
    for (const [t, tf] of vector) vector.set(t, tf * Math.log(sentences.length / df.get(t)!));
    return vector;
  });
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [t, v] of a) dot += v * (b.get(t) ?? 0);
  const norm = (m: ReadonlyMap<string, number>): number =>
    Math.sqrt([...m.values()].reduce((s, v) => s + v * v, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * Continuous LexRank (Erkan and Radev 2004): sentences are nodes of a TF-IDF cosine graph, ranked by
 * power iteration; returns sentence indices best first, skipping near-repeats of better ones.
 */
export function lexRank(
  sentences: readonly string[],
  { damping = 0.85, redundancy = 0.5 }: LexRankOptions = {},
): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const vectors = tfidfVectors(sentences);
  const similarity = vectors.map((a) => vectors.map((b) => cosine(a, b)));
  // No self-loops: a sentence like no other must not keep its own score; a sentence linked to nothing
  // spreads its score evenly (the usual dangling-node rule).
  const rowSums = similarity.map((row, i) => row.reduce((s, v, j) => (i === j ? s : s + v), 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (rowSums[i] === 0) next[j]! += (damping * scores[i]!) / n;
        else if (i !== j) next[j]! += (damping * scores[i]! * similarity[i]![j]!) / rowSums[i]!;
      }
    }
    const change = next.reduce((s, v, i) => s + Math.abs(v - scores[i]!), 0);
    scores = next;
    if (change < 1e-8) break;
  }
  const ranked = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  for (const i of ranked) {
    if (chosen.some((j) => similarity[i]![j]! >= redundancy)) continue;
    chosen.push(i);
  }
  return chosen;
}
