import { Harness, isReached, matches, type Reached, type WidgetExamples } from './harness.js';

/**
 * Named states of <mz-association-finder>: the single source for the stories and the contract
 * tests. Drives use the shadow DOM like a user would (click, choose, submit).
 */
const start = (el: HTMLElement) => new Harness(el).click('[part~="button-start"]');
const submit = (el: HTMLElement) => new Harness(el).click('button[type="submit"]');
const choose = (el: HTMLElement, value: string) => new Harness(el).choose(value);
const click = (el: HTMLElement, selector: string) => new Harness(el).click(selector);

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

// `<` escaped as in any JSON inside HTML: a literal "</script>" in the data would end the element.
const withJson = (attrs: string, json: unknown) =>
  `<mz-association-finder${attrs}><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></mz-association-finder>`;

/** Guided result (not the list view) with these cards (`data-id`) in these groups. */
function result(describe: string, cards: Record<string, string[]>, none: string[] = [], also: string[] = []): Reached {
  const all = Object.entries(cards).flatMap(([group, ids]) => ids.map((id) => `[part~="group-${group}"] [part~="card"][data-id="${id}"]`));
  return matches(`the guided result: ${describe}`, ['[part~="group-services"]', ...all, ...also], ['form', '[part~="filters"]', ...none]);
}
/** Guided result folded after its best matches: these cards among the best, the "show all" button, no other group yet. */
function best(describe: string, ids: string[], also: string[] = []): Reached {
  return matches(
    `the guided result, best matches first: ${describe}`,
    ['[part~="group-best"]', '[part~="button-show-more"]', ...ids.map((id) => `[part~="group-best"] [part~="card"][data-id="${id}"]`), ...also],
    ['form', '[part~="group-urgent"]', '[part~="group-associations"]', '[part~="group-helplines"]', '[part~="group-services"]'],
  );
}
/** "Show all (N)" after the best matches. */
const showMore = (el: HTMLElement) => click(el, '[part~="button-show-more"]');
/** A French reader's same-language association can be a best match where nothing else is ranked: then show all. */
const showMoreIfAny = async (el: HTMLElement) => {
  if (new Harness(el).has('[part~="button-show-more"]')) await showMore(el);
};
/** List view (filters shown) with these cards. */
function list(describe: string, cards: string[], none: string[] = []): Reached {
  return matches(`the list view: ${describe}`, ['[part~="filters"]', ...cards.map((id) => `#finder-results [part~="card"][data-id="${id}"]`)], none.map((id) => `[data-id="${id}"]`));
}
const SIX = ['coponcho', 'lieverThuisLm', 'mantelzorgnetwerk', 'okraZorgrecht', 'samana', 'steunpuntMantelzorg'];

