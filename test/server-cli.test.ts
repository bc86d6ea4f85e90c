import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/parallax.js', import.meta.url));

describe('parallax serve', () => {
  it(
    'serves the API and UI on the port it is given, and stops cleanly on SIGTERM',
    { timeout: 120_000 },
    async () => {
      const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', 'memory:'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      try {
        const stories = await fetch(`${url}/api/stories`);
        expect(stories.status).toBe(200);
        expect(await stories.json()).toEqual({ stories: [], limit: 20, offset: 0, hasMore: false });
        const index = await fetch(`${url}/`);
        expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      } finally {
        child.kill('SIGTERM');
      }
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    },
  );

  it('refuses a port that is not a number with a usage error', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'eighty', '--db', 'memory:'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a number/);
  });
});
