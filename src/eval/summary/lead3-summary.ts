import { splitSentences } from '../../analyze/index.js';
import type { NeusExample } from './parse-neus.js';
import { truncateWords } from './truncate-words.js';

/** Lead-3: the first three sentences of the chosen article (the center one when known), within the budget. */
export function lead3Summary(example: NeusExample, leadIndex: number, wordBudget: number): string {
  const text = example.articles[leadIndex]?.text ?? '';
  const sentences = splitSentences(text).slice(0, 3);
  return truncateWords(sentences.map((s) => s.text).join(' '), wordBudget);
}
