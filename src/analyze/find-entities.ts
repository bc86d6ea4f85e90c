import type { EntityMention, EntityType, Sentence } from '../model/index.js';
import {
  DEMONYMS,
  GROUP_WORDS,
  NOT_NAMES,
  ORG_WORDS,
  PLACE_PHRASES,
  PLACE_WORDS,
  PLACES,
  TITLES,
  TYPE_CUES,
} from './gazetteer.js';

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
const SORTED_TITLES = [...TITLES].sort((a, b) => b.length - a.length);

const isCapitalised = (word: string): boolean => /^(?:(?:al|el|Al|El)-)?[\p{Lu}]/u.test(word);
const stripPossessive = (word: string): string => word.replace(/['’]s$/u, '');
const bareParticle = (word: string): string => word.replace(/^(?:al|el)-/i, '');

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A sentence-final period is not part of the word unless the word is an abbreviation or initial.
    if (
      word.endsWith('.') &&
      !/^(?:\p{L}\.)+$|^(?:\p{Lu}|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Sen|Rep|Jr|Sr|St|Capt|Sgt|Adm|Maj|Brig|Prof)\.$/u.test(
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
  const gapIsSpace = (a: Token, b: Token): boolean =>
    /^\s+$/.test(sentenceText.slice(a.end - sentenceStart, b.start - sentenceStart));
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = run[run.length - 1];
    const joined = previous !== undefined && gapIsSpace(previous, token);
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

function matchTitle(words: readonly string[]): number {
  const joined = words.join(' ');
  for (const title of SORTED_TITLES) {
    if (joined === title || joined.startsWith(`${title} `)) return title.split(' ').length;
  }
  return 0;
}

/** Where a title starts inside a run of words, and how long it is (with a place or demonym before it). */
function findTitle(words: readonly string[]): { at: number; length: number } | undefined {
  for (let at = 0; at < words.length - 1; at++) {
    const length = matchTitle(words.slice(at));
    if (length === 0 || at + length >= words.length) continue;
    const before = words.slice(0, at).join(' ');
    const prefix = at > 0 && (DEMONYMS[before] || PLACE_PHRASES.has(before) || PLACES.has(before)) ? 0 : at;
    return { at: prefix, length: at - prefix + length };
  }
  return undefined;
}

function typeOf(
  words: readonly string[],
  hasRole: boolean,
  cue: EntityType | undefined,
): EntityType | undefined {
  const name = words.join(' ');
  if (hasRole) return 'person';
  if (PLACE_PHRASES.has(name) || (words.length === 1 && PLACES.has(name))) return 'location';
  if (words.length > 1 && PLACE_WORDS.has(words[words.length - 1]!)) return 'location';
  if (cue) return cue;
  if (words.some((w) => GROUP_WORDS.has(w))) return 'group';
  if (words.some((w) => ORG_WORDS.has(w)) || /^(?:\p{Lu}\.?){2,6}$/u.test(name)) return 'organization';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) =>
      /^[\p{Lu}][\p{Ll}'’-]|^(?:al|el|bin|ibn|de|van|von|Al)\b|^\p{Lu}\.$|^(?:II|III|IV|Jr\.?)$/u.test(w),
    )
  ) {
    return words.some((w) => PLACES.has(w)) ? 'other' : 'person';
  }
  return undefined;
}

/**
 * Finds named entities in an article's sentences: capitalised name runs, typed by titles, place and
 * organisation word lists and name shape; short forms ("Blinken", "Sudani") resolved to the full name.
 */
export function findEntities(text: string, sentences: readonly Sentence[]): EntityMention[] {
  const found: { start: number; end: number; words: string[]; type?: EntityType; role?: string }[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    for (let run of capitalisedRuns(tokens, sentence.text, sentence.start)) {
      while (
        run.length > 0 &&
        ((NOT_NAMES.has(run[0]!.text) && !DEMONYMS[run[0]!.text]) ||
          /-(?:backed|based|led|linked|aligned|allied)$/i.test(run[0]!.text))
      ) {
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
        if (title.at > 0) {
          const head = words.slice(0, title.at);
          const headType = typeOf(head, false, undefined);
          if (headType)
            found.push({ start: run[0]!.start, end: run[title.at - 1]!.end, words: head, type: headType });
        }
        role = words.slice(title.at, title.at + title.length).join(' ');
        run = run.slice(title.at + title.length);
        words = words.slice(title.at + title.length);
      } else if (DEMONYMS[words[0]!] && words.length > 1) {
        run = run.slice(1);
        words = words.slice(1);
      }
      while (run.length > 0 && (NOT_NAMES.has(run[0]!.text) || CONNECTORS.has(run[0]!.text))) {
        run = run.slice(1);
        words = words.slice(1);
      }
      if (run.length === 0) continue;
      const before = sentence.text.slice(0, run[0]!.start - sentence.start).trimEnd();
      const cueWord = /([\p{Ll}]+)$/u.exec(before)?.[1];
      const cue = cueWord ? TYPE_CUES[cueWord] : undefined;
      const type = typeOf(words, role !== undefined, cue);
      found.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        words,
        ...(type && { type }),
        ...(role && { role }),
      });
    }
  }
  // Full names seen in the article, for resolving short forms ("Blinken", "al-Sudani", "Sudani").
  const fullNames = found.filter((f) => f.words.length >= 2 && f.type === 'person');
  const resolve = (words: readonly string[]): { canonical: string; type: EntityType } | undefined => {
    if (words.length > 2) return undefined;
    const key = words.map((w) => bareParticle(w).toLowerCase());
    const match = fullNames.find((full) => {
      const parts = full.words.map((w) => bareParticle(w).toLowerCase());
      return (
        key.every((k) => parts.includes(k)) &&
        key[key.length - 1] === parts.filter((p) => !/^(?:iii|ii|iv|jr)$/.test(p)).at(-1)
      );
    });
    return match ? { canonical: match.words.join(' '), type: 'person' } : undefined;
  };
  const mentions: EntityMention[] = [];
  for (const entry of found) {
    const resolved =
      entry.words.length < 3 && entry.type !== 'location' && entry.type !== 'group'
        ? resolve(entry.words)
        : undefined;
    const type = resolved?.type ?? entry.type ?? 'other';
    if (!resolved && !entry.type && entry.words.length === 1 && !/^\p{Lu}{2,}$/u.test(entry.words[0]!))
      continue;
    mentions.push({
      start: entry.start,
      end: entry.end,
      text: text.slice(entry.start, entry.end),
      type,
      canonical: resolved?.canonical ?? entry.words.join(' '),
      ...(entry.role && { role: entry.role }),
    });
  }
  return mentions;
}
