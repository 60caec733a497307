import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeFeeds, periodsBetween, quote, type DayKey, type Feed, type Problem } from '@iisg/feed';
import { FeedLoadError, failureCause, loadFeed, loadedParser, parseAndReport, parseWith, reportProblems, type LoadedFeed } from './feed-source.js';
import type { FeedLoadDetail } from './events.js';
import { straightenQuotes } from './typographic-quotes.js';

export type { FeedLoadDetail };

export type FeedState = 'idle' | 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

/** How long an element may wait for a feed (set from a script) before the console says it has none. */
const NO_FEED_WARNING_MS = 3_000;
/**
 * Period files fetched at once: what a browser sends one server over HTTP/1.1. The others wait here, not in
 * the browser's queue, where their timeout would run out and 1,000 files would fail.
 */
const PERIOD_REQUESTS = 6;
const newPeriods = () => ({ waiting: [] as string[], fetching: 0, arrived: [] as Problem[][] });

/**
 * Gives an element its feed from, in order: the `feed` property, an inline
 * `<script type="application/json">` child, or the `src` URL. Aborts a request whose `src` changed.
 */
export class FeedController implements ReactiveController {
  state: FeedState = 'idle';
  feed: Feed | null = null;
  problems: Problem[] = [];
  /** When the feed shown is the saved copy (the network failed): when it was saved. */
  savedAt?: string;
  error?: FeedLoadError;
  /** No feed came in the wait (NO_FEED_WARNING_MS): the element says so, as the console does (a CMS editor saw an empty box). */
  missing = false;

  private abort?: AbortController;
  private loadedFrom?: unknown;
  /** An index feed (with `periods`) and the period files fetched for it, by URL. */
  private indexFeed: Feed | null = null;
  private parts = new Map<string, Feed | 'loading' | 'failed'>();
  /**
   * The period files of the index shown: those to fetch (the last asked for first), how many are being fetched, and
   * the problems of each arrived since the last merge (merged once a frame, not once a file). A new one for each
   * index: requests for one replaced (the saved copy's, when the fresh index comes) neither hold nor free its slots.
   */
  #periods = newPeriods();
  /** Period files' events already reported as renamed (`url path`): each is said once, not at every merge. */
  private renamed = new Set<string>();
  private srcUrl?: string;
  /** The URL of the feed shown. */
  private shownFrom?: string;

  constructor(
    readonly host: Host,
    /** `label`: what the console calls `feed` when it is not the feed property (the card's `event` property). */
    private readonly source: () => { src?: string | undefined; feed?: unknown; timeout?: number | undefined; label?: string | undefined },
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Every element has this controller: the one place that sees each element's attributes before its first load.
    straightenQuotes(this.host, this.who);
    this.refresh();
    if (this.loadedFrom === undefined) this.warnIfNoFeed();
  }

  hostDisconnected() {
    clearTimeout(this.noFeedTimer);
    this.abort?.abort();
    this.abort = undefined;
    this.loadedFrom = undefined;
  }

  /** Load the same source again (the visitor's "Try again" after a failed request). */
  retry() {
    this.loadedFrom = undefined;
    this.refresh();
  }

  /** Call from the host's `willUpdate`: loads again when `src` or `feed` changed. */
  refresh() {
    const { src, feed, timeout, label = 'the feed property' } = this.source();
    const inline = feed === undefined && !src ? this.inlineJson() : undefined;
    const from = feed ?? inline ?? src;
    if (from === this.loadedFrom) return;
    this.loadedFrom = from;
    this.missing = false;
    this.abort?.abort();
    this.abort = undefined;
    this.savedAt = undefined;
    this.error = undefined;
    this.indexFeed = null;
    this.parts = new Map();
    this.#periods = newPeriods();
    this.renamed = new Set();
    this.srcUrl = src;
    if (feed !== undefined || inline !== undefined) {
      this.shownFrom = undefined;
      this.useParsed(feed ?? inline, feed !== undefined ? label : 'inline JSON');
    } else if (src) {
      this.fetch(src, timeout);
    } else {
      this.set('idle', null, []);
      this.warnIfNoFeed();
    }
  }

  /**
   * An element with nothing to show is an empty box: tell the page's developer. A misspelt `src` at once;
   * otherwise once, if no feed has come after a few seconds (a script may set `feed` after its own fetch).
   * Then the element says it too, in the box (`missing`): not before, or a feed about to come would flash it.
   */
  private warnIfNoFeed() {
    const host = this.host;
    const typo = [...host.attributes].find((a) => /^(scr|source|url|href|feed-url)$/i.test(a.name));
    if (typo && !this.typoSaid) console.warn(`${this.who}: no feed: "${typo.name}" is not an attribute of this element; did you mean src="${typo.value}"?`);
    this.typoSaid ||= Boolean(typo);
    clearTimeout(this.noFeedTimer);
    this.noFeedTimer = setTimeout(() => {
      // A feed given (its parse may still be running): not "no feed".
      if (!host.isConnected || this.loadedFrom !== undefined || this.state !== 'idle') return;
      this.missing = true;
      host.requestUpdate();
      if (!typo) console.warn(`${this.who}: no feed: set src, the feed property, or a <script type="application/json"> child`);
    }, NO_FEED_WARNING_MS);
  }

