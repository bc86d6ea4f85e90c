import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreBusyError } from '../src/store/index.js';

describe('the embedded database folder', () => {
  // A process that keeps running while the test looks at its pid, and one that has already exited.
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  afterAll(() => running.kill());

  it('refuses a second process, naming the one that holds it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-lock-'));
    await writeFile(join(folder, 'parallax.lock'), String(running.pid));
    const opening = openStore(folder);
    await expect(opening).rejects.toBeInstanceOf(StoreBusyError);
    await expect(opening).rejects.toThrow(`in use by another parallax process (pid ${running.pid})`);
  });

  it('takes over the lock of a process that no longer runs, and gives it back on close', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-lock-'));
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    await writeFile(join(folder, 'parallax.lock'), exited.stdout.toString());
    const store = await openStore(folder);
    expect(await store.listStories()).toEqual([]);
    await store.close();
    expect(existsSync(join(folder, 'parallax.lock'))).toBe(false);
  });
});
