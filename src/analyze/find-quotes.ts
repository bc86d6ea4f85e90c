import type { EntityMention, Quote, Sentence, Span } from '../model/index.js';

const SPEECH_VERBS =
  'said|says|say|added|adds|stated|states|told|tells|wrote|writes|warned|warns|declared|announced|noted|argued|insisted|claimed|claims|vowed|threatened|explained|asked|urged|stressed|emphasized|emphasised|described|continued|according';
const OPEN_QUOTES = '"“';
const QUOTE = /[“"]([^“”"]{2,}?)(?:[”"]|$)/g;
// "X said", "said X", "according to X", "the statement added"
const SPEAKER_AFTER = new RegExp(
  `^[\\s,.…–—-]*(?:(${"[\\p{L}\\p{Lu}][\\p{L}.'’ -]{0,60}?"})\\s+(?:${SPEECH_VERBS})\\b|(?:${SPEECH_VERBS})\\s+([\\p{Lu}][\\p{L}.'’ -]{0,60}))`,
  'u',
);
const SPEAKER_BEFORE = new RegExp(
  `([\\p{L}][\\p{L}.'’ -]{0,60}?)\\s+(?:${SPEECH_VERBS})\\b(?!.*\\b(?:${SPEECH_VERBS})\\b)`,
  'u',
);
const PRONOUNS =
  /^(?:he|she|they|it|the statement|the group|the spokesman|the spokeswoman|the official|the ministry|the agency)$/i;
const INDIRECT = new RegExp(
  `^(.{0,80}?)\\b(?:${SPEECH_VERBS.replace('|according', '')})\\s+(?:that\\s+)?(.{20,})$`,
  'u',
);

/** Finds the entity a speaker phrase names, or resolves a pronoun to the last person or group named before. */
function resolveSpeaker(
  phrase: string,
  phraseStart: number,
  mentions: readonly EntityMention[],
): string | undefined {
  const trimmed = phrase.trim().replace(/^(?:and|but|as|while|adding that)\s+/i, '');
  const inside = mentions.filter((m) => m.start >= phraseStart && m.end <= phraseStart + phrase.length + 1);
  const named =
    inside.find((m) => m.type === 'person') ?? inside.find((m) => m.type !== 'location') ?? inside[0];
  if (named) return named.canonical;
  const lastWords = trimmed.split(/\s+/).slice(-2).join(' ');
  if (PRONOUNS.test(lastWords) || PRONOUNS.test(trimmed.split(/\s+/).at(-1) ?? '')) {
    const wantsGroup = /statement|group|ministry|agency/i.test(lastWords);
    const earlier = mentions.filter((m) => m.end <= phraseStart);
    const wanted = wantsGroup ? (['group', 'organization'] as const) : (['person'] as const);
    for (const type of wanted) {
      const last = earlier.findLast((m) => m.type === type);
      if (last) return last.canonical;
    }
  }
  return undefined;
}

/**
 * Finds direct quotes (straight or curly marks, split around the attribution) and indirect speech
 * ("X said that ...", "according to X"), each with its speaker where the text names or implies one.
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): { quotes: Quote[]; attributed: Span[] } {
  const quotes: Quote[] = [];
  const attributed: Span[] = [];
  let lastSpeaker: string | undefined;
  for (const sentence of sentences) {
    const direct: Quote[] = [];
    for (const match of sentence.text.matchAll(QUOTE)) {
      const start = sentence.start + match.index + 1;
      const body = match[1]!.replace(/[,.\s]+$/, '');
      const end = start + body.length;
      if (body.trim().split(/\s+/).length < 2) continue;
      const after = text.slice(sentence.start + match.index + match[0].length, sentence.end);
      const before = text.slice(sentence.start, sentence.start + match.index);
      let speaker: string | undefined;
      const afterMatch = SPEAKER_AFTER.exec(after);
      if (afterMatch) {
        const phrase = afterMatch[1] ?? afterMatch[2] ?? '';
        speaker = resolveSpeaker(
          phrase,
          sentence.start + match.index + match[0].length + after.indexOf(phrase),
          mentions,
        );
      }
      if (!speaker) {
        const beforeMatch = SPEAKER_BEFORE.exec(before);
        if (beforeMatch)
          speaker = resolveSpeaker(beforeMatch[1]!, sentence.start + beforeMatch.index, mentions);
      }
      // A quote that carries on from the previous sentence's speaker.
      if (!speaker && OPEN_QUOTES.includes(sentence.text[0] ?? '') && match.index === 0)
        speaker = lastSpeaker;
      const whole = before.trim() === '' && after.replace(/^[,.\s]*/, '').length < 60;
      direct.push({
        start,
        end,
        text: text.slice(start, end),
        kind: whole ? 'direct' : 'partial',
        ...(speaker && { speaker }),
        sentenceId: sentence.id,
      });
      attributed.push({ start, end, text: text.slice(start, end) });
    }
    // Quotes split around one attribution share its speaker.
    const known = direct.find((q) => q.speaker)?.speaker;
    for (const quote of direct) quotes.push(quote.speaker || !known ? quote : { ...quote, speaker: known });
    if (known) lastSpeaker = known;
    if (direct.length === 0) {
      const indirect = INDIRECT.exec(sentence.text);
      if (indirect && !/\?$/.test(sentence.text)) {
        const speaker = resolveSpeaker(indirect[1]!, sentence.start, mentions);
        if (speaker) {
          const start = sentence.start + sentence.text.length - indirect[2]!.length;
          quotes.push({
            start,
            end: sentence.end,
            text: text.slice(start, sentence.end),
            kind: 'indirect',
            speaker,
            sentenceId: sentence.id,
          });
          attributed.push({ start: sentence.start, end: sentence.end, text: sentence.text });
          lastSpeaker = speaker;
        }
      }
    }
  }
  return { quotes, attributed };
}
