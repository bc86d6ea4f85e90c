import { analyzeArticle, splitSentences } from '../../analyze/index.js';
import { compareStory } from '../../compare/index.js';
import { extractArticle } from '../../extract/index.js';
import type { AnalyzedArticle } from '../../model/index.js';
import { synthesizeStory, type SummaryOptions } from '../../synthesize/index.js';
import { lexRank } from './lexrank.js';
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

/** Lead-3: the first three sentences of the chosen article (the center one when known), within the budget. */
export function lead3Summary(example: NeusExample, leadIndex: number, wordBudget: number): string {
  const text = example.articles[leadIndex]?.text ?? '';
  const sentences = splitSentences(text).slice(0, 3);
  return truncateWords(sentences.map((s) => s.text).join(' '), wordBudget);
}

/** LexRank over every sentence of every excerpt, best first, within the budget. */
export function lexRankSummary(example: NeusExample, wordBudget: number): string {
  const sentences = example.articles.flatMap((a) => splitSentences(a.text).map((s) => s.text));
  const order = lexRank(sentences);
  const chosen: string[] = [];
  let words = 0;
  for (const i of order) {
    if (words >= wordBudget) break;
    chosen.push(sentences[i]!);
    words += sentences[i]!.split(/\s+/).length;
  }
  return truncateWords(chosen.join(' '), wordBudget);
}
