import { MONTHS } from '../util/months.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date written alone on a header line, and how many characters of the line it took. */
export interface HeaderDate {
  readonly iso: string;
  readonly length: number;
}

const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const ISO_PREFIX = /^\s*(?:date|published|updated|posted)?[:\s]*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\b/i;
const SLASHED = new RegExp(`^\\s*${WEEKDAY}(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b`, 'i');
const WRITTEN = new RegExp(
  `^\\s*(?:published|updated|posted)?[:\\s]*${WEEKDAY}(${MONTHS.join('|')})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);

/**
 * Reads a date at the start of a header line ("date 2023-11-17", "Monday, 11/06/2023", "November 5, 2023").
 * Slashed dates are read month first, as US outlets write them, unless the first number cannot be a month.
 */
export function parseHeaderDate(line: string): HeaderDate | undefined {
  let match = ISO_PREFIX.exec(line);
  if (match) {
    const iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { iso, length: match[0].length } : undefined;
  }
  match = SLASHED.exec(line);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const iso = a > 12 ? isoOf(year, b, a) : isoOf(year, a, b);
    return iso ? { iso, length: match[0].length } : undefined;
  }
  match = WRITTEN.exec(line);
  if (match) {
    const iso = isoOf(Number(match[3]), MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
    return iso ? { iso, length: match[0].length } : undefined;
  }
  return undefined;
}
