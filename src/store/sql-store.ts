import type { Report, ReportArticle, Story } from '../model/index.js';
import { migrate } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import type { FeedState, IngestSaveResult, ListOptions, SaveResult, Store, StorySummary } from './store.js';
import { writeReport } from './write-report.js';

/** Parses a jsonb column: PGlite and pg return objects, but be tolerant of text. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** A Store over any SQL client; the schema is migrated when it opens. */
export class SqlStore implements Store {
  private constructor(private readonly client: SqlClient) {}

  /** Opens a store on a client, applying any pending migration. */
  static async open(client: SqlClient): Promise<SqlStore> {
    await migrate(client);
    return new SqlStore(client);
  }

  async saveReport(report: Report): Promise<SaveResult> {
    return this.client.transaction((tx) => writeReport(tx, report));
  }

  async listStories({ limit = 50, offset = 0, query, entity, outlet }: ListOptions = {}): Promise<
    StorySummary[]
  > {
    const params: unknown[] = [limit, offset];
    const conditions: string[] = [];
    const like = (value: string): string => {
      params.push(
        `%${value
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      );
      return `$${params.length}`;
    };
    if (query && query.trim() !== '') {
      const p = like(query);
      conditions.push(`(lower(s.title) LIKE ${p} OR EXISTS (SELECT 1 FROM story_articles sa2 JOIN articles a2 ON a2.id = sa2.article_id
        WHERE sa2.story_id = s.id AND (lower(a2.body) LIKE ${p} OR lower(coalesce(a2.outlet, '')) LIKE ${p})))`);
    }
    if (entity && entity.trim() !== '') {
      const p = like(entity);
      conditions.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(s.data->'entities') e
        WHERE lower(e->>'name') LIKE ${p} OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(e->'aliases') al WHERE lower(al) LIKE ${p}))`);
    }
    if (outlet && outlet.trim() !== '') {
      const p = like(outlet);
      conditions.push(`EXISTS (SELECT 1 FROM story_articles sa3 JOIN articles a3 ON a3.id = sa3.article_id
        WHERE sa3.story_id = s.id AND (lower(coalesce(a3.outlet, '')) LIKE ${p} OR lower(coalesce(a3.url, '')) LIKE ${p}))`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = await this.client.query<{
      id: string;
      title: string;
      article_count: number;
      updated_at: Date | string;
      outlets: string[] | null;
      conflict_count: number | null;
      fact_count: number | null;
    }>(
      `SELECT s.id, s.title, s.article_count, s.updated_at,
         (SELECT array_agg(DISTINCT a.outlet) FROM story_articles sa JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = s.id AND a.outlet IS NOT NULL) AS outlets,
         jsonb_array_length(coalesce(s.data->'conflicts', '[]'::jsonb)) AS conflict_count,
         jsonb_array_length(coalesce(s.data->'facts', '[]'::jsonb)) AS fact_count
       FROM stories s ${where} ORDER BY s.updated_at DESC, s.id LIMIT $1 OFFSET $2`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      articleCount: Number(r.article_count),
      outlets: r.outlets ?? [],
      updatedAt: new Date(r.updated_at).toISOString(),
      conflictCount: Number(r.conflict_count ?? 0),
      factCount: Number(r.fact_count ?? 0),
    }));
  }

  async getStory(id: string): Promise<{ story: Story; articles: ReportArticle[] } | undefined> {
    const rows = await this.client.query<{ data: unknown }>('SELECT data FROM stories WHERE id = $1', [id]);
    if (rows.length === 0) return undefined;
    const story = json<Story>(rows[0]!.data);
    const articleRows = await this.client.query<{ id: string; data: unknown }>(
      'SELECT a.id, a.data FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1',
      [id],
    );
    const byId = new Map(articleRows.map((r) => [r.id, json<ReportArticle>(r.data)]));
    return {
      story,
      articles: story.articleIds.map((a) => byId.get(a)).filter((a): a is ReportArticle => a !== undefined),
    };
  }

