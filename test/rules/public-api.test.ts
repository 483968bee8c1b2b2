import { expect } from '@open-wc/testing';
import * as rules from '../../src/rules/index.js';

// `mantelkit/rules` is a public contract (CHANGELOG): these names must stay.
describe('mantelkit/rules public API', () => {
  for (const name of ['leaveOptions', 'assessRecognition', 'assessYoungCarer', 'scoreOverload', 'overloadReferrals', 'findSupport', 'validateFinderOverlay']) {
    it(`exports ${name}`, () => expect(typeof (rules as Record<string, unknown>)[name]).to.equal('function'));
  }
});
