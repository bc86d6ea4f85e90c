import type { Article } from './article.js';
import type { Span } from './span.js';

/** One sentence of an article's clean text. */
export interface Sentence extends Span {
  readonly id: string;
}

/** Entity kinds shared by analysis, comparison and the report. */
export type EntityType = 'person' | 'organization' | 'location' | 'group' | 'event' | 'other';

/** One occurrence of a named entity in the text. */
export interface EntityMention extends Span {
  readonly type: EntityType;
  /** The fullest name this mention resolves to within the article (e.g. "Blinken" -> "Antony Blinken"). */
  readonly canonical: string;
  /** Title or role written next to the name ("Secretary of State"). */
  readonly role?: string;
}

/** A direct or indirect quote and who said it. */
export interface Quote extends Span {
  readonly kind: 'direct' | 'partial' | 'indirect';
  /** The speaker as written or resolved; absent when nobody could be found. */
  readonly speaker?: string;
  /** True when the quote's own sentence names the speaker, not a pronoun or a neighbouring quote. */
  readonly speakerInSentence?: boolean;
  readonly sentenceId: string;
}

/** A number with what it counts, e.g. "over 38 attacks". */
export interface Quantity extends Span {
  readonly value: number;
  /** Upper value of a range ("30 to 40"). */
  readonly upper?: number;
  readonly qualifier?: 'over' | 'under' | 'about' | 'at-least' | 'at-most' | 'exact';
  /** The noun phrase head the number counts ("attacks", "troops"), lower-cased. */
  readonly unit: string;
  /** The time anchor the count carries, as written after "since" ("October 17"). */
  readonly since?: string;
  readonly sentenceId: string;
}

/** A date expression resolved as far as the text allows. */
export interface DateMention extends Span {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; absent when a relative date could not be resolved. */
  readonly date?: string;
  readonly relative: boolean;
  readonly note?: string;
  /** The day names an event ("the Sept. 11 attacks", "the Jan. 6 committee"): its sentence need not tell of that day. */
  readonly namesEvent?: boolean;
  readonly sentenceId: string;
}

/** A term whose wording carries judgement, found in the outlet's own voice. */
export interface LoadedTerm extends Span {
  readonly category: string;
}

/** An article with everything analysis found in it. Spans are offsets into `article.text`. */
export interface AnalyzedArticle {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly EntityMention[];
  readonly quotes: readonly Quote[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  /** Spans of text that are other people's words (quotes, attributed statements): never the outlet's voice. */
  readonly attributed: readonly Span[];
}
