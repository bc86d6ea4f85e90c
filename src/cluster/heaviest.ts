/**
 * The `k` entries with the largest weights, largest first, ties in input order: the first `k` of a stable sort by
 * weight, without sorting every entry (a story's centroid holds hundreds of terms and is ranked each round).
 */
export function heaviest<T>(entries: Iterable<readonly [T, number]>, k: number): [T, number][] {
  const top: [T, number][] = [];
  if (k <= 0) return top;
  for (const [key, weight] of entries) {
    if (top.length === k && weight <= top[k - 1]![1]) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < weight) at--;
    top.splice(at, 0, [key, weight]);
    if (top.length > k) top.pop();
  }
  return top;
}
