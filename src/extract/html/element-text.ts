import type { HtmlElement } from './parse-html-tree.js';

/** Text measures of an element's subtree: visible characters, characters inside links, commas. */
export interface TextStats {
  readonly chars: number;
  readonly linkChars: number;
  readonly commas: number;
}

const COMMAS = /[,،、，﹐︐﹑､]/g;

/** Counts characters that are not whitespace. */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160) count++;
  }
  return count;
}

/** Computes text measures for every element of a tree in one bottom-up pass. */
export function measureTree(root: HtmlElement): Map<HtmlElement, TextStats> {
  const stats = new Map<HtmlElement, TextStats>();
  const visit = (element: HtmlElement, inLink: boolean): TextStats => {
    let chars = 0;
    let linkChars = 0;
    let commas = 0;
    const link = inLink || element.tag === 'a';
    for (const child of element.children) {
      if (typeof child === 'string') {
        const length = visibleLength(child);
        chars += length;
        if (link) linkChars += length;
        if (length > 0) commas += child.match(COMMAS)?.length ?? 0;
      } else {
        const inner = visit(child, link);
        chars += inner.chars;
        linkChars += inner.linkChars;
        commas += inner.commas;
      }
    }
    const result = { chars, linkChars, commas };
    stats.set(element, result);
    return result;
  };
  visit(root, false);
  return stats;
}

/** The whole text of a subtree with whitespace collapsed. */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const visit = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child);
      else {
        if (child.tag === 'br') parts.push(' ');
        visit(child);
      }
    }
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
