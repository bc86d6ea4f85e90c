import type { FramingToken } from './framing-tokens.js';

// Words the learned framing model scores as loaded but that news reports use neutrally in the outlet's own
// voice (found in briefs of BASIL dev stories). General English, not tied to any story.
const GRAMMAR = [
  // Particles, conjunctions and quantifiers: "step down", "do so", "the only", "mostly mute", "roughly 300".
  'so',
  'down',
  'only',
  'against',
  'most',
  'mostly',
  'roughly',
  'somewhat', // "a late and somewhat unlikely addition": a degree qualifier, still listed among hedges
  'getting',
  'went',
  'evening',
  'effective', // "resignation, effective at 5 p.m."
  'consider',
  'opening',
];
// Adverbs of manner for how something was done: "quietly urged him", "work closely with", "closely held".
const MANNER = ['quietly', 'closely'];
// Plain names of what happened, which a report has to use: the framing is in how it is said around them.
const EVENT_WORDS = [
  'killed',
  'fatally',
  'war',
  'violence',
  'virus',
  'attempt',
  'attempting',
  'pulled',
  'seizing',
];

/** Words (lower case) never chosen as loaded in an outlet's own voice, whatever the model scores them. */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set([...GRAMMAR, ...MANNER, ...EVENT_WORDS]);

/** A word that is plain reporting in one context though it may be loaded elsewhere. */
interface NeutralUse {
  readonly words: readonly string[];
  /** Must match the text right before the word (when given). */
  readonly before?: RegExp;
  /** Must match the text right after the word (when given). */
  readonly after?: RegExp;
}

// Each use is general news English, found among flagged words in briefs of BASIL dev stories.
const NEUTRAL_USES: readonly NeutralUse[] = [
  // "officials familiar with the meeting", "one person directly familiar with": the anonymous-source phrase
  // (not "chillingly familiar", "a now familiar rant").
  {
    words: ['familiar'],
    before:
      /\b(?:people|persons?|officials?|sources?|aides?|advisers?|advisors?|someone|anyone|those|others|individuals?|lawyers?|diplomats?|members?|allies|associates?|Democrats?|Republicans?)\s+(?:\p{L}+ly\s+)?$/iu,
    after: /^\s+with\b/i,
  },
  // "running to succeed retiring Sen. Tom Harkin", "endorsed Hillary Clinton to succeed him": taking over an
  // office from someone (not "if Nebraska and Oklahoma succeed").
  {
    words: ['succeed', 'succeeds', 'succeeded', 'succeeding'],
    after:
      /^\s+(?:(?:the\s+)?(?:retiring|outgoing|departing|embattled|late|former)\s+)?(?:him|her|them|\p{Lu})/u,
  },
  // "the terrorist plot", "a bomb plot": the name of a crime (not "a partisan plot").
  {
    words: ['plot', 'plots'],
    before: /\b(?:terror|terrorist|bomb|bombing|assassination|coup|murder|kidnapping|kidnap|attack)\s+$/i,
  },
  // "a newly divided government", "a divided Congress": split party control, a plain fact of politics.
  {
    words: ['divided'],
    after: /^\s+(?:government|congress|legislature|chambers?|senate|house|washington|control)\b/i,
  },
  // "a good bit more", "its final bit of business": a quantity (not "champing at the bit").
  { words: ['bit'], after: /^\s+(?:of|more|less)\b/i },
  // "allegations of sexual harassment", "workplace harassment": the name of a wrong, as plain as "assault" (not "a
  // campaign of harassment").
  { words: ['harassment'], before: /\b(?:sexual|workplace|alleged|racial)\s+$/i },
  // "Sen. John Cornyn, who heads the GOP campaign committee": leading a body (not "heads will roll").
  { words: ['heads', 'headed', 'heading'], after: /^\s+(?:the|a|an|its|his|her|their)\s+/i },
  // "invaded Israel killing 1,400 mostly civilians", "killing at least 12 people": a count of the dead, as plain as
  // "killed" (not "considering killing the policy").
  {
    words: ['killing'],
    after:
      /^\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|up\s+to|an\s+estimated)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores|several|many)\b|(?:civilians|people|soldiers|children|women|men|troops|officers|residents|protesters|passengers|workers)\b)/i,
  },
];
const USES_BY_WORD = new Map<string, NeutralUse[]>();
for (const use of NEUTRAL_USES)
  for (const word of use.words) USES_BY_WORD.set(word, [...(USES_BY_WORD.get(word) ?? []), use]);
// How much text around a word the context patterns read.
const CONTEXT_CHARS = 60;

/** Whether a word of `text` is plain reporting where it stands: a neutral word, or a neutral use in context. */
export function isNeutralUse(text: string, token: FramingToken): boolean {
  if (NEUTRAL_WORDS.has(token.word)) return true;
  const before = text.slice(Math.max(0, token.start - CONTEXT_CHARS), token.start);
  const after = text.slice(token.end, token.end + CONTEXT_CHARS);
  return (USES_BY_WORD.get(token.word) ?? []).some(
    (use) => (!use.before || use.before.test(before)) && (!use.after || use.after.test(after)),
  );
}
