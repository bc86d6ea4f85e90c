export { extractArticle, MAX_INPUT_CHARS, type ExtractResult } from './extract-article.js';
