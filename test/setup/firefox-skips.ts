// Loaded only by web-test-runner.firefox.config.mjs, after the test framework and before the test file:
// skips, in Firefox, the tests whose full title starts with one of CHROMIUM_ONLY there (the describes' and
// the test's titles joined by spaces), each group with why it cannot run in Firefox.
const chromiumOnly = (window as unknown as { chromiumOnly?: string[] }).chromiumOnly ?? [];

beforeEach(function () {
  const title = this.currentTest?.fullTitle() ?? '';
  if (chromiumOnly.some((start) => title.startsWith(start))) this.skip();
});
