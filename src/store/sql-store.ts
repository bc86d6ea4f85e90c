import type { Report, ReportArticle, Story } from '../model/index.js';
import { migrate } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import type { ListOptions, SaveResult, Store, StorySummary } from './store.js';

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
    return this.client.transaction(async (tx) => {
      let articlesAdded = 0;
      let storiesAdded = 0;
      let storiesUpdated = 0;
      for (const article of report.articles) {
        const rows = await tx.query<{ inserted: boolean }>(
          `INSERT INTO articles (id, input, url, outlet, title, published_at, language, body, data)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
           RETURNING (xmax = 0) AS inserted`,
          [
            article.id,
            article.input,
            article.url ?? null,
            article.outlet ?? null,
            article.title ?? null,
            article.publishedAt ?? null,
            article.language ?? null,
            article.text,
            JSON.stringify(article),
          ],
        );
        if (rows[0]?.inserted) articlesAdded++;
      }
      for (const story of report.stories) {
        const rows = await tx.query<{ inserted: boolean }>(
          `INSERT INTO stories (id, title, article_count, data) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, article_count = EXCLUDED.article_count,
             data = EXCLUDED.data, updated_at = now()
           RETURNING (xmax = 0) AS inserted`,
          [story.id, story.title, story.articleIds.length, JSON.stringify(story)],
        );
        if (rows[0]?.inserted) storiesAdded++;
        else storiesUpdated++;
        await tx.query('DELETE FROM story_articles WHERE story_id = $1', [story.id]);
        for (const articleId of story.articleIds) {
          await tx.query(
            'INSERT INTO story_articles (story_id, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
            [story.id, articleId],
          );
        }
      }
      return { articlesAdded, storiesAdded, storiesUpdated };
    });
  }

  async listStories({ limit = 50, offset = 0, query }: ListOptions = {}): Promise<StorySummary[]> {
    const params: unknown[] = [limit, offset];
    let where = '';
    if (query && query.trim() !== '') {
      params.push(`%${query.trim().toLowerCase()}%`);
      where = `WHERE lower(s.title) LIKE $3 OR EXISTS (SELECT 1 FROM story_articles sa2 JOIN articles a2 ON a2.id = sa2.article_id
        WHERE sa2.story_id = s.id AND (lower(a2.body) LIKE $3 OR lower(coalesce(a2.outlet, '')) LIKE $3))`;
    }
    const rows = await this.client.query<{
      id: string;
      title: string;
      article_count: number;
      updated_at: Date | string;
      outlets: string[] | null;
    }>(
      `SELECT s.id, s.title, s.article_count, s.updated_at,
         (SELECT array_agg(DISTINCT a.outlet) FROM story_articles sa JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id = s.id AND a.outlet IS NOT NULL) AS outlets
       FROM stories s ${where} ORDER BY s.updated_at DESC, s.id LIMIT $1 OFFSET $2`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      articleCount: Number(r.article_count),
      outlets: r.outlets ?? [],
      updatedAt: new Date(r.updated_at).toISOString(),
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

  close(): Promise<void> {
    return this.client.close();
  }
}
