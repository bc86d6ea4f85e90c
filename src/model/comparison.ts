import type { ArticleFraming, Conflict, Fact, Omission, QuoteGroup, StoryEntity } from './report.js';

/** What comparison finds across one story's articles. */
export interface Comparison {
  readonly entities: readonly StoryEntity[];
  readonly facts: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  readonly omissions: readonly Omission[];
  readonly quotes: readonly QuoteGroup[];
  readonly framing: readonly ArticleFraming[];
}
