import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import '@iisg/widgets';

// A server-rendered page (Next.js, Remix) writes the tags into its HTML; the widgets' script defines them
// before React hydrates. Whatever an element writes onto itself when it upgrades, React finds on the node and
// warns about ("A tree hydrated but some attributes of the server rendered HTML didn't match"). So an element
// writes no attribute of its own at upgrade: `view`, `theme`, `layout` and `mode` are reflected only once they
// differ from their defaults (a visitor switching to the list does write view="list").
const tags = [
  ['iisg-event-calendar', { date: '2019-04' }],
  ['iisg-event-card', { 'event-id': 'nfp-7' }],
  ['iisg-event-timeline', {}],
  ['iisg-network-map', {}],
] as const;

describe('React 19 hydration of server-rendered widget tags', () => {
  let container: HTMLDivElement;
  let root: Root | undefined;
  let logged: string[];
  const original = console.error;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    logged = [];
    console.error = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    };
  });

  afterEach(() => {
    console.error = original;
    root?.unmount();
    root = undefined;
    container.remove();
  });

  for (const [tag, props] of tags) {
    it(`<${tag}> adds no attribute when it upgrades, so React hydrates it without a mismatch`, async () => {
      const page = () => createElement('section', null, createElement(tag, { ...props, src: '/demo/feed.json' }));
      container.innerHTML = renderToString(page());
      const el = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      expect(el.getAttributeNames().sort()).to.deep.equal(Object.keys({ ...props, src: '' }).sort());

      const recoverable: string[] = [];
      root = hydrateRoot(container, page(), { onRecoverableError: (error) => recoverable.push(String(error)) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(recoverable).to.deep.equal([]);
      expect(logged.filter((line) => /hydrat|did(n't| not) match/i.test(line))).to.deep.equal([]);
    });
  }
});

describe('reflected properties with defaults', () => {
  it('write the attribute once they change, and go back to the default when it is removed', async () => {
    const calendar = document.createElement('iisg-event-calendar');
    document.body.append(calendar);
    await calendar.updateComplete;
    expect(calendar.hasAttribute('view')).to.equal(false);
    expect(calendar.hasAttribute('theme')).to.equal(false);
    calendar.view = 'list';
    calendar.theme = 'dark';
    await calendar.updateComplete;
    expect(calendar.getAttribute('view')).to.equal('list');
    expect(calendar.getAttribute('theme')).to.equal('dark');
    calendar.removeAttribute('view');
    calendar.removeAttribute('theme');
    await calendar.updateComplete;
    expect(calendar.view).to.equal('month');
    expect(calendar.theme).to.equal('light');
    // Set back to the default from code, a value is written again: the page said so.
    calendar.view = 'month';
    await calendar.updateComplete;
    expect(calendar.getAttribute('view')).to.equal('month');
    calendar.remove();
  });
});
