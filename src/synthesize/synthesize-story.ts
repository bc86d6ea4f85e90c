import type { AnalyzedArticle, Comparison, Story, StoryCluster } from '../model/index.js';
import { buildSummary, type SummaryOptions } from './build-summary.js';
import { buildTimeline } from './build-timeline.js';
import { storyTitle } from './story-title.js';

/** Turns a compared story into the report's Story: neutral title, cited summary and timeline added. */
export function synthesizeStory(
  cluster: StoryCluster,
  articles: readonly AnalyzedArticle[],
  comparison: Comparison,
  options: SummaryOptions = {},
): Story {
  const summary = buildSummary(comparison, articles, options);
  return {
    id: cluster.id,
    title: storyTitle(articles, comparison.facts[0]?.text),
    articleIds: [...cluster.articleIds],
    summary,
    facts: [...comparison.facts],
    conflicts: [...comparison.conflicts],
    omissions: [...comparison.omissions],
    entities: [...comparison.entities],
    quotes: [...comparison.quotes],
    timeline: buildTimeline(articles, comparison.facts),
    framing: [...comparison.framing],
  };
}
