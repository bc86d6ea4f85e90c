export { buildReport, type PipelineOptions, type PipelineResult } from './build-report.js';
export { buildStories, reportArticle, type StoryOptions } from './build-stories.js';
