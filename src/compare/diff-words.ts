import { NEGATION } from '../util/negation.js';
import { stem } from '../util/terms.js';

/** One step of a word diff between two renderings of a quote. */
export interface WordDiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const normal = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A word-level diff (longest common subsequence, punctuation and case ignored) of `from` into `to`. */
export function diffWords(from: string, to: string): WordDiffPart[] {
  const a = words(from);
  const b = words(to);
  const na = a.map(normal);
  const nb = b.map(normal);
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        na[i] === nb[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], text: string): void => {
    const last = parts.at(-1);
    if (last?.op === op) parts[parts.length - 1] = { op, text: `${last.text} ${text}` };
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (na[i] === nb[j]) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}

// Words whose change alters nothing of a quote's meaning.
const LIGHT = new Set('a an the very really just so that and or but it is was be we i'.split(' '));

/**
 * Whether a diff changes meaning-bearing words: not when only punctuation, case, light words ("very",
 * "the") or a word's inflection ("militia"/"militias") differ, and not when one rendering only cuts the
 * other short at either end (a shorter excerpt of the same words).
 */
export function changesMeaning(parts: readonly WordDiffPart[]): boolean {
  // A shorter excerpt changes nothing, unless what it leaves off denies what it keeps ("We will not | raise taxes").
  const inner = parts.filter(
    (p, i) => !(p.op === 'removed' && (i === 0 || i === parts.length - 1) && !NEGATION.test(p.text)),
  );
  const heavy = (op: WordDiffPart['op']): string[] =>
    inner
      .filter((p) => p.op === op)
      .flatMap((p) => words(p.text).map(normal))
      .filter((w) => w !== '' && !LIGHT.has(w))
      .map(stem);
  const removed = heavy('removed');
  const added = heavy('added');
  const unmatched = [
    ...removed.filter((w) => !added.includes(w)),
    ...added.filter((w) => !removed.includes(w)),
  ];
  return unmatched.length > 0;
}
