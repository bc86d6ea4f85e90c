// Frequent function words per language: enough to tell the languages of news apart on a paragraph or more.
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said', 'has', 'have'],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'sich',
    'auch',
    'ein',
    'eine',
    'wird',
  ],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'sur', 'pas', 'du'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'como', 'pero', 'fue', 'sus'],
  it: ['il', 'di', 'che', 'della', 'per', 'una', 'sono', 'con', 'non', 'gli', 'anche', 'nel', 'alla', 'è'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'op', 'zijn', 'voor', 'met', 'ook', 'werd', 'naar'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'das'],
};
const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Guesses the ISO 639-1 language of a text from its function words; undefined when unsure. */
export function detectLanguage(text: string): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of text
    .toLowerCase()
    .slice(0, 20_000)
    .split(/[^\p{L}]+/u)) {
    const languages = LOOKUP.get(word);
    if (!languages) continue;
    total++;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || total < 5 || best[1] < total * 0.4) return undefined;
  return best[0];
}
