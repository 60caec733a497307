// The configurator of the folder `npm run build` makes (dist/configurator.html, compiled to configurator.js
// by scripts/build-kit.mjs): it runs the widgets of its own folder, and its snippets point at that folder,
// wherever it was uploaded. The manifest is built in, trimmed to what the configurator reads.
import manifest from '../packages/widgets/custom-elements.json';
import { startConfigurator, type Manifest } from './configurator.js';

const inThisFolder = (file: string) => new URL(file, import.meta.url).href;

void startConfigurator({
  manifest: manifest as Manifest,
  sampleFeed: inThisFolder('./feed.json'),
  script: inThisFolder('./iisg-widgets.min.js'),
  localScript: inThisFolder('./iisg-widgets.min.js'),
  // No placeholder: this folder's address is the one that works, and a snippet with YOUR-SITE would not.
  themes: inThisFolder('./themes/'),
});
