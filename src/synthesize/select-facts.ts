import { stemmer } from 'stemmer';
import type { AnalyzedArticle, Fact } from '../model/index.js';
import { STOPWORDS } from '../util/terms.js';
import { quotedShare } from './quoted-share.js';

/** Options of the fact selection (tuned on the NeuS dev files). */
export interface SelectionOptions {
  /** How strongly long sentences are penalised: gain is divided by length to this power. */
  readonly lengthPower?: number;
  /** Extra weight for facts early in their articles, where news puts what matters. */
  readonly leadWeight?: number;
  /** Extra weight of a concept that appears in an article title. */
  readonly titleWeight?: number;
  /** How much a sentence's share of quoted words lowers its score: the summary reports, it does not relay. */
  readonly quotePenalty?: number;
}

/** A fact to choose from, with the wording the summary would use. */
export interface FactCandidate {
  readonly fact: Fact;
  readonly text: string;
}

/** Stemmed content words and word pairs: the concepts a summary should cover. */
export function concepts(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  const stem = (w: string): string => (w.length > 3 ? stemmer(w) : w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]];
    if (!STOPWORDS.has(a)) out.push(stem(a));
    if (b !== undefined && !(STOPWORDS.has(a) && STOPWORDS.has(b))) out.push(`${stem(a)} ${stem(b)}`);
  }
  return out;
}

/**
 * Chooses facts that together cover the concepts most articles share (concept coverage, after Gillick and
 * Favre 2009): greedily, the fact adding most uncovered weight per word, favouring early sentences. A
 * concept weighs the number of articles using it, when at least two do. Returns facts in the order chosen,
 * stopping once `wordBudget` is reached (`overflow`: the last may cross it, and only its part within the
 * budget counts, as the caller cuts it there) or nothing new is covered.
 */
export function selectFacts(
  candidates: readonly FactCandidate[],
  articles: readonly AnalyzedArticle[],
  wordBudget: number,
  { lengthPower = 0.6, leadWeight = 0.3, titleWeight = 2, quotePenalty = 0.5 }: SelectionOptions = {},
  overflow = false,
): FactCandidate[] {
  const articleFrequency = new Map<string, number>();
  for (const a of articles)
    for (const c of new Set(concepts(`${a.article.title ?? ''}. ${a.article.text}`)))
      articleFrequency.set(c, (articleFrequency.get(c) ?? 0) + 1);
  const titleConcepts = new Set(articles.flatMap((a) => concepts(a.article.title ?? '')));
  const weight = (c: string): number => {
    const df = articleFrequency.get(c) ?? 0;
    return (df >= 2 ? df : 0) + (titleConcepts.has(c) ? titleWeight : 0);
  };
  const positions = new Map<string, number>();
  for (const a of articles) a.sentences.forEach((s, i) => positions.set(`${a.article.id}:${s.id}`, i));
  const pool = candidates.map((candidate) => {
    const tokens = candidate.text.split(/\s+/).filter((w) => w !== '');
    return {
      candidate,
      concepts: new Set(concepts(candidate.text)),
      tokens,
      words: tokens.length,
      quoted: quotedShare(candidate.text),
      position: Math.min(
        ...candidate.fact.evidence.map((e) => positions.get(`${e.articleId}:${e.sentenceId}`) ?? 99),
      ),
    };
  });
  const covered = new Set<string>();
  const chosen: FactCandidate[] = [];
  let words = 0;
  while (pool.length > 0 && words < wordBudget) {
    let best = -1;
    let bestScore = 0;
    pool.forEach((item, i) => {
      if (!overflow && words + item.words > wordBudget) return;
      // A sentence crossing the budget is cut there by the caller: only the part that fits counts.
      const cut = words + item.words > wordBudget;
      const itemConcepts = cut
        ? new Set(concepts(item.tokens.slice(0, wordBudget - words).join(' ')))
        : item.concepts;
      const itemWords = cut ? wordBudget - words : item.words;
      let gain = 0;
      for (const c of itemConcepts) if (!covered.has(c)) gain += weight(c);
      const score =
        (gain * (1 - quotePenalty * item.quoted) * (1 + leadWeight / (1 + item.position))) /
        Math.pow(Math.max(1, itemWords), lengthPower);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) break;
    const [item] = pool.splice(best, 1);
    // The fact is stated now: its other wordings leave the pool.
    for (let i = pool.length - 1; i >= 0; i--)
      if (pool[i]!.candidate.fact === item!.candidate.fact) pool.splice(i, 1);
    chosen.push(item!.candidate);
    words += item!.words;
    for (const c of item!.concepts) covered.add(c);
  }
  return chosen;
}
