import type { Quantity, Sentence } from '../model/index.js';
import { codePointBefore } from './code-point-before.js';
import { CURRENCY_UNITS } from '../util/currencies.js';
import { escapeRegExp } from '../util/escape-reg-exp.js';

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  dozen: 12,
  // Written onto a sum of money: "$2.3bn", "£5m", "$10k".
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  tn: 1_000_000_000_000,
};
// Each starts at a word boundary: "Hanover 50" is not "over 50", nor "awesome 12" "some 12".
const QUALIFIERS: [RegExp, Quantity['qualifier']][] = [
  [/(?<![\p{L}\p{N}])(?:over|more than|upwards of|in excess of|above)$/iu, 'over'],
  [/(?<![\p{L}\p{N}])(?:at least|no fewer than|no less than|a minimum of)$/iu, 'at-least'],
  [/(?<![\p{L}\p{N}])(?:under|fewer than|less than|below)$/iu, 'under'],
  [/(?<![\p{L}\p{N}])(?:at most|up to|as many as|no more than)$/iu, 'at-most'],
  [
    /(?<![\p{L}\p{N}])(?:about|around|approximately|roughly|nearly|almost|some|an estimated|close to|more or less)$/iu,
    'about',
  ],
];
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const STOP_WORDS = new Set(
  'in on at of against for from to by with since during after before across throughout but that which who were was are is have has had been be as the a an per each this these those its their his her into onto toward towards near inside outside over under amid including following via within than struck hit killed injured wounded left ago apart away old earlier later last next no not fewer less nearly almost about around some approximately between'.split(
    ' ',
  ),
);
const NUMBER = new RegExp(
  `\\b(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${Object.keys(WORD_NUMBERS).join('|')})(?:[- ](?:${Object.keys(WORD_NUMBERS).join('|')}))?)(?:\\s+(hundred|thousand|million|billion|trillion|dozen)|(bn|mn|tn|m|k))?\\b(\\+)?`,
  'gi',
);
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const SINCE = new RegExp(
  `\\bsince\\s+(?:the\\s+[\\w\\s-]{0,40}?\\s+on\\s+)?(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`,
  'i',
);

