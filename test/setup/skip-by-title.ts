// Loaded only by the Firefox and WebKit runs (skippingRunnerHtml in test/setup/chromium-only.mjs), after the
// test framework and before the test file: skips the tests whose full title (the describes' and the test's
// titles joined by spaces) starts with one of the titles that run's config lists, each group with why.
// A hook on mocha's root suite: the global `beforeEach` may not be defined yet (WebKit runs this first).
const skipped = (window as unknown as { skippedTitles?: string[] }).skippedTitles ?? [];
const root = (window as unknown as { mocha: Mocha }).mocha.suite;

root.beforeEach(function () {
  const title = this.currentTest?.fullTitle() ?? '';
  if (skipped.some((start) => title.startsWith(start))) this.skip();
});
