/** What ingestion hands to extraction: content plus where it came from and any metadata already known. */
export interface RawDocument {
  /** The path, URL, `-` (stdin) or `path#line` that this document came from. */
  readonly input: string;
  readonly format: 'text' | 'html';
  readonly content: string;
  readonly url?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly byline?: readonly string[];
  readonly publishedAt?: string;
  readonly language?: string;
}
