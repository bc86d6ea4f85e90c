export { synthesizeStory } from './synthesize-story.js';
export { buildSummary, type SummaryOptions } from './build-summary.js';
export { buildTimeline } from './build-timeline.js';
export { storyTitle } from './story-title.js';
