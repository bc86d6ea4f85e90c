import { z } from 'zod';
import { ReportArticleSchema, ReportSchema, StorySchema } from '../model/index.js';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'openapi-3.0', unrepresentable: 'any' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: object) => ({ content: { 'application/json': { schema: s } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });

/** The OpenAPI 3 description of the HTTP API; contract schemas come from the same zod schemas as the tests. */
export function openApiDocument(): object {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Parallax API',
      version: '1',
      description: 'Analyse news articles into stories; list and read stored stories and articles.',
    },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyse pasted articles and/or URLs into a story report',
          requestBody: { required: true, ...json(ref('AnalyzeRequest')) },
          responses: {
            '200': {
              description: 'The story report (the report contract), plus what was saved',
              ...json(ref('Report')),
            },
            '400': errorResponse('Malformed JSON or a body that does not match AnalyzeRequest'),
            '413': errorResponse('The body is larger than the limit'),
            '415': errorResponse('The body is not application/json'),
            '422': errorResponse('No input yielded an article; details lists the diagnostics'),
          },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Stored stories, most recently updated first',
          parameters: [
            {
              name: 'q',
              in: 'query',
              schema: { type: 'string' },
              description: 'words in the title, text or outlet',
            },
            {
              name: 'entity',
              in: 'query',
              schema: { type: 'string' },
              description: 'an entity name or alias',
            },
            {
              name: 'outlet',
              in: 'query',
              schema: { type: 'string' },
              description: 'an outlet name or URL part',
            },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: {
            '200': { description: 'One page of stories', ...json(ref('StoryPage')) },
            '400': errorResponse('An invalid query parameter'),
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story (the Story contract) with its articles',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The story, with an extra `articles` array', ...json(ref('Story')) },
            '400': errorResponse('A malformed id'),
            '404': errorResponse('No such story'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article: clean text, sentences, and what cleaning removed',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The article', ...json(ref('Article')) },
            '400': errorResponse('A malformed id'),
            '404': errorResponse('No such article'),
          },
        },
      },
    },
    components: {
      schemas: {
        Report: schema(ReportSchema),
        Story: schema(StorySchema),
        Article: schema(ReportArticleSchema),
        AnalyzeRequest: {
          type: 'object',
          additionalProperties: false,
          properties: {
            documents: {
              type: 'array',
              maxItems: 200,
              items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  text: { type: 'string' },
                  html: { type: 'string' },
                  url: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  outlet: { type: 'string' },
                  publishedAt: { type: 'string' },
                },
              },
            },
            urls: { type: 'array', maxItems: 200, items: { type: 'string', format: 'uri' } },
            save: { type: 'boolean', default: true },
          },
        },
        StoryPage: {
          type: 'object',
          required: ['stories', 'limit', 'offset', 'hasMore'],
          properties: {
            stories: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'title', 'articleCount', 'outlets', 'updatedAt'],
                properties: {
                  id: { type: 'string' },
                  title: { type: 'string' },
                  articleCount: { type: 'integer' },
                  outlets: { type: 'array', items: { type: 'string' } },
                  updatedAt: { type: 'string', format: 'date-time' },
                  conflictCount: { type: 'integer' },
                  factCount: { type: 'integer' },
                },
              },
            },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            hasMore: { type: 'boolean' },
          },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
  };
}
