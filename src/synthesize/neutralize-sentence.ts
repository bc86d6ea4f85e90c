import { STOPWORDS } from '../util/terms.js';
import { ownVoiceLoadedTerms } from './own-voice.js';

// Words that only grade what they modify ("clearly", "massive"): dropping them keeps the statement and
// removes the judgement. Nouns and verbs ("onslaught", "slammed") carry content and cannot be dropped.
const DROPPABLE =
  /^(?:\p{L}+ly|\p{L}+(?:ous|ful|ic|ive|ible|able|ing|less)|massive|huge|brutal|blatant|absurd)$/iu;

// Verbs that grade a criticism ("slammed"): the neutral verb reports the same act. Not before a particle,
// where the verb is literal ("the blast ripped through the building").
const NEUTRAL_VERB =
  /^(?:(slammed|blasted|ripped|lambasted)|(slamming|blasting|ripping|lambasting)|(lashed) out (?:at|against))\b(?! (?:through|off|apart|up|into|open|down|away|across|out)\b)/i;

function neutralVerb(text: string, start: number): string | undefined {
  const match = NEUTRAL_VERB.exec(text.slice(start));
  if (!match) return undefined;
  const verb = match[2] ? 'criticizing' : 'criticized';
  const cased = /^\p{Lu}/u.test(match[0]) ? verb.charAt(0).toUpperCase() + verb.slice(1) : verb;
  return `${text.slice(0, start)}${cased}${text.slice(start + match[0].length)}`;
}

// Where a trailing clause or phrase starts; a loaded or opinion clause after one can be cut off.
const CLAUSE_BREAK =
  /(?:,\s+(?:but|and|while|which|as|although|though|yet)\s|,\s+(?:further\s+)?(?=\p{Ll}+ing\s)|\s+(?:amid|over|despite)\s|\s+[—–]\s)/gu;

// Opinion voiced without attribution, e.g. "but the strategy has clearly failed".
const OPINION =
  /\b(?:clearly|obviously|of course|undoubtedly|needless to say|arguably|should have|must be stopped)\b/i;

function cutTrailingClause(text: string, at: number): string | undefined {
  let cut = -1;
  for (const match of text.matchAll(CLAUSE_BREAK)) if (match.index < at) cut = match.index;
  if (cut < 0) return undefined;
  const kept = text.slice(0, cut).replace(/[,;:\s]+$/, '');
  if (kept.split(/\s+/).length < 6) return undefined;
  const quotes = (kept.match(/["“”]/g) ?? []).length;
  if (quotes % 2 === 1) return undefined;
  return `${kept}.`;
}

// The text with a grading word dropped ("a massive effort" -> "an effort"); undefined when it cannot go.
function dropGrading(text: string, loaded: { start: number; end: number; text: string }): string | undefined {
  if (!DROPPABLE.test(loaded.text)) return undefined;
  const before = text.slice(0, loaded.start).replace(/\s+$/, '');
  const after = text.slice(loaded.end).replace(/^\s+/, '');
  // A dropped word must sit between words, not at a clause edge ("massive," stays a problem).
  if (!/\p{L}$/u.test(before) && before !== '') return undefined;
  if (!/^\p{L}/u.test(after)) return undefined;
  // An adjective can go only before the noun it grades ("a massive effort"), not as the predicate
  // ("the damage was catastrophic for"); a grading adverb can go anywhere.
  const next = /^\p{L}+/u.exec(after)![0].toLowerCase();
  if (!/ly$/i.test(loaded.text) && STOPWORDS.has(next)) return undefined;
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
 * when the judgement cannot be removed faithfully.
 */
export function neutralizeSentence(text: string): string | undefined {
  let result = text;
  for (let guard = 0; guard < 6; guard++) {
    const opinion = OPINION.exec(result);
    const loaded = ownVoiceLoadedTerms(result)[0];
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
