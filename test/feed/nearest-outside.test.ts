import { expect } from '@open-wc/testing';
import { nearestOutside } from '@iisg/feed';

describe('nearestOutside', () => {
  const span = (s: readonly [number, number]) => s;

  it('is undefined when a match touches the days shown, or there is no match', () => {
    expect(nearestOutside([[1, 3], [10, 12]], span, 12, 20)).to.equal(undefined);
    expect(nearestOutside([[1, 30]], span, 12, 20), 'spanning the whole range').to.equal(undefined);
    expect(nearestOutside([], span, 12, 20)).to.equal(undefined);
  });

  it('prefers the nearest match after the days shown, by its first day', () => {
    expect(nearestOutside([[40, 41], [1, 2], [25, 50], [30, 31]], span, 10, 20)).to.equal(25);
  });

  it('else the last day of the match before that ended last (a long one began far earlier)', () => {
    expect(nearestOutside([[1, 2], [3, 8], [5, 6]], span, 10, 20)).to.equal(8);
    expect(nearestOutside([[-2000, 5], [4, 4]], span, 10, 20)).to.equal(5);
  });
});
