import { IRREGULAR_PAST } from '../util/irregular-past.js';
import { stripDateline } from '../util/strip-dateline.js';

/** What a sentence's main clause tells: what is to come, what happened, or neither plainly. */
export type ClauseTense = 'forecast' | 'past' | undefined;

// "is set to vote", "is expected to begin", "will meet", "plans to": what is to come. Not "would" or
// "could" (a condition, or the future seen from the past), nor a bare "due to" (a cause).
const FORECAST =
  /\b(?:will|shall|(?:is|are|was|were|be)\s+(?:set|expected|scheduled|slated|poised|due|going|likely|about)\s+to|plans?\s+to)\b|['’]ll\b/iu;
// A finite verb in the past: "-ed" forms (not after an article or possessive: "the proposed bill"),
// a perfect ("has faced"), and the irregular ones news uses most.
const PAST = new RegExp(
  `(?<!\\b(?:a|an|the|its|his|her|their|this|that|these|those)\\s+)\\b(?:\\p{Ll}{3,}ed|(?:has|have|had)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+|${IRREGULAR_PAST.join('|')})\\b`,
  'u',
);
// "As part of its final bit of business before the election, ", "With the override, ": a phrase setting the
// scene, before the subject.
const LEAD_IN =
  /^(?:As|In|With|After|Before|Since|Despite|Following|During|On|At|By|For|Under|Amid|Ahead\s+of)\b[^,]*,\s+/u;
// ", the first Mr. Obama has faced in his presidency,": an aside after the subject, whose verb is not the
// sentence's.
const ASIDE = /,\s+(?:the|a|an|who|which|whose)\b[^,]*,/giu;
// Where the main clause gives way to a clause of its own ("..., which will ...", "women who claimed",
// "said that ...") or to a quote, whose verbs are not the sentence's own.
const CLAUSE_END =
  /[;:—–―("“”]|,\s+(?:which|who|where|when|while|but|and|as|after|before|because)\b|\b(?:that|who|whom|which|though|although|because|unless|if)\b/u;

/** The sentence's main clause: without a dateline, a lead-in phrase, an aside, or the clauses after it. */
export function mainClause(text: string): string {
  const body = stripDateline(text.trim()).replace(LEAD_IN, '').replace(ASIDE, '');
  const end = CLAUSE_END.exec(body);
  return end ? body.slice(0, end.index) : body;
}

/**
 * The tense of a sentence's main clause, read off its first verb: 'forecast' when it says what will or is
 * expected to happen ("Congress is set to vote to override the veto"), 'past' when it says what happened
 * ("The Senate voted Wednesday to override his veto"), undefined for the present or when no verb is found.
 */
export function mainClauseTense(text: string): ClauseTense {
  const clause = mainClause(text);
  const forecast = FORECAST.exec(clause)?.index ?? Infinity;
  const past = PAST.exec(clause)?.index ?? Infinity;
  if (forecast === Infinity && past === Infinity) return undefined;
  return forecast <= past ? 'forecast' : 'past';
}
