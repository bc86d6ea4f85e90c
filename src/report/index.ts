export { renderMarkdown } from './render-markdown.js';
export { renderHtml } from './render-html.js';
export { escapeHtml } from './escape-html.js';
export { articleLabel } from './article-labels.js';

import type { Report } from '../model/index.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

/** Output formats of the report. */
export type ReportFormat = 'json' | 'markdown' | 'html';

/** Renders a report in the given format. */
export function renderReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'markdown' ? renderMarkdown(report) : renderHtml(report);
}
