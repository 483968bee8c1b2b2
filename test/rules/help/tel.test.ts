import { expect } from '@open-wc/testing';
import { telUri } from '../../../src/rules/help/links.js';

// The one tel: rule for every widget (before: four builders that disagreed on 0800 and 09 numbers).
const ROWS: readonly [string, string][] = [
  ['112', 'tel:112'],
  ['1813', 'tel:1813'],
  ['0800 32 123', 'tel:080032123'],
  ['0800 12 345', 'tel:080012345'],
  ['0800 15', 'tel:080015'],
  ['0903 12 345', 'tel:090312345'],
  ['09 123 45 67', 'tel:+3291234567'],
  ['02 542 87 09', 'tel:+3225428709'],
  ['050/12.34.56', 'tel:+3250123456'],
  ['0470 12 34 56', 'tel:+32470123456'],
  ['+32 9 123 45 67', 'tel:+3291234567'],
  ['0032 9 123 45 67', 'tel:+3291234567'],
  ['+49 30 1234567', 'tel:+49301234567'],
  ['(09) 123-45-67', 'tel:+3291234567'],
  ['+32 (0)9 123 45 67', 'tel:+3291234567'],
];

describe('telUri', () => {
  for (const [number, uri] of ROWS) {
    it(`${number} → ${uri}`, () => expect(telUri(number)).to.equal(uri));
  }
});
