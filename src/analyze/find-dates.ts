import type * as chrono from 'chrono-node';
import type { DateMention, Sentence } from '../model/index.js';
import { DATE_PARSER } from './date-parser.js';
import { dateInName } from './date-in-name.js';
import { weekdayDirection } from './weekday-direction.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const RELATIVE =
  /\b(?:today|yesterday|tomorrow|tonight|last|next|this|past|previous|coming|ago|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
// A span of time, not a day: "for three weeks", "for 35 days", "the first time in 21 years", "three days a
// week", "the last five days"; and "now".
// A span before or after another event ("a week before Election Day", "two days later") is not dated by the
// report's own day either.
const NOT_A_DATE =
  /^(?:(?:for|within|in|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+an?\s+(?:day|week|month|year))?|(?:[\w-]+\s+)?(?:times?|hours?|days?|nights?)\s+an?\s+(?:day|week|month|year)|(?:the\s+)?(?:last|past|next|previous|coming)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|decades)|(?:an?|one|\d+|[\w-]+)\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:before|after|earlier|later)|(?:after|before)\s+(?:an?|one|\d+|[\w-]+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)|(?:right\s+)?now)$/i;
// A week (or a part of one) has no single day: "last week" gets no date rather than a made-up one.
const WEEK = /\bweek\b/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const YEAR_ONLY =
  /\b(?:in|since|of|from|until|by|during|before|after)\s+((?:19|20)\d{2})\b(?!\s*(?:[-–]|to)\s*\d)/gi;

const YEAR_DIGITS = /(?:19|20)\d\d/;

const DATE_HINT = new RegExp(
  '\\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b|january|february|march|april|june|july|august|september|october|november|december|' +
    '(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|(?:last|next|this|past|previous|coming|same|that)\\s+(?:week|month|year|weekend|morning|night|spring|summer|autumn|fall|winter)|' +
    '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|[12]\\d{3}-\\d\\d)',
  'i',
);

/** The reference a relative date ("on Sunday") is read against: the article's publication date. */
export interface DateReference {
  readonly publishedAt?: string;
}

function precisionOf(
  component: chrono.ParsedComponents,
  text: string,
  relative: boolean,
  hasReference: boolean,
): string | undefined {
  const year = component.get('year');
  const month = component.get('month');
  const day = component.get('day');
  if (year === null || month === null) return undefined;
  if (relative && !hasReference) return undefined;
  const yearKnown = component.isCertain('year') || hasReference;
  if (!yearKnown) return undefined;
  // "This year", "last month": as precise as the words, not a day the parser picks.
  if (relative && /\byear\b/i.test(text)) return String(year);
  if (relative && /\bmonth\b/i.test(text)) return `${year}-${pad(month)}`;
  if (relative && WEEK.test(text)) return undefined;
  if (component.isCertain('day') || (relative && hasReference))
    return `${year}-${pad(month)}-${pad(day ?? 1)}`;
  if (component.isCertain('month')) return `${year}-${pad(month)}`;
  return String(year);
}

