import { expect } from '@open-wc/testing';
import { matchesAround } from '@iisg/feed';

describe('matchesAround', () => {
  const span = (s: readonly [number, number]) => s;

  it('counts the matches on the days shown, touching them at either end too, and then names no other day', () => {
    expect(matchesAround([[1, 3], [10, 12], [20, 25], [21, 30]], span, 12, 20)).to.deep.equal({ shown: 2, nearest: undefined });
    expect(matchesAround([[1, 30]], span, 12, 20), 'spanning the whole range').to.deep.equal({ shown: 1, nearest: undefined });
    expect(matchesAround([], span, 12, 20)).to.deep.equal({ shown: 0, nearest: undefined });
  });

  it('with none shown, names the nearest match after the days shown, by its first day', () => {
    expect(matchesAround([[40, 41], [1, 2], [25, 50], [30, 31]], span, 10, 20)).to.deep.equal({ shown: 0, nearest: 25 });
  });

  it('else the last day of the match before that ended last (a long one began far earlier)', () => {
    expect(matchesAround([[1, 2], [3, 8], [5, 6]], span, 10, 20).nearest).to.equal(8);
    expect(matchesAround([[-2000, 5], [4, 4]], span, 10, 20).nearest).to.equal(5);
  });
});
