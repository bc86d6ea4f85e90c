import { contentTerms } from '../util/terms.js';

/**
 * The words of a sentence that name what several sentences share, as written: the longest run of shared
 * content words (joined by at most one small word, as in "airstrikes in eastern Syria").
 */
export function subjectPhrase(sentence: string, shared: ReadonlySet<string>): string | undefined {
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const isShared = words.map((w) => contentTerms(w).some((t) => shared.has(t)));
  let best: [number, number] = [0, -1];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const bridge =
      !isShared[i] && isShared[i - 1] && isShared[i + 1] && contentTerms(words[i] ?? '').length === 0;
    if (i < words.length && (isShared[i] || (start >= 0 && bridge))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - 1 - start > best[1] - best[0]) best = [start, i - 1];
    start = -1;
  }
  return best[1] >= best[0] ? words.slice(best[0], best[1] + 1).join(' ') : undefined;
}
