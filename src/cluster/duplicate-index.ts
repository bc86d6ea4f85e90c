import { bandKeys, estimatedJaccard } from './minhash.js';

/** Entries of one LSH bucket checked per lookup, newest first. */
const BUCKET_SCAN = 24;

/** MinHash signatures in LSH buckets: finds an earlier near-copy of a text without comparing every pair. */
export class DuplicateIndex {
  private readonly signatures: Uint32Array[] = [];
  private readonly ids: string[] = [];
  private readonly buckets = new Map<number, number[]>();

  constructor(private readonly threshold: number) {}

  /** The id of the most similar earlier text at or above the threshold, if any. */
  find(signature: Uint32Array): string | undefined {
    let best = -1;
    let bestScore = this.threshold;
    const seen = new Set<number>();
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      // The newest entries of a crowded bucket are enough: a copy's original is in it either way or nearby.
      for (let b = bucket.length - 1; b >= 0 && b >= bucket.length - BUCKET_SCAN; b--) {
        const index = bucket[b]!;
        if (seen.has(index)) continue;
        seen.add(index);
        const score = estimatedJaccard(signature, this.signatures[index]!);
        if (score >= bestScore) {
          best = index;
          bestScore = score;
        }
      }
    }
    return best >= 0 ? this.ids[best] : undefined;
  }

  add(id: string, signature: Uint32Array): void {
    const index = this.signatures.length;
    this.signatures.push(signature);
    this.ids.push(id);
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
  }

  /** Every stored signature, by article id. */
  entries(): [string, Uint32Array][] {
    return this.ids.map((id, i) => [id, this.signatures[i]!]);
  }
}
