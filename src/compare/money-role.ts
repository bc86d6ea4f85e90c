import type { Quantity, Sentence } from '../model/index.js';
import { contentTerms } from '../util/terms.js';

// Words by which a sum is asked for or put on the table: a demand and an offer in one story are two sums.
const DEMAND_WORDS =
  /\b(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|insist(?:s|ed|ing)?|request(?:s|ed|ing)?|non-negotiable)\b/gi;
const OFFER_WORDS =
  /\b(?:offer(?:s|ed|ing)?|bids?|propos(?:al|als|e|es|ed|ing)|compromise|float(?:s|ed|ing)?|counteroffer)\b/gi;
// Words that say a sum is money without saying what it pays for ("$5 billion in funding for the wall").
const MONEY_WORDS = new Set(['funding', 'fund', 'spending', 'money', 'financing', 'cash']);
const PURPOSE_PREPOSITIONS = new Set(['in', 'of', 'for', 'to', 'toward', 'towards']);
const LEADING_WORDS = new Set([...PURPOSE_PREPOSITIONS, 'the', 'a', 'an']);

/** What a sum of money is, read from its sentence: asked for or offered, and what it would pay for. */
export interface MoneyRole {
  readonly stance?: 'demand' | 'offer';
  /** Content terms of the thing paid for ("border", "security"), or undefined when the text does not say. */
  readonly purpose?: ReadonlySet<string>;
}

/** The stance word nearest to a figure in its sentence, before or after it. */
function stanceOf(sentence: string, at: number, end: number): MoneyRole['stance'] {
  let best: [number, MoneyRole['stance']] = [Infinity, undefined];
  for (const [pattern, stance] of [
    [DEMAND_WORDS, 'demand'],
    [OFFER_WORDS, 'offer'],
  ] as const)
    for (const m of sentence.matchAll(pattern)) {
      const distance = m.index < at ? at - (m.index + m[0].length) : m.index - end;
      if (distance >= 0 && distance < best[0]) best = [distance, stance];
    }
  return best[1];
}

/**
 * What a sum pays for: the noun phrase of a preposition after it, past money words ("$1.3 billion to border
 * security" -> border, security; "$5 billion in funding for the wall" -> wall). A phrase that refers back
 * ("for that project") leaves it unknown, and so does a noun the sum names directly ("a $1.4 trillion
 * spending bill" and "a $1.37 trillion spending package" are one sum in other words).
 */
function purposeOf(after: string): ReadonlySet<string> | undefined {
  const words = /^[^,;:.!?—–(]*/.exec(after)![0].match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (!PURPOSE_PREPOSITIONS.has(words[0]?.toLowerCase() ?? '')) return undefined;
  const terms: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (terms.length === 0 && (LEADING_WORDS.has(lower) || MONEY_WORDS.has(lower))) continue;
    const content = contentTerms(word);
    if (content.length === 0) break;
    if (!MONEY_WORDS.has(lower)) terms.push(...content);
  }
  return terms.length > 0 ? new Set(terms) : undefined;
}

/** The role of a sum of money in its sentence (see MoneyRole). */
export function moneyRole(q: Quantity, text: string, sentence: Sentence): MoneyRole {
  const stance = stanceOf(sentence.text, q.start - sentence.start, q.end - sentence.start);
  const purpose = purposeOf(text.slice(q.end, sentence.end));
  return { ...(stance && { stance }), ...(purpose && { purpose }) };
}

// Terms of one word in another form ("charity", "charitable") share their first letters.
const SAME_WORD_PREFIX = 6;
const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length >= SAME_WORD_PREFIX && a.slice(0, SAME_WORD_PREFIX) === b.slice(0, SAME_WORD_PREFIX));

const samePurpose = (a: MoneyRole, b: MoneyRole): boolean =>
  !!a.purpose && !!b.purpose && [...a.purpose].some((t) => [...b.purpose!].some((u) => sameWord(t, u)));

const saysWhat = (r: MoneyRole): boolean => !!(r.stance ?? r.purpose);

/**
 * Whether two sums may be one, judged by their roles: they differ on nothing said (an offer for border
 * security is not a demand for the wall), and where both sentences say what their sum is, they agree on
 * something ("$1.3 billion to border security" is not "$5.7 billion" someone insists on "for that project").
 */
export function moneyMayBeOne(a: MoneyRole, b: MoneyRole): boolean {
  if (a.stance && b.stance && a.stance !== b.stance) return false;
  if (a.purpose && b.purpose && !samePurpose(a, b)) return false;
  return !saysWhat(a) || !saysWhat(b) || (!!a.stance && a.stance === b.stance) || samePurpose(a, b);
}
