import type { AnalyzedArticle } from '../model/index.js';
import { asClusterInput, type ClusterInput } from './cluster-input.js';
import { DuplicateIndex } from './duplicate-index.js';
import { minhashSignature } from './minhash.js';

/**
 * Near-copies (syndicated or lightly edited re-posts) among articles, in input order: MinHash signatures of
 * 4-word shingles in LSH buckets, so the cost grows with the number of articles, not its square.
 * Maps each copy to the earliest article it copies.
 */
export function findDuplicates(
  articles: readonly (AnalyzedArticle | ClusterInput)[],
  threshold = 0.5,
): Record<string, string> {
  const index = new DuplicateIndex(threshold);
  const duplicateOf: Record<string, string> = {};
  for (const article of articles) {
    const { id, text } = asClusterInput(article);
    const signature = minhashSignature(text);
    if (!signature) continue;
    const original = index.find(signature);
    if (original !== undefined) duplicateOf[id] = duplicateOf[original] ?? original;
    index.add(id, signature);
  }
  return duplicateOf;
}
