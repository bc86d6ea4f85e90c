/**
 * Maps offsets of `source` onto `target` when the two differ only in whitespace (extraction trims and
 * collapses spaces): returns a function from a source offset to the target offset of the same character.
 */
export function alignOffsets(source: string, target: string): (offset: number) => number {
  const map = new Int32Array(source.length + 1);
  let j = 0;
  for (let i = 0; i < source.length; i++) {
    if (j < target.length && source[i] === target[j]) {
      map[i] = j++;
      continue;
    }
    map[i] = j;
    if (/\s/.test(source[i]!)) continue;
    while (j < target.length && /\s/.test(target[j]!) && source[i] !== target[j]) j++;
    map[i] = j;
    if (j < target.length && source[i] === target[j]) j++;
  }
  map[source.length] = target.length;
  return (offset) => map[Math.min(Math.max(offset, 0), source.length)]!;
}