function wordValue(word: string): number | undefined {
  const parts = word.toLowerCase().split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = WORD_NUMBERS[part];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const PLURAL_HEAD = /^(?:\p{Ll}{2,}[^s]s|people|personnel|children|men|women|police)$/u;
// The second number of a range: "30 to 40", "30-40", "between 30 and 40".
const RANGE_END = new RegExp(
  `^\\s*(-|–|to|and)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${Object.keys(WORD_NUMBERS).join('|')}))(?:\\s+(hundred|thousand|million|billion|trillion))?\\b`,
  'i',
);

/** Singular, lower-case form of a counted noun ("attacks" -> "attack", "casualties" -> "casualty"). */
export function singularUnit(word: string): string {
  const lower = word.toLowerCase();
  if (/ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

// A number glued to a name by a hyphen is part of the name: "COVID-19", "AR-15", "F-35".
const GLUED_TO_NAME = /\p{L}-$/u;
const TIME_OF_DAY = /^\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|(?:ET|EST|EDT|PT|PST|PDT|GMT|UTC|BST)\b)/i;
// Money: the symbol before the number gives the unit; what the money buys is a different question.
const CURRENCY = new RegExp(`(?:US)?(${Object.keys(CURRENCY_UNITS).map(escapeRegExp).join('|')})\\s*$`);
// "1,500 deaths a day" is a rate, not a total.
const RATE =
  /^\s*(?:a|an|per|each)\s+(day|week|month|year|hour|minute)\b(?!\s+(?:after|before|later|earlier|ago|into|since)\b)/i;
// Qualifiers written after the number: "100 or more employees", "20 or so".
const POSTFIX_QUALIFIERS: [RegExp, Quantity['qualifier']][] = [
  [/^\s*or\s+(?:more|over|above)\b/i, 'at-least'],
  [/^\s*or\s+(?:fewer|less|under)\b/i, 'at-most'],
  [/^\s*or\s+so\b/i, 'about'],
];

const NON_SPACE_RUN = /\S+/g;
// The longest qualifier ("no fewer than", "approximately") is 13 characters: the end of the text is enough.
const QUALIFIER_REACH = 16;
const WORD_CHAR = /^[\p{L}.]$/u;
const SPACE = /\s/;

/**
 * The word just before offset `end`, as /([\p{L}.]+)\s*$/u finds it in text.slice(0, end), read backwards
 * from `end` instead of trying the pattern at every offset before it.
 */
function wordBefore(text: string, end: number): string {
  let last = end;
  while (last > 0 && SPACE.test(text[last - 1]!)) last--;
  let first = last;
  while (first > 0) {
    const character = codePointBefore(text, first);
    if (!WORD_CHAR.test(character)) break;
    first -= character.length;
  }
  return text.slice(first, last);
}

/** The noun a number counts: the last word before a preposition or verb among the next few words. */
function countedNoun(after: string, before: string): string | undefined {
  const words: string[] = []; // the first six words (what splitting all of `after` at spaces would start with)
  for (const word of after.matchAll(NON_SPACE_RUN)) if (words.push(word[0]) === 6) break;
  let head: string | undefined;
  for (const raw of words) {
    let word = raw.replace(/[^\p{L}.-]+$/u, '').replace(/^[^\p{L}]+/u, '');
    if (/\.$/.test(word) && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1); // a sentence's final period
    if (/^(?:and|or)$/i.test(word)) continue; // "rocket and drone attacks"
    if (/^\d/.test(word) || wordValue(word) !== undefined) break; // "three women and six children": a second count
    if (!word || STOP_WORDS.has(word.toLowerCase()) || /^[([]/.test(raw)) break;
    if (head && /(?:ed|ing)$/.test(word) && !/^(?:mostly|mainly|largely)$/.test(word)) break;
    if (/^(?:mostly|mainly|largely|confirmed|reported|more|additional|other|new|total)$/i.test(word))
      continue;
    head = word;
    if (/[,;:!?]$/.test(raw) || (/\.$/.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw))) break;
    // A plural noun ends the phrase before a verb: "2,500 U.S. troops remain".
    if (PLURAL_HEAD.test(word) && !/^(?:and|or)$/i.test(words[words.indexOf(raw) + 1] ?? '')) break;
  }
  if (head && /^times?$/i.test(head)) {
    // "came under attack 32 times": the count is of the noun before the number.
    return /(\p{L}+)\s*$/u.exec(before)?.[1];
  }
  return head;
}

/**
 * Finds counts in sentences: the number (digits or words, "two dozen" = 24), its qualifier ("over", "at least"),
 * what it counts, and the date the count runs from ("since October 17", as month-day text resolved later).
 */
export function findQuantities(text: string, sentences: readonly Sentence[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (const sentence of sentences) {
    const since = SINCE.exec(sentence.text);
    let consumedUntil = -1;
    for (const match of sentence.text.matchAll(NUMBER)) {
      const raw = match[1]!;
      const before = sentence.text.slice(0, match.index);
      const previousWord = wordBefore(sentence.text, match.index);
      const after = sentence.text.slice(match.index + match[0].length);
      if (
        MONTHS.test(previousWord) ||
        /^\s*(?:st|nd|rd|th)\b/.test(after) ||
        (/^[,\s]*\d{4}\b/.test(after) && MONTHS.test(previousWord))
      )
        continue;
      if (/^(?:19|20)\d{2}$/.test(raw) && !/^\s*\p{Ll}+s\b/u.test(after)) continue; // a year, as in "the 2003 invasion"
      if (GLUED_TO_NAME.test(before) || /\bevery\s+$/i.test(before)) continue; // "COVID-19", "every four years"
      if (TIME_OF_DAY.test(after)) continue; // "at 9 a.m."
      let value = /\d/.test(raw) ? Number(raw.replace(/,/g, '')) : wordValue(raw);
      if (value === undefined || Number.isNaN(value)) continue;
      const currency = CURRENCY.exec(before);
      const attached = match[3]?.toLowerCase();
      // "5m" or "10k" alone may be metres or a race: only money takes a scale written onto the number.
      if (attached && !currency) continue;
      const scale = match[2]?.toLowerCase() ?? attached;
      if (scale) value = Math.round(value * SCALES[scale]!); // 1.37 trillion is a whole number of dollars
      if (/^one$/i.test(raw) && !scale) continue; // "one of", "only once": too ambiguous to count
      if (match.index < consumedUntil) continue; // the second number of a range already read
      const range = RANGE_END.exec(after);
      let upper: number | undefined;
      let rest = after;
      if (range && (range[1]!.toLowerCase() !== 'and' || /\bbetween\s*$/i.test(before))) {
        const second = /\d/.test(range[2]!) ? Number(range[2]!.replace(/,/g, '')) : wordValue(range[2]!);
        const secondScale = range[3] ? SCALES[range[3].toLowerCase()]! : scale ? SCALES[scale]! : 1;
        // "between 1.5 and 2 million": the scale written once covers both ends.
        if (!scale && range[3] && second !== undefined && value < second)
          value = Math.round(value * secondScale);
        if (second !== undefined && second * secondScale > value) {
          upper = Math.round(second * secondScale * 1e6) / 1e6; // 4.1 million is 4,100,000, not 4,099,999.99...
          rest = after.slice(range[0].length);
          consumedUntil = match.index + match[0].length + range[0].length;
        }
      }
      // "People 65 and older", "65 years and older", "ages 5 and up": an age or threshold, not a count.
      if (
        /^\s*(?:years?(?:\s+old|\s+of\s+age)?\s+)?(?:and|or)\s+(?:older|younger|up|above|over|under|below)\b/i.test(
          rest,
        )
      )
        continue;
      const counted = currency ? undefined : countedNoun(rest, before);
      const unit = currency ? CURRENCY_UNITS[currency[1]!]! : counted;
      if (!unit || /^(?:of|percent)$/i.test(unit)) continue;
      const unitIndex = counted ? sentence.text.indexOf(counted, match.index + match[0].length) : -1;
      const unitEnd =
        unitIndex >= 0 && unitIndex < match.index + match[0].length + 60
          ? unitIndex + counted!.length
          : match.index + match[0].length;
      const following = sentence.text.slice(unitEnd);
      if (/^\s*ago\b/i.test(following)) continue; // "two years ago" dates something, it counts nothing
      const rate = RATE.exec(following);
      const qualifierText = before
        .slice(0, currency ? currency.index : before.length)
        .replace(/\s*between\s*$/i, '')
        .trimEnd();
      // The qualifier patterns end at the end of the text and are short: only its end can hold one.
      const qualifierFrom = Math.max(0, qualifierText.length - QUALIFIER_REACH);
      const qualifierTail = qualifierText.slice(qualifierFrom);
      const postfix = POSTFIX_QUALIFIERS.find(([pattern]) => pattern.test(rest))?.[1];
      let prefix: { match: RegExpExecArray; name: Quantity['qualifier'] } | undefined;
      // All patterns end at the end: the earliest start is the longest ("no fewer than", not "fewer than").
      for (const [pattern, name] of QUALIFIERS) {
        const found = pattern.exec(qualifierTail);
        if (found && (!prefix || found.index < prefix.match.index)) prefix = { match: found, name };
      }
      const qualifier = prefix?.name ?? (match[4] ? 'at-least' : (postfix ?? 'exact'));
      const start =
        sentence.start +
        (prefix ? qualifierFrom + prefix.match.index : currency ? currency.index : match.index);
      const end = sentence.start + unitEnd + (rate ? rate[0].length : 0);
      quantities.push({
        start,
        end,
        text: text.slice(start, end),
        value,
        ...(upper !== undefined && { upper }),
        qualifier,
        unit: `${currency ? unit : singularUnit(unit)}${rate ? ` per ${rate[1]!.toLowerCase()}` : ''}`,
        ...(since && { since: `${since[1]} ${since[2]}` }),
        sentenceId: sentence.id,
      });
    }
  }
  return quantities;
}
