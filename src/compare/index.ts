export { compareStory } from './compare-story.js';
export { storyYear } from '../util/story-year.js';
export { diffWords, changesMeaning, type WordDiffPart } from './diff-words.js';
export { excerptDiff } from './excerpt-diff.js';
export { sameEntity } from './merge-entities.js';
export { findFraming } from './find-framing.js';
export { outletProfiles, type FramedArticle, type OutletProfile } from './outlet-profiles.js';
