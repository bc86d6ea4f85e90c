import { plainWords } from '../util/plain-words.js';
import type { SentenceFeatures } from './sentence-features.js';

// A quoted phrase of two words or more, inside curly or straight marks.
const QUOTED_PHRASE = /[“"]([^“”"]+)[”"]/gu;

// Each sentence is checked against many facts' evidence: its quoted phrases are found once.
const phrasesCache = new WeakMap<SentenceFeatures, readonly string[]>();

/** The sentence's quoted phrases of two words or more, normalized. */
function quotedPhrases(features: SentenceFeatures): readonly string[] {
  let phrases = phrasesCache.get(features);
  if (!phrases) {
    phrases = [...features.sentence.text.matchAll(QUOTED_PHRASE)]
      .map((m) => plainWords(m[1]!))
      .filter((p) => p.includes(' '));
    phrasesCache.set(features, phrases);
  }
  return phrases;
}

/**
 * Whether a sentence reports what an evidence sentence quotes: both quote the same speaker, and the sentence
 * quotes words of the evidence ("Mr. Akin said ... women's bodies will resist getting pregnant from a
 * “legitimate rape”" for "“If it's a legitimate rape, the female body has ways to try to shut that whole thing
 * down,” Akin said"). An outlet paraphrasing a quote around its key words has not left it out.
 */
export function echoesQuote(sentence: SentenceFeatures, evidence: SentenceFeatures): boolean {
  if (sentence.speakers.size === 0 || evidence.speakers.size === 0) return false;
  let sameSpeaker = false;
  for (const speaker of sentence.speakers) if (evidence.speakers.has(speaker)) sameSpeaker = true;
  if (!sameSpeaker) return false;
  const phrases = quotedPhrases(sentence);
  if (phrases.length === 0) return false;
  const quoted = ` ${plainWords(evidence.sentence.text)} `;
  return phrases.some((p) => quoted.includes(` ${p} `));
}
