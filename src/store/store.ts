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

/** What saving one ingested article did: stored it, or found it already stored under a URL or its content. */
export interface IngestSaveResult {
  readonly added: boolean;
  /** The stored article's id (the existing one when this was a duplicate). */
  readonly articleId: string;
}

/** Validators and counts from a feed's last poll, kept so watch mode survives restarts. */
export interface FeedState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly itemCount: number;
  readonly polledAt: string;
}

/** Where Parallax keeps articles and stories. One interface; PGlite and PostgreSQL behind it. */
export interface Store {
  /** Saves a run's articles and stories in one transaction: all of it or none. Saving the same run twice adds nothing. */
  saveReport(report: Report): Promise<SaveResult>;
  listStories(options?: ListOptions): Promise<StorySummary[]>;
  /** One story with its articles, or undefined when there is no such story. */
  getStory(id: string): Promise<{ story: Story; articles: ReportArticle[] } | undefined>;
  getArticle(id: string): Promise<ReportArticle | undefined>;
  /** Whether a page URL (canonical form) already led to a stored article. */
  hasArticleUrl(url: string): Promise<boolean>;
  /**
   * Saves one ingested article atomically with the URLs it is known by. An article already stored under one
   * of those URLs, or with the same body, is not stored again; its URLs are recorded against it.
   */
  saveIngestedArticle(
    article: ReportArticle,
    source: { readonly urls: readonly string[]; readonly feedUrl?: string },
  ): Promise<IngestSaveResult>;
  getFeedState(url: string): Promise<FeedState | undefined>;
  /** Records a poll; `changed` is false for a 304 (validators kept, only the poll time moves). */
  saveFeedState(state: Omit<FeedState, 'polledAt'>, changed: boolean): Promise<void>;
  /**
   * Articles stored or published since `since` (ISO), plus every article sharing a story with one of them,
   * so re-clustering them replaces whole stories.
   */
  articlesAround(since: string, limit?: number): Promise<ReportArticle[]>;
  /**
   * Saves a re-clustered report in one transaction: stories that held its articles but are not in it are
   * deleted, then its articles and stories are saved as saveReport does.
   */
  replaceStories(report: Report): Promise<SaveResult>;
  close(): Promise<void>;
}
