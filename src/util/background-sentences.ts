import type { AnalyzedArticle } from '../model/index.js';

/** The ids of an article's sentences about the past: they give a date in a year before the story's own. */
export function backgroundSentenceIds(analyzed: AnalyzedArticle, storyYear: number | undefined): Set<string> {
  if (storyYear === undefined) return new Set();
  return new Set(
    analyzed.dates
      .filter((d) => d.date !== undefined && Number(d.date.slice(0, 4)) < storyYear)
      .map((d) => d.sentenceId),
  );
}
