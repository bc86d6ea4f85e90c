/** A range of UTF-16 code units in an article's clean text; `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
