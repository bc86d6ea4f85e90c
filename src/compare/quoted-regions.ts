import type { Span } from '../model/index.js';

const OPEN = new Set(['“', '"']);
const CLOSE = new Set(['”', '"']);

/**
 * Every stretch of text between quotation marks, paragraph by paragraph, as a safety net under analysis's
 * quote finding for framing: a quote left open runs to the end of its paragraph (news style opens each
 * paragraph of a long quote and closes only the last), and a closing mark with no opening one closes a
 * quote that began where the paragraph's last quote ended, or at its start. Straight quotes (") open after
 * a space or the start and close before one.
 */
export function quotedRegions(text: string, minWords = 1): Span[] {
  const regions: Span[] = [];
  const push = (start: number, end: number): void => {
    if (end - start > 0 && text.slice(start, end).split(/\s+/).length >= minWords)
      regions.push({ start, end, text: text.slice(start, end) });
  };
  let paragraphStart = 0;
  let open = -1;
  let lastClose = 0; // where the paragraph's last quote ended: a stray closing mark's quote starts after it
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || (c === '\n' && text[i + 1] === '\n')) {
      if (open >= 0) push(open, i);
      open = -1;
      paragraphStart = i + 2;
      lastClose = paragraphStart;
      continue;
    }
    if (c === undefined) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    const straight = c === '"';
    if (straight && open < 0 && /\d/.test(before)) continue; // 5" is inches, not a quote (but "1 in 3" closes)
    const canOpen = OPEN.has(c) && (!straight || /[\s([—-]/.test(before) || i === paragraphStart);
    const canClose = CLOSE.has(c) && (!straight || /[\s.,;:!?)\]—-]/.test(after) || i + 1 === text.length);
    if (open < 0 && canOpen && !(straight && canClose && !/\s/.test(before))) open = i;
    else if (open >= 0 && canClose) {
      push(open, i + 1);
      open = -1;
      lastClose = i + 1;
    } else if (open < 0 && canClose && !canOpen) {
      push(Math.max(paragraphStart, lastClose), i + 1);
      lastClose = i + 1;
    }
  }
  return regions;
}
