import type { ArticleFraming, Conflict, Fact, Omission, QuoteGroup, StoryEntity } from './report.js';

/** A fact as comparison finds it: the contract's Fact plus how it was stated. */
export interface ComparedFact extends Fact {
  /** `quote` when most of its evidence sentences are other people's words, `outlet` when the outlets' own. */
  readonly voice?: 'outlet' | 'quote';
  /** Only one article reports it. */
  readonly singleSource?: boolean;
}

/** A conflict as comparison finds it: the contract's Conflict plus whether the text explains it away. */
export interface ComparedConflict extends Conflict {
  /** The values need not contradict: each difference is explained (different start dates, days, measures, bounds). */
  readonly compatible?: boolean;
}

/** A framing cue (hedge, intensifier) with offsets into the article text. */
export interface FramingCue {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly category: string;
}

/** An article's framing as comparison finds it: the contract's fields plus hedges and intensifiers. */
export interface ComparedFraming extends ArticleFraming {
  /** Hedges ("reportedly", "apparently") in the outlet's own voice. */
  readonly hedges?: readonly FramingCue[];
  /** Intensifiers ("very", "sharply") in the outlet's own voice. */
  readonly intensifiers?: readonly FramingCue[];
}

/** What comparison finds across one story's articles. */
export interface Comparison {
  readonly entities: readonly StoryEntity[];
  readonly facts: readonly ComparedFact[];
  readonly conflicts: readonly ComparedConflict[];
  readonly omissions: readonly Omission[];
  readonly quotes: readonly QuoteGroup[];
  readonly framing: readonly ComparedFraming[];
}
