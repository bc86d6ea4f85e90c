import { wordCount } from '../util/word-count.js';
import { cutTrailingClause } from './cut-trailing-clause.js';

// Words no sentence ends on: an excerpt or a feed description cut off mid-sentence stops on one ("bringing an
// abrupt end to", "back in action over the"). Lower case only: a headline may end on "May" or "Is".
const CANNOT_END =
  /(?:^|\s)(?:a|an|the|of|to|for|in|on|at|by|with|from|into|onto|about|over|after|before|between|against|during|under|than|and|or|but|nor|as|that|which|who|whose|whom|his|her|their|its|our|your|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must)$/;
const ELLIPSIS = /\s*(?:\[(?:…|\.\.\.)\]|\.\.\.|…)$/;
const TERMINAL = /[.!?]["”’')\]]*$/;

/**
 * The sentence as a reader can take it: as it is when it ends like one or is a short headline-like line (a
 * subtitle states something whole); when the text stopped mid-sentence (an ellipsis, a word no sentence ends
 * on, or more words than a headline without a final stop), cut back to its last whole clause, or else ended
 * with an ellipsis rather than passed off as whole.
 */
export function completeSentence(text: string): string {
  const trimmed = text.trimEnd();
  const cutOff = ELLIPSIS.test(trimmed);
  if (!cutOff && TERMINAL.test(trimmed)) return text;
  const body = trimmed.replace(ELLIPSIS, '');
  if (!cutOff && !CANNOT_END.test(body) && wordCount(body) <= 25) return text;
  // With no whole clause to keep, the fragment is stated as one: the ellipsis says the source stops there.
  return cutTrailingClause(body, body.length) ?? `${body.replace(/[\s,;:—–-]+$/, '')}…`;
}
