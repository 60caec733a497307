// No English, and no text in the other script, in a page in sr-Cyrl: see no-english.ts.
import { noEnglish } from './no-english.js';

noEnglish('sr-Cyrl');
