import type { AnalyzedArticle, Comparison, SummarySentence } from '../model/index.js';
import { annotateDispute, type AnnotatedSentence } from './annotate-dispute.js';
import { neutralizeSentence } from './neutralize-sentence.js';
import { outsideQuotes } from './outside-quotes.js';
import { quotedShare } from './quoted-share.js';
import { ATTRIBUTION_CUE } from './attribution-cue.js';
import { isUnattributedQuote, unattributedQuoteSentences } from './unattributed-quote-sentences.js';
import { selectFacts, type FactCandidate, type SelectionOptions } from './select-facts.js';
import { stateDispute } from './state-dispute.js';
import { stripDateline } from '../util/strip-dateline.js';
import { completeSentence } from './complete-sentence.js';
import { dropConnective } from './drop-connective.js';
import { wordCount } from '../util/word-count.js';
import { latestDayArticles } from './latest-day-articles.js';

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

// Page furniture, phrased as pages phrase it: "sign up for our newsletter", not "sign up for health care" or
// "the newsletter Punchbowl News reported"; "Copyright 2020", not "a copyright dispute".
const BOILERPLATE =
  /\b(?:click (?:here|to)|subscribe (?:to|now|today|here)|sign up (?:now|here|today|for (?:our|the|a) (?:[\w-]+ ){0,3}newsletter)|(?:our|free|daily|weekly) newsletters?|follow (?:us|him|her) on|read more|listen to (?:this|the|our) (?:article|story|podcast|episode)|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|contributed to this report|getty images|this story has been updated)\b|(?:^|[.!?]\s+)advertisement\s*$|^advertisement\b|©/i;

// The outlet speaking as "I", "we" or "you": not "Sanders (I-Vt.)", "D-R.I.", "poweroutage.us" or a Roman
// numeral ("World War I", "Article I", "Phase I trial").
const FIRST_OR_SECOND_PERSON =
  /(?<![\w.-])(?<!(?:War|Article|Phase|Schedule|Division|Type|Title|Category|Class|Stage|Level|Tier|Part|Chapter|Volume|Elizabeth|Charles|James|Henry|George|William) )(?:I(?![\w.-])|(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)(?![\w-]|\.\w))/;

