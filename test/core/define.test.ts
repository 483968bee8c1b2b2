import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';

describe('define', () => {
  it('defines a free tag, ignores a second definition and warns once per tag on a version mismatch', () => {
    const warn = console.warn;
    const seen: unknown[][] = [];
    console.warn = (...a: unknown[]) => seen.push(a);
    try {
      class A extends HTMLElement { static version = '1.0.0'; }
      class B extends HTMLElement { static version = '2.0.0'; }
      define('mz-define-test', A);
      define('mz-define-test', A);
      expect(seen).to.have.length(0);
      define('mz-define-test', B);
      define('mz-define-test', B);
      expect(customElements.get('mz-define-test')).to.equal(A);
      expect(seen).to.have.length(1);
      expect(String(seen[0][0])).to.contain('1.0.0').and.contain('2.0.0');
    } finally {
      console.warn = warn;
    }
  });
  it('never throws, even for an invalid tag name', () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(() => define('NotValid', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
  });
});
