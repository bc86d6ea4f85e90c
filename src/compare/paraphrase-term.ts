// Stemmed words that outlets use interchangeably for one thing in news copy ("an unannounced visit" /
// "an unexpected trip"), each mapped to one key. Only near-certain equivalents: a pair that is often a
// different thing ("strike" as a walkout, "force" as in "Air Force") stays out, since a false match merges
// two facts.
const GROUPS: readonly (readonly string[])[] = [
  ['visit', 'trip'],
  ['unannounc', 'unexpect', 'unschedul'], // not "surprise": a surprise attack is no visit
  ['kill', 'slain', 'dead', 'died', 'death'],
  ['injur', 'injury', 'wound'],
  ['meet', 'met'],
  ['troop', 'soldier'],
  ['lawmaker', 'legislator'],
  ['sued', 'sue', 'lawsuit'],
  ['arrest', 'detain'],
  ['announc', 'unveil'],
];

const KEY = new Map<string, string>(GROUPS.flatMap((group) => group.map((term) => [term, group[0]!])));

/** The shared key of a stemmed content term and its news-copy paraphrases ("trip" -> "visit"). */
export function paraphraseTerm(term: string): string {
  return KEY.get(term) ?? term;
}