// A question put in the outlet's voice, even when it ends inside a quote ('Why did the White House call the
// report "fake news?"'); not one a named speaker is quoted asking ('Trump said, "Who knows?"').
const OWN_QUESTION =
  /^(?:Why|How|What|Who|Whom|Whose|Which|Is|Are|Was|Were|Will|Would|Can|Could|Should|Did|Does|Do|Has|Have)\b.*\?["”]?\s*$/su;

// A sentence opening on a pronoun ("He had a history of ...") leans on the one before it in its article,
// which the summary does not carry: out of that place it names no one. An empty "it" ("It is unclear
// whether", "It took less than a minute") and "this" before a time ("This past weekend") lean on nothing.
const DANGLING_REFERENCE =
  /^(?:He|She|They|His|Her|Their|It|Its|This|These|Those)\b(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|time|summer|fall|autumn|winter|spring|past|coming|Thanksgiving|Christmas|Easter)\b)(?!(?:[’']s|\s+(?:is|was|remains|has been|had been|will be))\s+(?:(?:not\s+(?:immediately\s+)?)?(?:clear|unclear|known|unknown|expected|likely|unlikely|possible)\s+(?:that|whether|how|if|why|what|who|when)\b|too early\b))(?!\s+took\b)/;

/**
 * A sentence the summary may state, lightly rewritten (dateline and judgement dropped); undefined when it may
 * not. `flagged`: words the story's framing found loaded in an outlet's own voice (lower case).
 */
export function summaryWording(text: string, flagged?: ReadonlySet<string>): string | undefined {
  // An excerpt stopped mid-sentence is stated up to its last whole clause, or marked as cut off.
  // A connective ("But", "And yet", "Still,") ties the sentence to the one before it, which the summary
  // does not carry: the statement stands without it.
  const trimmed = dropConnective(completeSentence(stripDateline(text.replace(/^[\s\u200b\ufeff]+/, ''))));
  const words = wordCount(trimmed);
  if (words < 6 || words > 60 || BOILERPLATE.test(trimmed)) return undefined;
  if ((trimmed.match(/["“”]/g) ?? []).length % 2 === 1) return undefined; // a fragment of a longer quote
  const ownVoice = outsideQuotes(trimmed);
  // Other people's words only with who said them, unless they are a short phrase inside a reported sentence.
  if (isUnattributedQuote(quotedShare(trimmed), ownVoice)) return undefined;
  // Questions, exclamations and first or second person are the outlet talking, not reporting.
  // (A quoted one is reported speech: 'demanding: “Act now Congress!”'.)
  const ownQuestion = OWN_QUESTION.test(trimmed) && !ATTRIBUTION_CUE.test(ownVoice);
  if (/[?!]\s*$/.test(ownVoice) || ownQuestion || FIRST_OR_SECOND_PERSON.test(ownVoice)) return undefined;
  // A lead-in to a list or a quote ("Here's a look at the claims:", "Here are some of the officials’
  // responses.") states nothing itself.
  if (/:\s*$/.test(trimmed) || /^Here(?:['’]s|\s+(?:is|are))\b/.test(trimmed)) return undefined;
  if (!/^[\p{Lu}\d"“]/u.test(trimmed) || DANGLING_REFERENCE.test(trimmed)) return undefined;
  // '“Put the decision on hold,” he posted.': the speaker is named only in the sentence before.
  if (/^[\s,]*(?:he|she|they)\b/i.test(ownVoice) && ownVoice.trim() !== '') return undefined;
  return neutralizeSentence(trimmed, flagged);
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
  const annotated = new Map<FactCandidate, AnnotatedSentence>();
  const speakerless = new Set(
    articles.flatMap((a) => [...unattributedQuoteSentences(a)].map((id) => `${a.article.id}:${id}`)),
  );
  // Every outlet's wording of a fact is a candidate (one per fact is chosen, the fact's own first): the fact's
  // own sentence may carry a loaded word or a quote fragment another outlet's paraphrase does without.
  const wordings = (fact: Comparison['facts'][number]): string[] =>
    [
      ...new Set(
        fact.evidence.filter((e) => !speakerless.has(`${e.articleId}:${e.sentenceId}`)).map((e) => e.text),
      ),
    ].sort((a, b) => Number(b === fact.text) - Number(a === fact.text));
  // What the Framing section flags in any outlet's own voice, the summary does not say in its own.
  const flagged = new Set(comparison.framing.flatMap((f) => f.loaded.map((l) => l.term.toLowerCase())));
  const candidates: FactCandidate[] = comparison.facts.flatMap((fact) =>
    wordings(fact).flatMap((text) => {
      const worded = summaryWording(text, flagged);
      // A sentence carrying a disputed value says it is disputed, or is left out.
      const sentence =
        worded === undefined ? undefined : annotateDispute(worded, fact, comparison.conflicts, articles);
      if (!sentence) return [];
      const candidate = { fact, text: sentence.text };
      annotated.set(candidate, sentence);
      return [candidate];
    }),
  );
  const choose = (budget: number) => {
    const picked = selectFacts(candidates, articles, budget, selection, overflow);
    // The most widely reported first; a sentence crossing the budget stays last, where the caller cuts it.
    const crossing =
      overflow && wordCount(picked.map((c) => c.text).join(' ')) > budget ? picked.at(-1) : undefined;
    const chosen = picked
      .map((c, order) => ({ c, order }))
      .sort(
        (a, b) =>
          Number(a.c === crossing) - Number(b.c === crossing) ||
          b.c.fact.articleIds.length - a.c.fact.articleIds.length ||
          a.order - b.order,
      )
      .map(({ c }) => annotated.get(c)!);
    // Disputes no chosen sentence states are stated on their own, right after the lead.
    const stated = new Set(chosen.flatMap((s) => s.conflictIds));
    // Figures that need not contradict are no dispute: the conflicts section shows them with the reason.
    const disputes = comparison.conflicts
      .filter((c) => !stated.has(c.id) && !c.compatible)
      .map(stateDispute)
      .filter((s): s is SummarySentence => s !== undefined)
      .slice(0, maxDisputes);
    return { chosen, disputes };
  };
  let { chosen, disputes } = choose(wordBudget);
  // When the budget is cut at a word (overflow), the disputes' words come out of it too: choose again with what
  // they leave, or the cut would fall before the facts chosen to fill it (a new choice may state other disputes,
  // so until their words no longer grow).
  const wordsOf = (sentences: readonly SummarySentence[]) =>
    wordCount(sentences.map((d) => d.text).join(' '));
  for (let reserved = 0, pass = 0; overflow && wordsOf(disputes) > reserved && pass < 3; pass++) {
    reserved = wordsOf(disputes);
    ({ chosen, disputes } = choose(Math.max(1, wordBudget - reserved)));
  }
  const [lead, ...rest] = chosen.map((s): SummarySentence => ({
    text: s.text,
    articleIds: s.articleIds,
    evidence: s.evidence,
  }));
  const summary = [...(lead ? [lead] : []), ...disputes, ...rest].slice(0, maxSentences);
  // A story told over several days: what its latest report adds is part of it ("Barr found no evidence of
  // collusion", reported days after the calls for the report), though fewer outlets have it yet.
  const latestIds = latestDayArticles(articles);
  const onlyLatest = (articleIds: readonly string[]): boolean => articleIds.every((id) => latestIds.has(id));
  // (Not where the caller cuts the text at the budget: the cut would fall before it.)
  if (!overflow && latestIds.size > 0 && !summary.some((s) => onlyLatest(s.articleIds))) {
    const [pick] = selectFacts(
      candidates.filter((c) => onlyLatest(c.fact.articleIds)),
      articles,
      wordBudget,
      selection,
      true,
    );
    const latest = pick && annotated.get(pick)!;
    if (latest) {
      const fits = (sentences: readonly SummarySentence[]): boolean =>
        sentences.length < maxSentences &&
        wordCount([...sentences, latest].map((s) => s.text).join(' ')) <= wordBudget;
      // The last facts chosen give way to it, never the lead or a dispute; if it cannot fit even so, none do.
      const kept = [...summary];
      while (kept.length > 1 && !fits(kept) && !disputes.includes(kept.at(-1)!)) kept.pop();
      if (fits(kept))
        summary.splice(0, summary.length, ...kept, {
          text: latest.text,
          articleIds: latest.articleIds,
          evidence: latest.evidence,
        });
    }
  }
  // Within the budget unless told otherwise: the last facts give way to the disputes.
  while (!overflow && summary.length > 1 && wordCount(summary.map((s) => s.text).join(' ')) > wordBudget) {
    const last = summary.at(-1)!;
    if (disputes.includes(last)) break;
    summary.pop();
  }
  return summary;
}
