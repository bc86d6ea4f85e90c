import type { GoldEntity, NerDocument } from './ner-documents.js';

const GUM_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const LEADING = /^(?:the|a|an)$/i;
const INSIDE_NAME = /^(?:of|and|for|the|de|-|&|'s|’s)$/i;

/**
 * A GUM news document as text (sentences as paragraphs, GUM's own spacing) with its named mentions: mentions
 * of person, organization or place entities that carry a Wikipedia identity and, leading "the" aside, consist of
 * proper nouns (with "of", "and", hyphens inside), so that pronouns and common-noun mentions are left out.
 */
export function readGumDocument(name: string, content: string): NerDocument {
  const paragraphs: string[] = [];
  const entities: GoldEntity[] = [];
  let line: string[] = [];
  let tokens: { start: number; end: number; word: string; xpos: string }[] = [];
  let offset = 0;
  let sentenceText = '';
  const openStacks = new Map<string, { type: string; from: number }[]>();
  const flush = (): void => {
    if (line.length === 0) return;
    const trimmed = sentenceText.trimEnd();
    paragraphs.push(trimmed);
    offset += trimmed.length + 2;
    line = [];
    tokens = [];
    sentenceText = '';
    openStacks.clear();
  };
  // GUM writes the Wikipedia identity on some mentions of an entity only: an entity is named if any mention has one.
  const identified = new Set<string>();
  const candidates: (GoldEntity & { id: string })[] = [];
  const addMention = (id: string, type: string, from: number, to: number): void => {
    let first = from;
    while (first <= to && LEADING.test(tokens[first]!.word)) first++;
    const span = tokens.slice(first, to + 1);
    if (span.length === 0) return;
    const proper = span.every((t, k) =>
      /^NNPS?$/.test(t.xpos) ? true : k > 0 && k < span.length - 1 && INSIDE_NAME.test(t.word),
    );
    if (proper) candidates.push({ id, start: offset + span[0]!.start, end: offset + span.at(-1)!.end, type });
  };
  for (const raw of content.split(/\r?\n/)) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (raw.startsWith('#')) continue;
    const columns = raw.split('\t');
    if (!/^\d+$/.test(columns[0]!)) continue; // multi-word token ranges and empty nodes
    const word = columns[1]!;
    const misc = columns[9] ?? '';
    const start = sentenceText.length;
    sentenceText += word;
    const index = tokens.length;
    tokens.push({ start, end: sentenceText.length, word, xpos: columns[4]! });
    if (!/SpaceAfter=No/.test(misc)) sentenceText += ' ';
    line.push(word);
    const entity = /Entity=([^|]*)/.exec(misc)?.[1] ?? '';
    for (const piece of entity.matchAll(/\((\d+)-([^()]*?)(?=\(|\)|$)(\))?|(\d+)\)/g)) {
      if (piece[1]) {
        const fields = piece[2]!.split('-');
        const type = GUM_TYPES[fields[0]!] ?? '';
        const identity = fields.slice(6).join('-');
        if (identity) identified.add(piece[1]);
        if (piece[3]) {
          if (type) addMention(piece[1], type, index, index);
        } else {
          const stack = openStacks.get(piece[1]) ?? [];
          stack.push({ type, from: index });
          openStacks.set(piece[1], stack);
        }
      } else if (piece[4]) {
        const opened = openStacks.get(piece[4])?.pop();
        if (opened && opened.type) addMention(piece[4], opened.type, opened.from, index);
      }
    }
  }
  flush();
  for (const { id, ...mention } of candidates) if (identified.has(id)) entities.push(mention);
  const text = paragraphs.join('\n\n');
  return { id: name, text, entities };
}
