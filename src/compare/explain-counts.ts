import type { Quantity } from '../model/index.js';
import { currencySymbol } from '../util/currencies.js';
import { isRoundedValue, significantDigits } from './is-rounded-value.js';

/** A count as one article reports it, with the article's publication date when known. */
export interface ReportedCount {
  readonly articleId: string;
  readonly quantity: Quantity;
  readonly publishedAt?: string;
}

/** The range of values a quantity allows ("over 30" allows 31 and up). */
export function countRange(q: Quantity): [number, number] {
  switch (q.qualifier) {
    case 'over':
      return [q.value + (Number.isInteger(q.value) ? 1 : 0), Infinity];
    case 'at-least':
      return [q.value, Infinity];
    case 'under':
      return [0, q.value - (Number.isInteger(q.value) ? 1 : 0)];
    case 'at-most':
      return [0, q.value];
    case 'about':
      return [q.value * 0.9, q.value * 1.1];
    default:
      return [q.value, q.upper ?? q.value];
  }
}

/** Whether two counts can both be true. */
export function countsCompatible(a: Quantity, b: Quantity): boolean {
  const [a0, a1] = countRange(a);
  const [b0, b1] = countRange(b);
  return a0 <= b1 && b0 <= a1;
}

const isBound = (q: Quantity): boolean => q.qualifier === 'over' || q.qualifier === 'at-least';
const QUALIFIER_TEXT: Record<NonNullable<Quantity['qualifier']>, string> = {
  over: 'over ',
  'at-least': 'at least ',
  under: 'under ',
  'at-most': 'at most ',
  about: 'about ',
  exact: '',
};

const LARGE_SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number as news writes it: "1,400", "4.69 million", "1.37 trillion" (scale words from a million up). */
function formatValue(value: number): string {
  for (const [size, word] of LARGE_SCALES) {
    const scaled = value / size;
    // Only where the scaled figure is short: 16,700,000 -> "16.7 million", 1,234,567 stays in digits.
    if (scaled >= 1 && Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6)
      return `${Number(scaled.toFixed(3)).toLocaleString('en-US')} ${word}`;
  }
  return value.toLocaleString('en-US');
}

/** A count as a short label: its qualifier and value ("over 30", "1,400", "$1.37 trillion"). */
export function countLabel(q: Quantity): string {
  return `${QUALIFIER_TEXT[q.qualifier ?? 'exact']}${currencySymbol(q.unit) ?? ''}${formatValue(q.value)}`;
}

// Spans of time are told loosely at any size: "11 months" and "more than 11 months" may be the same span.
const TIME_SPAN = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/**
 * Whether `round` is a round figure (at least 100, two significant digits at most, or any span of time)
 * given exactly where another report says "over" it: "$200,000" and "more than $200,000" may be one sum,
 * rounded down.
 */
function isRoundFigureOfBound(round: Quantity, bound: Quantity): boolean {
  return (
    round.qualifier === 'exact' &&
    bound.qualifier === 'over' &&
    round.value === bound.value &&
    (TIME_SPAN.test(round.unit) || (round.value >= 100 && significantDigits(round.value) <= 2))
  );
}

/**
 * Whether `rounded` is `precise` rounded to fewer significant digits ("$1.4 trillion" for $1.37 trillion).
 * Only large figures: newsrooms round those by habit, while a small count such as 50 against 49 differs.
 */
function isRoundingOf(rounded: Quantity, precise: Quantity): boolean {
  return (
    rounded.qualifier === 'exact' &&
    precise.qualifier === 'exact' &&
    isRoundedValue(rounded.value, precise.value)
  );
}

const shown = countLabel;
const day = (iso: string | undefined): string | undefined => iso?.slice(0, 10);

/** Why counts that look different may not contradict each other, and whether that explains them all. */
export interface CountExplanation {
  readonly notes: readonly string[];
  /** Every pair of incompatible counts is explained by a different start date, a different day or rounding. */
  readonly compatible: boolean;
}

