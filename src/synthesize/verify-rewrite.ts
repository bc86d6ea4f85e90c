import type { Evidence, SummarySentence } from '../model/index.js';
import { ownVoiceLoadedTerms } from './own-voice.js';
import { escapeRegExp } from '../util/escape-reg-exp.js';

/** A sentence a model proposed, with the input sentences (1-based) it says it is based on. */
export interface ProposedSentence {
  readonly text: string;
  readonly sources: readonly number[];
}

/** A proposed sentence that failed the check, and why. */
export interface DroppedSentence {
  readonly text: string;
  readonly reason: string;
}

/** The verified rewrite: sentences kept (with citations carried over) and sentences dropped. */
export interface VerifiedRewrite {
  readonly summary: SummarySentence[];
  readonly dropped: DroppedSentence[];
}

/** Parses a model's answer (JSON, possibly inside a code fence) into proposed sentences; undefined if it is not that. */
export function parseRewrite(answer: string): ProposedSentence[] | undefined {
  const json = /\{[\s\S]*\}/.exec(answer)?.[0];
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as { sentences?: unknown };
    if (!Array.isArray(parsed.sentences)) return undefined;
    return parsed.sentences.flatMap((s: unknown) => {
      const item = s as { text?: unknown; sources?: unknown };
      if (typeof item.text !== 'string' || item.text.trim() === '') return [];
      const sources = Array.isArray(item.sources)
        ? item.sources.filter((n): n is number => Number.isInteger(n))
        : [];
      return [{ text: item.text.trim(), sources }];
    });
  } catch {
    return undefined;
  }
}

const norm = (text: string): string => text.toLowerCase().replace(/[’']/g, "'");

/** Numbers, names and dates of a sentence: the words that must be found in its evidence. */
export function checkableTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[.,:]\d+)*/g)) tokens.add(m[0].replace(/[.,:]$/, ''));
  // Capitalised words, except the first word of the sentence (capitalised by position, not as a name).
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const before = text.slice(0, m.index).trim();
    if (before === '' || /[.!?:]["”]?$/.test(before) || /^["“]$/.test(before)) continue;
    tokens.add(m[0].replace(/['’]s$/, ''));
  }
  return [...tokens];
}

function missingFrom(
  text: string,
  evidence: readonly Evidence[],
  sources: readonly SummarySentence[],
): string[] {
  const haystack = norm([...evidence.map((e) => e.text), ...sources.map((s) => s.text)].join(' \n '));
  return checkableTokens(text).filter((token) => {
    const escaped = escapeRegExp(norm(token));
    // Whole-word presence: "38" must not be found inside "380".
    return !new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?![\\p{N}])`, 'u').test(haystack);
  });
}

/**
 * Checks a model's rewrite against the evidence of the summary it rewrote: a sentence is kept only when
 * it cites existing input sentences, every number, name and date in it appears in that evidence, and it
 * uses no loaded term in its own voice; it then cites every article its sources cited. Others are dropped
 * with the reason.
 */
export function verifyRewrite(
  original: readonly SummarySentence[],
  proposed: readonly ProposedSentence[],
): VerifiedRewrite {
  const summary: SummarySentence[] = [];
  const dropped: DroppedSentence[] = [];
  for (const sentence of proposed) {
    const sources = [...new Set(sentence.sources)].map((n) => original[n - 1]);
    if (sources.length === 0 || sources.some((s) => s === undefined)) {
      dropped.push({ text: sentence.text, reason: 'cites no existing summary sentence' });
      continue;
    }
    const cited = sources as SummarySentence[];
    const evidence = cited.flatMap((s) => s.evidence);
    const missing = missingFrom(sentence.text, evidence, cited);
    if (missing.length > 0) {
      dropped.push({ text: sentence.text, reason: `not in the cited evidence: ${missing.join(', ')}` });
      continue;
    }
    const loaded = ownVoiceLoadedTerms(sentence.text);
    if (loaded.length > 0) {
      dropped.push({
        text: sentence.text,
        reason: `loaded wording: ${loaded.map((l) => l.text).join(', ')}`,
      });
      continue;
    }
    summary.push({
      text: sentence.text,
      articleIds: [...new Set(cited.flatMap((s) => s.articleIds))],
      evidence: evidence.filter(
        (e, i) =>
          evidence.findIndex((x) => x.articleId === e.articleId && x.sentenceId === e.sentenceId) === i,
      ),
    });
  }
  return { summary, dropped };
}
