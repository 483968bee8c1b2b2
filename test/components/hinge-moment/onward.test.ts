import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../../src/components/hinge-moment/define.js';
import { driveHinge } from '../../../examples/hinge-moment.examples.js';
import { settle } from '../../../examples/harness.js';

/** A stand-in with a widget's tag (not defined in this file), so the checklist finds it on the page. */
function standIn(tag: string, heading: string): HTMLElement {
  const el = document.createElement(tag);
  el.attachShadow({ mode: 'open' }).innerHTML = `<h2 data-step-heading tabindex="-1">${heading}</h2>`;
  return el;
}

const rightsStep = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="step"][data-id="rights"]');

/** Onward links: the widget on this page first (like the rights overview's own), else the partner's URL. */
describe('<mz-hinge-moment> onward links', () => {
  afterEach(() => fixtureCleanup());

  it('a rights overview on this page is linked there (focus moves into it), without any rightsUrl', async () => {
    const holder = await fixture<HTMLElement>('<div><mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment></div>');
    const rights = standIn('mz-rights-overview', 'Rechten');
    holder.append(rights);
    const el = holder.firstElementChild as HTMLElement;
    await driveHinge(el, ['s', 's', 's', 's']);
    await settle(el);
    const button = rightsStep(el)?.querySelector<HTMLButtonElement>('.onward button');
    expect(button, 'a button to the overview on this page').to.exist;
    expect(button!.textContent).to.contain('(op deze pagina)');
    button!.click();
    expect(rights.shadowRoot?.activeElement?.textContent).to.equal('Rechten');
  });

  it('with an id on the overview, the link is an anchor to it; the partner URL is not used', async () => {
    const holder = await fixture<HTMLElement>(`<div><mz-hinge-moment moment="hospital-discharge" as-of="2026-12-01"><script type="application/json">${JSON.stringify({ rightsUrl: '/rechten' })}</script></mz-hinge-moment></div>`);
    const rights = standIn('mz-rights-overview', 'Rechten');
    rights.id = 'rechten';
    holder.append(rights);
    const el = holder.firstElementChild as HTMLElement;
    await driveHinge(el, ['s', 's', 's', 's', 's', 's']);
    await settle(el);
    const hrefs = [...rightsStep(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('#rechten');
    expect(hrefs).not.to.include('/rechten');
  });

  it('no overview on this page: the partner’s rightsUrl; neither: no link', async () => {
    const withUrl = await fixture<HTMLElement>(`<mz-hinge-moment moment="care-home" as-of="2026-12-01"><script type="application/json">${JSON.stringify({ rightsUrl: '/rechten' })}</script></mz-hinge-moment>`);
    await driveHinge(withUrl, ['s', 's', 's', 's']);
    await settle(withUrl);
    expect(rightsStep(withUrl)?.querySelector('.onward a')?.getAttribute('href')).to.equal('/rechten');
    fixtureCleanup();
    const bare = await fixture<HTMLElement>('<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>');
    await driveHinge(bare, ['s', 's', 's', 's']);
    await settle(bare);
    expect(rightsStep(bare)?.querySelector('.onward')).to.equal(null);
  });

  it('the leave calculator, overload check and finder on this page are linked there too', async () => {
    const holder = await fixture<HTMLElement>('<div><mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment></div>');
    for (const tag of ['mz-leave-calculator', 'mz-overload-check', 'mz-association-finder']) holder.append(standIn(tag, tag));
    const el = holder.firstElementChild as HTMLElement;
    await driveHinge(el, ['s', 's', 's', 's']);
    await settle(el);
    for (const id of ['work', 'selfCare', 'wzcList']) {
      const b = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="step"][data-id="${id}"] .onward button`);
      expect(b?.textContent, id).to.contain('(op deze pagina)');
    }
  });
});