export const associationFinderExamples: WidgetExamples = {
  tag: 'mz-association-finder',
  examples: [
    { name: 'intro', html: '<mz-association-finder></mz-association-finder>', reached: '[part~="button-start"] + [part~="button-list"]' },
    { name: 'question: danger', html: '<mz-association-finder></mz-association-finder>', drive: start, reached: 'form input[name="danger"]' },
    {
      name: 'question: who you care for',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        await submit(el);
        await submit(el);
      },
      reached: 'form:not([part~="filters"]) input[name="careFor"]',
    },
    {
      name: 'question: health fund',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        for (let i = 0; i < 4; i++) await submit(el);
      },
      reached: 'form input[name="fund"]',
    },
    // Nothing answered: nothing to rank, so everything is shown at once (no "show all" button).
    {
      name: 'result: no answers (all six)',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await answer(el, {});
        await showMoreIfAny(el);
      },
      reached: result('the six associations, no helplines', { associations: SIX }, ['[part~="group-urgent"]', '[part~="group-helplines"]', '[part~="button-show-more"]']),
    },
    {
      name: 'result: danger',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await start(el);
        await choose(el, 'yes');
        await submit(el);
        await showMoreIfAny(el);
      },
      reached: result('urgent lines first', { urgent: ['emergency'] }),
    },
    {
      name: 'result: dementia, peers and respite, CM member',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'adult', careFor: ['dementia'], needs: ['peers', 'respite'], fund: 'cm' }),
      reached: best('the dementia places and the sitting service', ['dementiaExpertise', 'sittingService']),
    },
    {
      name: 'result: dementia, peers and respite, CM member, all shown',
      html: '<mz-association-finder></mz-association-finder>',
      drive: async (el) => {
        await answer(el, { age: 'adult', careFor: ['dementia'], needs: ['peers', 'respite'], fund: 'cm' });
        await showMore(el);
      },
      reached: {
        describe: 'the best matches, then the rest: dementia line, the CM-linked association highlighted; focus on the first card shown',
        test: (root) =>
          isReached(root, matches('', [
            '[part~="group-best"] [data-id="sittingService"]',
            '[part~="group-helplines"] [data-id="alzheimerLiga"]',
            '[part~="group-associations"] .card--highlight[data-id="samana"]',
          ], ['form', '[part~="group-urgent"]', '[part~="button-show-more"]'])) &&
          root.activeElement === root.querySelector('[part~="group-associations"] [part~="card"]'),
      },
    },
    {
      name: 'result: under 25, someone to talk to',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'under25', careFor: ['mentalHealth'], needs: ['talk'] }),
      // The child line differs per language (Awel, Écoute-Enfants, Telefonhilfe): any of them.
      reached: best('a child line and JAC', ['jac'], ['[part~="group-best"] :is([data-id="awel"], [data-id="ecouteEnfants"], [data-id="telefonhilfe"])']),
    },
    {
      name: 'result: older person, complaint about care',
      html: '<mz-association-finder></mz-association-finder>',
      drive: (el) => answer(el, { age: 'adult', careFor: ['older'], needs: ['complaint', 'rights'], fund: 'unknown' }),
      reached: best('OKRA-ZORGRECHT and the complaint line', ['okraZorgrecht', 'woonzorglijn']),
    },
    // Everything, also what fits no answer: the young and the child-with-needs associations, every line, youth services.
    { name: 'list view', html: '<mz-association-finder view="list"></mz-association-finder>', reached: list('everything', [...SIX, 'zojong', 'magenta', 'jac', 'doctorOnCall', 'alzheimerLiga']) },
    {
      name: 'list view: filtered (child with needs, holidays)',
      html: '<mz-association-finder view="list"></mz-association-finder>',
      drive: async (el) => {
        await choose(el, 'childWithNeeds');
        await choose(el, 'holidays');
        await click(el, '.only input');
      },
      reached: list('only what fits a child with needs and holidays', ['magenta', 'sittingService'], ['coponcho']),
    },
    {
      name: 'list view: empty result',
      html: '<mz-association-finder view="list"></mz-association-finder>',
      drive: (el) => click(el, '.only input'),
      // Nothing fits in Dutch, English and German; in French the French-speaking association still fits.
      reached: matches('the list view, only what fits with no answers: none of the six', ['[part~="filters"]', '.only input:checked'], SIX.map((id) => `[data-id="${id}"]`)),
    },
    {
      name: 'partner overlay: local offers and premium',
      html: withJson('', SAMPLE_OVERLAY),
      drive: (el) => answer(el, { age: 'adult', careFor: ['dementia'], needs: ['peers'] }),
      reached: matches('the guided result with the premium and both local offers', ['[part~="premium"]', '[part~="group-local"] [data-id="local-0"]', '[part~="group-local"] [data-id="local-1"]'], ['form']),
    },
    {
      name: 'partner overlay: markup shown as text, one bad record dropped',
      html: withJson(' view="list"', {
        offers: [{ name: '<b>Vet</b> café <img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' }, { name: 'Goed', phone: 'bel mij' }],
      }),
      reached: {
        describe: 'the list view with the markup offer as literal text, the bad one dropped, and a notice',
        test: (root) => {
          const local = [...root.querySelectorAll('[part~="group-local"] [part~="card"]')];
          return (
            root.querySelector('[part~="notice"]') !== null &&
            local.length === 1 &&
            (local[0].querySelector('h4')?.textContent ?? '').includes('<b>Vet</b>') &&
            local[0].querySelector('b, img, script') === null
          );
        },
      },
    },
    {
      name: 'Brussels, daily shuffle',
      html: '<mz-association-finder view="list" region="brussels" order="shuffle"></mz-association-finder>',
      reached: list('with the Brussels knowledge centre', ['kenniscentrumWwz', ...SIX]),
    },
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
