/**
 * The feed parser, as its own chunk: elements import it when a feed arrives (the import starts with the
 * request), so the first load of a drop-in module does not carry it.
 */
export { parseFeed } from '@iisg/feed';
// Needed only once a feed has been parsed: the console report of its problems. (mergeFeeds stays in the
// first load: here it would be code the .ics reader does not share, and rollup would split the parser
// in two chunks, one loading the other, a second round trip before the first event.)
export { formatProblem } from '@iisg/feed';
