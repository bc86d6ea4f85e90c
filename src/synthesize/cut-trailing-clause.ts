import { wordCount } from '../util/word-count.js';
import { SPEECH_VERB } from './attribution-cue.js';

// Where a trailing clause or phrase starts; a loaded or opinion clause after one can be cut off. A
// participle clause (", killing four people") is one, but not a preposition ending in -ing (", according
// to", ", including", ", during"), which carries the sentence's source or scope.
const CLAUSE_BREAK =
  /(?:,\s+(?:but|and|while|which|as|although|though|yet)\s|,\s+(?:further\s+)?(?=\p{Ll}+ing\s)(?!(?:according|including|excluding|during|regarding|concerning|following|notwithstanding|pending|considering|barring|involving|surrounding|preceding|respecting|touching|counting|excepting)\s)|\s+(?:amid|over|despite)\s|\s+[—–]\s)/gu;

/**
 * The sentence cut at the last clause break before `at`, with a full stop; undefined when there is none, when
 * the cut would drop the attribution or leave fewer than six words or half a quote.
 */
export function cutTrailingClause(text: string, at: number): string | undefined {
  let cut = -1;
  for (const match of text.matchAll(CLAUSE_BREAK)) if (match.index < at) cut = match.index;
  // The part holding an attribution is never cut, or the rest would state the claim as fact.
  if (cut < 0 || SPEECH_VERB.test(text.slice(cut))) return undefined;
  // A dash that opens an aside closed by a second dash is no clause end: cutting there would keep only what
  // comes before the aside ("On the third night of the convention — a word that seems absurd — the former
  // president delivered a speech" is not "On the third night of the convention.").
  if (/^\s+[—–]\s/.test(text.slice(cut)) && /\s[—–]\s/.test(text.slice(cut + 2))) return undefined;
  const kept = text.slice(0, cut).replace(/[,;:\s]+$/, '');
  if (wordCount(kept) < 6) return undefined;
  const quotes = (kept.match(/["“”]/g) ?? []).length;
  if (quotes % 2 === 1) return undefined;
  return `${kept}.`;
}
