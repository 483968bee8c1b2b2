import { Harness, matches, type WidgetExamples } from './harness.js';

/**
 * Named states of `<mz-hinge-moment>`: the single source for the stories and the contract tests.
 * `drive` answers through the real shadow DOM, as a user would.
 *
 * A script is one entry per question, in asking order: a string chooses that value (for the
 * "help already in place" checkboxes: values joined with `+`), 's' skips, 'n' presses the main
 * button without choosing.
 */
export type HingeScript = ReadonlyArray<string>;

export async function driveHinge(el: HTMLElement, script: HingeScript): Promise<void> {
  const h = new Harness(el);
  await h.frame();
  await h.click('[part~="button-start"]');
  await h.frame();
  for (const move of script) {
    if (h.has('[part~="result"]')) break;
    if (move === 's') await h.click('[part~="button-skip"]');
    else {
      if (move !== 'n') for (const value of move.split('+')) await h.choose(value);
      await h.click('[part~="button-next"]');
    }
    await h.frame();
  }
  await h.settle();
}

const step = (id: string): string => `form[data-step="${id}"]`;
const checklist = (moment: string): string => `section[part~="result"][data-moment="${moment}"] [part~="step"] input[type="checkbox"]`;
const has = (id: string): string => `[part~="step"][data-id="${id}"]`;

const overlayJson = JSON.stringify({
  name: { nl: 'AZ Voorbeeld', fr: 'AZ Exemple', en: 'AZ Example', de: 'AZ Beispiel' },
  contacts: [
    { role: 'dischargeNurse', name: { nl: 'Ontslagverpleegkundige', fr: 'Infirmière de liaison', en: 'Discharge nurse', de: 'Entlassungspflegekraft' }, phone: '015 12 34 56', hours: { nl: 'werkdagen 9-16 uur', fr: 'jours ouvrables 9-16 h', en: 'working days 9-16', de: 'Werktage 9-16 Uhr' } },
  ],
  links: [{ title: { nl: 'Brochure: naar huis', fr: 'Brochure : retour à la maison', en: 'Leaflet: going home', de: 'Broschüre: nach Hause' }, url: 'https://example.org/ontslag.pdf', when: 'day' }],
  leaveCalculatorUrl: '/verlof',
});

export const hingeMomentExamples: WidgetExamples = {
  tag: 'mz-hinge-moment',
  examples: [
    { name: 'intro (no moment: asks which)', html: '<mz-hinge-moment></mz-hinge-moment>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'intro: care home', html: '<mz-hinge-moment moment="care-home"></mz-hinge-moment>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'first question: which moment', html: '<mz-hinge-moment></mz-hinge-moment>', drive: (el) => driveHinge(el, []), reached: step('moment') },
    { name: 'question: help already in place', html: '<mz-hinge-moment moment="hospital-discharge"></mz-hinge-moment>', drive: (el) => driveHinge(el, ['me']), reached: `${step('helpInPlace')} input[type="checkbox"][value="homeNursing"]` },
    {
      name: 'checklist: planned admission',
      html: '<mz-hinge-moment moment="hospital-admission" as-of="2026-12-01"></mz-hinge-moment>',
      drive: (el) => driveHinge(el, ['planned', 'n', 'yes', 'yes']),
      reached: matches('the admission checklist with the planned steps and the leave step', [checklist('hospital-admission'), has('admRoom'), has('work')], [has('admBringLater')]),
    },
    {
      name: 'checklist: discharge, nobody at home, nursing in place',
      html: '<mz-hinge-moment moment="hospital-discharge" as-of="2026-12-01"></mz-hinge-moment>',
      drive: (el) => driveHinge(el, ['nobody', 'homeNursing', 's', 'no', 's']),
      reached: matches('the discharge checklist with a recovery stay and without home nursing or leave', [checklist('hospital-discharge'), has('disRecoveryStay')], [has('disHomeNursing'), has('work')]),
    },
    {
      name: 'checklist: care home (amount and complaint line)',
      html: '<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>',
      drive: (el) => driveHinge(el, ['withHelp', 's', 'yes']),
      reached: matches('the care-home checklist with the day price and the Woonzorglijn', [checklist('care-home'), `${has('wzcPrice')} [part~="amount"]`, `${has('wzcComplaint')} a[href="tel:+3225537500"]`, has('wzcCouncil')]),
    },
    {
      name: 'checklist: end of life at home (palliative allowance)',
      html: '<mz-hinge-moment as-of="2026-12-01"></mz-hinge-moment>',
      drive: (el) => driveHinge(el, ['end-of-life', 'home', 's', 's', 's', 's']),
      reached: matches('the end-of-life checklist with the palliative allowance', [checklist('end-of-life'), `${has('eolAllowance')} [part~="amount"]`]),
    },
    {
      name: 'checklist with the hospital’s own contacts (partner JSON)',
      html: `<mz-hinge-moment moment="hospital-discharge" as-of="2026-12-01"><script type="application/json">${overlayJson}</script></mz-hinge-moment>`,
      drive: (el) => driveHinge(el, ['s', 's', 's', 's', 's']),
      reached: matches('the partner’s discharge nurse first before, its leaflet first on the day', ['[part~="group-before"] li:first-child[part~="partner-step"] a[href="tel:+3215123456"]', '[part~="group-day"] li:first-child[part~="partner-step"]']),
    },
  ],
  badAttributes: [
    { name: 'moment', value: 'surgery' },
    { name: 'as-of', value: '2026-02-30' },
  ],
  badPartnerJson: [
    { name: 'contact without a name', json: '{"contacts":[{"phone":"015 12 34 56"}]}' },
    { name: 'link with a javascript: URL', json: '{"links":[{"title":"X","url":"javascript:alert(1)"}]}' },
    { name: 'unknown moment on a contact', json: '{"contacts":[{"name":"X","moments":["surgery"]}]}' },
    { name: 'contacts is not a list', json: '{"contacts":{"name":"X"}}' },
    { name: 'unknown top-level key (typo)', json: '{"contact":[{"name":"X"}]}' },
    { name: 'leave calculator URL with a data: scheme', json: '{"leaveCalculatorUrl":"data:text/html,hi"}' },
  ],
};
