import { NEGATION } from '../util/negation.js';
import type { WordDiffPart } from './diff-words.js';

/**
 * A quote diff as a reader should see it: words a rendering leaves off the start or end of the quote shown as
 * "…" (it quotes part of it, as outlets do, or breaks it around "he said"), not struck out as if changed.
 * Words missing or changed inside stay marked.
 */
export function excerptDiff(parts: readonly WordDiffPart[]): WordDiffPart[] {
  const out = [...parts];
  const ellipsis: WordDiffPart = { op: 'same', text: '…' };
  // Only a cut: words left off next to words kept ("The plan" for "A plan" is a change), and no denial among
  // them ("~~We will not~~ raise taxes" stays struck out).
  const isCut = (part: WordDiffPart | undefined, neighbour: WordDiffPart | undefined): boolean =>
    part?.op === 'removed' && neighbour?.op === 'same' && !NEGATION.test(part.text);
  if (isCut(out[0], out[1])) out[0] = ellipsis;
  if (out.length > 1 && isCut(out.at(-1), out.at(-2))) out[out.length - 1] = ellipsis;
  return out;
}
