import { defineElement } from '../shared/define.js';
import { IisgEventCalendar } from './event-calendar.js';

defineElement('iisg-event-calendar', IisgEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'iisg-event-calendar': IisgEventCalendar;
  }
}
