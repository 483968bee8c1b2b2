import type { WidgetExamples } from '../../core/examples.js';

/**
 * Named states of <mz-association-finder>: the single source for the demo page, the stories and
 * the contract tests. Drives use the shadow DOM like a user would (click, choose, submit).
 */
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function click(el: HTMLElement, selector: string): Promise<void> {
  await (el as Updatable).updateComplete;
  const target = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await (el as Updatable).updateComplete;
}

const start = (el: HTMLElement) => click(el, '[part~="button-start"]');
const submit = (el: HTMLElement) => click(el, 'button[type="submit"]');
const choose = (el: HTMLElement, value: string) => click(el, `input[value="${value}"]`);

/** Answers the guided path: danger no, then age, care, needs and fund as given. */
async function answer(el: HTMLElement, a: { age?: string; careFor?: string[]; needs?: string[]; fund?: string }): Promise<void> {
  await start(el);
  await choose(el, 'no');
  await submit(el);
  if (a.age) await choose(el, a.age);
  await submit(el);
  for (const c of a.careFor ?? []) await choose(el, c);
  await submit(el);
  for (const n of a.needs ?? []) await choose(el, n);
  await submit(el);
  if (a.fund) await choose(el, a.fund);
  await submit(el);
}

/** A sample municipal overlay (fictional municipality, HSDS-aligned fields). */
export const SAMPLE_OVERLAY = {
  offers: [
    {
      name: { nl: 'Mantelzorgcafé Zonnedorp', fr: 'Café des aidants de Zonnedorp' },
      description: { nl: 'Elke eerste maandag van de maand praat je met andere mantelzorgers. Koffie is gratis.', fr: 'Chaque premier lundi du mois, en néerlandais.' },
      tags: ['peers', 'dementia'],
      phone: '050 12 34 56',
      email: 'mantelzorg@zonnedorp.example',
      website: 'https://www.zonnedorp.example/mantelzorgcafe',
      address: 'Sociaal Huis, Marktplein 1, 9999 Zonnedorp',
      hours: { nl: 'Eerste maandag, 14 tot 16 uur', fr: 'Premier lundi, de 14 à 16 heures' },
    },
    {
      name: 'Oppasdienst van het Sociaal Huis',
      description: 'Een vrijwilliger blijft bij je naaste, overdag of ’s avonds.',
      tags: ['respite', 'older', 'dementia'],
      phone: '050 12 34 57',
    },
  ],
  premium: {
    amount: 25,
    period: 'month',
    conditions: { nl: 'Je woont in Zonnedorp en zorgt thuis voor iemand met een erkende zorgnood.', fr: 'Vous habitez Zonnedorp et aidez à domicile une personne avec un besoin de soins reconnu.' },
    url: 'https://www.zonnedorp.example/mantelzorgpremie',
    validFrom: '2026-01-01',
  },
};

const withJson = (attrs: string, json: unknown) =>
  `<mz-association-finder${attrs}><script type="application/json">${JSON.stringify(json)}</script></mz-association-finder>`;

export const associationFinderExamples: WidgetExamples = {
  tag: 'mz-association-finder',
  examples: [
    { name: 'intro', html: '<mz-association-finder></mz-association-finder>' },
    { name: 'question: danger', html: '<mz-association-finder></mz-association-finder>', drive: start },
    {
      name: 'question: who you care for',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        await submit(el);
        await submit(el);
      },
    },
    {
      name: 'question: health fund',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        for (let i = 0; i < 4; i++) await submit(el);
      },
    },
    { name: 'result: no answers (all six)', html: '<mz-association-finder></mz-association-finder>', drive: (el) => answer(el, {}) },
    {
      name: 'result: danger',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        await choose(el, 'yes');
        await submit(el);
      },
    },
    {
      name: 'result: dementia, peers and respite, CM member',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'adult', careFor: ['dementia'], needs: ['peers', 'respite'], fund: 'cm' }),
    },
    {
      name: 'result: under 25, someone to talk to',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'under25', careFor: ['mentalHealth'], needs: ['talk'] }),
    },
    {
      name: 'result: older person, complaint about care',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'adult', careFor: ['older'], needs: ['complaint', 'rights'], fund: 'unknown' }),
    },
    { name: 'list view', html: '<mz-association-finder view="list"></mz-association-finder>' },
    {
      name: 'list view: filtered (child with needs, holidays)',
      html: '<mz-association-finder view="list"></mz-association-finder>',
      drive: async (el) => {
        await choose(el, 'childWithNeeds');
        await choose(el, 'holidays');
        await click(el, '.only input');
      },
    },
    {
      name: 'list view: empty result',
      html: '<mz-association-finder view="list"></mz-association-finder>',
      drive: (el) => click(el, '.only input'),
    },
    {
      name: 'partner overlay: local offers and premium',
      html: withJson('', SAMPLE_OVERLAY),
      drive: (el) => answer(el, { age: 'adult', careFor: ['dementia'], needs: ['peers'] }),
    },
    {
      name: 'partner overlay: markup shown as text, one bad record dropped',
      html: withJson(' view="list"', {
        offers: [{ name: '<b>Vet</b> café <img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' }, { name: 'Goed', phone: 'bel mij' }],
      }),
    },
    { name: 'Brussels, daily shuffle', html: '<mz-association-finder view="list" region="brussels" order="shuffle"></mz-association-finder>' },
  ],
  badAttributes: [
    { name: 'view', value: 'carousel' },
    { name: 'order', value: 'random' },
    { name: 'region', value: 'wallonia' },
  ],
  badPartnerJson: [
    { name: 'offers is not a list', json: '{"offers": {"name": "x"}}' },
    { name: 'an offer without a name', json: '{"offers": [{"phone": "050 11 22 33"}]}' },
    { name: 'an unknown tag', json: '{"offers": [{"name": "Café", "tags": ["bingo"]}]}' },
    { name: 'a javascript: link', json: '{"offers": [{"name": "Café", "website": "javascript:alert(1)"}]}' },
    { name: 'a premium without a date', json: '{"premium": {"amount": 25, "period": "month"}}' },
  ],
};
