import type { Report, ReportArticle, Story } from '../model/report.js';
import type { StorySummary } from '../store/store.js';

/** A story as `GET /api/stories/:id` returns it: the Story contract plus its articles. */
export type StoryWithArticles = Story & { articles: ReportArticle[] };

/** One page of `GET /api/stories`. */
export interface StoryPage {
  stories: StorySummary[];
  limit: number;
  offset: number;
  hasMore: boolean;
}

/** An API refusal, with the server's message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, ...init });
  const body = (await response.json().catch(() => undefined)) as
    { error?: { message?: string; details?: unknown } } | undefined;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      body?.error?.message ?? `the server answered ${response.status}`,
      body?.error?.details,
    );
  }
  return body as T;
}

/** Lists stories, filtered. */
export const listStories = (params: Record<string, string>): Promise<StoryPage> =>
  call(`/api/stories?${new URLSearchParams(params).toString()}`);

/** One story with its articles. */
export const getStory = (id: string): Promise<StoryWithArticles> =>
  call(`/api/stories/${encodeURIComponent(id)}`);

/** One article. */
export const getArticle = (id: string): Promise<ReportArticle> =>
  call(`/api/articles/${encodeURIComponent(id)}`);

/** The body of an analyse request. */
export interface AnalyzeBody {
  documents: { text?: string; html?: string; title?: string; outlet?: string; url?: string }[];
  urls: string[];
}

/** Analyses pasted documents and URLs; the server saves the result. */
export const analyze = (body: AnalyzeBody): Promise<Report> =>
  call('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
