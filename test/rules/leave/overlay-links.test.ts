/** The employer overlay's links follow the one partner-URL policy (partnerUrl): https, or a path on the page's own origin. */
import { expect } from '@open-wc/testing';
import { sanitiseLeaveOverlay } from '../../../src/rules/leave/index.js';

const BASE = 'https://www.stad.example/personeel/zorg.html';
const extra = (url: unknown) => ({ extraLeave: [{ name: 'Zorgdagen', paid: 'yes', url }] });

describe('leave overlay links (partner URL policy)', () => {
  const rows: Array<{ name: string; url: unknown; base?: string; kept: string | undefined }> = [
    { name: 'a path on the page’s own origin (with the page URL)', url: '/intranet/verlof', base: BASE, kept: '/intranet/verlof' },
    { name: 'an absolute URL on the same origin becomes its path (same tab)', url: 'https://www.stad.example/verlof?x=1#a', base: BASE, kept: '/verlof?x=1#a' },
    { name: 'a relative path resolves against the page', url: 'verlof.html', base: BASE, kept: '/personeel/verlof.html' },
    { name: 'https on another site', url: 'https://intranet.example.org/zorgdagen', base: BASE, kept: 'https://intranet.example.org/zorgdagen' },
    { name: 'https without a page URL (rules users)', url: 'https://intranet.example.org/zorgdagen', kept: 'https://intranet.example.org/zorgdagen' },
    { name: 'a path without a page URL is refused', url: '/intranet/verlof', kept: undefined },
    { name: 'protocol-relative is refused', url: '//evil.example/x', base: BASE, kept: undefined },
    { name: 'http on another site is refused', url: 'http://intranet.example.org/x', base: BASE, kept: undefined },
    { name: 'javascript: is refused', url: 'javascript:alert(1)', base: BASE, kept: undefined },
    { name: 'data: is refused', url: 'data:text/html,<b>x</b>', base: BASE, kept: undefined },
    { name: 'credentials are refused', url: 'https://bank.example@evil.example/', base: BASE, kept: undefined },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const r = sanitiseLeaveOverlay({ ...extra(row.url), intranetUrl: row.url, hrContact: { name: 'HR', url: row.url } }, row.base);
      expect(r.overlay?.extraLeave?.[0]?.url).to.equal(row.kept);
      expect(r.overlay?.intranetUrl).to.equal(row.kept);
      expect(r.overlay?.hrContact?.url).to.equal(row.kept);
      const paths = r.problems.filter((p) => p.code === 'overlay.badUrl').map((p) => p.path);
      expect(paths).to.deep.equal(row.kept === undefined ? ['extraLeave[0].url', 'hrContact.url', 'intranetUrl'] : []);
    });
  }
});
