const MONTH_ALONE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?,?$/i;

// Days a whole event is named after: "the Sept. 11 attacks" is 2001, whatever year the article was written.
const EVENT_DAYS: readonly { day: RegExp; noun: RegExp; date: string }[] = [
  {
    day: /^(?:Sept?\.?|September)\s+11(?:th)?$/i,
    // "Attacks", plural: "the Sept. 11 attack, which killed four Americans" is Benghazi, 2012. "September 11th
    // Advocates" is a group of the widows.
    noun: /^\s*(?:(?:terror(?:ist)?\s+)?attacks|hijackers?|victims|families|survivors|widows?|advocates|responders|commission|memorial|museum|era)\b/i,
    date: '2001-09-11',
  },
  {
    day: /^(?:Jan\.?|January)\s+6$/i,
    noun: /^\s*(?:attack|riot\w*|insurrection\w*|(?:select )?committee|panel|investigation|probe|hearings?|defendants?|rally)\b/i,
    date: '2021-01-06',
  },
];

/** A day that names an event: where in the parser's match it starts, its words and the event's date. */
export interface EventDay {
  readonly offset: number;
  readonly text: string;
  readonly date: string;
}

/**
 * How a date-like phrase reads as part of a name: `null` when it is no date at all (the verb "march", the
 * "Women's March", "March for Life", "Black Friday"), the event's own day for a day that names an event
 * ("the Sept. 11 hijackers", "the Jan. 6 committee", once that day has passed), else undefined (a plain date).
 */
export function dateInName(
  text: string,
  before: string,
  after: string,
  publishedAt?: string,
): EventDay | null | undefined {
  // "the 19 Sept. 11 hijackers": the parser reads the count as the day and the day as the year.
  const count = /^\d{1,3}\s+(?=\p{Lu}[\p{L}.]*\s+\d{1,2}$)/u.exec(text);
  const offset = count ? count[0].length : 0;
  const phrase = text.slice(offset).trim();
  if (MONTH_ALONE.test(phrase)) {
    // A month is capitalised; one owned by someone or followed by its cause is a march, a rally.
    if (/^\p{Ll}/u.test(phrase)) return null;
    if (/\p{L}['’]s?\s*$/u.test(before) || /^\s+(?:for|on|against|to|Madness)\b/.test(after)) return null;
  }
  // A shopping day or a holiday on no fixed date, not the weekday nearest the article.
  if (
    /\b(?:Black|Cyber|Good)\s+$/.test(before) &&
    /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(phrase)
  )
    return null;
  // A title: "Tucker Carlson Tonight", "USA Today", NBC's "Today" show.
  if (/^(?:Today|Tonight)$/.test(phrase) && /(?:\p{Lu}[\p{L}.]*|['’]s)\s+["“]?$/u.test(before)) return null;
  // "9/11" is the attacks, written so in American news.
  if (phrase === '9/11' && !(publishedAt && publishedAt < '2001-09-12'))
    return { offset, text, date: '2001-09-11' };
  for (const event of EVENT_DAYS)
    if (event.day.test(phrase) && event.noun.test(after) && !(publishedAt && publishedAt < event.date))
      return { offset, text: text.slice(offset), date: event.date };
  return undefined;
}
