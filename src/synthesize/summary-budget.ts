import type { AnalyzedArticle } from '../model/index.js';
import { wordCount } from '../util/word-count.js';

// Below this a summary has no room for its lead and one more fact.
const FEWEST_WORDS = 45;

/**
 * The word budget of a story's summary: the budget asked for, but no longer than the story's average
 * article (and not under 45 words), since a summary of three 30-word briefs should not restate them all.
 */
export function summaryBudget(articles: readonly AnalyzedArticle[], wordBudget: number): number {
  if (articles.length === 0) return wordBudget;
  const meanWords = articles.reduce((sum, a) => sum + wordCount(a.article.text), 0) / articles.length;
  return Math.min(wordBudget, Math.max(FEWEST_WORDS, Math.round(meanWords)));
}
