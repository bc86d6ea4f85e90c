import type { Report, ReportArticle, Story } from '../model/index.js';

/** A stored story's headline facts, for listings. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly updatedAt: string;
  /** How many values outlets disagree on, and how many facts the story holds (absent on old rows). */
  readonly conflictCount?: number;
  readonly factCount?: number;
}

/** What saving a run changed. */
export interface SaveResult {
  readonly articlesAdded: number;
  readonly storiesAdded: number;
  readonly storiesUpdated: number;
}

/** Options for listing stories. */
export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Words that must appear in the story's title or articles. */
  readonly query?: string;
  /** Part of the name or an alias of an entity the story mentions. */
  readonly entity?: string;
  /** Part of the outlet name (or URL) of one of the story's articles. */
  readonly outlet?: string;
}

/** Where Parallax keeps articles and stories. One interface; PGlite and PostgreSQL behind it. */
export interface Store {
  /** Saves a run's articles and stories in one transaction: all of it or none. Saving the same run twice adds nothing. */
  saveReport(report: Report): Promise<SaveResult>;
  listStories(options?: ListOptions): Promise<StorySummary[]>;
  /** One story with its articles, or undefined when there is no such story. */
  getStory(id: string): Promise<{ story: Story; articles: ReportArticle[] } | undefined>;
  getArticle(id: string): Promise<ReportArticle | undefined>;
  close(): Promise<void>;
}
