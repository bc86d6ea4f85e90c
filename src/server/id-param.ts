import { ApiError } from './api-error.js';

/** Ids are short hex or slug strings; anything else is refused before it reaches the store. */
export function idParam(value: string, what: string): string {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(value)) {
    throw new ApiError(400, 'invalid-id', `"${value.slice(0, 64)}" is not a valid ${what} id`);
  }
  return value;
}
