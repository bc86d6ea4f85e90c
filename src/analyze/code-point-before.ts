/**
 * The character that ends at `at` in `text`: a surrogate pair whole (an emoji, a rare CJK name) when both halves
 * lie at or after `floor`, else one code unit. For reading text backwards word by word.
 */
export function codePointBefore(text: string, at: number, floor = 0): string {
  const low = text.charCodeAt(at - 1);
  const high = at - 2 >= floor ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? text.slice(at - 2, at)
    : text[at - 1]!;
}
