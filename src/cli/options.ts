import { InvalidArgumentError, Option } from 'commander';

// Short names people type for a format.
const FORMAT_ALIASES: Readonly<Record<string, string>> = { md: 'markdown' };

/** `--format`, shared by commands that print reports ("md" is taken for "markdown"). */
export const formatOption = (defaultFormat: string, choices = ['json', 'markdown', 'html']): Option =>
  new Option('-f, --format <format>', `output format (${choices.join(', ')})`)
    .argParser((value: string) => {
      const format = FORMAT_ALIASES[value.toLowerCase()] ?? value.toLowerCase();
      if (!choices.includes(format))
        throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
      return format;
    })
    .default(defaultFormat);

/** `--db`, shared by commands that use the store. */
export const dbOption = (): Option =>
  new Option('--db <path>', 'database: a PGlite folder, memory:, or a postgres:// URL')
    .env('PARALLAX_DB')
    .default('./.parallax/db');
