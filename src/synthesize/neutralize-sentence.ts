import { STOPWORDS } from '../util/terms.js';
import { cutTrailingClause } from './cut-trailing-clause.js';
import { ownVoiceLoadedTerms } from './own-voice.js';

// Words that only grade what they modify ("clearly", "massive"): dropping them keeps the statement and
// removes the judgement. Nouns and verbs ("onslaught", "slammed") carry content and cannot be dropped; a
// verb of criticism can only be replaced (below).
const DROPPABLE =
  /^(?:\p{L}+ly|\p{L}+(?:ous|ful|ic|ive|ible|able|ing|less)|massive|huge|brutal|blatant|absurd|unprecedented|controversial|embattled)$/iu;

// Verbs that grade a criticism ("slammed", "mocking"): the neutral verb reports the same act. Not before a particle,
// where the verb is literal ("the blast ripped through the building").
const NEUTRAL_VERB =
  /^(?:(slammed|blasted|ripped|lambasted|mocked)|(slamming|blasting|ripping|lambasting|mocking)|(lashed) out (?:at|against))\b(?! (?:through|off|apart|up|into|open|down|away|across|out)\b)/i;

// The same verbs are literal as often ("Hurricane Ian slammed Florida's Gulf Coast"), so the rewrite needs
// the shape of a criticism: whom or what it criticizes ("Kerry", "the decision", not "a homer"; none when
// passive), then why or where ("for", "over", "as", ", saying", "in a statement"), not how long ("over the
// weekend", "for hours").
// "As" only before a judgement ("as reckless", "as a betrayal", "as “un-American”"), not a time clause ("as
// the fighting spread", "as they marched").
const CRITICISM_CUE =
  /^\s+(?:(?!(?:a|an|one)\s)\p{L}[^,.;:!?]{0,120}?\s)?(?:(?:for|over)\s+(.*)|as\s+(?:an?\s|["“‘']|[\p{L}-]+(?=\s*(?:[,.;:!?]|and\b|or\b|$)))|in an? (?:\p{L}+\s+)?(?:statement|tweet|post|interview|speech|letter|op-ed)\b|on (?:Twitter|Facebook|social media)\b)/su;
// "Blasted protesters with water cannon", "slammed the door with force": a physical act.
const WITH_INSTRUMENT = /^\s+(?:[^,.;:!?]{0,60}?\s)?with\s/u;
const CRITICISM_SAYING =
  /^\s+(?!(?:a|an|one)\s)\p{L}[^,.;:!?]{0,120}?,\s+(?:saying|calling|accusing|arguing|charging|blaming|demanding)\s/u;
const DURATION =
  /^(?:(?:the|a|an|another|several|many|two|three|four|five|\d+)\s+)?(?:(?:second|third|straight|past|next|last|first|whole|entire|consecutive)\s+)*(?:hours?|days?|nights?|weeks?|weekend|months?|years?|decades?|morning|afternoon|evening|period|time)\b/i;
// A physical subject before the verb makes it literal whatever follows ("the storm slammed the coast as a
// Category 4 hurricane").
const LITERAL_SUBJECT =
  /\b(?:hurricanes?|storms?|typhoons?|cyclones?|tornado(?:es)?|winds?|gusts?|waves?|rain|snow|blizzards?|hail|floods?|floodwaters|quakes?|earthquakes?|tsunamis?|blasts?|explosions?|bombs?|missiles?|rockets?|shells?|artillery|airstrikes?|heat|fires?|wildfires?|flames)\b/i;

function isCriticism(text: string, start: number, match: RegExpExecArray): boolean {
  if (match[3]) return true; // "lashed out at" is never literal.
  if (LITERAL_SUBJECT.test(text.slice(0, start))) return false;
  const rest = text.slice(start + match[0].length);
  if (WITH_INSTRUMENT.test(rest)) return false;
  const cue = CRITICISM_CUE.exec(rest);
  return (cue !== null && !DURATION.test(cue[1] ?? '')) || CRITICISM_SAYING.test(rest);
}

function neutralVerb(text: string, start: number): string | undefined {
  const match = NEUTRAL_VERB.exec(text.slice(start));
  if (!match || !isCriticism(text, start, match)) return undefined;
  const verb = match[2] ? 'criticizing' : 'criticized';
  const cased = /^\p{Lu}/u.test(match[0]) ? verb.charAt(0).toUpperCase() + verb.slice(1) : verb;
  return `${text.slice(0, start)}${cased}${text.slice(start + match[0].length)}`;
}

// Words that limit a claim rather than grade it: the statement without them says more than the outlet did.
const HEDGE =
  /^(?:effectively|reportedly|allegedly|apparently|possibly|probably|likely|potentially|seemingly|essentially|virtually|nearly|almost|partly|largely|mostly|roughly|about|perhaps|presumably|ostensibly|purportedly|supposedly)$/i;

// Opinion voiced without attribution, e.g. "but the strategy has clearly failed".
const OPINION =
  /\b(?:clearly|obviously|of course|undoubtedly|needless to say|arguably|should have|must be stopped)\b/i;

// The text with a grading word dropped ("a massive effort" -> "an effort"); undefined when it cannot go.
function dropGrading(text: string, loaded: { start: number; end: number; text: string }): string | undefined {
  // "slamming" ends like an adjective but is the verb: dropping it would leave "clips showing Robach ABC".
  // A hedge limits the claim ("effectively allowing them to discriminate"): without it the claim is stronger.
  if (!DROPPABLE.test(loaded.text) || NEUTRAL_VERB.test(loaded.text) || HEDGE.test(loaded.text))
    return undefined;
  const before = text.slice(0, loaded.start).replace(/\s+$/, '');
  const after = text.slice(loaded.end).replace(/^\s+/, '');
  // A dropped word must sit between words, not at a clause edge ("massive," stays a problem); an adverb may
  // follow a comma ("the Texas Republican who ..., abruptly resigned").
  if (!/\p{L}$/u.test(before) && before !== '' && !(/ly$/i.test(loaded.text) && /,$/.test(before)))
    return undefined;
  if (!/^\p{L}/u.test(after)) return undefined;
  // After "and" or "or" it may be the second of a pair ("harsh and brutal conditions"): dropping it would leave
  // "harsh and conditions". After a plural noun it grades a new phrase ("outages and massive flooding").
  const pairedWith = /(\p{L}+)\s+(?:and|or)$/iu.exec(before)?.[1];
  if (/\b(?:and|or)$/i.test(before) && !(pairedWith && /[^su]s$/i.test(pairedWith))) return undefined;
  // An adjective can go only before the noun it grades ("a massive effort"), not as the predicate
  // ("the damage was catastrophic for"); a grading adverb can go anywhere but before a participle it forms a
  // phrase with ("sincerely held religious beliefs", not "has clearly failed to").
  const [next, afterNext] = (
    /^(\p{L}+)\s+(\p{L}+)/u.exec(after)?.slice(1) ?? [/^\p{L}+/u.exec(after)![0]]
  ).map((w) => w.toLowerCase());
  if (!/ly$/i.test(loaded.text) && STOPWORDS.has(next!)) return undefined;
  if (/ly$/i.test(loaded.text) && /(?:ed|held|known)$/.test(next!) && afterNext && !STOPWORDS.has(afterNext))
    return undefined;
  // "a massive explosion" -> "an explosion": only the article right before the dropped word changes.
  const article = /\b([Aa])n?$/.exec(before);
  const fixed = article
    ? `${before.slice(0, article.index)}${article[1]}${/^[aeiou]/i.test(after) ? 'n' : ''}`
    : before;
  return fixed === '' ? after.charAt(0).toUpperCase() + after.slice(1) : `${fixed} ${after}`;
}

/**
 * The sentence without judgement in its own voice: a grading verb of criticism replaced by "criticized",
 * grading words dropped, a loaded or unattributed opinion clause at the end cut off (an opinion always;
 * a loaded word only when it cannot be replaced or dropped, which keeps the clause's facts); undefined
 * when the judgement cannot be removed faithfully. `flagged`: more words to treat as loaded (lower case).
 */
export function neutralizeSentence(text: string, flagged?: ReadonlySet<string>): string | undefined {
  let result = text;
  for (let guard = 0; guard < 6; guard++) {
    const opinion = OPINION.exec(result);
    // A word the framing model flags is only dropped where it grades ("a bombastic call"): the model is often
    // wrong about one use, and a sentence is not cut for it.
    const loaded = ownVoiceLoadedTerms(result, flagged).find(
      (term) => term.category !== 'framing' || dropGrading(result, term) !== undefined,
    );
    const at = Math.min(loaded?.start ?? Infinity, opinion?.index ?? Infinity);
    if (at === Infinity) return result;
    const word = loaded?.start === at && opinion?.index !== at ? loaded : undefined;
    const next =
      (word && (neutralVerb(result, at) ?? dropGrading(result, word))) ?? cutTrailingClause(result, at);
    if (next === undefined) return undefined;
    result = next;
  }
  return undefined;
}
