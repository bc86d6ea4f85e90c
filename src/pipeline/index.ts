export { buildReport, reportArticle, type PipelineOptions, type PipelineResult } from './build-report.js';
