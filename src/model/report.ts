import { z } from 'zod';

// The report contract of ../shared/spec/REPORT.md, as a schema: the JSON output is validated against it in
// tests, so the contract cannot drift silently. Objects are not strict: extra fields are welcome.

const offset = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/);

/** Contract: a diagnostic for an input that failed or looked wrong. */
export const DiagnosticSchema = z.object({
  input: z.string(),
  level: z.enum(['error', 'warning']),
  code: z.string().min(1),
  message: z.string().min(1),
});

/** Contract: one sentence of an article with its offsets. */
export const SentenceSchema = z.object({
  id: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
});

/** Contract: an article as the report shows it. */
export const ReportArticleSchema = z.object({
  id: z.string().min(1),
  input: z.string(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  byline: z.array(z.string()).optional(),
  publishedAt: isoDate.optional(),
  language: z.string().length(2).optional(),
  text: z.string(),
  removed: z.array(z.object({ text: z.string(), reason: z.string().min(1) })),
  sentences: z.array(SentenceSchema),
  duplicateOf: z.string().optional(),
});

/** Contract: a sentence cited as evidence. */
export const EvidenceSchema = z.object({ articleId: z.string(), sentenceId: z.string(), text: z.string() });

/** Contract: an entity of a story, merged across its articles. */
export const StoryEntitySchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  type: z.enum(['person', 'organization', 'location', 'group', 'event', 'other']),
  aliases: z.array(z.string()),
  roles: z.array(z.string()).optional(),
  mentions: z.array(z.object({ articleId: z.string(), start: offset, end: offset, text: z.string() })),
});

/** Contract: a fact reported by one or more articles. */
export const FactSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  articleIds: z.array(z.string()).min(1),
  evidence: z.array(EvidenceSchema).min(1),
});

/** Contract: values that outlets disagree on. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['quantity', 'date', 'attribution', 'claim']),
  subject: z.string().min(1),
  values: z
    .array(
      z.object({
        value: z.string().min(1),
        normalized: z.union([z.number(), z.string()]).optional(),
        articleIds: z.array(z.string()).min(1),
        evidence: z.array(EvidenceSchema).min(1),
      }),
    )
    .min(2),
  explanation: z.string().optional(),
});

/** Contract: one quote and how each article rendered it. */
export const QuoteGroupSchema = z.object({
  id: z.string(),
  speaker: z.object({ name: z.string(), entityId: z.string().optional() }),
  text: z.string().min(1),
  articleIds: z.array(z.string()).min(1),
  variants: z.array(z.object({ articleId: z.string(), start: offset, end: offset, text: z.string() })).min(1),
  /** Beyond the contract: every rendering is a short partial quote ("strong record"), a phrase, not a statement. */
  shortPhrase: z.boolean().optional(),
});

/** Contract: a story with everything comparison and synthesis found. */
export const StorySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  articleIds: z.array(z.string()).min(1),
  summary: z.array(
    z.object({
      text: z.string().min(1),
      articleIds: z.array(z.string()).min(1),
      evidence: z.array(EvidenceSchema),
    }),
  ),
  facts: z.array(FactSchema),
  conflicts: z.array(ConflictSchema),
  omissions: z.array(z.object({ articleId: z.string(), factIds: z.array(z.string()) })),
  entities: z.array(StoryEntitySchema),
  quotes: z.array(QuoteGroupSchema),
  timeline: z.array(
    z.object({
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      text: z.string().min(1),
      articleIds: z.array(z.string()).min(1),
    }),
  ),
  framing: z.array(
    z.object({
      articleId: z.string(),
      loaded: z.array(z.object({ term: z.string(), start: offset, end: offset, category: z.string() })),
      opinion: z.number().min(0).max(1).optional(),
    }),
  ),
});

/** Contract: the whole JSON report `parallax analyze --format json` prints. */
export const ReportSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string().datetime({ offset: true }),
  articles: z.array(ReportArticleSchema),
  stories: z.array(StorySchema),
  diagnostics: z.array(DiagnosticSchema),
});

/** The report contract's top-level object. */
export type Report = z.infer<typeof ReportSchema>;
/** The report contract's Article. */
export type ReportArticle = z.infer<typeof ReportArticleSchema>;
/** The report contract's Story. */
export type Story = z.infer<typeof StorySchema>;
/** The report contract's Evidence. */
export type Evidence = z.infer<typeof EvidenceSchema>;
/** A fact of a story. */
export type Fact = z.infer<typeof FactSchema>;
/** A conflict of a story. */
export type Conflict = z.infer<typeof ConflictSchema>;
/** An entity of a story. */
export type StoryEntity = z.infer<typeof StoryEntitySchema>;
/** A quote of a story with its variants. */
export type QuoteGroup = z.infer<typeof QuoteGroupSchema>;
/** A summary sentence. */
export type SummarySentence = Story['summary'][number];
/** A timeline entry. */
export type TimelineEntry = Story['timeline'][number];
/** The framing of one article. */
export type ArticleFraming = Story['framing'][number];
/** An omission entry. */
export type Omission = Story['omissions'][number];
