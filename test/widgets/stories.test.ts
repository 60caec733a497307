// Every story, drawn as Storybook draws it (the meta's args under the story's, its loaders and beforeEach,
// then its render or the meta's), must draw its element(s) with content and say nothing in the console that
// the story does not expect. A story that inherits an argument that contradicts it (a past list with the
// meta's `date`, which shows that month instead) is caught by the warning the element gives for it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as calendarStories from '../../stories/event-calendar.stories.js';
import * as cardStories from '../../stories/event-card.stories.js';
import * as mapStories from '../../stories/network-map.stories.js';
import * as timelineStories from '../../stories/event-timeline.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args, context: unknown) => TemplateResult;
  loaders?: ((context: { args: Args }) => Promise<unknown> | unknown)[];
  beforeEach?: () => (() => void) | void | Promise<(() => void) | void>;
}

/**
 * What a story may say in the console: why its feed could not be loaded (and that the saved copy is shown),
 * the broken event it exists to show, the id it looks for in vain.
 */
const EXPECTED: Record<string, RegExp> = {
  FeedError: /could not be loaded \(HTTP 404\)/,
  SavedCopy: /could not be loaded .*; showing the copy saved/,
  BrokenFeed: /is not a date/,
  EventNotFound: /no event has the id 'no-such-event'/,
};

const TAGS = 'iisg-event-calendar, iisg-event-card, iisg-network-map, iisg-event-timeline';

for (const [file, module] of Object.entries({ calendar: calendarStories, card: cardStories, map: mapStories, timeline: timelineStories })) {
  const { default: meta, ...stories } = module as unknown as { default: StoryLike } & Record<string, StoryLike>;
  describe(`stories: ${file}`, () => {
    for (const [exportName, story] of Object.entries(stories)) {
      if (typeof story !== 'object' || story === null) continue;
      it(`${story.name ?? exportName} draws and says nothing unexpected`, async () => {
        const args = { ...meta.args, ...story.args };
        const said: string[] = [];
        const { warn, error } = console;
        console.warn = (...parts: unknown[]) => said.push(parts.map(String).join(' '));
        console.error = (...parts: unknown[]) => said.push(parts.map(String).join(' '));
        const cleanup = await story.beforeEach?.();
        try {
          for (const load of story.loaders ?? []) await load({ args });
          const render = story.render ?? meta.render!;
          const el = await fixture(html`<div>${render(args, { args })}</div>`);
          const elements = [...el.querySelectorAll(TAGS)];
          expect(elements.length, 'an element').to.be.greaterThan(0);
          // Drawn: the loading story's stays busy, the others settle; each has something in its shadow root.
          await waitUntil(() => elements.every((e) => e.shadowRoot?.textContent?.trim()), 'drawn', { timeout: 5000 });
          await new Promise((r) => setTimeout(r, 300));
        } finally {
          console.warn = warn;
          console.error = error;
          if (typeof cleanup === 'function') cleanup();
        }
        const unexpected = said.filter((text) => !/Lit is in dev mode/.test(text) && !EXPECTED[exportName]?.test(text));
        expect(unexpected).to.deep.equal([]);
      });
    }
  });
}
