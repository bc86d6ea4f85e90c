import type { Command } from 'commander';
import { readSources } from '../../ingest/index.js';
import { createApp, startServer } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { addFetchOptions, fetcherOptions, type FetchCliOptions } from '../fetch-options.js';
import { dbOption } from '../options.js';

interface ServeOptions extends FetchCliOptions {
  port: string;
  host: string;
  db: string;
}

/** `parallax serve`: the HTTP API and the web UI in one process, until interrupted. */
export function registerServe(program: Command): void {
  addFetchOptions(program.command('serve'))
    .description('serve the web UI and the HTTP API')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(dbOption())
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(`--port must be a number from 0 to 65535, not "${options.port}"`, 2);
      }
      const store = await openStore(options.db);
      let server;
      try {
        // URLs posted to /api/analyze go through the same polite, bounded fetcher as the CLI (private
        // addresses refused unless --allow-private), so the server cannot be turned on the local network.
        const fetch = fetcherOptions(options);
        const app = createApp({ store, fetchUrls: (urls) => readSources(urls, { fetch }) });
        server = await startServer(app, { port, host: options.host });
      } catch (error) {
        await store.close();
        throw new CliError(`cannot listen on ${options.host}:${port}: ${(error as Error).message}`);
      }
      process.stderr.write(`parallax: serving ${options.db} at ${server.url}/ (Ctrl-C to stop)\n`);
      const running = server;
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running
            .close()
            .then(() => store.close())
            .finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
