import { Option } from 'commander';

/** `--format`, shared by commands that print reports. */
export const formatOption = (defaultFormat: string, choices = ['json', 'markdown', 'html']): Option =>
  new Option('-f, --format <format>', 'output format').choices(choices).default(defaultFormat);

/** `--db`, shared by commands that use the store. */
export const dbOption = (): Option =>
  new Option('--db <path>', 'database: a PGlite folder, memory:, or a postgres:// URL')
    .env('PARALLAX_DB')
    .default('./.parallax/db');
