export { analyzeArticle } from './analyze-article.js';
export { splitSentences } from './split-sentences.js';
export { singularUnit } from './find-quantities.js';
