import { expect } from '@open-wc/testing';
import { FINDER_FILTER_WORDS, finderFiltersFromWords, finderOverlayIssuePath, finderUrgentLines } from '../../../src/rules/finder/index.js';

describe('finder ui rules', () => {
  it('maps the overload check words, keeps our own words, ignores the rest', () => {
    expect(finderFiltersFromWords(['dementia', 'addiction', 'mental-health', 'older', 'young-caregivers', 'nonsense', 3, null])).to.deep.equal({
      careFor: ['dementia', 'mentalHealth', 'older'],
      young: true,
    });
    expect(finderFiltersFromWords([])).to.deep.equal({ careFor: [], young: false });
    expect(FINDER_FILTER_WORDS['young-caregivers']).to.equal(null);
  });

  it('urgent lines: adults and young people, the name in the reader language', () => {
    expect(finderUrgentLines(undefined, 'nl').map((l) => l.number)).to.deep.equal(['112', '1813', '106']);
    expect(finderUrgentLines('under25', 'nl').length).to.be.greaterThan(0);
  });

  it('overlay issue paths for the webmaster', () => {
    expect(finderOverlayIssuePath({ code: 'overlay.notObject' })).to.equal('(root)');
    expect(finderOverlayIssuePath({ code: 'overlay.offersNotArray' })).to.equal('offers');
    expect(finderOverlayIssuePath({ code: 'premium.notObject' })).to.equal('premium');
    expect(finderOverlayIssuePath({ code: 'premium.amountInvalid' })).to.equal('premium.amount');
    expect(finderOverlayIssuePath({ code: 'offer.phoneInvalid', index: 2 })).to.equal('offers[2].phone');
    expect(finderOverlayIssuePath({ code: 'offer.notObject', index: 1 })).to.equal('offers[1]');
  });
});
