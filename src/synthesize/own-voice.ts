import { LOADED_TERMS } from '../compare/loaded-lexicon.js';
import type { Span } from '../model/index.js';

// The one place synthesis reads the framing lexicon: hedges ("reportedly") attribute rather than judge,
// so they are not loaded in the summary's voice.
function loadedCategory(word: string): string | undefined {
  const category = LOADED_TERMS.get(word.toLowerCase());
  return category === 'hedge' ? undefined : category;
}

// A loaded word in a use that only reports: "failed to advance", "its failure to disclose", "the failure of
// the talks" and "destroyed hundreds of homes" state an event, where "a failed policy", "failed to show
// leadership", "the failure of his leadership" and "destroyed his rival" judge.
const REPORTING_USE =
  /^(?:failed\s+to\s+(?!(?:show|lead|learn|protect|live up|understand|grasp|keep (?:his|her|their|its) (?:word|promises?)|honou?r|take responsibility|stand up|condemn|listen|care|act)\b)|failure\s+to\s|failure\s+of\s+(?!(?:(?:the|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.]*[’']s\s|leadership|policy|policies|administration|government|presidency|president)\b)|destroyed\s+(?:(?:at least|more than|nearly|about|some|over|hundreds of|thousands of|dozens of|[\d,]+|the|a|an|its|their|two|three|four|five|several|many|much of)\s+)*(?:homes?|houses?|buildings?|structures?|businesses|vehicles?|cars?|acres|crops|property|properties|bridges?|roads?|villages?|towns?|neighborhoods?|schools?|hospitals?|churches|mosques?|tanks?|aircraft|planes?|ships?|records|documents|evidence|emails)\b)/iu;
// A charge someone makes: "faces charges of hypocrisy", "accused him of being reckless".
const REPORTED_CHARGE =
  /\b(?:charges?\s+|accusations?\s+|accused\s+(?:\p{L}+\s+){0,3}?)of\s+(?:being\s+)?$/iu;

/** Spans of a text inside quotation marks: other people's words, not the summary's voice. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/["“][^"“”]*["”]/g))
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return spans;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Loaded terms of a text outside its quotations, with their offsets: the lexicon's, and `flagged` words (lower
 * case) that the story's framing found loaded in an outlet's own voice.
 */
export function ownVoiceLoadedTerms(
  text: string,
  flagged: ReadonlySet<string> = NONE,
): (Span & { category: string })[] {
  const quoted = quotedSpans(text);
  const found: (Span & { category: string })[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}'-]*/gu)) {
    const category =
      loadedCategory(match[0]) ?? (flagged.has(match[0].toLowerCase()) ? 'framing' : undefined);
    if (!category) continue;
    const start = match.index;
    if (
      REPORTING_USE.test(text.slice(start)) ||
      REPORTED_CHARGE.test(text.slice(Math.max(0, start - 60), start))
    )
      continue;
    if (quoted.some((q) => start >= q.start && start < q.end)) continue;
    found.push({ start, end: start + match[0].length, text: match[0], category });
  }
  return found;
}

/** Whether a text uses a loaded term in its own voice (outside quotations). */
export function hasLoadedOwnVoice(text: string): boolean {
  return ownVoiceLoadedTerms(text).length > 0;
}
