import type { AnalyzedArticle } from '../model/index.js';

/**
 * The year a story happens in, before which its dates are background: the latest publication year, or, when
 * no article is dated, the latest year among the full dates the articles give. Publication dates come first
 * because a text also names days to come ("elections on December 18, 2024").
 */
export function storyYear(articles: readonly AnalyzedArticle[]): number | undefined {
  const latest = (years: readonly number[]): number | undefined =>
    years.length > 0 ? Math.max(...years) : undefined;
  return (
    latest(
      articles.flatMap((a) => (a.article.publishedAt ? [Number(a.article.publishedAt.slice(0, 4))] : [])),
    ) ??
    latest(
      articles.flatMap((a) =>
        a.dates.filter((d) => d.date && d.date.length === 10).map((d) => Number(d.date!.slice(0, 4))),
      ),
    )
  );
}
