import { spawnSync } from 'node:child_process';

/** Debian's Python, where `python3-sklearn` installs (the first `python3` on PATH may be another one). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const hasSklearn = (): boolean =>
  spawnSync(SYSTEM_PYTHON, ['-c', 'import sklearn, scipy'], { stdio: 'ignore' }).status === 0;

/**
 * Makes sure scikit-learn imports in the system Python, installing Debian's `python3-sklearn` when it is
 * absent and we run as root. Returns undefined when ready, else a note saying why the baseline cannot run.
 */
export function ensureSklearn(onProgress?: (message: string) => void): string | undefined {
  if (hasSklearn()) return undefined;
  if (process.getuid?.() !== 0) {
    return `scikit-learn is not installed for ${SYSTEM_PYTHON} and we are not root: run "apt-get install python3-sklearn"`;
  }
  onProgress?.('installing python3-sklearn with apt-get (scikit-learn baseline)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore', env });
  const install = spawnSync('apt-get', ['install', '-y', 'python3-sklearn'], { stdio: 'ignore', env });
  if (hasSklearn()) return undefined;
  return `could not install python3-sklearn (apt-get update exit ${update.status ?? 'none'}, install exit ${install.status ?? 'none'}): the scikit-learn baseline was skipped`;
}
