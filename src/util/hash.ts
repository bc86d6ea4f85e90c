import { createHash } from 'node:crypto';

/** Hex SHA-1 of a string, cut to `length` characters: short stable ids for content. */
export function shortHash(value: string, length = 16): string {
  return createHash('sha1').update(value).digest('hex').slice(0, length);
}
