import { analyzeArticle } from '../analyze/index.js';
import type { Article, Report, ReportArticle } from '../model/index.js';
import { buildStories } from '../pipeline/index.js';

/** The Article a stored ReportArticle was made from (the analysis is recomputed, not trusted). */
function articleOf(stored: ReportArticle): Article {
  return {
    id: stored.id,
    input: stored.input,
    ...(stored.url && { url: stored.url }),
    ...(stored.outlet && { outlet: stored.outlet }),
    ...(stored.title && { title: stored.title }),
    ...(stored.byline && { byline: [...stored.byline] }),
    ...(stored.publishedAt && { publishedAt: stored.publishedAt }),
    ...(stored.language && { language: stored.language }),
    text: stored.text,
    removed: stored.removed.map((r) => ({ ...r })),
  };
}

/**
 * Re-clusters already extracted articles into stories (analyse, cluster, compare, synthesise), skipping
 * extraction so article ids stay as stored. Pure.
 */
export function restoryArticles(stored: readonly ReportArticle[], generatedAt: string): Report {
  const analyzed = stored.map((a) => analyzeArticle(articleOf(a)));
  const { stories, articles } = buildStories(analyzed);
  return {
    version: 1,
    generatedAt,
    articles,
    stories,
    diagnostics: [],
  };
}
