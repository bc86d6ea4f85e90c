/** Snippet counts on one or more pages: wanted snippets found or missed, unwanted snippets found or absent. */
export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Counts which must-contain snippets an extracted text has, and which must-not-contain snippets leaked in. */
export function scoreSnippets(
  text: string,
  wanted: readonly string[],
  unwanted: readonly string[],
  into: SnippetCounts,
): void {
  const haystack = normalise(text);
  for (const snippet of wanted) {
    if (haystack.includes(normalise(snippet))) into.tp++;
    else into.fn++;
  }
  for (const snippet of unwanted) {
    if (haystack.includes(normalise(snippet))) into.fp++;
    else into.tn++;
  }
}

/** Precision, recall, F1 and accuracy of snippet counts. */
export function snippetMetrics({ tp, fn, fp, tn }: SnippetCounts): Record<string, number> {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: (tp + tn) / Math.max(1, tp + fn + fp + tn) };
}

const loose = (text: string): string =>
  normalise(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '');

/** Whether an extracted title matches the gold one (case, spacing and punctuation aside). */
export function sameTitle(gold: string, found: string | undefined): boolean {
  return found !== undefined && loose(gold) === loose(found);
}

const AUTHOR_SEPARATOR = /\s*(?:;|,|\band\b|&)\s*/;

/** Whether extracted authors match the gold ones (`A; B`, `A, B`, `A and B`), in any order. */
export function sameAuthors(gold: string, found: readonly string[] | undefined): boolean {
  if (!found || found.length === 0) return false;
  const want = gold.split(AUTHOR_SEPARATOR).map(loose).filter(Boolean).sort();
  const got = found
    .flatMap((a) => a.split(AUTHOR_SEPARATOR))
    .map(loose)
    .filter(Boolean)
    .sort();
  return want.length === got.length && want.every((name, i) => name === got[i]);
}

/** Whether an extracted date (ISO) falls on the gold day (`YYYY-MM-DD`). */
export function sameDay(gold: string, found: string | undefined): boolean {
  return found !== undefined && found.slice(0, 10) === gold.slice(0, 10);
}
