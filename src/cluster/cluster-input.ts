import type { AnalyzedArticle } from '../model/index.js';

/**
 * What clustering needs to know about an article. Full analysis fills every field; a feed reader at scale can
 * pass just `id`, `text` and `publishedAt`, and clustering finds names, numbers and dates cheaply itself.
 */
export interface ClusterInput {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  /** ISO 8601; articles without one never age out of a story's window. */
  readonly publishedAt?: string;
  /** Canonical entity names; when absent, capitalised phrases of the text stand in. */
  readonly entities?: readonly string[];
  /** Resolved dates the text mentions ("YYYY-MM-DD", "YYYY-MM" or "YYYY"). */
  readonly dates?: readonly string[];
  /** Counted things ("12 killed"): value and unit. */
  readonly quantities?: readonly { readonly value: number; readonly unit: string }[];
}

/** The clustering view of an analysed article: its entity names, resolved dates and quantities. */
export function toClusterInput(analyzed: AnalyzedArticle): ClusterInput {
  const { article } = analyzed;
  return {
    id: article.id,
    ...(article.title !== undefined ? { title: article.title } : {}),
    text: article.text,
    ...(article.publishedAt !== undefined ? { publishedAt: article.publishedAt } : {}),
    entities: analyzed.mentions.map((m) => m.canonical),
    dates: analyzed.dates.flatMap((d) => (d.date && !d.relative ? [d.date] : [])),
    quantities: analyzed.quantities.map((q) => ({ value: q.value, unit: q.unit })),
  };
}

/** Accepts either shape, so the pipeline can pass analysed articles and a bench light inputs. */
export function asClusterInput(item: AnalyzedArticle | ClusterInput): ClusterInput {
  return 'article' in item ? toClusterInput(item) : item;
}
