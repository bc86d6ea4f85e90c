const LEADING = new Set(
  'The A An This That These Those He She It They We I You His Her Its Their Our In On At For From With By As But And Or If When While After Before Since During Under Over Mr Mrs Ms Dr'.split(
    ' ',
  ),
);

/**
 * Capitalised word runs that are not just a sentence's first word ("Tara Reid", "Promises Treatment Center"):
 * a cheap stand-in for entity names when full analysis was not run.
 */
export function quickEntities(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(
    /(^|[.!?]\s+|\s)((?:[A-Z][\p{L}'’.-]*)(?:\s+(?:[A-Z][\p{L}'’.-]*|of|de|van|von|al))*)/gu,
  )) {
    const sentenceStart = match[1] === '' || /[.!?]/.test(match[1]!);
    let words = match[2]!.replace(/['’]s$/, '').split(/\s+/);
    while (words.length > 0 && LEADING.has(words[0]!)) words = words.slice(1);
    while (words.length > 0 && /^(of|de|van|von|al)$/.test(words[words.length - 1]!))
      words = words.slice(0, -1);
    if (words.length === 0) continue;
    // A lone capitalised word opening a sentence is usually just a sentence opening.
    if (sentenceStart && words.length === 1 && match[2]!.split(/\s+/).length === 1) continue;
    const name = words.join(' ').replace(/[.]$/, '');
    if (name.length > 1) names.push(name);
  }
  return names;
}
