import { clusterArticles } from '../cluster/index.js';
import { compareStory } from '../compare/index.js';
import type { AnalyzedArticle, ReportArticle, Story } from '../model/index.js';
import { synthesizeStory, type SummaryOptions } from '../synthesize/index.js';

/** Options for turning analysed articles into stories. */
export interface StoryOptions {
  readonly summary?: SummaryOptions;
  /** Called as each story is compared, for progress output on long runs. */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

/** The report's view of an analysed article. */
export function reportArticle(analyzed: AnalyzedArticle, duplicateOf?: string): ReportArticle {
  const { article } = analyzed;
  return {
    ...article,
    byline: article.byline ? [...article.byline] : undefined,
    removed: article.removed.map((r) => ({ ...r })),
    sentences: analyzed.sentences.map((s) => ({ ...s })),
    ...(duplicateOf && { duplicateOf }),
  };
}

/**
 * The back half of the pipeline: clusters analysed articles, then compares and synthesises each story.
 * Near-copies stay in their story's articles but are left out of its comparison, so they count once.
 */
export function buildStories(
  analyzed: readonly AnalyzedArticle[],
  options: StoryOptions = {},
): { stories: Story[]; articles: ReportArticle[] } {
  const clusters = clusterArticles(analyzed);
  const byId = new Map(analyzed.map((a) => [a.article.id, a]));
  const stories = clusters.stories.map((cluster, index) => {
    const members = cluster.articleIds
      .map((id) => byId.get(id)!)
      .filter((a) => !clusters.duplicateOf[a.article.id]);
    const story = synthesizeStory(cluster, members, compareStory(members), options.summary);
    options.onProgress?.('compare', index + 1, clusters.stories.length);
    return story;
  });
  return { stories, articles: analyzed.map((a) => reportArticle(a, clusters.duplicateOf[a.article.id])) };
}
