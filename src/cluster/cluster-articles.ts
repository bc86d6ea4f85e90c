import type { AnalyzedArticle, ClusterResult, StoryCluster } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { findDuplicates } from './find-duplicates.js';
import { articleTermCounts, cosine, tfidf, type TermVector } from './term-vector.js';

/** Options for clustering. */
export interface ClusterOptions {
  /** Cosine similarity to a story's centroid needed to join it. */
  readonly threshold?: number;
}

/**
 * Groups articles into stories: each article, in publication order, joins the most similar story (TF-IDF
 * cosine over words, title and entity names) or starts a new one. Near-copies are marked as duplicates.
 */
export function clusterArticles(
  articles: readonly AnalyzedArticle[],
  { threshold = 0.15 }: ClusterOptions = {},
): ClusterResult {
  const counts = articles.map(articleTermCounts);
  const documentFrequency = new Map<string, number>();
  for (const vector of counts)
    for (const term of vector.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vectors = counts.map((c) => tfidf(c, documentFrequency, articles.length));
  const order = articles
    .map((a, index) => ({ index, time: a.article.publishedAt ?? '' }))
    .sort((a, b) => a.time.localeCompare(b.time) || a.index - b.index);
  const stories: { members: number[]; centroid: TermVector }[] = [];
  for (const { index } of order) {
    const vector = vectors[index]!;
    let best: (typeof stories)[number] | undefined;
    let bestScore = threshold;
    for (const story of stories) {
      const score = cosine(vector, story.centroid);
      if (score >= bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (!best) {
      stories.push({ members: [index], centroid: new Map(vector) });
      continue;
    }
    best.members.push(index);
    // The centroid is the normalised mean of the members' vectors.
    const sum = new Map<string, number>();
    for (const member of best.members)
      for (const [t, w] of vectors[member]!) sum.set(t, (sum.get(t) ?? 0) + w);
    const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0)) || 1;
    best.centroid = new Map([...sum].map(([t, w]) => [t, w / norm]));
  }
  const result: StoryCluster[] = stories.map((story) => {
    const articleIds = story.members.sort((a, b) => a - b).map((i) => articles[i]!.article.id);
    return { id: shortHash(`story:${articleIds[0]}`, 12), articleIds };
  });
  return { stories: result, duplicateOf: findDuplicates(articles) };
}
