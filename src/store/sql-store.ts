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

  close(): Promise<void> {
    return this.client.close();
  }
}
