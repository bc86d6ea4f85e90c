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
