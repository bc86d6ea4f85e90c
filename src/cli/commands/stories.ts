import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { dbOption, formatOption } from '../options.js';
import { writeOutput } from '../write-output.js';

/** `parallax stories`: the stored stories, newest first. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list stored stories, most recently updated first')
    .addOption(dbOption())
    .addOption(formatOption('text', ['text', 'json']))
    .option('-s, --search <words>', 'only stories whose title, text or outlets contain these words')
    .option('-n, --limit <n>', 'how many', (v) => Number.parseInt(v, 10), 50)
    .action(async (options: { db: string; format: string; search?: string; limit: number }) => {
      const store = await openStore(options.db);
      try {
        const stories = await store.listStories({
          limit: options.limit,
          ...(options.search && { query: options.search }),
        });
        if (options.format === 'json') {
          await writeOutput(`${JSON.stringify(stories, null, 2)}\n`, undefined);
          return;
        }
        if (stories.length === 0) {
          process.stdout.write('No stories stored yet. Run `parallax analyze <files>` first.\n');
          return;
        }
        for (const s of stories) {
          const outlets = s.outlets.length ? `  ${s.outlets.join(', ')}` : '';
          process.stdout.write(
            `${s.id}  ${String(s.articleCount).padStart(3)} articles  ${s.updatedAt.slice(0, 16)}  ${s.title}${outlets}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
