import * as chrono from 'chrono-node';

// Words at least one of which every match of a chrono parser contains (lower-cased; "#" stands for any digit),
// read off each parser's pattern in chrono-node 2.10: most parsers can be skipped for most sentences, and
// that is most of chrono's time. Parsers not named here always run. test/date-parser.test.ts checks that
// the result is chrono's own on real text, so a chrono update that changes a pattern shows up there.
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PARSER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  ENYearMonthDayParser: ['#'],
  ISOFormatParser: ['#'],
  SlashDateFormatParser: ['#'],
  ENSlashMonthFormatParser: ['#'],
  ENTimeExpressionParser: ['#'],
  ENMonthNameLittleEndianParser: MONTH_STEMS,
  ENMonthNameMiddleEndianParser: MONTH_STEMS,
  ENYearMonthNameParser: MONTH_STEMS,
  ENMonthNameParser: MONTH_STEMS,
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  ENCasualDateParser: ['now', 'today', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  ENCasualTimeParser: ['morning', 'evening', 'night', 'midday', 'noon'],
  ENEndOfCurrentMonthParser: ['month'],
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next'],
};
// All those words in one pattern, longest first, so one scan of a sentence tells which parsers can match.
const NEEDING = Object.entries(PARSER_NEEDS);
const NEEDED_WORDS = [...new Set(NEEDING.flatMap(([, words]) => words))].filter((w) => w !== '#');
const NEEDED_WORD = new RegExp(`${[...NEEDED_WORDS].sort((a, b) => b.length - a.length).join('|')}|\\d`, 'g');
/** For a word (or "#"), one bit per parser that needs it or a shorter word it starts with ("month": "mon"). */
const PARSERS_NEEDING = new Map(
  ['#', ...NEEDED_WORDS].map((word) => [
    word,
    NEEDING.reduce(
      (bits, [, words], i) => (words.some((w) => word.startsWith(w)) ? bits | (1 << i) : bits),
      0,
    ),
  ]),
);
// A sticky pattern that fails at once: what a skipped parser gives chrono to run (an unanchored one would scan).
const NO_MATCH = /(?!)/y;
const possibleParsers = new WeakMap<chrono.ParsingContext, number>();

/** One bit per parser of PARSER_NEEDS that may match the context's text; one scan per text. */
function parsersFor(context: chrono.ParsingContext): number {
  let bits = possibleParsers.get(context);
  if (bits !== undefined) return bits;
  bits = 0;
  const lower = context.text.toLowerCase();
  NEEDED_WORD.lastIndex = 0;
  for (let match = NEEDED_WORD.exec(lower); match; match = NEEDED_WORD.exec(lower)) {
    bits |= PARSERS_NEEDING.get(match[0]) ?? PARSERS_NEEDING.get('#')!;
    NEEDED_WORD.lastIndex = match.index + 1; // words may overlap ("tonight", "night")
  }
  possibleParsers.set(context, bits);
  return bits;
}

/** `parser`, skipped for texts that cannot match it (bit `bit` of parsersFor unset). */
function skipUnless(parser: chrono.Parser, bit: number): chrono.Parser {
  return {
    pattern: (context) => (parsersFor(context) & bit ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono's casual English parser, with each sub-parser skipped where its words are missing: same results. */
export const DATE_PARSER = new chrono.Chrono({
  parsers: chrono.en.casual.parsers.map((parser) => {
    const i = NEEDING.findIndex(([name]) => name === parser.constructor.name);
    return i >= 0 ? skipUnless(parser, 1 << i) : parser;
  }),
  refiners: chrono.en.casual.refiners,
});
