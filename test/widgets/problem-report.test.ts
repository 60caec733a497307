import { expect } from '@open-wc/testing';
import { parseAndReport } from '../../packages/widgets/src/shared/feed-source.js';

/** Record console.error and .warn while `run` runs: `[level, text]`. */
async function listen(run: () => Promise<unknown>): Promise<[string, string][]> {
  const said: [string, string][] = [];
  const saved = { error: console.error, warn: console.warn, groupCollapsed: console.groupCollapsed, groupEnd: console.groupEnd };
  for (const level of ['error', 'warn'] as const) console[level] = (...args: unknown[]) => void said.push([level, args.map(String).join(' ')]);
  Object.assign(console, { groupCollapsed: () => {}, groupEnd: () => {} });
  try {
    await run();
    return said;
  } finally {
    Object.assign(console, saved);
  }
}

/** A feed of `n` events that each have a misspelt field (a warning), then one with no title (an error). */
function feedWithWarnings(n: number) {
  const events: object[] = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Meeting ${i}`, titel: 'x', start: '2019-04-23' }));
  events.push({ id: 'untitled', start: '2019-04-24' });
  return JSON.stringify({ version: 1, events });
}

describe('problems reported to the console', () => {
  it('lists every problem of a feed with a few', async () => {
    const said = await listen(() => parseAndReport(feedWithWarnings(3), 'feed.json', 'test'));
    expect(said.map(([level]) => level)).to.deep.equal(['warn', 'warn', 'warn', 'error']);
    expect(said[3][1]).to.equal("feed.json: events[3].title: the event has no title; the event is left out (event 'untitled')");
  });

  it('lists 200 of many, the errors among them, and counts the rest in one line', async () => {
    const said = await listen(() => parseAndReport(feedWithWarnings(5000), 'feed.json', 'test'));
    expect(said).to.have.length(201);
    // The error at the end of the file is listed although 5,000 warnings come before it.
    expect(said.filter(([level]) => level === 'error').map(([, text]) => text)).to.deep.equal([
      "feed.json: events[5000].title: the event has no title; the event is left out (event 'untitled')",
    ]);
    expect(said[0][1]).to.contain('events[0].titel');
    expect(said[200]).to.deep.equal(['warn', 'feed.json: 4801 more problem(s) not listed here; `npx iisg-feed validate <file>` lists them all']);
  });
});
