import type { EntityMention, EntityType, Sentence } from '../model/index.js';
import {
  COMMON_ACRONYMS,
  DEMONYMS,
  GROUP_WORDS,
  NAME_ADJECTIVES,
  NAMELESS_PHRASES,
  NOT_NAMES,
  ORG_WORDS,
  OTHER_NAME_WORDS,
  PARTY_ADJECTIVES,
  PARTY_DISTRICT_TAG,
  PARTY_STATE_TAG,
  PLACE_PHRASES,
  PLACE_WORDS,
  PLACES,
  PUBLICATION_WORDS,
  TITLES,
  TYPE_CUES,
} from './gazetteer.js';
import { GIVEN_NAMES, KNOWN_ORGANIZATIONS, KNOWN_PLACES, MORE_PLACES, US_STATES } from './name-lists.js';
import { tagEntities, type NerModel } from './tag-entities.js';
import { tokenizeWords } from './tokenize-words.js';
import { stripDateline } from '../util/strip-dateline.js';
import { familyName, nameSuffix } from '../util/family-name.js';
import { givenNameGender } from './person-gender.js';

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?\.?/gu;
const CONNECTORS = new Set([
  'of',
  'al',
  'bin',
  'ibn',
  'de',
  'van',
  'von',
  'el',
  'da',
  'del',
  'la',
  'le',
  'du',
]);
const NICKNAME_GAP = /^\s+["“]\p{Lu}[\p{L}'’.-]*["”]\s+$/u;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const NAMED_DAY_OPENERS = new Set([
  'Good',
  'Black',
  'Super',
  'Cyber',
  'Ash',
  'Palm',
  'Easter',
  'Bloody',
  'Holy',
  'Maundy',
]);
const SORTED_TITLES = [...TITLES].sort((a, b) => b.length - a.length);

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // ASCII fast path: a lower-case word is capitalised only behind an "al-"/"el-" particle.
  if (c >= 97 && c <= 122 && word.charCodeAt(2) !== 45) return false;
  return /^(?:(?:al|el|Al|El)-)?[\p{Lu}]/u.test(word);
}
const stripPossessive = (word: string): string =>
  word.length > 2 && (word.endsWith("'s") || word.endsWith('’s')) ? word.slice(0, -2) : word;
const bareParticle = (word: string): string => word.replace(/^(?:al|el)-/i, '');

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A sentence-final period is not part of the word unless the word is an abbreviation or initial.
    if (
      word.endsWith('.') &&
      !/^(?:\p{L}\.)+$|^(?:\p{Lu}|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Sen|Sens|Rep|Reps|Gov|Rev|Jr|Sr|St|Capt|Sgt|Adm|Maj|Brig|Prof)\.$/u.test(
        word,
      )
    ) {
      word = word.slice(0, -1);
    }
    const bare = stripPossessive(word);
    tokens.push({ text: bare, start: offset + match.index, end: offset + match.index + bare.length });
  }
  return tokens;
}

