import type { ReportArticle } from '../model/index.js';

/** A short human label for an article: its outlet, else its title, else its file name. */
export function articleLabel(article: ReportArticle): string {
  if (article.outlet) return article.outlet;
  if (article.title) return article.title.length > 60 ? `${article.title.slice(0, 57)}…` : article.title;
  return article.input.split('/').pop() ?? article.input;
}

/** Citation numbers for a story's articles, 1-based in story order. */
export function citationNumbers(articleIds: readonly string[]): Map<string, number> {
  return new Map(articleIds.map((id, i) => [id, i + 1]));
}