  private noFeedTimer?: ReturnType<typeof setTimeout>;
  private typoSaid = false;

  /** The element, as the console names it: its tag, and its id if it has one (`iisg-event-card#next-meeting`). */
  get who(): string {
    const { localName, id } = this.host;
    return id ? `${localName}#${id}` : localName;
  }

  /**
   * Tell the page's developer, once per load (not per retry), that `url` could not be loaded: why and the
   * likely cause when known, and `then` (what is shown instead). The browser's own network lines name no element.
   */
  private report(url: string, error?: FeedLoadError, then = '') {
    (then ? console.warn : console.error)(`${this.who}: ${url} could not be loaded${error ? ` (${error.message})${failureCause(error, url)}` : ''}${then}`);
  }

  private async useParsed(value: unknown, source: string) {
    // A Feed object from parseFeed is used as it is.
    if (isFeed(value)) return this.set('ready', value, []);
    const from = this.loadedFrom;
    // Read at once when the parser has loaded: the element's first render then shows the events, not an empty
    // frame before them.
    const result = loadedParser ? parseWith(loadedParser, value, source, this.who) : await parseAndReport(value, source, this.who);
    // The feed changed (or the element left) while the parser loaded: this result is stale.
    if (from !== this.loadedFrom) return;
    if (result.feed) return this.set('ready', result.feed, result.problems);
    this.fail(new FeedLoadError('not a valid feed', 'invalid', result.problems));
    // Inline JSON a CMS's editor mangled (&quot;, <p>, “ ”): the cause and the fix, from a chunk loaded only then.
    if (source === 'inline JSON') void import('./inline-json-hint.js').then((m) => m.reportInlineJson(value as string, result.problems, this.who));
  }

