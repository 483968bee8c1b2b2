/** The hospital's or care home's overlay: validated like the other overlays, shown first within its phase. */
import { expect } from '@open-wc/testing';
import { hingeChecklist, sanitiseHingeOverlay } from '../../../src/rules/hinge/index.js';

const OVERLAY = {
  name: { nl: 'AZ Voorbeeld', fr: 'AZ Exemple' },
  contacts: [
    { role: 'socialService', name: 'Sociale dienst AZ Voorbeeld', phone: '015 12 34 56', hours: { nl: 'werkdagen 9-16 uur' }, moments: ['hospital-discharge'] },
    { role: 'wardLiaison', name: 'Verpleegkundige aanspreekpunt', url: '/afdeling' },
  ],
  links: [{ title: 'Brochure ontslag', url: 'https://az.example/ontslag.pdf', moments: ['hospital-discharge'], when: 'day' }],
};

describe('hinge rules: overlay', () => {
  it('partner steps come first within their phase, with phone, hours and links', async () => {
    const r = await hingeChecklist({}, { moment: 'hospital-discharge', asOf: '2026-12-01', overlay: OVERLAY, base: 'https://az.example/opname' });
    const before = r.steps.filter((s) => s.when === 'before');
    expect(before[0]?.partner).to.equal(true);
    expect(before[0]?.contact).to.deep.equal({ name: 'Sociale dienst AZ Voorbeeld', phone: '015 12 34 56', hours: 'werkdagen 9-16 uur' });
    const day = r.steps.filter((s) => s.when === 'day');
    expect(day.slice(0, 2).map((s) => s.id)).to.deep.equal(['partner-contact-1', 'partner-link-0']);
    expect(day[0]?.contact?.url).to.equal('/afdeling');
    expect(day[1]?.contact).to.deep.equal({ name: 'AZ Voorbeeld', url: '/ontslag.pdf' });
    const partner = r.steps.filter((s) => s.partner);
    expect(partner.every((s) => s.amount === null)).to.equal(true);
  });

  it('moments filter partner steps', async () => {
    const r = await hingeChecklist({}, { moment: 'care-home', asOf: '2026-12-01', overlay: OVERLAY, base: 'https://az.example/' });
    expect(r.steps.filter((s) => s.partner).map((s) => s.id)).to.deep.equal(['partner-contact-1']);
  });

  it('bad parts are dropped with their JSON path; the rest is kept; nothing throws', () => {
    const r = sanitiseHingeOverlay({
      name: 42,
      extra: true,
      contacts: [
        { name: 'OK', phone: 'call me' },
        { name: 'OK too', url: 'javascript:alert(1)' },
        { name: 'Fine', role: 'boss' },
        { name: 'Good', moments: ['somewhere'] },
        'text',
        { name: 'Kept', when: 'day' },
      ],
      links: [{ title: 'x', url: 'http://insecure.example' }, { title: 'Relative', url: '/x' }, { title: 'Docs', url: 'https://ok.example/d', colour: 'red' }],
    });
    expect(r.problems.map((p) => p.path)).to.deep.equal(['extra', 'contacts[0].phone', 'contacts[1].url', 'contacts[2].role', 'contacts[3].moments', 'contacts[4]', 'links[0].url', 'links[1].url', 'links[2].colour', 'name']);
    expect(r.overlay?.contacts.map((c) => c.name)).to.deep.equal(['Kept']);
    expect(r.overlay?.links).to.deep.equal([]);
    expect(sanitiseHingeOverlay('nope').problems).to.deep.equal([{ code: 'overlay.notObject', path: '(root)' }]);
    expect(sanitiseHingeOverlay(undefined)).to.deep.equal({ overlay: null, problems: [] });
  });

  it('too many records: the first 20 are kept and the list is reported', () => {
    const r = sanitiseHingeOverlay({ contacts: Array.from({ length: 25 }, (_, i) => ({ name: `C${i}` })) });
    expect(r.overlay?.contacts.length).to.equal(20);
    expect(r.problems).to.deep.equal([{ code: 'overlay.tooMany', path: 'contacts' }]);
  });
});
