import type { ComparedConflict, ComparedFact } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { contentTerms } from '../util/terms.js';
import { diffWords } from './diff-words.js';
import { wordCount } from '../util/word-count.js';
import { NEGATION_SOURCE } from '../util/negation.js';

const NEGATION = new RegExp(
  `${NEGATION_SOURCE}|\\b(?:den(?:y|ies|ied)|refus(?:e|es|ed)|reject(?:s|ed)?)\\b`,
  'gi',
);

// "not only", "no longer", "not just" do not deny anything.
const NOT_NEGATION = /\b(?:not only|not just|no longer|no doubt|not least)\b/gi;

const negations = (text: string): number => (text.replace(NOT_NEGATION, '').match(NEGATION) ?? []).length;

/**
 * Whether `denial` says what `claim` says, negated: the same content words give or take a couple, and the
 * word the negation bears on is one of the claim's.
 */
function negates(claim: string, denial: string): boolean {
  const claimTerms = new Set(contentTerms(claim));
  const denialTerms = new Set(contentTerms(denial));
  const extraTerms = [...denialTerms].filter((t) => !claimTerms.has(t));
  const extra = extraTerms.length;
  const missing = [...claimTerms].filter((t) => !denialTerms.has(t)).length;
  if (extra > 2 || missing > 3 || claimTerms.size < 4) return false;
  // A longer rendering that adds a negated clause of its own ("..., and if we don't get it") denies nothing.
  if (wordCount(denial) > 1.1 * wordCount(claim) + 2) return false;
  // The negation is inserted inside the shared wording, not in a clause added before or after it.
  const parts = diffWords(claim, denial);
  const inside = parts.some(
    (p, i) =>
      p.op === 'added' &&
      negations(p.text) > 0 &&
      parts.slice(0, i).some((q) => q.op === 'same') &&
      parts.slice(i + 1).some((q) => q.op === 'same' && contentTerms(q.text).length > 0),
  );
  if (!inside) return false;
  for (const m of denial.replace(NOT_NEGATION, ' ').matchAll(NEGATION)) {
    const next = contentTerms(denial.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    // The negated word is the claim's, or its other form ("did not meet" for "met") swapped one for one.
    if (next && (claimTerms.has(next) || (extraTerms.includes(next) && extra === 1 && missing >= 1)))
      return true;
  }
  return false;
}

/**
 * Contradicting claims: sentences of different outlets aligned as one fact where one says it and the other
 * says it did not happen (a negation or denial only one of them carries), while wording the rest nearly
 * alike. Each side is a value with its articles and sentences.
 */
export function findClaimConflicts(facts: readonly ComparedFact[]): ComparedConflict[] {
  const conflicts: ComparedConflict[] = [];
  for (const fact of facts) {
    if (fact.articleIds.length < 2) continue;
    const affirm = fact.evidence.filter((e) => negations(e.text) === 0);
    const deny = fact.evidence.filter((e) => negations(e.text) > 0);
    if (affirm.length === 0 || deny.length === 0) continue;
    const close = affirm.some((a) =>
      deny.some((d) => a.articleId !== d.articleId && negates(a.text, d.text)),
    );
    if (!close) continue;
    conflicts.push({
      id: `c-${shortHash(`claim:${fact.id}`, 10)}`,
      kind: 'claim',
      subject: fact.text.length > 100 ? `${fact.text.slice(0, 100)}…` : fact.text,
      values: [
        { value: 'says so', articleIds: [...new Set(affirm.map((e) => e.articleId))], evidence: affirm },
        { value: 'says not', articleIds: [...new Set(deny.map((e) => e.articleId))], evidence: deny },
      ],
    });
  }
  return conflicts;
}
