import type { AnalyzedArticle } from '../model/index.js';

/**
 * The articles of a story's latest publication day, when its dated articles span several days and not all of
 * them are from that day; otherwise none. What they report is the story's latest development.
 */
export function latestDayArticles(articles: readonly AnalyzedArticle[]): Set<string> {
  const days = articles.map((a) => a.article.publishedAt?.slice(0, 10));
  const distinct = [...new Set(days.filter((d): d is string => d !== undefined))].sort();
  if (distinct.length < 2) return new Set();
  const last = distinct.at(-1);
  return new Set(articles.filter((_, i) => days[i] === last).map((a) => a.article.id));
}
