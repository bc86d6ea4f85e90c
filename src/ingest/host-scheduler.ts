/** Limits for spreading requests politely across hosts. */
export interface HostSchedulerOptions {
  /** Requests in flight at once, over all hosts. */
  readonly concurrency?: number;
  /** Requests in flight at once to one host. */
  readonly perHost?: number;
  /** Least time between the starts of two requests to one host. */
  readonly delayMs?: number;
}

interface HostState {
  active: number;
  lastStart: number;
  /** A per-host delay the host asked for (robots.txt Crawl-delay), when longer than ours. */
  delayMs?: number;
}

/**
 * Runs tasks with a global and a per-host concurrency limit and a politeness delay between requests to the
 * same host. Tasks wait in arrival order.
 */
export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly waiting: { host: string; wake: () => void }[] = [];
  private active = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly concurrency: number;
  private readonly perHost: number;
  private readonly delayMs: number;

  constructor(options: HostSchedulerOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.perHost = Math.max(1, options.perHost ?? 2);
    this.delayMs = Math.max(0, options.delayMs ?? 1000);
  }

  /** Sets a longer delay for one host (e.g. from robots.txt), never a shorter one than the default. */
  setHostDelay(host: string, delayMs: number): void {
    this.state(host).delayMs = Math.max(this.delayMs, delayMs);
  }

  /** Runs `task` when the limits allow a request to `host`. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((wake) => {
      this.waiting.push({ host, wake });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.active--;
      this.state(host).active--;
      this.pump();
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(): void {
    const now = Date.now();
    let nextWake = Infinity;
    for (let i = 0; i < this.waiting.length && this.active < this.concurrency;) {
      const entry = this.waiting[i]!;
      const state = this.state(entry.host);
      const readyAt = state.lastStart + (state.delayMs ?? this.delayMs);
      if (state.active < this.perHost && readyAt <= now) {
        this.waiting.splice(i, 1);
        this.active++;
        state.active++;
        state.lastStart = now;
        entry.wake();
      } else {
        if (state.active < this.perHost) nextWake = Math.min(nextWake, readyAt);
        i++;
      }
    }
    if (nextWake !== Infinity && this.timer === undefined) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.pump();
        },
        Math.max(1, nextWake - now),
      );
    }
  }
}
