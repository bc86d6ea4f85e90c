/**
 * The `k` items with the largest weights, largest first, ties in input order: the first `k` of a stable sort by
 * weight, without sorting every item (a story's centroid holds hundreds of terms and is ranked each round; an
 * article's crowding ranks thousands of neighbours).
 */
export function heaviest<T>(items: Iterable<T>, weightOf: (item: T) => number, k: number): T[] {
  const top: T[] = [];
  const weights: number[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    const weight = weightOf(item);
    if (top.length === k && weight <= weights[k - 1]!) continue;
    let at = top.length;
    while (at > 0 && weights[at - 1]! < weight) at--;
    top.splice(at, 0, item);
    weights.splice(at, 0, weight);
    if (top.length > k) {
      top.pop();
      weights.pop();
    }
  }
  return top;
}
