import type { Comparison, SummarySentence } from '../model/index.js';
import { LOADED_TERMS } from '../compare/loaded-lexicon.js';
import { contentTerms } from '../util/terms.js';

/** Options for the summary. */
export interface SummaryOptions {
  /** Most sentences in the summary. */
  readonly maxSentences?: number;
  /** Most words in the summary. */
  readonly wordBudget?: number;
}

const BOILERPLATE =
  /\b(?:click|subscribe|sign up|follow (?:us|him|her)|newsletter|read more|advertisement|listen to|copyright|all rights reserved)\b/i;

function hasLoadedTerm(text: string): boolean {
  return text.split(/[^\p{L}'-]+/u).some((w) => {
    const category = LOADED_TERMS.get(w.toLowerCase());
    return category !== undefined && category !== 'hedge';
  });
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * A neutral extractive summary: the most widely reported facts first, each citing every article that
 * reports it; disputed figures stated as disputed; no loaded terms, quotes-only sentences, boilerplate
 * or repeats.
 */
export function buildSummary(
  comparison: Comparison,
  { maxSentences = 7, wordBudget = 180 }: SummaryOptions = {},
): SummarySentence[] {
  const summary: SummarySentence[] = [];
  const chosenTerms: Set<string>[] = [];
  let words = 0;
  const disputedSentenceIds = new Set(
    comparison.conflicts.flatMap((c) =>
      c.values.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${e.sentenceId}`)),
    ),
  );
  const add = (sentence: SummarySentence): boolean => {
    const count = sentence.text.split(/\s+/).length;
    if (summary.length >= maxSentences || (words + count > wordBudget && summary.length > 0)) return false;
    summary.push(sentence);
    chosenTerms.push(new Set(contentTerms(sentence.text)));
    words += count;
    return true;
  };
  const candidates = comparison.facts.filter((fact) => {
    const text = fact.text;
    const wordCount = text.split(/\s+/).length;
    if (wordCount < 8 || wordCount > 50 || BOILERPLATE.test(text) || hasLoadedTerm(text)) return false;
    // Other people's words are not the summary's to state: skip quote fragments and quote-led sentences.
    const marks = (text.match(/["“”]/g) ?? []).length;
    if (/^["“]/.test(text) || /["”]$/.test(text) || marks % 2 === 1 || /["“][^"”]{40,}/.test(text))
      return false;
    // Sentences carrying a disputed figure are replaced by the statement of the dispute.
    return !fact.evidence.some((e) => disputedSentenceIds.has(`${e.articleId}:${e.sentenceId}`));
  });
  const [lead, ...rest] = candidates;
  if (lead) add({ text: lead.text, articleIds: [...lead.articleIds], evidence: [...lead.evidence] });
  for (const conflict of comparison.conflicts.filter((c) => c.kind !== 'attribution').slice(0, 2)) {
    const values = conflict.values.map((v) => v.value).join(', ');
    const articleIds = [...new Set(conflict.values.flatMap((v) => v.articleIds))];
    const explanation = conflict.explanation ? ` (${conflict.explanation})` : '';
    add({
      text: `Outlets disagree on the ${conflict.subject}: they report ${values}${explanation}.`,
      articleIds,
      evidence: conflict.values.flatMap((v) => v.evidence),
    });
  }
  for (const fact of rest) {
    const terms = new Set(contentTerms(fact.text));
    if (chosenTerms.some((t) => jaccard(t, terms) > 0.35)) continue;
    if (
      !add({ text: fact.text, articleIds: [...fact.articleIds], evidence: [...fact.evidence] }) &&
      summary.length >= maxSentences
    )
      break;
  }
  return summary;
}
