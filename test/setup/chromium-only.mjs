// What the browser tests cannot run outside Chromium, shared by the Firefox and WebKit runs
// (web-test-runner.firefox.config.mjs, web-test-runner.webkit.config.mjs): tests skipped by name, each group
// with why, and this project's commands that need the DevTools protocol.

const DEFAULTS = new Set([undefined, null, '', 'light', 'no-preference', 'none', 'screen']);
/** True for a media emulation that only resets to the default (which the hooks after skipped tests do). */
export const isDefaultMedia = (...values) => values.every((value) => DEFAULTS.has(value));
export const needsChromium = (what, config) =>
  new Error(`${what} needs Chromium (the DevTools protocol): add the test to CHROMIUM_ONLY in test/setup/chromium-only.mjs, or to ${config}'s own list`);

/** This project's commands that need the DevTools protocol: forced colours (a reset to none passes), the accessibility tree, the browser's zone (a reset passes), a screenshot. */
export const chromiumCommands = {
  name: 'chromium-only-commands',
  executeCommand({ command, payload }) {
    if (!['forced-colors', 'a11y-snapshot', 'accessible-name', 'time-zone', 'screenshot'].includes(command)) return undefined;
    if ((command === 'forced-colors' && payload === 'none') || (command === 'time-zone' && !payload)) return true;
    throw needsChromium(command, 'the run');
  },
};

/** Tests skipped outside Chromium, by the start of their full title: they need the DevTools protocol. */
export const CHROMIUM_ONLY = [
  // The accessibility tree (Chrome's accessible names, a11ySnapshot).
  'accessible names ',
  'names keep their spaces ',
  '<iisg-event-calendar>: back from an event to its day’s list > says the Back button as',
  '<iisg-event-calendar>: the day’s list > names each item as the list view does',
  '<iisg-event-calendar> list and year views > lists past events grouped by month',
  "<iisg-event-calendar> list and year views > says a list item's date in full",
  '<iisg-event-calendar> list and year views > says in a narrow container that the month is shown as a list',
  '<iisg-event-timeline> > says each meeting once',
  "<iisg-event-timeline> > shows a block's date short and says it in full",
  '<iisg-event-timeline> > shows the Tirana April 2019 cluster',
  '<iisg-event-timeline> > zoomed out, shows a block too narrow',
  '<iisg-event-timeline> > puts its row headings at the level the page asks for',
  "<iisg-event-timeline> > status > shows a block's status in words",
  '<iisg-event-timeline> > status > shows it zoomed out',
  '<iisg-network-map> list view, layers and zoom > gives a screen reader the heading',
  '<iisg-network-map> list view, layers and zoom > says each map button once',
  // Media emulation: print, forced colours, reduced motion, a colour scheme.
  'every element on paper ',
  'the timeline’s keyboard hint on paper ',
  '<iisg-event-calendar> on paper ',
  '<iisg-event-calendar> search: said once, printed ',
  '<iisg-event-calendar>: an empty list > is not printed',
  '<iisg-event-calendar> month view > shows a status other than scheduled on its bar',
  '<iisg-event-timeline> > glides to the focused meeting only when',
  'contrast of the theme tokens ',
  'today’s number in its circle ',
  'WCAG 1.4.11 non-text contrast: the map’s focus ring ',
  '<iisg-network-map> in forced colours ',
  '<iisg-network-map> pan buttons in forced colours ',
  'WCAG 1.4.11: the focused day’s ring against event bars and today’s mark > does so in forced colours',
  'WCAG 1.4.11: the Filters button, expanded > keeps the bar in forced colours',
  // The page's pixels (a screenshot).
  'host pages: a link around the elements ',
  // The browser's own time zone (the DevTools protocol's override).
  'a visitor in another time zone ',
  'an all-day event on the day the visitor’s clock changes ',
];

/** The titles as mocha gives them: the describes' and the test's joined by spaces (the report's " > "). */
const skipped = CHROMIUM_ONLY.map((title) => title.replace(/ > /g, ' '));

/**
 * The test runner's page, which skips the tests whose full title starts with one of `titles` by a root
 * `beforeEach` (test/setup/skip-by-title.ts): a test left out by mocha's grep would be counted as failed.
 */
export function skippingRunnerHtml(titles) {
  // The titles as mocha gives them: the describes' and the test's joined by spaces (the report's " > ").
  const skipped = titles.map((title) => title.replace(/ > /g, ' '));
  return (testFramework) =>
    `<!doctype html><html><body><script>window.skippedTitles = ${JSON.stringify(skipped)};</script><script type="module" src="/test/setup/readable-failures.ts"></script><script type="module" src="${testFramework}"></script><script type="module" src="/test/setup/skip-by-title.ts"></script></body></html>`;
}
