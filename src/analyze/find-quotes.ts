import type { EntityMention, Quote, Sentence, Span } from '../model/index.js';
import { codePointBefore } from './code-point-before.js';
import { mentionsFamilyName } from '../util/family-name.js';
import { personGender, type Gender } from './person-gender.js';

const SPEECH_VERBS =
  'said|says|say|added|adds|stated|states|told|tells|wrote|writes|warned|warns|declared|announced|noted|argued|insisted|claimed|claims|vowed|threatened|explained|asked|urged|stressed|emphasized|emphasised|described|continued|according';
// Verbs naming the speaker of a quote beside them ("“…,” tweeted Julián Castro"); "tweeted" introduces no
// indirect speech worth a quote ("Trump tweeted Thursday morning.").
const ATTRIBUTION_VERBS = `${SPEECH_VERBS}|tweeted`;
// Words opening a subordinate clause ("after", "while", "because" ...), for the patterns below.
const SUBORDINATORS =
  'after|before|when|whenever|while|because|since|until|unless|although|though|if|once|whereas';
// A quote never crosses a paragraph; it may run over several sentences.
const QUOTE = /[“"]([^“”"\n]{2,}?)(?:[”"]|$)/gm;
// "X said", "X, now a congressman, said", "said X", "according to X", "the statement added"
const SPEAKER_AFTER = new RegExp(
  `^[\\s,.…–—-]*(?:(${"[\\p{L}\\p{Lu}][\\p{L}.'’ -]{0,60}?"}(?:,[^,;“”"\\n]{1,60},)?)(?:\\s+\\([^()\\n]{1,20}\\))?\\s+(?:${ATTRIBUTION_VERBS})\\b|(?:${ATTRIBUTION_VERBS})\\s+((?:former\\s+)?[\\p{Lu}][\\p{L}.'’ -]{0,60}))`,
  'u',
);
// The speaker named before a quote is what the pattern
//   ([\p{L}][\p{L}.'’ -]{0,60}?)\s+(?:VERBS)\b(?!.*\b(?:VERBS)\b)   (flag u)
// finds: the phrase before the last speech verb of its line. speakerBefore finds the same match without
// trying the pattern at every offset; these are its parts.
const SPEECH_VERB_WORD = new RegExp(`\\b(?:${ATTRIBUTION_VERBS})\\b`, 'gu');
const PHRASE_CHAR = /^[\p{L}.'’ -]$/u;
const LETTER = /^\p{L}$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;
const PRONOUNS =
  /^(?:he|she|they|it|the statement|the group|the spokesman|the spokeswoman|the official|the ministry|the agency|the militia|the movement|the department|the military|the army|the pentagon|the white house|the kremlin)$/i;
// "X said (that) ...", "X told reporters (that) ...", "X warned ..."
const INDIRECT = new RegExp(
  `^(.{0,80}?)\\b(?:${SPEECH_VERBS.replace('|according', '')})\\s+(?:(?:reporters|journalists|the \\p{L}+|\\p{Lu}\\p{L}+|him|her|them|us|lawmakers|parliament)\\s+)?(?:on \\p{Lu}\\p{L}+day\\s+)?(?:that\\s+)?(.{10,})$`,
  'u',
);
// "According to X, ..." or "..., according to X."
const ACCORDING_FIRST = /^According to ([^,]{2,80}),\s*(.{15,})$/u;
const ACCORDING_LAST = /^(.{15,}?),?\s+according to ([^,.]{2,80})[.!]?$/u;
// Words that introduce speech without the "X said" order: "Patel stated, “...”", "Hezbollah issued a warning,
// vowing that “...”", "Blinken sent a message to “...”".
const CUE_WORDS = `${SPEECH_VERBS}|saying|adding|vowing|warning|insisting|stating|declaring|telling|writing|noting|arguing|urging|claiming|demanding|demanded|complained|complaining|called|calling|replied|responded|tweeted|message|statement|remarks|comments`;
const SPEECH_CUE = new RegExp(`\\b(?:${CUE_WORDS})\\b`, 'giu');
// Speech right before an opening mark that a title-case quote still is: "Crowds chanted “Death to America”",
// "He said: “I Will Not Resign”" (not "the military said “Operation Iron Swords” would continue").
const CUE_BEFORE_QUOTE = /\b(?:(?:chanted|chanting|shouted|shouting|yelled|yelling)[\s,:]*|\p{L}+:\s*)$/iu;
// A quoted name or title is not speech: the “Islamic Resistance in Iraq”, “Operation Iron Swords”, “Fox & Friends”,
// “On the Record with Greta Van Susteren”.
const QUOTED_NAME =
  /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|in|the|and|&|for|on|to|a|al|de|with|at|by|from)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)*$/u;
// A capitalised name written as the speaker though analysis found no entity there ("Khamenei wrote").
const NAME_AS_WRITTEN = /^(?:[\p{Lu}][\p{L}'’-]+)(?:\s+(?:al-|bin\s+)?[\p{Lu}][\p{L}'’-]+){0,3}$/u;

// A verb by which one person reports what another said ("X said Y told them", "X exited saying Y wanted").
const REPORTING_VERB = new RegExp(
  `\\b(?:${SPEECH_VERBS}|saying|adding|telling|claiming|insisting|noting|arguing|warning|recalling)\\b`,
  'iu',
);

/** What speaker resolution reads: the text, its sentences and entity mentions, and the quotes found so far. */
interface SpeakerScope {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly EntityMention[];
  readonly quoted: readonly Span[];
  /** Quoted names and titles ("The Late Show with Stephen Colbert"): no one named inside them is an antecedent. */
  readonly names?: readonly Span[];
  /** The gender each name shows in the text (see personGender), found once per name. */
  readonly genderOf: (name: string) => Gender | undefined;
}

/** personGender for one text, remembered per name: pronoun resolution asks it for every candidate. */
function gendersIn(text: string): (name: string) => Gender | undefined {
  const genders = new Map<string, Gender | undefined>();
  return (name) => {
    if (!genders.has(name)) genders.set(name, personGender(name, text));
    return genders.get(name);
  };
}

// Words that may stand before a sentence's subject: titles and roles ("Former Secretary of State").
const TITLES_ONLY =
  /^(?:(?:(?!(?:While|When|Whenever|Before|After|As|Although|Though|If|Since|Because|Despite|Like|Unlike|Once|Until|Unless|Whereas|With|Without|During|For|In|On|At|By|From|But|And|Then|Meanwhile|However)\b)[\p{Lu}][\p{L}.'’-]*|of|the|and|former|then|ex)[\s-]+)*$/u;
// What may come before a sentence's subject without being its clause: a connective ("Still,", "But"), a
// scene-setting phrase ("From Washington on Monday,") or the noun an appositive name explains ("One candidate,").
const CONNECTIVE_FIRST =
  /^(?:(?:(?:And|But|Yet|So|Still|However|Meanwhile|Instead|Later|Now|Again|Also|Indeed|Separately|Nonetheless|Nevertheless)\b,?|(?:From|In|On|At|During|Earlier|Later|Speaking)\b[^,“”"]{0,50},|(?:One|The|A|An|His|Her|Their|Its)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,)\s*)+/u;
// A name that is the subject of its clause: "Khamenei, who has ...", "John Bolton, criticized ...".
// An adverb may come between ("Corfman reportedly claimed").
const SUBJECT_AFTER =
  /^(?:,\s*(?:who|whose)\b|,?\s+(?:\p{Ll}+ly\s+)?(?:who|has|had|was|is|said|says|told|\p{Ll}+ed)\b)/u;
// A name inside a prepositional phrase is not the subject: "A lawyer for Michael Cohen ... released".
const AFTER_PREPOSITION =
  /\b(?:for|of|to|with|by|from|against|about|on|at|in|like|than|behind|toward|towards)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
// A name followed by its verb, perhaps after a party tag or an appositive: "Blinken sent", "Nancy Pelosi
// (D-Calif.) called", "Jen Psaki, the press secretary, said".
const VERB_AFTER =
  /^(?:\s*\([^()]{1,30}\))?(?:,[^,;:“”"]{1,60},)?,?\s+(?:\p{Ll}+ed|is|was|has|had|says|said|sent|gave|made|told|wrote|spoke|took|met|issued|put|went|came)\b/u;

/** A name that modifies another noun: possessive ("Trump's lawyer") or hyphenated ("a pro-Trump congressman"). */
function isModifier(text: string, m: EntityMention): boolean {
  return /^['’]s\b/.test(text.slice(m.end, m.end + 3)) || text[m.start - 1] === '-';
}

// A name after "in", "at" or "near" is a place whatever its tagged type ("a ceremony in Shelton").
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i;

/** Whether a mention stands where a place does, so it cannot be a speaker. */
function isPlaceLike(text: string, m: EntityMention): boolean {
  return m.type === 'location' || LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

// A sentence whose subject is "he" or "she", perhaps after an opening phrase ("On another occasion, she said").
const PRONOUN_SUBJECT = /^(?:[^,;“”"]{0,60},\s*)?(he|she)\b/i;
// How many sentences back a pronoun's subject chain is followed ("Braley apologized. He said …. “…,” he said").
const MAX_PRONOUN_HOPS = 3;

/**
 * The person a "he" or "she" most likely means: in the last sentence naming a person of that gender (where the
 * article shows it), the one opening it (after titles only), else the first who is a clause's subject there,
 * else the last person named. A sentence whose own subject is the same pronoun names others only as objects
 * ("He said he “respects” Grassley"), so the search goes on to the sentence before. Names that only modify a
 * noun ("Trump's lawyer") are no antecedents.
 */
function antecedentPerson(
  earlier: readonly EntityMention[],
  scope: SpeakerScope,
  pronoun?: 'he' | 'she',
): EntityMention | undefined {
  const wanted: Gender | undefined = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
  const persons = earlier.filter(
    (m) =>
      m.type === 'person' &&
      !isModifier(scope.text, m) &&
      !isPlaceLike(scope.text, m) &&
      (!wanted || (scope.genderOf(m.canonical) ?? wanted) === wanted),
  );
  let last = persons.at(-1);
  for (let hop = 0; last && hop < MAX_PRONOUN_HOPS; hop++) {
    const sentence = sentenceAt(scope.sentences, last.start);
    if (!sentence) return last;
    const inSentence = persons.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    // The person opening the sentence (after titles only: "Secretary of State Antony Blinken met ...").
    // A connective may come first ("Still, Mr. Trump, speaking briefly ..., offered"): the clause is still the main one.
    const opening = inSentence.find((m) =>
      TITLES_ONLY.test(scope.text.slice(sentence.start, m.start).replace(CONNECTIVE_FIRST, '')),
    );
    // Not the subject of a clause set inside the sentence ("one day before Attorney General William Barr
    // released ..., Beto O’Rourke charged"): that clause is about someone else.
    const subject = inSentence.find(
      (m) =>
        SUBJECT_AFTER.test(scope.text.slice(m.end, m.end + 30)) &&
        !SUBORDINATE_LEAD.test(scope.text.slice(sentence.start, m.start).split(',').at(-1)!),
    );
    if (opening ?? subject) return opening ?? subject;
    const pronounSubject = PRONOUN_SUBJECT.exec(sentence.text)?.[1]?.toLowerCase();
    if (!pronounSubject || (pronoun && pronounSubject !== pronoun)) return last;
    // The sentence goes on about the same "he" or "she": whoever it names is an object, never the antecedent.
    last = persons.filter((m) => m.end <= sentence.start).at(-1);
  }
  return last;
}

// A person described by office ("the four-term congressman said"), with the titles that office is written with.
const OFFICE_TITLES: Readonly<Record<string, RegExp>> = {
  congressman: /^(?:Rep\.?|Representative|Congressman)$/i,
  congresswoman: /^(?:Rep\.?|Representative|Congresswoman)$/i,
  senator: /^(?:Sen\.?|Senator)$/i,
  governor: /^(?:Gov\.?|Governor)$/i,
  mayor: /^Mayor$/i,
};
const DESCRIBED = /^the\s+(?:[\p{L}-]+\s+){0,2}(congressman|congresswoman|senator|governor|mayor)$/iu;

/**
 * The person a speaker phrase describes by office ("the four-term congressman" after "Texas Rep. Blake
 * Farenthold"): the last one named before it, outside quotes, with a title of that office.
 */
function describedPerson(phrase: string, phraseStart: number, scope: SpeakerScope): string | undefined {
  const office = DESCRIBED.exec(phrase)?.[1]?.toLowerCase();
  if (!office) return undefined;
  const title = OFFICE_TITLES[office]!;
  return scope.mentions.findLast(
    (m) =>
      m.type === 'person' &&
      m.end <= phraseStart &&
      m.role !== undefined &&
      title.test(m.role.split(/\s+/).at(-1)!) &&
      !scope.quoted.some((q) => m.start >= q.start && m.end <= q.end),
  )?.canonical;
}

/** Finds the entity a speaker phrase names, or resolves a pronoun to the person or group named before. */
function resolveSpeaker(phrase: string, phraseStart: number, scope: SpeakerScope): string | undefined {
  const { mentions, quoted } = scope;
  const trimmed = phrase.trim().replace(/^(?:and|but|as|while|adding that)\s+/i, '');
  const inside = mentions.filter((m) => m.start >= phraseStart && m.end <= phraseStart + phrase.length + 1);
  // The speaker is the phrase's head: of the people named before any comma, the last ("James spokesman Fabien
  // Levy" is Levy); a name after a comma is an appositive's ("Mr Jackson, now a pro-Trump congressman") and a
  // possessive or hyphenated one a modifier ("Peter Navarro, President Donald Trump's trade adviser").
  const persons = inside.filter(
    (m) => m.type === 'person' && !isModifier(scope.text, m) && !isPlaceLike(scope.text, m),
  );
  const head = persons.filter((m) => !scope.text.slice(persons[0]?.end ?? 0, m.start).includes(',')).at(-1);
  // "Chuck Schumer exited saying Trump told them “…”": the words are as Schumer reports them, so he is the
  // speaker; crediting Trump would present a second-hand account as Trump's own words.
  const reporter = persons.find((m) =>
    persons.some((later) => later.start > m.end && REPORTING_VERB.test(scope.text.slice(m.end, later.start))),
  );
  // A place speaks only as a government written alone as the subject ("Iran said"), never from within a
  // longer phrase ("officials in Shelton").
  const named =
    reporter ??
    head ??
    inside.find((m) => m.type === 'person' && !isPlaceLike(scope.text, m)) ??
    inside.find((m) => !isPlaceLike(scope.text, m)) ??
    inside.find((m) => m.text === trimmed);
  if (named) return named.canonical;
  const described = describedPerson(trimmed, phraseStart, scope);
  if (described) return described;
  const lastWords = trimmed.split(/\s+/).slice(-2).join(' ');
  if (PRONOUNS.test(lastWords) || PRONOUNS.test(trimmed.split(/\s+/).at(-1) ?? '')) {
    // "They said" speaks for several people: no one of them, and the group is rarely named as such.
    if (/^they$/i.test(trimmed.split(/\s+/).at(-1) ?? '')) return undefined;
    // "It said" speaks for an institution, never for a person.
    const wantsGroup =
      /statement|group|ministry|agency|militia|movement|department|military|army|^it$|\sit$/i.test(lastWords);
    // A pronoun's antecedent is named in the outlet's own words, not inside a quote ("Nobody has ...") or a quoted
    // title ("The Late Show with Stephen Colbert").
    const quotedOrTitled = [...quoted, ...(scope.names ?? [])];
    const earlier = mentions.filter(
      (m) => m.end <= phraseStart && !quotedOrTitled.some((q) => m.start >= q.start && m.end <= q.end),
    );
    if (/pentagon|white house|kremlin/i.test(lastWords)) {
      const institution = earlier.findLast((m) => m.text.toLowerCase() === lastWords.replace(/^the /i, ''));
      if (institution) return institution.canonical;
    }
    const pronoun = /\b(he|she)$/i.exec(trimmed)?.[1]?.toLowerCase() as 'he' | 'she' | undefined;
    if (!wantsGroup) return antecedentPerson(earlier, scope, pronoun)?.canonical;
    for (const type of ['group', 'organization'] as const) {
      const last = earlier.findLast((m) => m.type === type);
      if (last) return last.canonical;
    }
    return undefined;
  }
  if (NAME_AS_WRITTEN.test(trimmed) && !/^(?:The|A|An|This|That|It|They|We|I)\b/.test(trimmed))
    return trimmed;
  return undefined;
}

/**
 * The speaker pattern's match in `text` (the phrase and where it starts), found from the speech verbs:
 * trying the pattern at every offset, with its look-ahead, was most of findQuotes' time. A match ends at a
 * verb with no other verb after it on its line, after a run of spaces; the phrase starts at the earliest
 * letter from which up to 61 phrase characters reach such a run, and ends at the first such run.
 */
function speakerBefore(text: string): { phrase: string; index: number } | undefined {
  const verbs = [...text.matchAll(SPEECH_VERB_WORD)];
  let index = -1;
  const ends: number[] = []; // where the space run before each usable verb starts, in text order
  for (let k = 0; k < verbs.length; k++) {
    const verbStart = verbs[k]!.index;
    const next = verbs[k + 1];
    // The look-ahead: no speech verb later on the same line.
    if (next && !LINE_BREAK.test(text.slice(verbStart + verbs[k]![0].length, next.index))) continue;
    let end = verbStart;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    if (end === verbStart) continue;
    let at = end;
    let start = -1;
    for (let count = 0; at > 0 && count < 61; count++) {
      const char = codePointBefore(text, at);
      if (!PHRASE_CHAR.test(char)) break;
      at -= char.length;
      if (LETTER.test(char)) start = at;
    }
    if (start < 0) continue;
    ends.push(end);
    if (index < 0 || start < index) index = start;
  }
  if (index < 0) return undefined;
  const end = ends.find((e) => e > index)!;
  return { phrase: text.slice(index, end), index };
}

// A subordinating word before a name in its clause: the name is the subject of that clause, not the sentence's.
const SUBORDINATE_LEAD = new RegExp(`\\b(?:${SUBORDINATORS}|as)\\b`, 'i');
// Between a name and the cue of its relative clause: "Amy Klobuchar of Minnesota, who (also) tweeted".
const RELATIVE_SPEAKER =
  /^(?:\s+of\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2})?,\s+who\s+(?:also\s+|later\s+|then\s+)?$/u;
// Words opening a clause with a subject of its own, or a relative one: "after what critics called", "a bill that".
const CLAUSE_WORD = new RegExp(
  `\\b(?:${SUBORDINATORS}|what|which|that|who|whom|whose|where|and|but|or)\\b`,
  'i',
);

// Cue words that are finite verbs of speech, whose subject is the speaker.
const FINITE_CUE = /^(?:complained|called|replied|responded|tweeted)$/i;
// What may stand between a speaker's name and the speech cue: nothing, a party tag "(D-Calif.)", the comma
// closing an appositive the name is in ("The mayor, Jane Doe, called") or appositives after it (", Republican
// of Ohio, a founder of the Freedom Caucus,").
const APPOSITIVE_ONLY = /^\s*(?:\([^()]*\)\s*)?(?:,(?:[^“”"]*,)?)?\s*$/u;

/**
 * The speaker of a quote introduced without the "X said" order: the first person (else group or
 * organisation) named in the sentence before the last speech cue ahead of the quote, as the subject of a
 * verb ("Hezbollah issued a warning, vowing that", not "a video promoted by Trump's campaign, saying").
 */
function speakerByCue(before: string, beforeStart: number, scope: SpeakerScope): string | undefined {
  const cue = [...before.matchAll(SPEECH_CUE)].at(-1);
  if (!cue) return undefined;
  // A finite cue after "he" or "she" has that pronoun for its subject ("Moore lashed out at what he called"):
  // it means the person named before, usually the sentence's subject.
  const pronoun = FINITE_CUE.test(cue[0]) ? /\b(?:he|she)\s+$/i.exec(before.slice(0, cue.index)) : null;
  if (pronoun) return resolveSpeaker(pronoun[0], beforeStart + pronoun.index, scope);
  // A finite verb of speech has its subject right before it ("Ms. Nuland, reading the draft, complained"), not
  // the sentence's first name ("McConnell scheduled the vote after Democrats complained").
  // "Trump Jr. seemed to ignore many of the messages, including some which urged him to release “…”": the cue
  // belongs to a clause about something else.
  const nextToCue = (m: EntityMention): boolean =>
    (!FINITE_CUE.test(cue[0]) || APPOSITIVE_ONLY.test(before.slice(m.end - beforeStart, cue.index))) &&
    !/\bwhich\s+(?:\p{Ll}+ly\s+)?$/iu.test(before.slice(m.end - beforeStart, cue.index));
  // A name inside an earlier quote of the sentence is what the speaker talks about ("“…President Putin is…”").
  const named = scope.mentions.filter(
    (m) =>
      m.start >= beforeStart &&
      !scope.quoted.some((q) => m.start >= q.start && m.end <= q.end) &&
      !isPlaceLike(scope.text, m) &&
      m.end <= beforeStart + cue.index &&
      !AFTER_PREPOSITION.test(before.slice(0, m.start - beforeStart)) &&
      VERB_AFTER.test(before.slice(m.end - beforeStart)) &&
      nextToCue(m),
  );
  // Else the person opening the sentence after titles only, however long the appositive before the cue:
  // "Representative Jim Jordan, Republican of Ohio, a founder of …, said, “…”". Only an appositive or a party
  // tag may stand between the name and the cue: in "President Trump signed the bill after what critics called
  // “…”" the cue has a subject of its own.
  // The clause may also run on from the name to the cue with no one else named and no clause of its own in
  // between: "Sen. Bernie Sanders of Vermont, campaigning in San Francisco on Sunday, told the large crowd
  // that, “…”", "And Sen. Kirsten Gillibrand of New York also chimed in, demanding that the “…”".
  const runsOn = (m: EntityMention): boolean => {
    const between = before.slice(m.end - beforeStart, cue.index);
    return (
      !CLAUSE_WORD.test(between) &&
      !scope.mentions.some(
        (other) =>
          other !== m &&
          other.type !== 'location' &&
          other.start >= m.end &&
          other.end <= beforeStart + cue.index,
      )
    );
  };
  const opening = scope.mentions.find(
    (m) =>
      m.type === 'person' &&
      !isModifier(scope.text, m) &&
      m.start >= beforeStart &&
      m.end <= beforeStart + cue.index &&
      TITLES_ONLY.test(before.slice(0, m.start - beforeStart).replace(CONNECTIVE_FIRST, '')) &&
      (APPOSITIVE_ONLY.test(before.slice(m.end - beforeStart, cue.index)) || runsOn(m)),
  );
  // "a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that “…”": the relative clause's speaker.
  const relative = scope.mentions.find(
    (m) =>
      m.type === 'person' &&
      m.start >= beforeStart &&
      RELATIVE_SPEAKER.test(before.slice(m.end - beforeStart, cue.index)),
  );
  const found = (
    relative ??
    named.find((m) => m.type === 'person') ??
    named.find((m) => m.type === 'group' || m.type === 'organization') ??
    opening
  )?.canonical;
  if (found) return found;
  // "He did not comment at length, but did say at a campaign stop that Trump is “…”": the sentence's "he".
  const subject = PRONOUN_SUBJECT.exec(before);
  if (
    subject &&
    !CLAUSE_WORD.test(before.slice(subject.index + subject[0].length, cue.index).replace(/^.*\bbut\b/, ''))
  )
    return resolveSpeaker(
      subject[1]!,
      beforeStart + subject.index + subject[0].length - subject[1]!.length,
      scope,
    );
  return undefined;
}

/**
 * Whether a quoted name-like text (title case) is speech all the same: it opens its sentence with a speaker
 * after it ("“I Will Not Resign,” Johnson said") or follows a chant or a colon.
 */
function isSpoken(text: string, open: number, close: number): boolean {
  const opensSentence = /(?:^|[.!?]["”’]?\s+|\n)\s*$/.test(text.slice(Math.max(0, open - 3), open));
  return (
    (opensSentence && SPEAKER_AFTER.test(text.slice(close, close + 80))) ||
    CUE_BEFORE_QUOTE.test(text.slice(Math.max(0, open - 40), open))
  );
}

/** The sentence that holds offset `at`. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) high = mid - 1;
    else if (at >= s.end) low = mid + 1;
    else return s;
  }
  return sentences[Math.max(0, high)];
}

/** The index of the first sentence that ends after offset `at` (sentences in text order). */
function firstEndingAfter(sentences: readonly Sentence[], at: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

// A sentence opening on the question put to its subject: "Asked point-blank, “…?”", "When asked, “…”".
const ASKED_FIRST = /^\s*(?:When\s+)?[Aa]sked\b[^“”",]{0,60}[,:]\s*$/u;

// Words that open a subordinate clause, whose subject is not the speaker of a quote before it.
const CLAUSE_OPENER = new RegExp(`^(?:${SUBORDINATORS})\\s`, 'i');

// "said a White House spokesman, Eric Schultz": a speech verb, then a role and the name.
const VERB_THEN_ROLE = new RegExp(
  `^[\\s,.”"]*(?:${ATTRIBUTION_VERBS})\\s+((?:the|a|an)\\s+[^“”"\\n.;]{1,80})`,
  'u',
);

/** The phrase after a speech verb that opens with a role ("said a spokesman, Eric Schultz"), where it starts. */
function roleThenSpeaker(rest: string): { phrase: string; index: number } | undefined {
  const match = VERB_THEN_ROLE.exec(rest);
  return match ? { phrase: match[1]!, index: match.index + match[0].length - match[1]!.length } : undefined;
}

/**
 * Direct and partial quotes: quote marks anywhere in a paragraph, attributed to the speaker around them;
 * and the quoted names and titles, which are nobody's speech but not the outlet's own words either.
 */
function directQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): { quotes: Quote[]; names: Span[] } {
  const quotes: Quote[] = [];
  const names: Span[] = [];
  const quoted: Span[] = [];
  const scope: SpeakerScope = { text, sentences, mentions, quoted, names, genderOf: gendersIn(text) };
  let lastEnd = -1;
  // Quotes that are questions put to someone, by index: no speaker is shared back to them.
  const asked = new Set<number>();
  for (const match of text.matchAll(QUOTE)) {
    const open = match.index;
    const close = open + match[0].length;
    const start = open + 1;
    const body = match[1]!.replace(/[,.\s]+$/, '');
    const end = start + body.length;
    if (!/\S\s/.test(body)) continue; // one word: body has no trailing space, so this is "fewer than two words"
    if (QUOTED_NAME.test(body) && !isSpoken(text, open, close)) {
      names.push({ start, end, text: body });
      continue;
    }
    quoted.push({ start, end, text: body });
    const first = sentenceAt(sentences, open);
    const last = sentenceAt(sentences, Math.max(open, close - 1));
    if (!first || !last) continue;
    const after = text.slice(close, Math.max(close, last.end));
    const before = text.slice(first.start, open);
    // The quote's own sentence first: "“…,” X said", "X said “…”", "X stated, “…”", "“…” at the border, X said".
    let speaker: string | undefined;
    // "Asked point-blank, “Is that picture you?” Weiner replied": a question put to the subject, whose asker the
    // article does not name.
    const askedOf = ASKED_FIRST.test(before);
    const afterMatch = askedOf ? null : SPEAKER_AFTER.exec(after);
    // "“…” after The Washington Post reported on a woman's claims": a clause of its own, not the attribution.
    if (afterMatch && !CLAUSE_OPENER.test(afterMatch[1] ?? '')) {
      const phrase = afterMatch[1] ?? afterMatch[2] ?? '';
      speaker = resolveSpeaker(phrase, close + after.indexOf(phrase), scope);
    }
    if (!speaker && !askedOf) {
      const beforeMatch = speakerBefore(before);
      if (beforeMatch) speaker = resolveSpeaker(beforeMatch.phrase, first.start + beforeMatch.index, scope);
    }
    if (!speaker && !askedOf) speaker = speakerByCue(before, first.start, scope);
    if (!speaker && !askedOf) {
      // A speech verb later in the sentence, before any further quote: "“…” at the border, X said", or a
      // role before the name: "“…,” said a White House spokesman, Eric Schultz".
      const rest = after.slice(0, after.search(/["“]|$/));
      const restMatch = speakerBefore(rest) ?? roleThenSpeaker(rest);
      if (restMatch) speaker = resolveSpeaker(restMatch.phrase, close + restMatch.index, scope);
    }
    // Quotes split around one attribution ("...," he said, "...") or carrying on from the sentence before.
    const previous = quotes.at(-1);
    // Where the previous quote closes: it may have run over several sentences.
    const previousSentence = lastEnd >= 0 ? sentenceAt(sentences, lastEnd - 1) : undefined;
    const sameSentence = previousSentence?.id === first.id;
    const sentenceBefore =
      previousSentence !== undefined && sentences.indexOf(previousSentence) === sentences.indexOf(first) - 1;
    const sameParagraph = lastEnd >= 0 && !text.slice(lastEnd, open).includes('\n');
    if (askedOf) asked.add(quotes.length);
    if (!speaker && sameParagraph && (sameSentence || (sentenceBefore && before.trim() === '')))
      speaker = previous?.speaker;
    // Named in the quote's own sentence, also when an earlier quote of the sentence found the name.
    const namedInSentence = speaker !== undefined && mentionsFamilyName(`${before} ${after}`, speaker);
    const whole = before.trim() === '' && after.replace(/^[,.\s]*/, '').length < 60;
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      kind: whole ? 'direct' : 'partial',
      ...(speaker && { speaker }),
      ...(namedInSentence && { speakerInSentence: true }),
      sentenceId: first.id,
    });
    lastEnd = close;
  }
  // A quote whose attribution comes after a later part ("“...,” he said, “...”) shares it backwards, within
  // one sentence: the next sentence's subject is not this one's ("“…,” Nuland wrote. Rhodes said, “…”").
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = quotes[i + 1]!;
    const quote = quotes[i]!;
    const gap = text.slice(quote.end, next.start);
    if (!quote.speaker && next.speaker && !asked.has(i) && !gap.includes('\n') && !/[.!?]["”’]?\s/.test(gap))
      quotes[i] = { ...quote, speaker: next.speaker };
  }
  return { quotes, names };
}

/**
 * Finds direct quotes (straight or curly marks, multi-sentence, split around the attribution) and indirect
 * speech ("X said that ...", "X told reporters ...", "according to X"), each with its speaker where the text
 * names or implies one; `attributed` spans cover all of it, so the outlet's own voice stays apart.
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): { quotes: Quote[]; attributed: Span[] } {
  const { quotes, names } = directQuotes(text, sentences, mentions);
  const quoteSpans: Span[] = quotes.map(({ start, end, text: t }) => ({ start, end, text: t }));
  const attributed: Span[] = [...quoteSpans, ...names];
  const scope: SpeakerScope = {
    text,
    sentences,
    mentions,
    quoted: quoteSpans,
    names,
    genderOf: gendersIn(text),
  };
  const quoted = new Set(quotes.map((q) => q.sentenceId));
  for (const q of quotes) {
    // Sentences are in text order and do not overlap: start from the first one that ends after the quote starts.
    for (let i = firstEndingAfter(sentences, q.start); i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.start >= q.end) break;
      if (q.start < s.end) quoted.add(s.id);
    }
  }
  for (const sentence of sentences) {
    if (quoted.has(sentence.id) || /\?$/.test(sentence.text)) continue;
    const push = (speaker: string, start: number, end: number): void => {
      quotes.push({
        start,
        end,
        text: text.slice(start, end),
        kind: 'indirect',
        speaker,
        sentenceId: sentence.id,
      });
      attributed.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    };
    // Both "according to" patterns need those words; most sentences lack them, and the scan is slow.
    const hasAccording = sentence.text.includes('ccording to');
    const accordingFirst = hasAccording ? ACCORDING_FIRST.exec(sentence.text) : null;
    const accordingLast = accordingFirst || !hasAccording ? null : ACCORDING_LAST.exec(sentence.text);
    if (accordingFirst || accordingLast) {
      const phrase = accordingFirst ? accordingFirst[1]! : accordingLast![2]!;
      const phraseStart = sentence.start + sentence.text.indexOf(phrase, accordingFirst ? 0 : 15);
      const speaker = resolveSpeaker(phrase, phraseStart, scope) ?? phrase.replace(/^the\s+/i, '');
      const content = accordingFirst ? accordingFirst[2]! : accordingLast![1]!;
      const start = sentence.start + (accordingFirst ? sentence.text.length - content.length : 0);
      push(speaker, start, start + content.length);
      continue;
    }
    const indirect = INDIRECT.exec(sentence.text);
    if (!indirect) continue;
    const speaker = resolveSpeaker(indirect[1]!, sentence.start, scope);
    if (!speaker) continue;
    const start = sentence.start + sentence.text.length - indirect[2]!.length;
    push(speaker, start, sentence.end);
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, attributed: attributed.sort((a, b) => a.start - b.start) };
}
