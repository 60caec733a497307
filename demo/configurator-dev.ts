// The configurator on the dev server (`npm start`, /demo/configurator.html): the widgets from their sources,
// the manifest from the last `npm run build`, snippets with the placeholder address (said beside Copy to need
// filling in) until the editor picks this server's build.
import { startConfigurator } from './configurator.js';
import { CDN_SCRIPT } from './snippet.js';

void startConfigurator({
  manifest: '/packages/widgets/custom-elements.json',
  // A path, so that a snippet pasted into any other page of this server finds it.
  sampleFeed: new URL('./feed.json', location.href).pathname,
  script: CDN_SCRIPT,
  localScript: '/dist/iisg-widgets.min.js',
  placeholderScript: CDN_SCRIPT,
  themes: '/packages/widgets/themes/',
});
