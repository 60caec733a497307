import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Feed, FeedEvent } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { countryNamesFor } from './country-name.js';
import { focusBackAfter } from './focus-back.js';

type Host = LitElement;

/** Starts an .ics can hold: the years 0001 to 9999, as to-ics (loaded only on demand) checks them, less a day each side for zones. */
const WRITABLE_FROM = -62_135_596_800_000 + 86_400_000;
const WRITABLE_TO = 253_402_300_800_000 - 86_400_000;

/**
 * The host the feed is published on (its `src`), for the event's UID: `to-ics` names a feed's events after the host
 * it reads them from, so an event downloaded here and the same event in a subscription to the publisher's `.ics` are
 * one in a visitor's calendar. None for a feed given in the page, or a host with no dot (`localhost`).
 */
function publishedOn(src: string | undefined): string | undefined {
  try {
    const host = src ? new URL(src, document.baseURI).hostname : '';
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The "Add to calendar" menu button (WAI-ARIA APG menu button): download an .ics file, Google
 * Calendar, Outlook.com, Microsoft 365, copy link. Enter, Space or ArrowDown open it on the first
 * item; arrows, Home and End move; Esc closes and returns focus to the button; Tab closes.
 * The link builders load when the menu first opens, the .ics writer when a visitor asks for the file.
 */
export class AddToCalendarMenu implements ReactiveController {
  open = false;
  /** Set for a moment after "Copy link", so the item can say it worked. */
  copied = false;
  private id = `add-${Math.random().toString(36).slice(2, 8)}`;
  /** What the menu was last rendered for, and the service links built for it when it opened. */
  private current?: { feed: Feed; event: FeedEvent; lang: string };
  private links?: { google: string; outlook: string; microsoft365: string };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected() {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  render(feed: Feed, event: FeedEvent, locale: LoadedLocale, lang: string): TemplateResult | typeof nothing {
    // No calendar holds a start in the year 0 or 10000: no menu that would download an empty file. Nor for an event
    // called off (Google's and Outlook's links cannot say so) or put off (its dates are the old ones, kept until
    // there is a new date): the visitor's calendar would show it as on, on a day it is not held.
    if (!(event.start >= WRITABLE_FROM && event.start < WRITABLE_TO) || event.status === 'cancelled' || event.status === 'postponed') return nothing;
    const m = locale.messages;
    if (this.current?.event !== event || this.current.lang !== lang) {
      // Another event (the next popover): start closed, with its own links.
      this.links = undefined;
      if (this.current) this.open = false;
    }
    this.current = { feed, event, lang };
    const links = this.links;
    const item = (label: string, onActivate: () => void) =>
      html`<li role="none"><button type="button" role="menuitem" tabindex="-1" part="menu-item" @click=${onActivate}>${label}</button></li>`;
    // A link opens in a new tab: the menu closes and focus goes back to its button, not to the page's <body>.
    const link = (label: string, href: string) =>
      html`<li role="none"><a role="menuitem" tabindex="-1" part="menu-item" href=${href} target="_blank" rel="noopener noreferrer" @click=${() => this.close()}>${label}</a></li>`;
    return html`
      <div class="add-to-calendar" part="add-to-calendar" @keydown=${this.onKeydown}>
        <button
          type="button"
          id=${`${this.id}-button`}
          class="menu-button"
          part="button menu-button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${`${this.id}-menu`}
          @click=${() => (this.open ? this.close() : this.show(0))}
        >
          ${m.addToCalendar} <span aria-hidden="true">▾</span>
        </button>
        <ul role="menu" id=${`${this.id}-menu`} part="menu" class="menu" aria-labelledby=${`${this.id}-button`} ?hidden=${!this.open}>
          ${item(m.addToCalendarMenu.ics, () => this.download(feed, event, lang))}
          ${links
            ? html`${link('Google Calendar', links.google)} ${link('Outlook.com', links.outlook)} ${link('Microsoft 365', links.microsoft365)}`
            : nothing}
          ${item(this.copied ? m.addToCalendarMenu.copied : m.addToCalendarMenu.copy, () => this.copy(event, m.addToCalendarMenu.copy))}
        </ul>
        <span class="visually-hidden" role="status">${this.copied ? m.addToCalendarMenu.copied : nothing}</span>
      </div>
    `;
  }

  private items(): HTMLElement[] {
    return [...(this.host.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>(`#${this.id}-menu [role="menuitem"]`)];
  }

  private async show(focusIndex: number) {
    if (!this.links && this.current) {
      const { feed, event, lang } = this.current;
      const { googleCalendarUrl, outlookCalendarUrl } = await import('@iisg/feed/calendar-links');
      const names = countryNamesFor(lang);
      this.links = {
        google: googleCalendarUrl(feed, event, lang, names),
        outlook: outlookCalendarUrl(feed, event, lang, { service: 'outlook.com', countryNames: names }),
        microsoft365: outlookCalendarUrl(feed, event, lang, { service: 'microsoft365', countryNames: names }),
      };
    }
    // The element may have gone while the link builders loaded.
    if (!this.host.isConnected) return;
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!this.host.isConnected || !this.open) return;
    const items = this.items();
    items.at(focusIndex)?.focus();
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  close(restoreFocus = true) {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
    if (restoreFocus) this.host.updateComplete.then(() => (this.host.renderRoot as ShadowRoot).getElementById(`${this.id}-button`)?.focus());
  }

  private onOutside = (event: PointerEvent) => {
    const root = (this.host.renderRoot as ShadowRoot).querySelector(`#${this.id}-menu`)?.parentElement;
    if (!root || event.composedPath().includes(root)) return;
    this.close(false);
    // Its item had focus: a press on the popover's text or the page left it on the body.
    focusBackAfter(event, (this.host.renderRoot as ShadowRoot).getElementById(`${this.id}-button`) ?? undefined);
  };

  private onKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const onButton = target.id === `${this.id}-button`;
    if (onButton) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.show(event.key === 'ArrowDown' ? 0 : -1);
      }
      return;
    }
    const items = this.items();
    const i = items.indexOf(target);
    if (i < 0) return;
    const go = (n: number) => {
      event.preventDefault();
      items[(n + items.length) % items.length].focus();
    };
    if (event.key === 'ArrowDown') go(i + 1);
    else if (event.key === 'ArrowUp') go(i - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    // Space chooses a link item as it does a button (a link's own Space would scroll the page).
    else if (event.key === ' ' && target.localName === 'a') {
      event.preventDefault();
      target.click();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if (event.key === 'Tab' || event.code === 'Tab') this.close(false); // code: WebKitGTK's Shift+Tab is "Unidentified"
    // A letter: the next item whose name starts with it ("g" for Google Calendar), as in a native menu (WAI-ARIA APG).
    // Taken even when no item starts with it: Firefox's find-as-you-type would open its find bar.
    else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const key = event.key.toLocaleLowerCase();
      const next = [...items.slice(i + 1), ...items.slice(0, i)].find((item) => item.textContent!.trim().toLocaleLowerCase().startsWith(key));
      go(next ? items.indexOf(next) : i);
    }
  };

  private async download(feed: Feed, event: FeedEvent, lang: string) {
    const { toIcs } = await import('@iisg/feed/to-ics');
    const uidDomain = publishedOn((this.host as { src?: string }).src);
    const blob = new Blob([toIcs(feed, [event], { lang, countryNames: countryNamesFor(lang), uidDomain })], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${event.id.replace(/[^\w.-]+/g, '-')}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.close();
  }

  private async copy(event: FeedEvent, label: string) {
    const link = event.url ?? location.href;
    try {
      await navigator.clipboard.writeText(link);
      this.copied = true;
      this.host.requestUpdate();
      setTimeout(() => {
        this.copied = false;
        this.host.requestUpdate();
      }, 2500);
    } catch {
      // No clipboard here (a plain-http page, permission refused): the browser's own dialog shows the
      // link selected, to copy by hand.
      window.prompt(label, link);
    }
  }
}
