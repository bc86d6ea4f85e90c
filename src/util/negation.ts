/** Words that deny what they govern ("not", "never", "nobody", "without", "-n't"), as a regular-expression source. */
export const NEGATION_SOURCE = String.raw`\b(?:not|never|no|none|nobody|nothing|neither|nor|without)\b|n['’]t\b`;

/** Whether a text holds a word of denial (no state: safe for `test`). */
export const NEGATION = new RegExp(NEGATION_SOURCE, 'i');
