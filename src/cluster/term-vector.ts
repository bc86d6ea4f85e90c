import type { AnalyzedArticle } from '../model/index.js';
import { contentTerms } from '../util/terms.js';

/** A sparse weighted term vector. */
export type TermVector = Map<string, number>;

/** Raw term counts of an article: body words, title words counted twice, entity names three times. */
export function articleTermCounts(analyzed: AnalyzedArticle): TermVector {
  const counts: TermVector = new Map();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const term of contentTerms(analyzed.article.text)) add(term, 1);
  for (const term of contentTerms(analyzed.article.title ?? '')) add(term, 2);
  for (const mention of analyzed.mentions) add(`@${mention.canonical.toLowerCase()}`, 3);
  return counts;
}

/** Weights counts by inverse document frequency (sublinear tf) and normalises to unit length. */
export function tfidf(
  counts: TermVector,
  documentFrequency: ReadonlyMap<string, number>,
  documents: number,
): TermVector {
  const vector: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const df = documentFrequency.get(term) ?? 0;
    const weight = (1 + Math.log(count)) * Math.log((documents + 1) / (df + 1) + 1);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}
