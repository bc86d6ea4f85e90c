import { IRREGULAR_PAST } from '../util/irregular-past.js';

// Words that put a clause in the future: "will meet", "is expected to announce", "set for", "ahead of".
const FUTURE =
  /\b(?:will|would|shall|could|might|wo?n['’]t|(?:is|are|be|been)\s+(?:set|scheduled|expected|due|slated|poised|going|likely|to)\b|(?:in\s+line|likely|expected|scheduled|set|slated|poised|about)\s+to\b|plans?\s+(?:to|for|on)\b|(?:planned|scheduled|set)\s+for\b|upcoming|ahead\s+of|in\s+advance\s+of|until|as\s+(?:soon|early)\s+as|to\s+(?:be\s+shown|air))\b|['’]ll\b/i;
// A request or a plan made in the past for a day to come: "asked members to join him Monday evening",
// "invited leaders to his office on Friday", "planned to bring up on Thursday", "prepared for a march"; not
// one already carried out ("had been asked to vote on Friday").
const PLANNED =
  /(?<!\b(?:been|was|were)\s+)\b(?:asked|urged|invited|called\s+(?:on|for)|pressed|wants?|wanted|hopes?|hoped|intends?|intended|planned|agreed)\b.*\bto\b|\bprepared\s+for\b/i;
// Verbs in the past: "-ed" forms and the irregular ones news uses most.
const PAST = new RegExp(`\\b(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST.join('|')})\\b`, 'u');
// Where a clause ends: punctuation, reported speech (whose tense is the speaker's, not the date's), or a
// clause of its own ("will become law after voting to override Wednesday").
const CLAUSE_BREAK = /[,;:—–―(]|\b(?:said|says|told|that)\b|\b(?:after|before|since)\s+(?=\p{Ll}+ing\b)/gu;
// Words that may precede a weekday opening its clause: "On Friday, ...", "And late Sunday, ...".
const OPENING = /^(?:\s|\b(?:on|and|but|or|by|early|late|the|a|an)\b)*$/i;

/** Which way a weekday points from the article's day: 'ahead', 'back', or undefined when its words do not say. */
export type WeekdayDirection = 'ahead' | 'back' | undefined;

/**
 * Which way a weekday written without "last" or "next" ("on Friday") points from the article's day, read off
 * the tense of its clause: ahead when the clause speaks of what is to come ("will meet on Thursday", "is
 * expected to announce Thursday"), back when its verb is past ("said Friday", "passed on Thursday"). A
 * weekday opening its clause ("On Friday, supporters will have their say") takes the tense of what follows;
 * one naming an event ("Monday's summit") says nothing. `before` and `after`: the sentence on each side.
 */
export function weekdayDirection(before: string, after: string): WeekdayDirection {
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaks.at(-1);
  const leading = before.slice(lastBreak ? lastBreak.index + lastBreak[0].length : 0);
  if (FUTURE.test(leading) || PLANNED.test(leading)) return 'ahead';
  // "..., followed by the House on Thursday": the clause before gives the tense.
  if (/^\s*(?:followed|preceded)\s+by\b/i.test(leading)) return FUTURE.test(before) ? 'ahead' : undefined;
  // "said Friday", "told USA Today on Monday", "said in his Friday briefing": the day of the saying.
  if (/^(?:said|told)$/i.test(lastBreak?.[0] ?? '') && /^\s*(?:[\p{L}'’.]+\s+){0,4}$/u.test(leading))
    return 'back';
  if (/^['’]s\b/.test(after)) return undefined;
  if (!OPENING.test(leading)) {
    if (PAST.test(leading)) return 'back';
    // "candidates on Monday intensified efforts": the verb comes right after the day.
    const verb =
      /^\s*(?:(?:morning|afternoon|evening|night)\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)/u.exec(after)?.[1] ?? '';
    return /^(?:will|would|is\s+to|are\s+to)\b/.test(verb)
      ? 'ahead'
      : PAST.test(verb.split(' ')[0]!)
        ? 'back'
        : undefined;
  }
  const rest = after.replace(/^\s*(?:morning|afternoon|evening|night)?[\s,]*/, '');
  const end = rest.search(/[,;:—–―(]|\b(?:said|says|told|that)\b/);
  const clause = end < 0 ? rest : rest.slice(0, end + (/^(?:said|told)/.test(rest.slice(end)) ? 4 : 0));
  return FUTURE.test(clause) ? 'ahead' : PAST.test(clause) ? 'back' : undefined;
}
