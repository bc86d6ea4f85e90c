/** A piece of the source that cleaning dropped, and why. */
export interface RemovedPiece {
  readonly text: string;
  /** e.g. "advertisement", "author-bio", "caption", "related-links", "dateline", "byline", "title" */
  readonly reason: string;
}

/** The clean article extraction produces: metadata plus body text with paragraphs joined by a blank line. */
export interface Article {
  /** Stable across runs for the same content. */
  readonly id: string;
  readonly input: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly byline?: readonly string[];
  readonly publishedAt?: string;
  readonly language?: string;
  readonly text: string;
  readonly removed: readonly RemovedPiece[];
}
