import type { RemovedPiece } from '../model/index.js';
import { classifyParagraph, outletFromBio } from './classify-paragraph.js';
import { parseHeaderDate } from './header-date.js';
import { wordCount } from '../util/word-count.js';
import { looseText } from './loose-text.js';

/** What cleaning a list of paragraphs found: the body, what was dropped, and metadata read off the header. */
export interface CleanedText {
  readonly paragraphs: readonly string[];
  readonly removed: readonly RemovedPiece[];
  readonly title?: string;
  readonly publishedAt?: string;
  readonly byline?: readonly string[];
  readonly outlet?: string;
}

const TERMINAL = /[.!?…"”’)\]]$/;

/** Whether a line reads like a headline: short and without a sentence's final punctuation. */
function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 25 && !TERMINAL.test(text) && /^[\p{Lu}\d"“‘']/u.test(text);
}

const FUNCTION_WORDS = new Set(
  'about after again also been before being both could does even every from have here into just many more most much only other over same some such than that their them then there these they this those through under very were what when where which while will with would your ours'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/**
 * Whether a short line in the middle of the text shares almost no words with the rest of the article: a
 * site's slogan or promo dropped between paragraphs, not a sentence of the story.
 */
function isOffTopic(text: string, lines: readonly string[], index: number): boolean {
  // A promo speaks to the reader ("our", "you"); a quote or an aside in brackets is the story's own.
  if (wordCount(text) > 15 || lines.length < 5 || /^[([]|["“”]/.test(text)) return false;
  if (!/\b(?:we|our|us|you|your)\b/i.test(text)) return false;
  const words = contentWords(text);
  if (words.length < 4) return false;
  const rest = new Set(lines.flatMap((line, i) => (i === index ? [] : contentWords(line))));
  const shared = words.filter((w) => rest.has(w)).length;
  return shared / words.length <= 0.25;
}

/** Options for cleaning. */
export interface CleanOptions {
  /** Whether the first headline-like lines may be a title (plain text: yes; HTML bodies have a title already). */
  readonly readHeader?: boolean;
  /** The title the document came with: then a first line is taken out only when it repeats this title. */
  readonly knownTitle?: string;
}

/**
 * Cleans an article's paragraphs: reads a leading date line, title and byline, and drops bylines, author
 * bios, captions, link lists, ads and prompts anywhere, each into `removed` with its reason.
 */
export function cleanParagraphs(
  input: readonly string[],
  { readHeader = true, knownTitle }: CleanOptions = {},
): CleanedText {
  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  let title: string | undefined;
  let publishedAt: string | undefined;
  let outlet: string | undefined;
  const byline: string[] = [];
  let inHeader = readHeader;
  let afterByline = false;
  const lines = input.map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((p) => p !== '');

  lines.forEach((line, index) => {
    let text = line;
    if (inHeader) {
      const date = parseHeaderDate(text);
      if (date) {
        publishedAt ??= date.iso;
        const rest = text.slice(date.length).replace(/^[\s,|·-]+/, '');
        removed.push({ text: text.slice(0, date.length).trim(), reason: 'dateline' });
        if (rest === '') return;
        text = rest;
      } else if (
        title === undefined &&
        paragraphs.length === 0 &&
        // A title only with a body after it: a one-line teaser is the whole text, even when it is the title.
        index < lines.length - 1 &&
        (knownTitle === undefined ? isHeadlineLike(text) : looseText(text) === looseText(knownTitle))
      ) {
        title = text;
        removed.push({ text, reason: 'title' });
        return;
      }
      // A headline-like line under the title is its subtitle (the "dek"): it stays in the body, since it is
      // the outlet's own statement and often carries the key figure; dropping it would fake an omission.
    }
    const reason = classifyParagraph(text, { isLast: index === lines.length - 1, afterByline });
    if (!reason && readHeader && index > 0 && index < lines.length - 1 && isOffTopic(text, lines, index)) {
      removed.push({ text, reason: 'promo' });
      return;
    }
    if (reason) {
      if (reason === 'byline') {
        // A byline after the body starts the sign-off: short paragraphs after it are the author's bio.
        afterByline = paragraphs.length > 0;
        byline.push(
          ...text
            .replace(/^(?:author|by|written by|words by|reporting by)\s*:?\s+/i, '')
            .split(/\s*(?:,|\band\b|&)\s*/),
        );
      }
      if (reason === 'author-bio') outlet ??= outletFromBio(text);
      removed.push({ text, reason });
      return;
    }
    // A headline-like fragment just before an ad is the ad's own headline.
    const next = lines[index + 1];
    if (
      isHeadlineLike(text) &&
      next !== undefined &&
      classifyParagraph(next, { isLast: false, afterByline }) === 'advertisement'
    ) {
      removed.push({ text, reason: 'advertisement' });
      return;
    }
    inHeader = false;
    paragraphs.push(text);
  });

  return {
    paragraphs,
    removed,
    ...(title !== undefined && { title }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(byline.length > 0 && { byline }),
    ...(outlet !== undefined && { outlet }),
  };
}

/** Splits plain text into paragraphs: blank lines and single line breaks both end a paragraph. */
export function splitPlainText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}
