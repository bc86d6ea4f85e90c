/** A content problem found while processing one input; never thrown, always reported. */
export interface Diagnostic {
  readonly input: string;
  readonly level: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
}

/** Builds a diagnostic value. */
export function diagnostic(
  input: string,
  level: Diagnostic['level'],
  code: string,
  message: string,
): Diagnostic {
  return { input, level, code, message };
}
