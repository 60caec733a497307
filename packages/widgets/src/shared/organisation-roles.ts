import type { Feed, FeedEvent } from '@iisg/feed';
import type { Messages } from '../locales/messages.js';
import { organisationsOf, type OrganisationView } from './event-view.js';

/**
 * The organisations an event names, role by role, with each role's label ("Organised by", "Funded by"):
 * what the card and the popover list, in the same order. Participants are not listed.
 */
export function organisationRoles(feed: Feed, event: FeedEvent, messages: Messages, lang: string): [label: string, organisations: OrganisationView[]][] {
  return [
    [messages.organisedBy, organisationsOf(feed, event, 'organisers', lang)],
    [messages.hostedBy, organisationsOf(feed, event, 'hosts', lang)],
    [messages.fundedBy, organisationsOf(feed, event, 'funders', lang)],
    [messages.supportedBy, organisationsOf(feed, event, 'supporters', lang)],
  ];
}
