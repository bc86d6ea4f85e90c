import type { Report } from '../model/index.js';
import type { SqlClient } from './sql-client.js';
import type { SaveResult } from './store.js';

/** Upserts a report's articles and stories inside the caller's transaction; a story's membership is replaced. */
export async function writeReport(tx: SqlClient, report: Report): Promise<SaveResult> {
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
}
