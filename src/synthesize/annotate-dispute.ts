import type { AnalyzedArticle, ComparedConflict, Conflict, Evidence, Fact } from '../model/index.js';
import { writtenForms } from './written-forms.js';
import { escapeRegExp } from '../util/escape-reg-exp.js';

/** A summary sentence carrying a disputed value, with the other outlets' values stated next to it. */
export interface AnnotatedSentence {
  readonly text: string;
  readonly articleIds: string[];
  readonly evidence: Evidence[];
  /** The conflicts the sentence now states as disputed. */
  readonly conflictIds: string[];
}

const touches = (conflict: Conflict, fact: Fact): boolean =>
  conflict.values.some((v) =>
    v.evidence.some((e) =>
      fact.evidence.some((f) => f.articleId === e.articleId && f.sentenceId === e.sentenceId),
    ),
  );

// A value as a whole word or number: "3" must not match inside "30" or "$2" inside "$2.3bn", where a note would
// split the number.
// A count written in words may open the sentence ("Two people"); names and dates keep their case ("May").
const standalone = (value: string, anyCase: boolean): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}]|[.,]\\d)`, anyCase ? 'iu' : 'u');

/**
 * States a sentence's disputed values as disputed, in place: after the value it gives (as the outlets wrote
 * it, "16.7 million" for 16,700,000, when `articles` are given), the values other outlets give
 * ("32 (outlets report different figures: 38, over 30) times"), citing those outlets too.
 * Returns the sentence unchanged when it touches no conflict, undefined when a disputed value cannot be
 * found in its wording (it would then silently take one side).
 */
export function annotateDispute(
  text: string,
  fact: Fact,
  conflicts: readonly ComparedConflict[],
  articles: readonly AnalyzedArticle[] = [],
): AnnotatedSentence | undefined {
  let result = text;
  const articleIds = new Set(fact.articleIds);
  const evidence = [...fact.evidence];
  const conflictIds: string[] = [];
  // Figures that need not contradict (one rounded, a bound, another measure) are stated as written.
  for (const conflict of conflicts.filter((c) => touches(c, fact) && !c.compatible)) {
    const forms = writtenForms(conflict, articles);
    let given: Conflict['values'][number] | undefined;
    let at = -1;
    for (const value of [...conflict.values].sort((a, b) => b.value.length - a.value.length)) {
      for (const form of forms.get(value.value)!) {
        const match = standalone(form, conflict.kind === 'quantity').exec(result);
        if (match) [given, at] = [value, match.index + match[0].length];
        if (given) break;
      }
      if (given) break;
    }
    if (!given) return undefined;
    const others = [...new Set(conflict.values.filter((v) => v !== given).map((v) => v.value))].filter(
      (v) => v !== given.value,
    );
    if (others.length === 0) continue;
    const what =
      conflict.kind === 'date'
        ? 'give different dates'
        : conflict.kind === 'attribution'
          ? 'name different speakers'
          : 'report different figures';
    result = `${result.slice(0, at)} (outlets ${what}: ${others.join(', ')})${result.slice(at)}`;
    for (const v of conflict.values) {
      if (v === given) continue;
      v.articleIds.forEach((id) => articleIds.add(id));
      evidence.push(...v.evidence);
    }
    conflictIds.push(conflict.id);
  }
  return { text: result, articleIds: [...articleIds], evidence, conflictIds };
}
