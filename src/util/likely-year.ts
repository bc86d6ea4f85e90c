// A sentence that looks ahead: its date without a year may fall after the report.
const LOOKS_AHEAD =
  /\b(?:will|would|shall|(?:is|are|was|were)\s+(?:set|scheduled|expected|due|planned|slated|poised)\s+to|plans?\s+to|next|upcoming|coming|later this)\b/i;
// Slack either way, so a date a few days off the report (a weekday just before or after) keeps its year.
const SLACK_DAYS = 7;

/**
 * A date written without a year ("January", "Sept. 11"), given the year nearest the report by a parser,
 * moved to the year a news report most likely means: on or before the report (within a week), unless the
 * sentence looks ahead ("will vote in January"), then on or after it.
 */
export function likelyYear(date: string, reference: string, sentence: string): string {
  const day = (iso: string): number => Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  const slack = SLACK_DAYS * 86_400_000;
  const ahead = LOOKS_AHEAD.test(sentence);
  // A month stands for its whole span: "January" is not after a report of January 20.
  const start = day(date);
  const end = date.length === 7 ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0) : start;
  const shift = !ahead && start > day(reference) + slack ? -1 : ahead && end < day(reference) - slack ? 1 : 0;
  if (shift === 0) return date;
  const moved = `${Number(date.slice(0, 4)) + shift}${date.slice(4)}`;
  // February 29 has no day in the year before or after.
  return moved.length === 10 && new Date(day(moved)).toISOString().slice(0, 10) !== moved ? date : moved;
}
