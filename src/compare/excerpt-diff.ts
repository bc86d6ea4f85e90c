import type { WordDiffPart } from './diff-words.js';

/**
 * A quote diff as a reader should see it: words a rendering leaves off the start or end of the quote shown as
 * "…" (it quotes part of it, as outlets do, or breaks it around "he said"), not struck out as if changed.
 * Words missing or changed inside stay marked.
 */
export function excerptDiff(parts: readonly WordDiffPart[]): WordDiffPart[] {
  const out = [...parts];
  const ellipsis: WordDiffPart = { op: 'same', text: '…' };
  if (out.length > 1 && out[0]!.op === 'removed') out[0] = ellipsis;
  if (out.length > 1 && out.at(-1)!.op === 'removed') out[out.length - 1] = ellipsis;
  return out;
}
