import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLanguage } from '@iisg/feed';
import { english, loadLocale, supportedLanguage, type LoadedLocale } from '../locales/load-locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The element's language: its own `lang`, else the nearest `lang` up the tree (across shadow roots).
 * Loads that language's strings and date locale on demand and re-renders when they arrive or when
 * the page's language changes.
 */
export class LocaleController implements ReactiveController {
  /** The language feed texts are picked for: the tag as the page gives it (`sr-Latn`). */
  lang = 'en';
  locale: LoadedLocale = english;
  private observer?: MutationObserver;
  /** The language being loaded, until it is in. */
  #pending?: Promise<unknown>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get messages() {
    return this.locale.messages;
  }

  hostConnected() {
    this.resolve();
    // Page language switchers change <html lang>, a CMS may set it on a wrapper, a developer on the
    // element itself, an app on a wrapper inside its component's shadow root: follow any lang attribute in
    // the page and in each shadow root the element is in (found again at each connection; the filter keeps
    // this cheap).
    this.observer = new MutationObserver(() => this.resolve());
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    this.observer.observe(document.documentElement, options);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.observer.observe(root, options);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  /** Call when the host's own `lang` changed. */
  resolve() {
    // Canonical or 'en': a page may say lang="sr_latn", a browser 'en-US@posix', and Intl rejects both.
    const lang = canonicalLanguage(nearestLang(this.host) || navigator.language || 'en');
    if (lang === this.lang && this.locale.lang === supportedLanguage(lang)) return;
    this.lang = lang;
    const pending: Promise<unknown> = loadLocale(lang).then((locale) => {
      // Another language asked for while this one loaded: what waits for this (a first render) waits for that.
      if (this.lang !== lang) return this.#pending;
      this.#pending = undefined;
      this.locale = locale;
      this.host.requestUpdate();
    });
    this.#pending = supportedLanguage(lang) === 'en' ? undefined : pending;
    this.host.requestUpdate();
  }

  /**
   * Settles when the language's strings are in, or after 3 s if they are slow (on a phone network the feed
   * is rarely in sooner): an element's first render waits for it, so that a page in Albanian does not show
   * English first and its live heading does not change language (and get announced) a moment later.
   * English is built in: no wait.
   */
  get ready(): Promise<unknown> {
    const pending = this.#pending;
    return pending ? Promise.race([pending, new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT))]) : Promise.resolve();
  }
}

/** Milliseconds a first render waits for its language's strings before it shows English. */
const LANGUAGE_WAIT = 3000;

function nearestLang(start: Node): string {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}
