/**
 * Fetching feeds for elements: one request per URL however many elements name it, a timeout, retries
 * with backoff, and the last good copy kept in localStorage for when the network fails.
 */
import { quote, type Feed, type ParseResult, type Problem } from '@iisg/feed';

type Parser = typeof import('./feed-parser.js');
let parser: Promise<Parser> | undefined;
/** The parser chunk once it has loaded. */
export let loadedParser: Parser | undefined;

/** The parser chunk, asked for once: a load starts it alongside its request. */
export function loadParser() {
  return (parser ??= import('./feed-parser.js').then((module) => (loadedParser = module)));
}

export interface LoadedFeed {
  feed: Feed;
  problems: Problem[];
  /** Set when this is the saved copy shown because the network failed: when it was saved (ISO). */
  savedAt?: string;
  /** With the saved copy, once every attempt has failed: why the feed could not be loaded. */
  error?: FeedLoadError;
}

export class FeedLoadError extends Error {
  constructor(
    message: string,
    /**
     * What the element says to the visitor: `network`, `timeout`, `http`, `invalid`, or `cross-origin`, a
     * network failure of another site's URL while the browser is online (most often that server not
     * allowing other sites to read it: no `Access-Control-Allow-Origin`), which the visitor cannot mend.
     */
    readonly reason: 'network' | 'cross-origin' | 'timeout' | 'http' | 'invalid',
    readonly problems: Problem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before one attempt is given up. */
  timeout?: number;
  /** Further attempts after a network failure, timeout or server error, each waiting longer. */
  retries?: number;
  /** Milliseconds before the first retry; doubled for each next one. */
  backoff?: number;
  /** Who asked, for the console report (`iisg-event-card`). */
  reporter?: string;
  /**
   * Given the saved copy, if the browser has one, as soon as the first attempt fails or the server has not
   * answered for a few seconds, while the retries go on: the visitor reads the last good copy instead of
   * waiting for them. The load then still settles with the fresh feed if a retry gets it, or with that copy.
   */
  onSavedCopy?: (copy: LoadedFeed) => void;
}

const SAVED_PREFIX = 'iisg-feed:';
/** Milliseconds a first attempt may go unanswered before the saved copy is offered (`onSavedCopy`). */
const SAVED_COPY_AFTER = 3_000;

interface Request {
  promise: Promise<LoadedFeed>;
  users: number;
  controller: AbortController;
  /** The saved copy, once the request offers it (after a failure or a wait); never settles if it does not. */
  early: Promise<LoadedFeed | undefined>;
}
/**
 * The requests under way, by URL: one map for the page, so that two elements' own modules (the calendar's
 * and the card's drop-in files on one page) share a request too. Named for this shape of request.
 */
const inFlight: Map<string, Request> = ((globalThis as Record<symbol, unknown>)[Symbol.for('iisg-feed-requests-1')] ??= new Map()) as Map<string, Request>;

/** Load and parse the feed at `url`. Elements asking for the same URL at once share one request. */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  void loadParser();
  // webcal:// is how calendar apps name an https:// calendar to subscribe to.
  const key = new URL(url.replace(/^webcal:/i, 'https:'), document.baseURI).href;
  let entry = inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    let copy: Promise<LoadedFeed | undefined> | undefined;
    const savedCopy = () => (copy ??= readSavedCopy(key));
    let offer!: () => void;
    const early = new Promise<void>((resolve) => (offer = resolve)).then(savedCopy);
    // Only for a caller that wants the copy early (not a period file's); the wait ends when the server answers.
    const wanted = options.onSavedCopy !== undefined;
    const timer = wanted ? setTimeout(offer, SAVED_COPY_AFTER) : undefined;
    const promise = fetchWithRetry(key, controller.signal, options, savedCopy, wanted ? offer : undefined, () => clearTimeout(timer)).finally(() => {
      clearTimeout(timer);
      if (inFlight.get(key) === request) inFlight.delete(key);
    });
    const request: Request = (entry = { promise, users: 0, controller, early });
    inFlight.set(key, request);
  }
  const shared = entry;
  shared.users++;
  const { onSavedCopy, signal } = options;
  if (onSavedCopy) void shared.early.then((copy) => copy && !signal?.aborted && onSavedCopy(copy));
  return new Promise<LoadedFeed>((resolve, reject) => {
    const onAbort = () => {
      // The last element to lose interest cancels the request itself, and it is forgotten at once: an
      // element put back in the page (moved, not removed) must start a new request, not join this one.
      if (--shared.users === 0) {
        shared.controller.abort();
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        options.signal?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        options.signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Fetch and parse, retrying failures that may pass; when every attempt fails, the saved copy. `failed`
 * is called after the first failed attempt (the saved copy may be offered then), `answered` when a
 * server has answered with a feed on its way.
 */
async function fetchWithRetry(
  url: string,
  signal: AbortSignal,
  options: LoadOptions,
  savedCopy: () => Promise<LoadedFeed | undefined>,
  failed: (() => void) | undefined,
  answered: () => void,
): Promise<LoadedFeed> {
  const { timeout = 15_000, retries = 2, backoff = 1_000 } = options;
  let lastError: FeedLoadError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoff * 2 ** (attempt - 1), signal);
    let text: string;
    try {
      text = await fetchText(url, signal, timeout, answered);
    } catch (error) {
      if (signal.aborted) throw error;
      lastError = error as FeedLoadError;
      if (!isWorthRetrying(lastError)) break;
      if (attempt === 0) failed?.();
      continue;
    }
    const result = await parseFeedText(text, url, options.reporter);
    if (!result.feed) {
      lastError = new FeedLoadError('not a valid feed', 'invalid', result.problems);
      break;
    }
    save(url, text);
    return { feed: result.feed, problems: result.problems };
  }
  const saved = await savedCopy();
  if (saved) return { ...saved, error: lastError };
  throw lastError ?? new FeedLoadError('network', 'network');
}

/** The last good copy of a feed this browser saved, parsed; undefined if there is none (or it is not a feed). */
async function readSavedCopy(url: string): Promise<LoadedFeed | undefined> {
  const saved = readSaved(url);
  if (!saved) return undefined;
  const result = await parseFeedText(saved.text, url);
  return result.feed ? { feed: result.feed, problems: result.problems, savedAt: saved.savedAt } : undefined;
}

async function fetchText(url: string, signal: AbortSignal, timeout: number, answered: () => void): Promise<string> {
  const attempt = new AbortController();
  const timer = setTimeout(() => attempt.abort(), timeout);
  const onAbort = () => attempt.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(url, { signal: attempt.signal, credentials: 'omit' });
    if (!response.ok) throw new FeedLoadError(`HTTP ${response.status}`, 'http', [], response.status);
    // A big feed on a slow network: its body may take a while, but it is coming (not "could not be loaded").
    answered();
    return await response.text();
  } catch (error) {
    if (error instanceof FeedLoadError) throw error;
    if (signal.aborted) throw error;
    // fetch() says no more for a blocked cross-origin request than for a dropped connection: online, another site's is most likely blocked.
    if (attempt.signal.aborted) throw new FeedLoadError(`no answer in ${timeout} ms`, 'timeout');
    throw new FeedLoadError(String(error), navigator.onLine && new URL(url).origin !== location.origin ? 'cross-origin' : 'network');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** An iCalendar file, whatever its URL says: Outlook, Google and Thunderbird exports. */
function isIcs(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text.slice(0, 100));
}

/**
 * Parse a fetched feed: our JSON, or an `.ics` file through the feed package's conversion, which loads
 * only when a page uses one (it costs JSON pages nothing). Problems are listed in the console.
 */
async function parseFeedText(text: string, url: string, reporter?: string): Promise<ParseResult> {
  const { parseFeed } = await loadParser();
  if (!isIcs(text)) return reporter === undefined ? parseFeed(text, { baseUrl: url }) : parseAndReport(text, url, reporter);
  const { feedFromIcs } = await import('@iisg/feed/from-ics');
  // Recurring events are expanded from five years back to two ahead: an archive page shows past years too.
  const year = new Date().getFullYear();
  // That a series with no end goes on past the window is true of every subscription: not said on every page load.
  const converted = feedFromIcs(text, { from: `${year - 5}-01-01`, to: `${year + 2}-12-31`, quietEndless: true });
  // A converted event's problems point at its line in the .ics file.
  const problems: Problem[] = converted.problems.map(({ severity, code, message, line, uid }) => ({
    severity,
    code,
    message,
    path: line ? `line ${line}` : '',
    ...(uid ? { eventId: uid } : {}),
  }));
  if (reporter !== undefined) reportProblems(problems, url, reporter);
  if (!converted.feed) return { feed: null, problems };
  const result = reporter === undefined ? parseFeed(converted.feed, { baseUrl: url }) : await parseAndReport(converted.feed, url, reporter);
  return { feed: result.feed, problems: [...problems, ...result.problems] };
}

/** Parse a feed and list its problems in the console, once per load, with their paths. */
export async function parseAndReport(text: unknown, source: string, reporter = 'iisg'): Promise<ParseResult> {
  return parseWith(await loadParser(), text, source, reporter);
}

/** {@link parseAndReport} with the parser in hand (`loadedParser`: elements start its load when defined). */
export function parseWith({ parseFeed }: Parser, text: unknown, source: string, reporter: string): ParseResult {
  // A feed given inline or as a property: its relative links are the page's.
  const fetched = source.startsWith('http');
  const result = parseFeed(text, { baseUrl: fetched ? source : document.baseURI });
  // Browsers read a feed as UTF-8: a file saved in another encoding (Windows' "ANSI" or "Unicode") shows '�'.
  if (typeof text === 'string' && text.includes('\uFFFD')) {
    result.problems.unshift({ severity: 'error', code: 'not-utf-8', path: '', message: "the feed has characters that cannot be read (shown as '\uFFFD'): save the file as UTF-8" });
  }
  // A web page where the feed should be (a CMS's page for an uploaded file, a login page): say what to use. (Inline
  // JSON starting with '<' is wrapped in tags by a CMS's editor: the element says so, inline-json-hint.ts.)
  const [first] = result.problems;
  if (fetched && first?.code === 'not-json' && /^\s*</.test(text as string)) first.message += ': the address gives a web page, not the .json file';
  reportProblems(result.problems, source, reporter);
  return result;
}

/**
 * Most problems listed one by one for a load: a feed with a broken pattern repeated in every event (100,000
 * commas in `organisers` gave 100,002) would otherwise make the browser's console, and the page, stall.
 * The rest are counted, and `iisg-feed validate` lists them all.
 */
const LISTED_PROBLEMS = 200;

export function reportProblems(problems: Problem[], source: string, reporter: string) {
  if (!problems.length) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.groupCollapsed?.(`${reporter}: ${problems.length} problem(s) in ${source} (${errors} error(s))`);
  // Errors (an event left out) take the room first, so that many warnings do not hide one; then in file order.
  const room = [LISTED_PROBLEMS, LISTED_PROBLEMS - errors];
  const listed = problems.filter((p) => room[+(p.severity !== 'error')]-- > 0);
  for (const p of listed) {
    // Which event, by its id, to find it in a long file (one without an id goes by the name the parser gave it).
    const id = p.eventId && p.path.startsWith('events[') ? ` (event ${quote(p.eventId)})` : '';
    (p.severity === 'error' ? console.error : console.warn)(`${source}: ${loadedParser!.formatProblem(p)}${id}`);
  }
  const rest = problems.length - listed.length;
  if (rest) console.warn(`${source}: ${rest} more problem(s) not listed here; \`npx iisg-feed validate <file>\` lists them all`);
  console.groupEnd?.();
}

/**
 * Saved copies are kept to 2 million characters in all (about 4 MB; a browser gives a site 5 to 10 MB of
 * localStorage), the newest first, so that the page's own storage stays its own. A feed of over half of that is
 * not saved, and its older copy goes: it is no longer the last good one.
 */
const SAVED_ROOM = 2e6;

/** Our saved copies' lengths by key, oldest first, and their sum: kept here, not read from localStorage at each save. */
const saved = new Map<string, number>();
let savedSize = 0;
/** localStorage.length after our last save: if it differs, another tab, module or the page wrote, and `saved` is read again. */
let storageLength: number | undefined;

function save(url: string, text: string) {
  try {
    const key = SAVED_PREFIX + url;
    const value = JSON.stringify({ savedAt: new Date().toISOString(), text });
    if (localStorage.length !== storageLength) {
      saved.clear();
      savedSize = 0;
      // Oldest first (each value starts with its savedAt, an ISO date).
      for (const [key, old] of Object.entries(localStorage).sort((a, b) => (a[1] > b[1] ? 1 : -1))) if (key.startsWith(SAVED_PREFIX)) note(key, old.length);
    }
    note(key);
    const room = SAVED_ROOM - value.length;
    if (room < SAVED_ROOM / 2) return;
    // The oldest go until the new copy fits.
    for (const [old] of saved) {
      if (savedSize <= room) break;
      note(old);
    }
    localStorage.setItem(key, value);
    note(key, value.length);
    storageLength = localStorage.length;
  } catch {
    // Storage full or disabled (private mode): the page works, only without a saved copy.
  }
}

/** Record that `key` holds `length` characters now, as the newest copy; without a length, remove the copy. */
function note(key: string, length = 0) {
  savedSize += length - (saved.get(key) ?? 0);
  saved.delete(key);
  if (length) saved.set(key, length);
  else localStorage.removeItem(key);
}

function readSaved(url: string): { savedAt: string; text: string } | undefined {
  try {
    const raw = localStorage.getItem(SAVED_PREFIX + url);
    const saved = raw ? JSON.parse(raw) : undefined;
    return typeof saved?.text === 'string' && typeof saved?.savedAt === 'string' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a load failed, as far as the browser lets us tell, for the page's developer (the console): `: ` and
 * the likely cause, or nothing.
 */
export function failureCause({ reason, status = 0 }: FeedLoadError, url: string): string {
  const cause =
    reason === 'cross-origin' ? `${new URL(url).origin} may not allow other sites to read it (it must send Access-Control-Allow-Origin), or is down`
    : reason === 'network' ? (navigator.onLine ? 'the server cannot be reached' : 'the browser is offline')
    : reason === 'timeout' ? 'the server is down or slow, or the feed too large for the timeout'
    : status === 404 || status === 410 ? 'nothing at this address (a typo, or the file moved)'
    : status >= 500 ? 'an error on the server'
    : '';
  return cause && `: ${cause}`;
}

/** Network failures, time-outs and server errors may pass; a 404 or a broken feed will not. */
function isWorthRetrying(error: FeedLoadError): boolean {
  if (error.reason !== 'http') return error.reason !== 'invalid';
  return error.status === 408 || error.status === 429 || (error.status ?? 0) >= 500;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
