import { analyzeArticle } from '../../analyze/index.js';
import { compareStory } from '../../compare/index.js';
import { extractArticle } from '../../extract/index.js';
import type { AnalyzedArticle } from '../../model/index.js';
import { synthesizeStory, type SummaryOptions } from '../../synthesize/index.js';
import type { NeusExample } from './parse-neus.js';
import { truncateWords } from './truncate-words.js';

/** Parallax's summary of a NeuS example: its excerpts analysed and compared as one story, within the budget. */
export function parallaxSummary(
  example: NeusExample,
  wordBudget: number,
  options: SummaryOptions = {},
): string {
  const analyzed: AnalyzedArticle[] = [];
  example.articles.forEach((a, i) => {
    const { article } = extractArticle({
      input: `${example.key}#${i}`,
      format: 'text',
      content: a.text,
      ...(a.title && { title: a.title }),
    });
    if (article) analyzed.push(analyzeArticle(article));
  });
  const story = synthesizeStory(
    { id: example.key, articleIds: analyzed.map((a) => a.article.id) },
    analyzed,
    compareStory(analyzed),
    { maxSentences: 10, overflow: true, ...options, wordBudget },
  );
  return truncateWords(story.summary.map((s) => s.text).join(' '), wordBudget);
}
