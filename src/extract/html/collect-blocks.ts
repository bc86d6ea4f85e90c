import type { TextStats } from './element-text.js';
import { BLOCK_TAGS } from './block-tags.js';
import type { HtmlElement } from './parse-html-tree.js';

/** One paragraph of visible text and how much of it sits inside links. */
export interface TextBlock {
  readonly text: string;
  readonly linkShare: number;
  readonly tag: string;
}

// Elements that end a paragraph: every block, plus a few that only break lines; everything else is inline
// and joins the text around it.
const BREAKS = new Set([...BLOCK_TAGS, 'center', 'details', 'summary', 'thead']);
const CONTAINERS = /^(?:div|section|ul|ol|table|dl|aside|center)$/;

/**
 * Reads the paragraphs of the chosen elements in document order, skipping pruned furniture and containers
 * that are mostly links (menus, related-story lists).
 */
export function collectBlocks(
  elements: readonly HtmlElement[],
  pruned: ReadonlySet<HtmlElement>,
  stats: ReadonlyMap<HtmlElement, TextStats>,
  isNoise: (element: HtmlElement, chars: number) => boolean,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The current paragraph's text pieces and link characters; a <br> ends a line, which becomes its own block.
  let parts: string[] = [];
  let linkChars = 0;
  let lines: { text: string; linkChars: number }[] = [];
  let blockTag = 'p';
  const endLine = (): void => {
    lines.push({ text: parts.join(''), linkChars });
    parts = [];
    linkChars = 0;
  };
  const flush = (): void => {
    endLine();
    for (const line of lines) {
      const text = line.text.replace(/[\s\u00a0]+/g, ' ').trim();
      if (text === '') continue;
      blocks.push({ text, linkShare: Math.min(1, line.linkChars / Math.max(1, text.length)), tag: blockTag });
    }
    lines = [];
  };
  const visit = (element: HtmlElement, inLink: boolean): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        parts.push(child);
        if (inLink) linkChars += child.trim().length;
        continue;
      }
      if (child.tag === 'br') {
        endLine();
        continue;
      }
      const { chars = 0, linkChars: links = 0 } = stats.get(child) ?? {};
      if (pruned.has(child) || isNoise(child, chars)) continue;
      if (CONTAINERS.test(child.tag) && chars > 0 && links / chars > 0.5) continue;
      const isBreak = BREAKS.has(child.tag);
      if (isBreak) {
        flush();
        blockTag = child.tag;
      }
      visit(child, inLink || child.tag === 'a');
      if (isBreak) {
        flush();
        blockTag = 'p';
      }
    }
  };
  for (const element of elements) {
    flush();
    blockTag = element.tag;
    visit(element, element.tag === 'a');
    flush();
  }
  return blocks;
}