/** Splits runs of capitalised tokens (joined by name particles) out of a sentence. */
function capitalisedRuns(tokens: readonly Token[], sentenceText: string, sentenceStart: number): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const gap = (a: Token, b: Token): string =>
    sentenceText.slice(a.end - sentenceStart, b.start - sentenceStart);
  const gapIsSpace = (a: Token, b: Token): boolean => /^\s+$/.test(gap(a, b));
  // William "Mo" Cowan: a one-word nickname in quotes between two names is part of the name's span, not a word
  // of it (nor a quoted title on its own).
  const isNickname = (index: number): boolean => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    return (
      before !== undefined &&
      after !== undefined &&
      isCapitalised(before.text) &&
      isCapitalised(after.text) &&
      NICKNAME_GAP.test(gap(before, after))
    );
  };
  const flush = (): void => {
    // "In Pyongyang I did": the pronoun after a name is not part of it (nor is a trailing "of"); a numeral after
    // a given name or "War" is ("Elizabeth I", "World War I").
    while (
      run.length > 1 &&
      run[run.length - 1]!.text === 'I' &&
      !GIVEN_NAMES.has(run[run.length - 2]!.text) &&
      run[run.length - 2]!.text !== 'War'
    )
      run.pop();
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
    // "on Capitol Hill Friday": a weekday after a name dates the sentence; it is no part of the name (but
    // "Good Friday", "Super Tuesday" are names of days).
    while (
      run.length > 1 &&
      WEEKDAY.test(run[run.length - 1]!.text) &&
      !NAMED_DAY_OPENERS.has(run[run.length - 2]!.text)
    )
      run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = run[run.length - 1];
    const joined =
      previous !== undefined && (gapIsSpace(previous, token) || NICKNAME_GAP.test(gap(previous, token)));
    if (run.length > 0 && isNickname(index)) return;
    if (isCapitalised(token.text)) {
      if (!joined) flush();
      run.push(token);
    } else if (
      CONNECTORS.has(token.text) &&
      joined &&
      tokens[index + 1] &&
      isCapitalised(tokens[index + 1]!.text)
    ) {
      run.push(token);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

// Titles as word lists, indexed by their first word, longest first.
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const title of SORTED_TITLES) {
  const parts = title.split(' ');
  TITLES_BY_FIRST.set(parts[0]!, [...(TITLES_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

/** How many words of the title `words` opens with (0: none). */
function matchTitle(words: readonly string[]): number {
  for (const parts of TITLES_BY_FIRST.get(words[0] ?? '') ?? []) {
    if (parts.length <= words.length && parts.every((p, k) => words[k] === p)) return parts.length;
  }
  return 0;
}

/** Where a title starts inside a run of words, and how long it is (with a place or demonym before it). */
function findTitle(words: readonly string[]): { at: number; length: number } | undefined {
  for (let at = 0; at < words.length - 1; at++) {
    const length = matchTitle(words.slice(at));
    if (length === 0 || at + length >= words.length) continue;
    // "House of Representatives Judiciary Committee", "Special Counsel Office": a title before an institution's
    // name is part of that name, no role of a person (but "Sen. Frank Church" is a senator).
    const rest = words.slice(at + length);
    if (ORG_WORDS.has(rest[rest.length - 1]!) && !GIVEN_NAMES.has(rest[0]!)) return undefined;
    const before = words.slice(0, at).join(' ');
    const prefix = at > 0 && (DEMONYMS[before] || PLACE_PHRASES.has(before) || PLACES.has(before)) ? 0 : at;
    return { at: prefix, length: at - prefix + length };
  }
  return undefined;
}

/** Whether a name is a country, state, city or other place the word lists know. */
const isPlaceName = (name: string): boolean =>
  PLACES.has(name) || PLACE_PHRASES.has(name) || MORE_PLACES.has(name) || KNOWN_PLACES.has(name);

/**
 * How many characters of a sentence a dateline or rubric in capitals takes ("WASHINGTON — ", "RICHMOND, Va. — ",
 * "UPDATE: "): it places or labels the story and names nothing in it. 0 when there is none; a known acronym
 * opening an aside ("NATO — the alliance") is no dateline.
 */
function datelineLength(sentenceText: string): number {
  const opening = sentenceText.trimStart();
  const first = /^[\p{Lu}.]+(?=[\s,:—–-])/u.exec(opening)?.[0];
  if (!first || !/\p{Lu}{2}/u.test(first) || KNOWN_ORGANIZATIONS.has(first.replaceAll('.', ''))) return 0;
  const skipped = opening.length - stripDateline(opening).length;
  return skipped > 0 ? sentenceText.length - opening.length + skipped : 0;
}

const GENERIC_BODY =
  /^(?:Brigades?|Militias?|Movement|Party|Resistance|Front|Jihad|Mobili[sz]ation|Islamists|Rebels|Coalition|Alliance)$/;

/** The type name shape alone suggests ("two to four capitalised words": a person), which the tagger may overrule. */
const WEAK_TYPE = Symbol('weak');

function typeOf(
  words: readonly string[],
  hasRole: boolean,
  cue: EntityType | undefined,
): EntityType | typeof WEAK_TYPE | undefined {
  const name = words.join(' ');
  if (hasRole) return 'person';
  // A country or US state standing alone is the place: "Representative Jim Jordan, Republican of Ohio" (BASIL 84678e18, NYT)
  // gave the tagger's organization, "Speaker Paul D. Ryan, Republican of Wisconsin" too.
  if (PLACE_PHRASES.has(name) || (words.length === 1 && (PLACES.has(name) || US_STATES.has(name))))
    return 'location';
  // Seas, rivers, mountains, planets ("Earth"), unless the name is also a company's or a person's (Amazon, Jordan).
  if (
    words.length === 1 &&
    KNOWN_PLACES.has(name) &&
    !KNOWN_ORGANIZATIONS.has(name) &&
    !GIVEN_NAMES.has(name)
  )
    return 'location';
  if (words.length > 1 && PLACE_WORDS.has(words[words.length - 1]!)) return 'location';
  if (words.length > 1 && PUBLICATION_WORDS.has(words[words.length - 1]!)) return 'organization';
  if (cue) return cue;
  if (words.length === 1) {
    // A bare organisation or group word ("the Government", "Party", "militias") is not a name on its own.
    if (GENERIC_BODY.test(name)) return undefined;
    if (GROUP_WORDS.has(name)) return 'group';
    if (KNOWN_ORGANIZATIONS.has(name) && !PLACES.has(name)) return 'organization';
    if (ORG_WORDS.has(name) && !/^\p{Lu}{2,}$/u.test(name) && !/^(?:Pentagon|Kremlin|Reuters)$/.test(name))
      return undefined;
  }
  if (words.some((w) => GROUP_WORDS.has(w))) return 'group';
  if (
    words.some((w) => ORG_WORDS.has(w)) ||
    (/^(?:\p{Lu}\.?){2,6}$/u.test(name) && !COMMON_ACRONYMS.has(name.replaceAll('.', '')))
  )
    return 'organization';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) =>
      /^[\p{Lu}][\p{Ll}'’-]|^(?:al|el|bin|ibn|de|van|von|Al)\b|^\p{Lu}\.$|^(?:II|III|IV|Jr\.?)$/u.test(w),
    )
  ) {
    return WEAK_TYPE;
  }
  return undefined;
}

const NAME_CLASSES = /given|last|city|country|place|org/;

/** Whether a capitalised word is an ordinary word or adjective (the model's lexicon), not a name. */
function isCommonWord(model: NerModel, word: string): boolean {
  const known = model.lexicon?.[word.toLowerCase()] ?? '';
  return (/common|demonym/.test(known) && !NAME_CLASSES.test(known)) || DEMONYMS[word] !== undefined;
}

// A name right before a verb of speaking or arguing is a speaker ("Khamenei wrote", "Vega suggested").
const SPEAKS =
  /^\s+(?:said|says|told|tells|wrote|writes|added|adds|warned|warns|tweeted|posted|stressed|insisted|suggested|suggests|argued|argues|explained|explains|dismissed|dismisses|acknowledged|acknowledges|admitted|admits|recalled|recalls|replied|replies)\b/;
// "according to Parker": a single name a report is sourced to.
const SOURCED_TO = /\baccording to$/i;

// "God bless you, God bless Texas, God bless America" (BASIL 06ffda2d, HuffPost), "thank God", "God willing",
// "oh my God": God in a fixed expression is an exclamation, not a person spoken of.
const GOD_IDIOM_AFTER = /^\s+(?:bless|willing|forbid)\b/;
const GOD_IDIOM_BEFORE = /\b(?:thank|my)\s+$/i;
// A district tag stands as an aside right after a name: "Gallardo, D-Phoenix." or "Gallardo (R-Phoenix)".
const ASIDE_AFTER_NAME = /\p{Lu}[\p{L}'’.-]*\s*[(,]\s*$/u;
const ASIDE_END = /^(?:\s*[),;.:]|\s*$)/;

const PUNCTUATION_TOKEN = /^[\p{Pd}\p{Pi}\p{Pf}"'`]+$/u;
const TAGGER_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/** Entity spans the statistical tagger finds in one sentence, as character offsets with our types. */
function taggedSpans(
  model: NerModel,
  sentence: Sentence,
): { start: number; end: number; type: EntityType; words: string[] }[] {
  const tokens = tokenizeWords(sentence.text, sentence.start);
  // A dash or quotation mark is never part of a name ("WASHINGTON —" gave the place "—").
  const tags = tagEntities(
    model,
    tokens.map((t) => t.text),
  ).map((tag, i) => (PUNCTUATION_TOKEN.test(tokens[i]!.text) ? 'O' : tag));
  const spans: { start: number; end: number; type: EntityType; words: string[] }[] = [];
  tags.forEach((tag, i) => {
    const token = tokens[i]!;
    const last = spans[spans.length - 1];
    if (tag.startsWith('I-') && last && tags[i - 1] !== 'O') {
      last.end = token.end;
      last.words.push(token.text);
    } else if (tag !== 'O') {
      spans.push({
        start: token.start,
        end: token.end,
        type: TAGGER_TYPES[tag.slice(2)]!,
        words: [token.text],
      });
    }
  });
  return spans;
}

const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+$/;
const GENERATION_BEFORE = /\bthe (younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;
const KIN_BEFORE = /\b(son|daughter|father|mother)\s*,?\s*$/i;

/** "younger" or "elder" if the name at `start` follows "the younger (Mr.)" or "the elder/older (Mr.)". */
function generationBefore(text: string, start: number): 'younger' | 'elder' | undefined {
  const word = GENERATION_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  return word === undefined ? undefined : word === 'younger' ? 'younger' : 'elder';
}

/** "younger" if the name at `start` follows "son,"/"daughter,", "elder" if it follows "father,"/"mother,". */
function kinBefore(text: string, start: number): 'younger' | 'elder' | undefined {
  const word = KIN_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
  return word === undefined ? undefined : word === 'son' || word === 'daughter' ? 'younger' : 'elder';
}

/**
 * Finds named entities in an article's sentences: capitalised name runs, typed by titles, place and
 * organisation word lists and name shape; short forms ("Blinken", "Sudani") resolved to the full name.
 */
export function findEntities(text: string, sentences: readonly Sentence[], model: NerModel): EntityMention[] {
  // `ruled`: typed by word lists, titles or cues, which a short-form match must not overrule.
  const found: {
    start: number;
    end: number;
    words: string[];
    type?: EntityType;
    role?: string;
    ruled?: boolean;
  }[] = [];
  for (const sentence of sentences) {
    const tagged = taggedSpans(model, sentence);
    const overlapping = (start: number, end: number) => tagged.find((t) => t.start < end && start < t.end);
    const firstInSentence = found.length;
    // Runs that name something else (a treaty, a title): no tagger span inside them counts either.
    const blocked: { start: number; end: number }[] = [];
    const datelineEnd = sentence.start + datelineLength(sentence.text);
    if (datelineEnd > sentence.start) blocked.push({ start: sentence.start, end: datelineEnd });
    const tokens = tokenize(sentence.text, sentence.start);
    for (let run of capitalisedRuns(tokens, sentence.text, sentence.start)) {
      if (run[0]!.start < datelineEnd) continue;
      // "Tom Harkin (D-Iowa)", "Mitch McConnell, R-Ky.": a lawmaker's party and state, no name of its own; nor is
      // a party as an adjective ("Democratic and Republican leaders").
      if (
        (run.length === 1 && PARTY_STATE_TAG.test(run[0]!.text)) ||
        run.every((t) => PARTY_ADJECTIVES.has(t.text))
      ) {
        blocked.push({ start: run[0]!.start, end: run[0]!.end });
        continue;
      }
      const runText = (from: number, to: number): string =>
        sentence.text.slice(from - sentence.start, to - sentence.start);
      const lastEnd = run[run.length - 1]!.end;
      const textBefore = runText(Math.max(sentence.start, run[0]!.start - 40), run[0]!.start);
      const textAfter = runText(lastEnd, lastEnd + 12);
      if (
        (PARTY_DISTRICT_TAG.test(run[0]!.text) &&
          ASIDE_AFTER_NAME.test(textBefore) &&
          ASIDE_END.test(textAfter)) ||
        (run.length === 1 &&
          run[0]!.text === 'God' &&
          (GOD_IDIOM_AFTER.test(textAfter) || GOD_IDIOM_BEFORE.test(textBefore)))
      ) {
        blocked.push({ start: run[0]!.start, end: lastEnd });
        continue;
      }
      while (
        run.length > 0 &&
        ((NOT_NAMES.has(run[0]!.text) && !NAME_ADJECTIVES.has(run[0]!.text)) ||
          /-\p{Ll}+$/u.test(run[0]!.text))
      ) {
        // "E-mails", "T-shirts": a single letter before the hyphen is no name for the tagger to add back.
        if (/^\p{Lu}-\p{Ll}+$/u.test(run[0]!.text)) blocked.push({ start: run[0]!.start, end: run[0]!.end });
        run = run.slice(1);
      }
      if (run.length === 0) continue;
      let words = run.map((t) => t.text);
      let role: string | undefined;
      const leading = DEMONYMS[words[0]!] ? 1 : 0;
      if (matchTitle(words.slice(leading)) === words.length - leading) continue; // a bare title: "the Prime Minister"
      const title = findTitle(words);
      if (title) {
        // Words before the title name something else ("IRGC General Qasim Soleimani"): keep them as their own entity.
        // A party before the title ("Arkansas Republican Gov.") is no name; the state before it is a place.
        let headLength = title.at;
        while (headLength > 0 && PARTY_ADJECTIVES.has(words[headLength - 1]!)) headLength--;
        if (headLength < title.at)
          blocked.push({ start: run[headLength]!.start, end: run[title.at - 1]!.end });
        if (headLength > 0) {
          const head = words.slice(0, headLength);
          const start = run[0]!.start;
          const end = run[headLength - 1]!.end;
          // A state before a title ("Massachusetts Gov.") is the place the role belongs to.
          const ruled = isPlaceName(head.join(' ')) ? 'location' : typeOf(head, false, undefined);
          const listed = ruled !== WEAK_TYPE && ruled !== undefined;
          const headType = listed ? ruled : overlapping(start, end)?.type;
          // A listed head ("Nebraska" of "Nebraska Attorney General") keeps its type against the tagger's.
          if (headType) found.push({ start, end, words: head, type: headType, ruled: listed });
        }
        role = words.slice(title.at, title.at + title.length).join(' ');
        // The title's own words are no name for the tagger to add back ("Senate Minority" of "Senate Minority Leader").
        blocked.push({ start: run[title.at]!.start, end: run[title.at + title.length - 1]!.end });
        // A place written into the role ("US President", "United States Secretary of State") is also a place mention.
        const titleStart = words.indexOf(
          SORTED_TITLES.find((t) => role!.endsWith(t))?.split(' ')[0] ?? '',
          title.at,
        );
        const placeWords = titleStart > title.at ? words.slice(title.at, titleStart) : [];
        const place = placeWords.join(' ');
        if (placeWords.length > 0 && (PLACES.has(place) || PLACE_PHRASES.has(place))) {
          const placeRun = run.slice(title.at, titleStart);
          found.push({
            start: placeRun[0]!.start,
            end: placeRun[placeRun.length - 1]!.end,
            words: placeWords,
            type: 'location',
            ruled: true,
          });
        }
        run = run.slice(title.at + title.length);
        words = words.slice(title.at + title.length);
        // "Minister of Defense", "General Secretary": the rest of a title, not a name.
        if (words[0] === 'of' || matchTitle(words) === words.length) continue;
      } else if (
        DEMONYMS[words[0]!] &&
        words.length > 1 &&
        !words.some((w) => ORG_WORDS.has(w)) &&
        // "Saudi Arabia" is the country, not "Arabia" with an adjective.
        !isPlaceName(words.join(' '))
      ) {
        // "Iraqi Kurdistan" names the place; "British Ministry of Defence" keeps its adjective.
        run = run.slice(1);
        words = words.slice(1);
      }
      // A demonym opening an institution's name is part of it ("Russian Secret Service").
      const institution = words.some((w) => ORG_WORDS.has(w) || GROUP_WORDS.has(w));
      while (
        run.length > 0 &&
        ((NOT_NAMES.has(run[0]!.text) && !(institution && NAME_ADJECTIVES.has(run[0]!.text))) ||
          CONNECTORS.has(run[0]!.text))
      ) {
        run = run.slice(1);
        words = words.slice(1);
      }
      if (run.length === 0) continue;
      // "Senator Chuck Schumer of New York", "Vladimir V. Putin of Russia": the NYT names a person with the place
      // they represent or lead; that is the person and a place mention, not a longer name.
      const of = words.indexOf('of');
      let personOfPlace = false;
      if (
        of > 0 &&
        isPlaceName(words.slice(of + 1).join(' ')) &&
        !words.slice(0, of).some((w) => ORG_WORDS.has(w) || GROUP_WORDS.has(w) || PLACE_WORDS.has(w)) &&
        (role !== undefined ||
          GIVEN_NAMES.has(words[0]!) ||
          overlapping(run[0]!.start, run[of - 1]!.end)?.type === 'person')
      ) {
        const placeRun = run.slice(of + 1);
        found.push({
          start: placeRun[0]!.start,
          end: placeRun[placeRun.length - 1]!.end,
          words: words.slice(of + 1),
          type: 'location',
          ruled: true,
        });
        run = run.slice(0, of);
        words = words.slice(0, of);
        // The rule took the name for a person; its words may all be common ones ("Al Green").
        personOfPlace = true;
      }
      // Treaties, prizes, contests and shows ("Paris Agreement", "Davis Cup") name none of PER, ORG, LOC; nor
      // does a capitalised phrase in quotation marks (a title: “Knuck If You Buck”).
      if (
        (words.length > 1 && OTHER_NAME_WORDS.has(words[words.length - 1]!)) ||
        NAMELESS_PHRASES.has(words.join(' ')) ||
        (/[“"‘]$/u.test(sentence.text.slice(0, run[0]!.start - sentence.start)) &&
          /^[”"’]/u.test(sentence.text.slice(run[run.length - 1]!.end - sentence.start)) &&
          !role)
      ) {
        blocked.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
        continue;
      }
      // A bounded window: a cue is the word just before the name (a regex anchored at the end of the whole
      // sentence prefix would rescan it for every run).
      const runAt = run[0]!.start - sentence.start;
      const before = sentence.text.slice(Math.max(0, runAt - 40), runAt).trimEnd();
      const cueWord = /([\p{Ll}]+)$/u.exec(before)?.[1];
      const runEnd = run[run.length - 1]!.end - sentence.start;
      const speaks = SPEAKS.test(sentence.text.slice(runEnd, runEnd + 24));
      // ("Analysts said" is no one's name.)
      const speaker =
        (speaks || (run.length === 1 && SOURCED_TO.test(before))) &&
        run.length <= 3 &&
        !words.every((w) => isCommonWord(model, w)) &&
        // A state or country speaks too ("Oklahoma and Nebraska says"), unless it is also a given name.
        !(isPlaceName(words.join(' ')) && !GIVEN_NAMES.has(words[0]!));
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      // A speaker is a person unless the word lists know the name as something else ("Kataib Hezbollah said").
      const listed = typeOf(words, role !== undefined, cueWord ? TYPE_CUES[cueWord] : undefined);
      const ruled = speaker && (listed === WEAK_TYPE || listed === undefined) ? 'person' : listed;
      // Word lists, titles and cues decide first; otherwise the tagger's type, or nothing if it sees no name.
      const decided = ruled !== WEAK_TYPE && ruled !== undefined;
      const strong = decided || personOfPlace;
      const type = decided ? ruled : personOfPlace ? 'person' : overlapping(start, end)?.type;
      found.push({ start, end, words, ...(type && { type }), ...(role && { role }), ruled: strong });
    }
    // Names the tagger finds that no capitalised run covers.
    const fromRuns = found.slice(firstInSentence);
    for (const span of tagged) {
      if (fromRuns.some((f) => f.start < span.end && span.start < f.end)) continue;
      if (blocked.some((f) => f.start < span.end && span.start < f.end)) continue;
      if (span.words.every((w) => NOT_NAMES.has(w) || DEMONYMS[w])) continue;
      found.push(span);
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Full names seen in the article, for resolving short forms ("Blinken", "al-Sudani", "Sudani").
  const fullNames = found.filter((f) => f.words.length >= 2 && f.type === 'person');
  // "the younger Mr. Hutchinson" (BASIL 2742e9c1, the governor's son): of several namesakes, the one the article
  // introduced as a son or daughter ("his son, Seth Hutchinson"), or as a father or mother for "the elder"; else
  // the only one not introduced as the other generation ("the elder Trump" beside "his son, Donald Trump Jr.").
  const resolveGeneration = (
    words: readonly string[],
    generation: 'younger' | 'elder',
  ): { canonical: string; type: EntityType } | undefined => {
    const family = familyName(words.join(' '));
    const namesakes = fullNames.filter((full) => familyName(full.words.join(' ')) === family);
    const names = (list: typeof namesakes): string[] => [
      ...new Set(list.map((full) => full.words.join(' '))),
    ];
    const introduced = names(namesakes.filter((full) => kinBefore(text, full.start) === generation));
    const otherGeneration = new Set(
      names(namesakes.filter((full) => ![undefined, generation].includes(kinBefore(text, full.start)))),
    );
    const rest = names(namesakes).filter((name) => !otherGeneration.has(name));
    const only = introduced.length === 1 ? introduced[0] : rest.length === 1 ? rest[0] : undefined;
    return only === undefined ? undefined : { canonical: only, type: 'person' };
  };
  // "I wouldn’t want to vote for Doug" (BASIL be026bd1, NYT): a given name alone is the one person of the article
  // named in full with it, unless it is also someone's family name there.
  const resolveGivenName = (word: string): { canonical: string; type: EntityType } | undefined => {
    const named = new Set(
      fullNames.filter((full) => full.words[0] === word).map((full) => full.words.join(' ')),
    );
    if (named.size !== 1 || fullNames.some((full) => familyName(full.words.join(' ')) === word))
      return undefined;
    return { canonical: [...named][0]!, type: 'person' };
  };
  const resolve = (
    words: readonly string[],
    start: number,
    type: EntityType | undefined,
  ): { canonical: string; type: EntityType } | undefined => {
    if (words.length > 2) return undefined;
    const generation = generationBefore(text, start);
    const byGeneration = generation && resolveGeneration(words, generation);
    if (byGeneration) return byGeneration;
    // Lower case and without a suffix's period ("Trump Jr" is "Trump Jr.").
    const key = words.map((w) => bareParticle(w).toLowerCase().replace(/\.$/, ''));
    const matches = fullNames.filter((full) => {
      const parts = full.words.map((w) => bareParticle(w).toLowerCase().replace(/\.$/, ''));
      // A suffix marks another person: "Trump" alone is not "Trump Jr.", whom outlets name with it.
      return (
        parts.length > key.length &&
        key.every((k) => parts.includes(k)) &&
        familyName(key.join(' ')) === familyName(parts.join(' ')) &&
        nameSuffix(key.join(' ')) === nameSuffix(parts.join(' '))
      );
    });
    // "Mr. Hutchinson" after "Seth Hutchinson said" (BASIL 2742e9c1, where the governor is Asa Hutchinson): a
    // family name with a courtesy title is the namesake named last before it. A bare family name stays the
    // first one named ("Obama" beside "Michelle Obama"), as outlets write the other with her title or in full.
    // The title's gender must not contradict the given name: "Mr. Biden" is not Jill Biden.
    const title = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1];
    const titleGender = title === 'Mr' ? 'male' : title && title !== 'Dr' ? 'female' : undefined;
    const agrees = (full: (typeof matches)[number]): boolean => {
      const gender = givenNameGender(full.words.join(' '));
      return titleGender === undefined || gender === undefined || gender === titleGender;
    };
    const match =
      (title &&
        (matches.filter((full) => full.start < start && agrees(full)).at(-1) ?? matches.find(agrees))) ||
      matches[0];
    if (match) return { canonical: match.words.join(' '), type: 'person' };
    // (A place or organisation alone is not a person's given name: "Jordan" beside "Jordan Peterson".)
    return words.length === 1 && (type === undefined || type === 'person')
      ? resolveGivenName(words[0]!)
      : undefined;
  };
  // The type each name gets somewhere in the article: a name left untyped where it opens a sentence ("Cotton
  // was born...") is the same name typed elsewhere ("But Cotton's deeds").
  const typedNames = new Map<string, EntityType>();
  for (const entry of found) {
    const name = entry.words.join(' ');
    if (entry.type && !typedNames.has(name)) typedNames.set(name, entry.type);
  }
  const mentions: EntityMention[] = [];
  for (const raw of found) {
    const entry = raw.type ? raw : { ...raw, type: typedNames.get(raw.words.join(' ')) };
    const resolved =
      entry.words.length < 3 && !(entry.ruled && (entry.type === 'location' || entry.type === 'group'))
        ? resolve(entry.words, entry.start, entry.type)
        : undefined;
    // A run neither the word lists nor the tagger call a name is not one ("Speaking", "Unabashed"), nor is
    // one made only of common words and adjectives ("Government", "South Korean", "Presidential").
    if (!resolved && !entry.type && !entry.role) continue;
    if (!resolved && !entry.ruled && !entry.role && entry.words.every((w) => isCommonWord(model, w)))
      continue;
    const type = resolved?.type ?? entry.type ?? 'other';
    mentions.push({
      start: entry.start,
      end: entry.end,
      text: text.slice(entry.start, entry.end),
      type,
      canonical: resolved?.canonical ?? entry.words.join(' '),
      ...(entry.role && { role: entry.role }),
      ...(!entry.ruled && !resolved && { tagged: true }),
    });
  }
  return harmoniseTypes(mentions).map(({ tagged: _tagged, ...mention }) => mention);
}

/**
 * One name, one type within an article: a tagger-typed mention takes the type the article gives the same
 * name elsewhere by a title, word list or full name, else the type most of its mentions got.
 */
function harmoniseTypes(mentions: readonly (EntityMention & { tagged?: boolean })[]) {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const tally = votes.get(m.canonical) ?? new Map<EntityType, number>();
    tally.set(m.type, (tally.get(m.type) ?? 0) + (m.tagged ? 1 : 10));
    votes.set(m.canonical, tally);
  }
  return mentions.map((m) => {
    if (!m.tagged) return m;
    const best = [...votes.get(m.canonical)!].sort((a, b) => b[1] - a[1])[0]![0];
    return best === m.type ? m : { ...m, type: best };
  });
}
