import type { Conflict, SummarySentence } from '../model/index.js';
import { neutralizeSentence } from './neutralize-sentence.js';
import { wordCount } from '../util/word-count.js';

function orList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function cited(conflict: Conflict, text: string): SummarySentence {
  return {
    text,
    articleIds: [...new Set(conflict.values.flatMap((v) => v.articleIds))],
    evidence: conflict.values.flatMap((v) => v.evidence),
  };
}

/**
 * A conflict stated as disputed, citing every side: a date conflict as its cleanest evidence sentence with
 * the date replaced by every date given; any other conflict as the range of values outlets report, with
 * the reason they may differ when comparison found one. Never picks a side.
 */
export function stateDispute(conflict: Conflict): SummarySentence | undefined {
  const values = [...new Set(conflict.values.map((v) => v.value))];
  if (values.length < 2) return undefined;
  if (conflict.kind === 'date') {
    for (const value of conflict.values) {
      for (const evidence of [...value.evidence].sort((a, b) => a.text.length - b.text.length)) {
        const sentence = neutralizeSentence(evidence.text);
        const at = sentence?.indexOf(value.value) ?? -1;
        if (!sentence || at < 0 || wordCount(sentence) > 40) continue;
        const others = values.filter((v) => v !== value.value);
        const text =
          `${sentence.slice(0, at)}${orList([value.value, ...others])}${sentence.slice(at + value.value.length)}`
            .replace(/[.!]?\s*$/, '')
            .concat(' (outlets give different dates).');
        return cited(conflict, text);
      }
    }
  }
  if (conflict.kind === 'attribution') return undefined;
  const subject = conflict.subject.replace(/:.*$/, '');
  const explanation = conflict.explanation ? `; ${conflict.explanation}` : '';
  return cited(
    conflict,
    `Outlets report different figures for the ${subject}: ${orList(values)}${explanation}.`,
  );
}