/** The day of `weekday` (0 = Sunday) nearest before `reference`, or after it when `ahead`; the day itself if it is one. */
function weekdayDate(reference: Date, weekday: number, ahead: boolean): string {
  const shift = ahead
    ? (weekday - reference.getUTCDay() + 7) % 7
    : -((reference.getUTCDay() - weekday + 7) % 7);
  return new Date(reference.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Finds date expressions: absolute ("October 26", "January 2020"), years ("in 2014") and relative ones
 * ("on Sunday", "last week") resolved against the publication date, or left relative with a note.
 */
export function findDates(
  text: string,
  sentences: readonly Sentence[],
  reference: DateReference = {},
): DateMention[] {
  const referenceDate = reference.publishedAt
    ? new Date(reference.publishedAt.slice(0, 10) + 'T12:00:00Z')
    : undefined;
  const hasReference = referenceDate !== undefined && !Number.isNaN(referenceDate.getTime());
  const dates: DateMention[] = [];
  // Bare weekdays ("on Monday") whose clause gave a direction, and those whose clause did not.
  const weekdaysDated: { weekday: number; date: string }[] = [];
  const weekdaysUndated: { index: number; weekday: number }[] = [];
  for (const sentence of sentences) {
    // chrono is the slow part of analysis: skip sentences with nothing date-like in them.
    const results = !(DATE_HINT.test(sentence.text) || /\bMay\b/.test(sentence.text))
      ? []
      : DATE_PARSER.parse(
          sentence.text,
          { instant: hasReference ? referenceDate! : new Date(Date.UTC(2000, 0, 1)), timezone: 0 },
          {
            forwardDate: false,
          },
        );
    const covered: [number, number][] = [];
    for (const parsed of results) {
      // "on August 10 - either": the parser's match may end in the space before a dash.
      const result = { index: parsed.index, text: parsed.text.trimEnd(), start: parsed.start };
      const start = sentence.start + result.index;
      const end = start + result.text.length;
      // Times of day alone ("at 5") and bare numbers are not dates worth a timeline.
      if (
        !result.start.isCertain('day') &&
        !result.start.isCertain('month') &&
        !result.start.isCertain('weekday') &&
        !/week|month|year|yesterday|today|tomorrow|tonight/i.test(result.text)
      )
        continue;
      if (NOT_A_DATE.test(result.text.trim())) continue;
      const named = dateInName(
        result.text,
        sentence.text.slice(0, result.index),
        sentence.text.slice(result.index + result.text.length),
        reference.publishedAt,
      );
      if (named === null) continue;
      if (named !== undefined) {
        const { offset, text, date } = named;
        dates.push({
          start: start + offset,
          end,
          text,
          relative: false,
          namesEvent: true,
          sentenceId: sentence.id,
          date,
        });
        covered.push([start, end]);
        continue;
      }
      const isRelative =
        RELATIVE.test(result.text) && !/\b\d{4}\b/.test(result.text) && !MONTH_NAME.test(result.text);
      const relative = isRelative || (!result.start.isCertain('year') && !hasReference);
      // chrono takes the nearest such weekday; the tense of its clause knows better which way it points.
      const bareWeekday =
        hasReference &&
        result.start.isCertain('weekday') &&
        !result.start.isCertain('day') &&
        !/\b(?:last|next|this|past|coming|previous)\b|weekend/i.test(result.text);
      const direction = bareWeekday
        ? weekdayDirection(
            sentence.text.slice(0, result.index),
            sentence.text.slice(result.index + result.text.length),
          )
        : undefined;
      const date = direction
        ? weekdayDate(referenceDate!, result.start.get('weekday')!, direction === 'ahead')
        : precisionOf(result.start, result.text, isRelative || relative, hasReference);
      const mention: DateMention = {
        start,
        end,
        text: result.text,
        relative: isRelative,
        sentenceId: sentence.id,
        ...(date && { date }),
        ...(!date && {
          note: !isRelative
            ? 'year not stated'
            : !hasReference
              ? 'relative date: the publication date is unknown'
              : WEEK.test(result.text)
                ? 'a week, not a day'
                : 'relative date: not resolved',
        }),
      };
      if (bareWeekday) {
        const weekday = result.start.get('weekday')!;
        if (direction) weekdaysDated.push({ weekday, date: date! });
        else weekdaysUndated.push({ index: dates.length, weekday });
      }
      dates.push(mention);
      covered.push([start, end]);
    }
    // Most sentences hold no year at all; this plain scan is far cheaper than YEAR_ONLY's.
    if (!YEAR_DIGITS.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(YEAR_ONLY)) {
      const start = sentence.start + match.index + match[0].length - match[1]!.length;
      if (covered.some(([s, e]) => start >= s && start < e)) continue;
      dates.push({
        start,
        end: start + 4,
        text: match[1]!,
        relative: false,
        date: match[1]!,
        sentenceId: sentence.id,
      });
    }
  }
  // One article's "Monday" is one Monday: where the words around it do not say which, it is the one the
  // article's other "Monday"s point to (the most of them), before chrono's nearest.
  for (const { index, weekday } of weekdaysUndated) {
    const votes = new Map<string, number>();
    for (const d of weekdaysDated) if (d.weekday === weekday) votes.set(d.date, (votes.get(d.date) ?? 0) + 1);
    const [date] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (date) dates[index] = { ...dates[index]!, date };
  }
  return dates.sort((a, b) => a.start - b.start);
}
