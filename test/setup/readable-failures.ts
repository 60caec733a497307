// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml). A failed assertion on
// an element (`expect(focused(el)).to.equal(cell)`) carried the element itself to the runner, which then
// hung serialising it (a Lit element's properties reach its whole feed) and reported nothing. The element
// is replaced by a short description of it, so the failure is reported, and readable.
// Chai itself, not @open-wc/testing: that registers its fixtures' clean-up (afterEach) when it is first
// imported, and this runs before the test framework has made afterEach.
import { Assertion, AssertionError } from '@esm-bundle/chai';

function describe(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  if (!(value instanceof Element)) return `#${value.nodeName.toLowerCase().replace(/^#/, '')} "${(value.textContent ?? '').slice(0, 60)}"`;
  const said = ['id', 'part', 'role', 'class', 'data-day', 'aria-label'].filter((name) => value.hasAttribute(name)).map((name) => ` ${name}="${value.getAttribute(name)}"`);
  return `<${value.localName}${said.join('')}> "${(value.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
}

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failed = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      failed.actual = describe(failed.actual);
      failed.expected = describe(failed.expected);
    }
    throw error;
  }
};