  async getArticle(id: string): Promise<ReportArticle | undefined> {
    const rows = await this.client.query<{ data: unknown }>('SELECT data FROM articles WHERE id = $1', [id]);
    return rows[0] ? json<ReportArticle>(rows[0].data) : undefined;
  }

  async hasArticleUrl(url: string): Promise<boolean> {
    const rows = await this.client.query('SELECT 1 FROM article_urls WHERE url = $1', [url]);
    return rows.length > 0;
  }

  async saveIngestedArticle(
    article: ReportArticle,
    source: { readonly urls: readonly string[]; readonly feedUrl?: string },
  ): Promise<IngestSaveResult> {
    return this.client.transaction(async (tx) => {
      const urls = [...new Set(source.urls)];
      const byUrl = await tx.query<{ article_id: string }>(
        'SELECT article_id FROM article_urls WHERE url = ANY($1::text[]) LIMIT 1',
        [urls],
      );
      const byContent =
        byUrl.length > 0
          ? []
          : await tx.query<{ id: string }>(
              'SELECT id FROM articles WHERE id = $1 OR md5(body) = md5($2) ORDER BY created_at LIMIT 1',
              [article.id, article.text],
            );
      const existing = byUrl[0]?.article_id ?? byContent[0]?.id;
      const articleId = existing ?? article.id;
      if (!existing)
        await writeReport(tx, {
          version: 1,
          generatedAt: '',
          articles: [article],
          stories: [],
          diagnostics: [],
        });
      for (const url of urls) {
        await tx.query(
          'INSERT INTO article_urls (url, article_id, feed_url) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING',
          [url, articleId, source.feedUrl ?? null],
        );
      }
      return { added: !existing, articleId };
    });
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    const rows = await this.client.query<{
      etag: string | null;
      last_modified: string | null;
      item_count: number;
      polled_at: Date | string;
    }>('SELECT etag, last_modified, item_count, polled_at FROM feeds WHERE url = $1', [url]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      url,
      ...(row.etag && { etag: row.etag }),
      ...(row.last_modified && { lastModified: row.last_modified }),
      itemCount: Number(row.item_count),
      polledAt: new Date(row.polled_at).toISOString(),
    };
  }

  async saveFeedState(state: Omit<FeedState, 'polledAt'>, changed: boolean): Promise<void> {
    if (!changed) {
      await this.client.query('UPDATE feeds SET polled_at = now() WHERE url = $1', [state.url]);
      return;
    }
    await this.client.query(
      `INSERT INTO feeds (url, etag, last_modified, item_count, polled_at, changed_at)
       VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
         item_count = EXCLUDED.item_count, polled_at = now(), changed_at = now()`,
      [state.url, state.etag ?? null, state.lastModified ?? null, state.itemCount],
    );
  }

  async articlesAround(since: string, limit = 2000): Promise<ReportArticle[]> {
    const rows = await this.client.query<{ data: unknown }>(
      `WITH recent AS (
         SELECT id FROM articles WHERE created_at >= $1::timestamptz OR published_at >= $1::text
       ), linked AS (
         SELECT sa2.article_id AS id FROM story_articles sa
         JOIN story_articles sa2 ON sa2.story_id = sa.story_id
         WHERE sa.article_id IN (SELECT id FROM recent)
       )
       SELECT data FROM articles WHERE id IN (SELECT id FROM recent UNION SELECT id FROM linked)
       ORDER BY created_at, id LIMIT $2`,
      [since, limit],
    );
    return rows.map((r) => json<ReportArticle>(r.data));
  }

  async replaceStories(report: Report): Promise<SaveResult> {
    return this.client.transaction(async (tx) => {
      const articleIds = report.articles.map((a) => a.id);
      const keep = report.stories.map((s) => s.id);
      await tx.query(
        `DELETE FROM stories WHERE id IN (
           SELECT story_id FROM story_articles WHERE article_id = ANY($1::text[])
         ) AND NOT (id = ANY($2::text[]))`,
        [articleIds, keep],
      );
      return writeReport(tx, report);
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
