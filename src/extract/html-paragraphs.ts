import { collectBlocks, type TextBlock } from './html/collect-blocks.js';
import { measureTree } from './html/element-text.js';
import { findMainContent } from './html/find-main-content.js';
import { isBoilerplate } from './html/is-boilerplate.js';
import { parseHtmlTree } from './html/parse-html-tree.js';
import type { RemovedPiece } from '../model/index.js';
import { wordCount } from '../util/word-count.js';
import { classifyParagraph } from './classify-paragraph.js';
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata.js';

/** The body paragraphs and metadata of an HTML page. */
export interface HtmlContent {
  readonly paragraphs: readonly string[];
  readonly metadata: HtmlMetadata;
  /** Lines inside the article's container that were dropped: link lines, labels, orphan headings. */
  readonly removed: readonly RemovedPiece[];
}

// Below this many characters a strict pass probably pruned the article itself; the lenient pass retries.
const ENOUGH_CHARS = 500;

function keep(block: TextBlock): boolean {
  // Short link-only lines inside the article are related-story links, not prose.
  // A bare address written out in the text is content ("sign it at https://..."), not a link list.
  return !(block.linkShare > 0.6 && block.text.length < 200) || /^(?:https?:\/\/|www\.)\S+$/.test(block.text);
}

const HEADING = /^h[2-6]$/;
/** A short line that is not a sentence: a section label, a kicker, a tag. */
const reasonFor = (text: string): string =>
  classifyParagraph(text, { isLast: false, afterByline: false }) ?? 'label';
const isLabel = (block: TextBlock, maxWords = 6): boolean =>
  wordCount(block.text) <= maxWords && !/[.!?:;"”’)]$/.test(block.text);

/**
 * Drops what frames the article rather than belonging to it: labels before its first sentence and after its
 * last, and headings whose section was all furniture (a "More stories" heading over a dropped link list).
 */
function trimFrame(blocks: readonly TextBlock[], removed: RemovedPiece[]): TextBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isLabel(blocks[start]!)) start++;
  while (end > start && (isLabel(blocks[end - 1]!) || HEADING.test(blocks[end - 1]!.tag))) end--;
  for (const block of [...blocks.slice(0, start), ...blocks.slice(end)]) {
    removed.push({ text: block.text, reason: reasonFor(block.text) });
  }
  const kept = blocks.slice(start, end);
  return kept.filter((block, i) => {
    const orphan = HEADING.test(block.tag) && HEADING.test(kept[i + 1]?.tag ?? 'h2');
    if (orphan) removed.push({ text: block.text, reason: reasonFor(block.text) });
    return !orphan;
  });
}

/** Parses a page, finds its main content with a Readability-style scorer, and returns paragraphs and metadata. */
export function htmlParagraphs(html: string): HtmlContent {
  const tree = parseHtmlTree(html);
  const stats = measureTree(tree.root);
  const metadata = readHtmlMetadata(tree);
  let best: string[] = [];
  let bestRemoved: RemovedPiece[] = [];
  let bestChars = 0;
  for (const strict of [true, false]) {
    const main = findMainContent(tree.root, stats, strict);
    if (!main) continue;
    const blocks = collectBlocks(main.elements, main.pruned, stats, (e, chars) =>
      isBoilerplate(e, false, chars),
    );
    const removed: RemovedPiece[] = [];
    const linkLines = blocks.filter((b) => !keep(b));
    for (const b of linkLines) removed.push({ text: b.text, reason: 'related-links' });
    const paragraphs = trimFrame(blocks.filter(keep), removed).map((b) => b.text);
    const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
    if (chars > bestChars) {
      best = paragraphs;
      bestRemoved = removed;
      bestChars = chars;
    }
    if (bestChars >= ENOUGH_CHARS) break;
  }
  return { paragraphs: best, metadata, removed: bestRemoved };
}
