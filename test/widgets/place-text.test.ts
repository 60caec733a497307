// An event's place is built twice: as one text for labels (placeOf, in every element's first load) and in
// parts with their languages for what is shown (placePhrase, loaded with the views that show it). The two
// must say the same words, or a screen reader hears one place and the eye sees another.
import { expect } from '@open-wc/testing';
import { parseFeed } from '@iisg/feed';
import { placeOf } from '@iisg/widgets/shared/event-view.js';
import { placePhrase } from '@iisg/widgets/shared/place-phrase.js';
import { phraseText } from '@iisg/widgets/shared/phrase.js';

const feed = parseFeed({
  version: 1,
  language: 'en',
  countries: [{ code: 'XK', name: { en: 'Kosovo*' }, footnote: { en: 'This designation is without prejudice to positions on status.' } }],
  events: [
    { id: 'full', title: 'A', start: '2019-04-23', location: { venue: { en: 'EU House', sq: 'Shtëpia e BE-së' }, city: { en: 'Tirana', sq: 'Tiranë' }, country: 'AL' } },
    { id: 'foreign', title: 'B', start: '2019-04-23', location: { venue: { en: 'EU House' }, city: { de: 'Reykjavík' }, country: 'IS' } },
    { id: 'country', title: 'C', start: '2019-04-23', location: { country: 'JP' } },
    { id: 'kosovo', title: 'D', start: '2019-04-23', location: { city: 'Pristina', country: 'XK' } },
    { id: 'city', title: 'E', start: '2019-04-23', location: { city: { en: 'Budva', de: 'Budva' } } },
  ],
}).feed!;

describe('placeOf and placePhrase', () => {
  for (const lang of ['en', 'sq', 'sr-Cyrl', 'mk', 'de']) {
    it(`say the same place, in ${lang}`, () => {
      for (const event of feed.events) {
        const text = placeOf(feed, event, lang)?.text;
        const phrase = placePhrase(feed, event, lang);
        expect(phrase && phraseText(phrase.parts), `${event.id} in ${lang}`).to.equal(text);
        expect(text, event.id).to.be.a('string');
      }
    });
  }
});
