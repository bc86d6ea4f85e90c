import { splitSentences } from '../../analyze/index.js';
import { lexRank } from './lexrank.js';
import type { NeusExample } from './parse-neus.js';
import { truncateWords } from './truncate-words.js';

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
