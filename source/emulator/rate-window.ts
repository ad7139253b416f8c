import type {RequestLimit} from './types.js';

/** Counts requests per key in fixed windows of time. */
export class RateWindow {
  readonly #windows = new Map<string, {start: number; count: number}>();
  readonly #limit: RequestLimit;

  constructor(limit: RequestLimit) {
    this.#limit = limit;
  }

  /** Counts one request; 0 when allowed, else seconds until the next window. */
  hit(key: string, now: number): number {
    const windowMs = this.#limit.windowSeconds * 1000;
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (this.#windows.size > 10_000) this.#forgetOld(now, windowMs);
      window = {start: now, count: 0};
      this.#windows.set(key, window);
    }

    window.count += 1;
    if (window.count <= this.#limit.requests) return 0;

    return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  }

  #forgetOld(now: number, windowMs: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.start >= windowMs) this.#windows.delete(key);
    }
  }
}
