import { defineElement } from '../shared/define.js';
import { IisgEventTimeline } from './event-timeline.js';

defineElement('iisg-event-timeline', IisgEventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'iisg-event-timeline': IisgEventTimeline;
  }
}
