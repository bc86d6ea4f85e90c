import type { AnalyzedArticle, ClusterResult } from '../model/index.js';
import { articleFeatures, timeOf } from './article-features.js';
import { ClusterEngine, type ClusterOptions } from './cluster-engine.js';
import { asClusterInput, type ClusterInput } from './cluster-input.js';

/**
 * Groups a batch of articles into stories. Articles are placed in publication order (undated ones last, in
 * input order), each joining the story whose centroid it is most like (TF-IDF over words, title, entity names,
 * dates and quantities; candidates from an inverted index, within a time window) or founding a new one; stories
 * that grow alike are merged. Near-copies (MinHash + LSH) join their original's story and are marked in
 * `duplicateOf`. Story ids derive from each story's founding article. Document frequencies come from the whole
 * batch, so the order of arrival does not change what a term is worth.
 */
export function clusterArticles(
  articles: readonly (AnalyzedArticle | ClusterInput)[],
  options: ClusterOptions = {},
): ClusterResult {
  const inputs = articles.map(asClusterInput);
  const engine = new ClusterEngine(options, undefined, true);
  const counts = inputs.map((input) => engine.intern(articleFeatures(input)));
  for (const c of counts) engine.countDocument(c);
  const times = inputs.map((input) => timeOf(input.publishedAt));
  const order = inputs.map((_, i) => i);
  order.sort((a, b) => {
    const ta = times[a]!;
    const tb = times[b]!;
    if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) ? (Number.isNaN(tb) ? a - b : 1) : -1;
    return ta - tb || a - b;
  });
  // Near-copies are found first so that they neither crowd their original nor cost a vector. Crowding is
  // measured on the rest in placement order, so index order is time order.
  const originals = order.map((i) => engine.screen(inputs[i]!));
  const kept = order.filter((_, rank) => originals[rank] === undefined);
  const vectors = kept.map((i) => engine.vectorOf(counts[i]!));
  const crowding = engine.measureCrowding(
    vectors,
    kept.map((i) => times[i]!),
  );
  let k = 0;
  order.forEach((i, rank) => {
    const original = originals[rank];
    if (original !== undefined) engine.add(inputs[i]!, counts[i]!, { original });
    else {
      engine.add(inputs[i]!, counts[i]!, { original, vector: vectors[k]!, crowding: crowding[k]! });
      vectors[k++] = []; // placed: the engine keeps its own compact copy
    }
  });
  engine.consolidate();
  if (engine.refine() > 0) engine.consolidate();
  const position = new Map(inputs.map((input, i) => [input.id, i]));
  const { stories, duplicateOf } = engine.result();
  return {
    stories: stories.map((s) => ({
      id: s.id,
      articleIds: [...s.articleIds].sort((a, b) => position.get(a)! - position.get(b)!),
    })),
    duplicateOf,
  };
}
