import { contentTerms } from '../util/terms.js';

// A negation word denies the first thing after it ("none of the $5.7 billion", "no national emergency",
// "did not declare"): that word is what a sentence stating the opposite shares with it. Only the first one,
// within a few words and the same clause, so "not allow officials to include it" denies "allow", not the
// officials another outlet also names.
const CUE = /\b(?:not|no|never|none|neither|nor|without)\b|n[’']t\b/giu;
// "not only", "no longer than", "not long after", "no doubt", "no question": the words after them are
// asserted, not denied.
const NOT_A_DENIAL =
  /^\s*(?:only|just|least|doubt|question|wonder|surprise|matter|less|more|fewer|sooner|long(?:er)?\s+(?:than|after|before|ago)\b)\b/i;
const CLAUSE_END =
  /[,;:!?()"“”—–]|\.(?:\s|$)|\b(?:but|and|or|while|although|because|as|which|who|whom|whose|when|where|after|before|since|if|unless|until|than)\b/i;
const REACH = 5;

/** Character ranges a negation denies: from each negation word through the first content word or number after it. */
export function negationScopes(text: string): { start: number; end: number }[] {
  const scopes: { start: number; end: number }[] = [];
  for (const cue of text.matchAll(CUE)) {
    const start = cue.index + cue[0].length;
    const after = text.slice(start);
    if (NOT_A_DENIAL.test(after)) continue;
    const boundary = CLAUSE_END.exec(after);
    const clause = boundary ? after.slice(0, boundary.index) : after;
    const denied = [...clause.matchAll(/\S+/g)]
      .slice(0, REACH)
      // "He is no longer the CEO" denies "CEO", not "longer".
      .find((w) => !/^longer$/i.test(w[0]) && (/\d/.test(w[0]) || contentTerms(w[0]).length > 0));
    if (denied) scopes.push({ start, end: start + denied.index + denied[0].length });
  }
  return scopes;
}
