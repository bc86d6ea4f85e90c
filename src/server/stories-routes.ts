import type { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/index.js';
import { ApiError } from './api-error.js';
import { idParam } from './id-param.js';

/** The query of `GET /api/stories`. */
export const StoriesQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    entity: z.string().trim().max(200).optional(),
    outlet: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

/** `GET /api/stories`, `GET /api/stories/:id` and `GET /api/articles/:id`. */
export function storiesRoutes(app: Hono, store: Store): void {
  app.get('/api/stories', async (c) => {
    const parsed = StoriesQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new ApiError(400, 'invalid-query', `${where}${issue?.message ?? 'invalid query'}`);
    }
    const { q, entity, outlet, limit, offset } = parsed.data;
    // One extra row tells whether there is a next page without a second count query.
    const rows = await store.listStories({ query: q, entity, outlet, limit: limit + 1, offset });
    return c.json({ stories: rows.slice(0, limit), limit, offset, hasMore: rows.length > limit });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = idParam(c.req.param('id'), 'story');
    const found = await store.getStory(id);
    if (!found) throw new ApiError(404, 'not-found', `no story with id "${id}"`);
    return c.json({ ...found.story, articles: found.articles });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = idParam(c.req.param('id'), 'article');
    const article = await store.getArticle(id);
    if (!article) throw new ApiError(404, 'not-found', `no article with id "${id}"`);
    return c.json(article);
  });
}
