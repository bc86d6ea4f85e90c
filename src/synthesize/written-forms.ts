import type { AnalyzedArticle, Conflict } from '../model/index.js';

// Longest first, so an alternation tries "sixteen" before "six" and "hundreds" before "hundred".
const NUMBER_WORD = (
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen dozens hundreds thousands'
)
  .split(' ')
  .sort((a, b) => b.length - a.length)
  .join('|');

// The number as written inside a quantity's span ("nearly 4.7 million" in "nearly 4.7 million gun checks"):
// qualifier, digits or number words, scale word; whole words only, so "Sixteen" never reads as "Six".
const WRITTEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:nearly|about|approximately|around|roughly|almost|more than|over|fewer than|less than|under|at least|at most|up to|some)\\s+)?` +
    `(?:[$£€]?\\d[\\d.,]*(?:%|bn|mn|tn|m|k)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)` +
    `(?:\\s+(?:hundred|thousand|million|billion|trillion))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * How each value of a conflict is written in its evidence: the value's label ("16,700,000") and, for counts,
 * the number as the outlets wrote it ("16.7 million", "two"), longest first, so a sentence stating the
 * value in words can be found to state it.
 */
export function writtenForms(
  conflict: Conflict,
  articles: readonly AnalyzedArticle[],
): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const value of conflict.values) {
    const written = new Set([value.value]);
    if (conflict.kind === 'quantity')
      for (const evidence of value.evidence) {
        const article = articles.find((a) => a.article.id === evidence.articleId);
        for (const quantity of article?.quantities ?? []) {
          if (quantity.sentenceId !== evidence.sentenceId || quantity.value !== value.normalized) continue;
          const number = WRITTEN_NUMBER.exec(quantity.text)?.[0];
          if (number) written.add(number);
        }
      }
    forms.set(
      value.value,
      [...written].sort((a, b) => b.length - a.length),
    );
  }
  return forms;
}
