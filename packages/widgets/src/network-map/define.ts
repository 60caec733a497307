import { defineElement } from '../shared/define.js';
import { IisgNetworkMap } from './network-map.js';

defineElement('iisg-network-map', IisgNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'iisg-network-map': IisgNetworkMap;
  }
}
