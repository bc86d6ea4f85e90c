export type { Diagnostic } from './diagnostic.js';
export { diagnostic } from './diagnostic.js';
export type { Span } from './span.js';
export type { RawDocument } from './raw-document.js';
export type { Article, RemovedPiece } from './article.js';
export type {
  AnalyzedArticle,
  DateMention,
  EntityMention,
  EntityType,
  LoadedTerm,
  Quantity,
  Quote,
  Sentence,
} from './analysis.js';
export type { ClusterResult, StoryCluster } from './story.js';
export type {
  ComparedConflict,
  ComparedFact,
  ComparedFraming,
  Comparison,
  FramingCue,
} from './comparison.js';
export type {
  ArticleFraming,
  Conflict,
  Evidence,
  Fact,
  Omission,
  QuoteGroup,
  Report,
  ReportArticle,
  Story,
  StoryEntity,
  SummarySentence,
  TimelineEntry,
} from './report.js';
export {
  ReportSchema,
  ReportArticleSchema,
  StorySchema,
  DiagnosticSchema,
  EvidenceSchema,
} from './report.js';
