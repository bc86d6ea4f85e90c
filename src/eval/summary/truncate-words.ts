/** The first `budget` whitespace-separated words of a text: the word budget every system is held to. */
export function truncateWords(text: string, budget: number): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.slice(0, budget).join(' ');
}
