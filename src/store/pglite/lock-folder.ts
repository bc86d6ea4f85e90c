import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The database folder is open in another process: PGlite is one process's database at a time. */
export class StoreBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `the database ${folder} is in use by another parallax process (pid ${pid}); wait for it to finish, or give this command a database of its own with --db PATH (or --db memory:)`,
    );
    this.name = 'StoreBusyError';
  }
}

const LOCK_FILE = 'parallax.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock for this process, so that a second process cannot open the same embedded database
 * and corrupt it (two writers once crashed with "tuple concurrently deleted"); a lock left by a process that
 * no longer runs is taken over. Returns the release; throws StoreBusyError naming the holder.
 */
export async function lockFolder(folder: string): Promise<() => Promise<void>> {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder))
        throw new StoreBusyError(folder, holder);
      await unlink(path).catch(() => undefined);
    }
  }
}
