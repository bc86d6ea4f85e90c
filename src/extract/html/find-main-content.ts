import { classAndId, isBoilerplate } from './is-boilerplate.js';
import type { TextStats } from './element-text.js';
import { BLOCK_TAGS } from './block-tags.js';
import type { HtmlElement } from './parse-html-tree.js';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const MIN_PARAGRAPH_CHARS = 25;

function classWeight(element: HtmlElement): number {
  const words = classAndId(element);
  if (words === '') return 0;
  return (POSITIVE.test(words) ? 25 : 0) - (NEGATIVE.test(words) ? 25 : 0);
}

function tagWeight(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'section' || tag === 'main') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (/^(?:address|ol|ul|dl|dd|dt|li|form)$/.test(tag)) return -3;
  if (/^(?:h[1-6]|th)$/.test(tag)) return -5;
  return 0;
}

function hasBlockChild(element: HtmlElement): boolean {
  return element.children.some((child) => typeof child !== 'string' && BLOCK_TAGS.has(child.tag));
}

/** The elements that hold a page's article: the best-scored container and the siblings that belong with it. */
export interface MainContent {
  readonly elements: readonly HtmlElement[];
  readonly pruned: ReadonlySet<HtmlElement>;
}

/**
 * Finds the main content the way Readability does, on a light tree: paragraphs score their ancestors by
 * length and commas, link-heavy containers are discounted, and related siblings join the best container.
 */
export function findMainContent(
  root: HtmlElement,
  stats: ReadonlyMap<HtmlElement, TextStats>,
  strict: boolean,
): MainContent | undefined {
  const pruned = new Set<HtmlElement>();
  const scores = new Map<HtmlElement, number>();
  const statsOf = (e: HtmlElement): TextStats => stats.get(e) ?? { chars: 0, linkChars: 0, commas: 0 };
  // Characters of prose (scored paragraphs) under each element, to see how much of the article a container holds.
  const prose = new Map<HtmlElement, number>();
  const addPoints = (chars: number, commas: number, from: HtmlElement | undefined): void => {
    if (chars < MIN_PARAGRAPH_CHARS) return;
    for (let e = from; e; e = e.parent) prose.set(e, (prose.get(e) ?? 0) + chars);
    const points = 1 + commas + Math.min(Math.floor(chars / 100), 3);
    let ancestor = from;
    for (let level = 0; ancestor && ancestor.tag !== 'root' && level < 5; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, tagWeight(ancestor.tag) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
      ancestor = ancestor.parent;
    }
  };
  const visit = (element: HtmlElement): void => {
    // Text written straight into a container (paragraphs split by <br>) counts as the container's own paragraph.
    let blockChars = 0;
    let blockCommas = 0;
    let hasBlocks = false;
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const childStats = statsOf(child);
      if (BLOCK_TAGS.has(child.tag)) {
        hasBlocks = true;
        blockChars += childStats.chars;
        blockCommas += childStats.commas;
      }
      if (isBoilerplate(child, strict, childStats.chars)) {
        pruned.add(child);
        continue;
      }
      if (
        PARAGRAPH_TAGS.has(child.tag) ||
        (/^(?:div|section|span)$/.test(child.tag) && !hasBlockChild(child))
      ) {
        addPoints(childStats.chars, childStats.commas, child.parent);
      }
      visit(child);
    }
    if (hasBlocks && !PARAGRAPH_TAGS.has(element.tag)) {
      const own = statsOf(element);
      addPoints(own.chars - blockChars, own.commas - blockCommas, element);
    }
  };
  visit(root);

  let top: HtmlElement | undefined;
  let topScore = 0;
  const finalScores = new Map<HtmlElement, number>();
  for (const [element, raw] of scores) {
    const { chars, linkChars } = statsOf(element);
    const final = raw * (1 - (chars === 0 ? 0 : linkChars / chars));
    finalScores.set(element, final);
    if (final > topScore) {
      top = element;
      topScore = final;
    }
  }
  if (!top) return undefined;

  // When several strong candidates share an ancestor, the article is that ancestor (split into sections).
  const strong = [...finalScores]
    .filter(([e, s]) => e !== top && s >= topScore * 0.75)
    .map(([e]) => e)
    .slice(0, 5);
  if (strong.length >= 2) {
    for (let ancestor = top.parent; ancestor && ancestor.tag !== 'root'; ancestor = ancestor.parent) {
      const contained = strong.filter((e) => contains(ancestor!, e)).length;
      if (contained >= 2) {
        top = ancestor;
        topScore = finalScores.get(ancestor) ?? topScore;
        break;
      }
    }
  }

  top = widenToSplitArticle(top, prose, statsOf);

  const parent = top.parent;
  if (!parent) return { elements: [top], pruned };
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attrs.class ?? '';
  const elements: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === 'string' || pruned.has(sibling)) continue;
    if (sibling === top) {
      elements.push(sibling);
      continue;
    }
    const bonus = topClass !== '' && sibling.attrs.class === topClass ? topScore * 0.2 : 0;
    const siblingScore = finalScores.get(sibling);
    if (siblingScore !== undefined && siblingScore + bonus >= threshold) {
      elements.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      const { chars, linkChars } = statsOf(sibling);
      const density = chars === 0 ? 0 : linkChars / chars;
      if ((chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density === 0)) {
        elements.push(sibling);
      }
    }
  }
  return { elements, pruned };
}

/**
 * Articles split into several blocks (an ad or a widget between chunks) leave the best container holding only
 * one chunk; a near ancestor that holds clearly more prose, and is not link-heavy, is the whole article.
 */
function widenToSplitArticle(
  top: HtmlElement,
  prose: ReadonlyMap<HtmlElement, number>,
  statsOf: (e: HtmlElement) => TextStats,
): HtmlElement {
  let best = top;
  const base = prose.get(top) ?? 0;
  let ancestor = top.parent;
  for (let level = 0; ancestor && ancestor.tag !== 'root' && ancestor.tag !== 'body' && level < 3; level++) {
    const more = prose.get(ancestor) ?? 0;
    const { chars, linkChars } = statsOf(ancestor);
    if (more >= base * 1.2 && more - base >= 200 && (chars === 0 || linkChars / chars < 0.1)) {
      best = ancestor;
    }
    ancestor = ancestor.parent;
  }
  return best;
}

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let e: HtmlElement | undefined = element; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
