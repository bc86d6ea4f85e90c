import type { AnalyzedArticle, Comparison, SummarySentence } from '../model/index.js';
import { neutralizeSentence } from './neutralize-sentence.js';
import { selectFacts, type FactCandidate, type SelectionOptions } from './select-facts.js';
import { stateDispute } from './state-dispute.js';

/** Options for the summary. */
export interface SummaryOptions {
  /** Most sentences in the summary. */
  readonly maxSentences?: number;
  /** Most words in the summary. */
  readonly wordBudget?: number;
  /** Let the last sentence cross the word budget (for callers that cut the text at the budget). */
  readonly overflow?: boolean;
  /** How facts are chosen. */
  readonly selection?: SelectionOptions;
  /** Most disputes stated. */
  readonly maxDisputes?: number;
}

const BOILERPLATE =
  /\b(?:click|subscribe|sign up|follow (?:us|him|her)|newsletter|read more|advertisement|listen to|copyright|all rights reserved|contributed to this report|getty images|this story has been updated)\b/i;

const ATTRIBUTION =
  /\b(?:said|says|told|added|wrote|writes|stated|announced|tweeted|argued|claimed|according to|asked|explained|insisted|warned)\b/i;

// A news dateline ("WASHINGTON (AP) —", "(CNN) -") is placement, not content.
const DATELINE = /^(?:[A-Z][A-Za-z.]*[ ,.]*){0,4}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s+(?=[\p{Lu}"“])/u;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

const outsideQuotes = (text: string): string => text.replace(/["“][^"”]*["”]/g, ' ');

/** A sentence the summary may state, lightly rewritten (dateline and judgement dropped); undefined when it may not. */
export function summaryWording(text: string): string | undefined {
  const trimmed = text.replace(DATELINE, '');
  const words = wordCount(trimmed);
  if (words < 6 || words > 50 || BOILERPLATE.test(trimmed)) return undefined;
  if ((trimmed.match(/["“”]/g) ?? []).length % 2 === 1) return undefined; // a fragment of a longer quote
  // Other people's words only with who said them, unless they are a short phrase inside a reported sentence.
  const quotedShare = 1 - outsideQuotes(trimmed).trim().length / trimmed.length;
  if (quotedShare > 0.4 && !ATTRIBUTION.test(outsideQuotes(trimmed))) return undefined;
  // Questions, exclamations and first or second person are the outlet talking, not reporting.
  if (/[?!]["”]?$/.test(trimmed) || /\b(?:I|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b/.test(outsideQuotes(trimmed)))
    return undefined;
  if (!/^[\p{Lu}\d"“]/u.test(trimmed)) return undefined;
  return neutralizeSentence(trimmed);
}

/**
 * A neutral extractive summary: the facts covering what most articles share, the most widely reported
 * first, each citing every article that reports it; disputed figures and dates stated as disputed right
 * after the lead; loaded wording dropped or the sentence skipped; no boilerplate or repeats.
 */
export function buildSummary(
  comparison: Comparison,
  articles: readonly AnalyzedArticle[],
  { maxSentences = 7, wordBudget = 180, overflow = false, selection, maxDisputes = 2 }: SummaryOptions = {},
): SummarySentence[] {
  const disputedSentenceIds = new Set(
    comparison.conflicts.flatMap((c) =>
      c.values.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${e.sentenceId}`)),
    ),
  );
  const candidates: FactCandidate[] = comparison.facts.flatMap((fact) => {
    // Sentences carrying a disputed figure are replaced by the statement of the dispute.
    if (fact.evidence.some((e) => disputedSentenceIds.has(`${e.articleId}:${e.sentenceId}`))) return [];
    const text = summaryWording(fact.text);
    return text ? [{ fact, text }] : [];
  });
  const disputes = comparison.conflicts
    .map(stateDispute)
    .filter((s): s is SummarySentence => s !== undefined)
    .slice(0, maxDisputes);
  const disputeWords = disputes.reduce((sum, d) => sum + wordCount(d.text), 0);
  const chosen = selectFacts(
    candidates,
    articles,
    Math.max(wordBudget - disputeWords, 0),
    selection,
    overflow,
  )
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.fact.articleIds.length - a.c.fact.articleIds.length || a.order - b.order)
    .map(({ c }): SummarySentence => ({
      text: c.text,
      articleIds: [...c.fact.articleIds],
      evidence: [...c.fact.evidence],
    }));
  const [lead, ...rest] = chosen;
  return [...(lead ? [lead] : []), ...disputes, ...rest].slice(0, maxSentences);
}