  private async fetch(src: string, timeout?: number) {
    const abort = (this.abort = new AbortController());
    // Moved in the page (out and back in), an element asks again for the feed it shows: no "Loading" over it.
    if (!this.feed || this.shownFrom !== src) this.set('loading', this.feed, []);
    // The saved copy, shown while the request is retried, and replaced if a retry gets the feed.
    let early: LoadedFeed | undefined;
    const show = (loaded: LoadedFeed) => {
      if (early && !loaded.savedAt) console.info(`${this.who}: ${src} loaded after all; the saved copy is replaced`);
      else if (loaded.savedAt) this.report(src, loaded.error, `; showing the copy saved ${loaded.savedAt}`);
      this.savedAt = loaded.savedAt;
      this.shownFrom = src;
      // Period files fetched for the saved index are fetched again for the fresh one.
      this.parts = new Map();
      this.#periods = newPeriods();
      this.indexFeed = loaded.feed.periods.length ? loaded.feed : null;
      this.set('ready', loaded.feed, loaded.problems);
    };
    let done = false;
    try {
      const onSavedCopy = (copy: LoadedFeed) => done || show((early = copy));
      const loaded = await loadFeed(src, { signal: abort.signal, timeout, reporter: this.who, onSavedCopy });
      done = true;
      if (abort.signal.aborted) return;
      // The saved copy is already shown (and was announced before the retries): only why they all failed is new.
      if (early && loaded.savedAt) return this.report(src, loaded.error, '; the saved copy stays');
      show(loaded);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof FeedLoadError) {
        // A broken file's problems are listed already, with where they are.
        if (error.reason !== 'invalid') this.report(src, error);
        return this.fail(error);
      }
      // Someone else's cancel of a shared request: ask again rather than call the file broken.
      if (error instanceof DOMException && error.name === 'AbortError') return this.retry();
      // Not the network's doing: a defect (ours, or a script on the page). Say so, not "check your connection".
      console.error(`${this.who}: ${src} could not be shown`, error);
      this.fail(new FeedLoadError(String(error), 'invalid'));
    }
  }

  /** For an index feed, fetch every period file (views that show a whole archive: the timeline, a card). */
  requestAll() {
    this.requestRange(-Infinity, Infinity);
  }

  /**
   * Make sure the events of days `from`..`to` are loaded: for an index feed (one file per period),
   * fetches only the period files that overlap and have not been fetched yet.
   */
  requestRange(from: DayKey, to: DayKey) {
    const index = this.indexFeed;
    // Every file asked for already: a timeline asks at each render, and resolving 1,200 URLs each time was slow.
    if (!index || this.parts.size >= index.periods.length) return;
    for (const period of periodsBetween(index, from, to)) {
      const url = this.periodUrl(period.url);
      if (this.parts.has(url)) continue;
      this.parts.set(url, 'loading');
      this.#periods.waiting.push(url);
    }
    this.#fetchParts();
  }

  /** Fetch the period files waiting, the last asked for first, PERIOD_REQUESTS at a time. */
  #fetchParts() {
    const periods = this.#periods;
    const signal = this.abort?.signal;
    const current = () => !signal!.aborted && this.#periods === periods;
    while (signal && periods.fetching < PERIOD_REQUESTS && periods.waiting.length) {
      const url = periods.waiting.pop()!;
      periods.fetching++;
      loadFeed(url, { signal, timeout: this.source().timeout, reporter: this.who })
        .then(
          (loaded) => {
            if (!current()) return;
            if (loaded.error) this.report(url, loaded.error, `; showing the copy saved ${loaded.savedAt}`);
            this.parts.set(url, loaded.feed);
            // A hidden tab runs no frames: there, the next task.
            const merge = () => current() && this.#mergeParts();
            if (periods.arrived.push(loaded.problems) === 1) (document.hidden ? setTimeout : requestAnimationFrame)(merge);
          },
          (error) => {
            if (!current()) return;
            this.parts.set(url, 'failed');
            if (error instanceof FeedLoadError && error.reason !== 'invalid') this.report(url, error);
            // What waited for it (an empty list, busy until its days' files are in; a count) is drawn now.
            this.host.requestUpdate();
          },
        )
        .finally(() => {
          periods.fetching--;
          if (current()) this.#fetchParts();
        });
    }
  }

  /** Show the index with the period files arrived: each merge is of them all, so once a frame, not once a file. */
  #mergeParts() {
    const index = this.indexFeed;
    const periods = this.#periods;
    if (!index || !periods.arrived.length) return;
    const parts = [...this.parts].filter((p): p is [string, Feed] => typeof p[1] === 'object');
    // An id another period file also uses: the event is shown renamed, and the page's developer told once,
    // in one report per file (20,000 shared ids were 20,000 console groups).
    const renamed = new Map<string, Problem[]>();
    const merged = mergeFeeds(index, parts.map(([, feed]) => feed), (event, shownId, p) => {
      const at = `${parts[p][0]} ${event.path}.id`;
      if (this.renamed.has(at)) return;
      this.renamed.add(at);
      const problem: Problem = { severity: 'error', code: 'duplicate-id', path: `${event.path}.id`, message: `the id ${quote(event.id)} is also used in another period file; this one is shown as ${quote(shownId)}`, eventId: shownId };
      let said = renamed.get(parts[p][0]);
      if (!said) renamed.set(parts[p][0], (said = []));
      said.push(problem);
    });
    for (const [url, problems] of renamed) reportProblems(problems, url, this.who);
    this.set('ready', merged, [...this.problems, ...periods.arrived.flat(), ...[...renamed.values()].flat()]);
    periods.arrived = [];
  }

  /**
   * Whether the feed holds every event it will: false while an index feed's period files are not all in
   * (not asked for yet, loading, or failed). What is said about the whole feed waits for it.
   */
  get complete(): boolean {
    return !this.indexFeed || (!this.#periods.arrived.length && this.indexFeed.periods.every((p) => typeof this.parts.get(this.periodUrl(p.url)) === 'object'));
  }

  /**
   * Whether events of days `from`..`to` may be still to come: an index feed's period files for them not asked
   * for yet, or on their way (a failed one is not waited for).
   */
  pendingBetween(from: DayKey, to: DayKey): boolean {
    const index = this.indexFeed;
    return !!index && (this.#periods.arrived.length > 0 || periodsBetween(index, from, to).some((p) => (this.parts.get(this.periodUrl(p.url)) ?? 'loading') === 'loading'));
  }

  private periodUrl(url: string) {
    return new URL(url, new URL(this.srcUrl ?? '', document.baseURI)).href;
  }

  private fail(error: FeedLoadError) {
    this.error = error;
    this.set('error', null, error.problems);
  }

  private set(state: FeedState, feed: Feed | null, problems: Problem[]) {
    this.state = state;
    this.feed = feed;
    this.problems = problems;
    this.host.requestUpdate();
    if (state === 'ready' || state === 'error') {
      const detail: FeedLoadDetail = { state, problems, savedAt: this.savedAt };
      // After the render that shows it: a framework that mounts the element hears the event once it has
      // finished mounting (React warns about state updates during mount otherwise).
      this.host.updateComplete.then(() => this.host.dispatchEvent(new CustomEvent('iisg-feed-load', { bubbles: true, composed: true, detail })));
    }
  }

  private inlineJson(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }
}

function isFeed(value: unknown): value is Feed {
  return typeof value === 'object' && value !== null && (value as Feed).index !== undefined && (value as Feed).byId instanceof Map;
}
