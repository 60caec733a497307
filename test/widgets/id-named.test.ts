import { expect } from '@open-wc/testing';
import { idNamed } from '../../packages/widgets/src/shared/id-named.js';

// What the calendar's presets, the map's `network` and the timeline's `series` read a page's words with.
const names: Record<string, string[]> = {
  rnnc: ['RNNC', 'Regional Network of National P/CVE Coordinators', 'Regionalno mrežu nacionalnih koordinatora'],
  nfp: ['NFP Group', 'Network of National Focal Points'],
  // An acronym that is another network's id.
  other: ['rnnc'],
};
const ids = Object.keys(names);
const named = (value: string) => idNamed(value, ids, (id) => names[id]);

describe('idNamed', () => {
  it('finds an id as written, then in any case and with spaces around it', () => {
    expect(named('nfp')).to.equal('nfp');
    expect(named(' NFP ')).to.equal('nfp');
  });

  it('puts ids before names: an acronym that is another id does not win', () => {
    expect(named('rnnc')).to.equal('rnnc');
    expect(named('RNNC')).to.equal('rnnc');
  });

  it('finds a name in any language and any case', () => {
    expect(named('nfp group')).to.equal('nfp');
    expect(named('REGIONALNO MREŽU NACIONALNIH KOORDINATORA')).to.equal('rnnc');
  });

  it('finds nothing for a value no id or name holds, or a blank one', () => {
    expect(named('RCC')).to.equal(undefined);
    expect(idNamed('  ', ids, (id) => [...names[id], undefined])).to.equal(undefined);
  });
});
