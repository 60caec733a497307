/**
 * What every element's stories share: the sample feed's URL, the URLs that show the error, loading and
 * saved-copy states, and the two pieces of setup those states need.
 */
import { html } from 'lit';

/** The sample feed (demo/feed.json, served by staticDirs). Relative, so a build under a sub-path works. */
export const FEED = 'demo/feed.json';
/** Never served: a 404. */
export const MISSING = 'demo/no-such-feed.json';
/** Also a 404, but with a saved copy seeded by a "Saved copy" story. Kept apart from MISSING. */
export const MOVED = 'demo/moved-feed.json';
/** Answered by nobody: a "Loading" story holds its request open. */
export const NEVER = 'https://feed.invalid/never-answers.json';
/** Longest time a browser timer can wait (about 24.8 days). */
export const FOREVER = 2_147_483_647;

export const LANGUAGES = ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr'];

/** A line of explanation above a story. */
export const note = (content: unknown) => html`<p style="font: 0.875rem system-ui, sans-serif; color: #4f5966; margin: 0 0 0.75rem">${content}</p>`;

/** A story's `beforeEach`: requests to NEVER stay open (until aborted); every other request goes through. */
export function holdNeverOpen() {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url !== NEVER) return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    });
  };
  return () => {
    window.fetch = original;
  };
}

/**
 * A story's loader: keep a copy of the sample feed as the last good copy of `args.src`, the way
 * feed-source.ts does after a successful load ('iisg-feed:' + absolute URL, {savedAt, text}).
 */
export async function seedSavedCopy({ args }: { args: Record<string, unknown> }) {
  const text = await (await fetch(FEED)).text();
  const key = 'iisg-feed:' + new URL(String(args.src), document.baseURI).href;
  localStorage.setItem(key, JSON.stringify({ savedAt: '2026-11-27T08:00:00.000Z', text }));
  return {};
}
