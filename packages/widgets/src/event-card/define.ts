import { defineElement } from '../shared/define.js';
import { IisgEventCard } from './event-card.js';

defineElement('iisg-event-card', IisgEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'iisg-event-card': IisgEventCard;
  }
}