/**
 * Explains differing counts of one thing where the text shows why: counts from different start dates
 * ("since October 7" vs "since October 17"), a running count reported on different days (the later
 * report higher), a lower bound that a reported value satisfies ("over 30" and 32, preferring a value
 * counted from the same start date and the closest one), or a large figure rounded ("$1.4 trillion" for
 * $1.37 trillion).
 */
export function explainCounts(counts: readonly ReportedCount[]): CountExplanation {
  const notes: string[] = [];
  const anchors = [...new Set(counts.map((c) => c.quantity.since).filter((s): s is string => !!s))];
  if (anchors.length > 1) {
    const byAnchor = anchors.map((anchor) => {
      const values = [
        ...new Set(counts.filter((c) => c.quantity.since === anchor).map((c) => shown(c.quantity))),
      ];
      return `${values.join(', ')} since ${anchor}`;
    });
    notes.push(`counted from different start dates (${byAnchor.join('; ')})`);
  }
  const dated = counts.filter((c) => day(c.publishedAt) !== undefined);
  const days = [...new Set(dated.map((c) => day(c.publishedAt)!))].sort();
  let runningCount = false;
  if (days.length > 1) {
    // A running count: the same anchor (or none), later reports never lower than earlier ones.
    const sameAnchor = new Set(dated.map((c) => c.quantity.since ?? '')).size === 1;
    const highest = days.map((d) =>
      Math.max(...dated.filter((c) => day(c.publishedAt) === d).map((c) => c.quantity.value)),
    );
    if (
      sameAnchor &&
      highest.every((v, i) => i === 0 || v >= highest[i - 1]!) &&
      highest.at(-1)! > highest[0]!
    ) {
      runningCount = true;
      notes.push(
        `a running count reported on different days (${days.map((d, i) => `${highest[i]} on ${d}`).join(', ')})`,
      );
    }
  }
  for (const bound of counts.filter((c) => isBound(c.quantity))) {
    const fits = counts
      .filter(
        (c) =>
          c.articleId !== bound.articleId &&
          !isBound(c.quantity) &&
          c.quantity.value !== bound.quantity.value &&
          countsCompatible(c.quantity, bound.quantity),
      )
      .sort(
        (x, y) =>
          Number(y.quantity.since === bound.quantity.since) -
            Number(x.quantity.since === bound.quantity.since) || x.quantity.value - y.quantity.value,
      )[0];
    if (fits)
      notes.push(`"${shown(bound.quantity)}" is a lower bound compatible with ${fits.quantity.value}`);
  }
  for (const rounded of counts)
    for (const precise of counts) {
      if (isRoundingOf(rounded.quantity, precise.quantity))
        notes.push(`${shown(rounded.quantity)} is ${shown(precise.quantity)} rounded`);
      if (rounded.articleId !== precise.articleId && isRoundFigureOfBound(rounded.quantity, precise.quantity))
        notes.push(`${shown(rounded.quantity)} may be "${shown(precise.quantity)}" rounded down`);
    }
  const explained = (a: ReportedCount, b: ReportedCount): boolean =>
    countsCompatible(a.quantity, b.quantity) ||
    isRoundingOf(a.quantity, b.quantity) ||
    isRoundingOf(b.quantity, a.quantity) ||
    isRoundFigureOfBound(a.quantity, b.quantity) ||
    isRoundFigureOfBound(b.quantity, a.quantity) ||
    (!!a.quantity.since && !!b.quantity.since && a.quantity.since !== b.quantity.since) ||
    (runningCount &&
      !!day(a.publishedAt) &&
      !!day(b.publishedAt) &&
      day(a.publishedAt) !== day(b.publishedAt));
  const compatible = counts.every((a) => counts.every((b) => a.articleId === b.articleId || explained(a, b)));
  return { notes: [...new Set(notes)], compatible };
}
