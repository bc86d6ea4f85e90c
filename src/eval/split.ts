import { createHash } from 'node:crypto';

/** Which split an evaluation item belongs to. */
export type Split = 'dev' | 'test';
/** A split to evaluate on; `all` means both. */
export type SplitChoice = Split | 'all';

/** The workplace's default split rule: `dev` when the first hex digit of SHA-1(key) is 0-7, else `test`. */
export function splitOf(key: string): Split {
  const first = createHash('sha1').update(key).digest('hex')[0]!;
  return Number.parseInt(first, 16) < 8 ? 'dev' : 'test';
}

/** Whether an item of split `split` is part of the chosen split. */
export function inSplit(split: Split, choice: SplitChoice): boolean {
  return choice === 'all' || split === choice;
}
