import { Harness, matches, type Reached, type WidgetExample, type WidgetExamples } from './harness.js';

/**
 * Named configurations and states of <mz-rights-overview>: the single source for the stories and the
 * contract tests. Drives use the real controls (click, type, submit), like a person.
 */

/** Answers by step id; a step not listed is skipped with the "Skip" button, as a person may. */
export interface RightsWalk {
  relation?: string;
  age?: number;
  need?: string;
  health?: string[];
  place?: string;
  careHome?: boolean;
  hours?: number;
  work?: string;
  myAge?: number;
  household?: string;
}

/** Start (or resume), then answer (or skip) each question until the result shows. `stopAt` stops on that question. */
export function walk(answers: RightsWalk, stopAt?: string): (el: HTMLElement) => Promise<void> {
  return async (el) => {
    const h = new Harness(el);
    await h.settle();
    if (!h.has('form[data-step]')) await h.click('[part~="button-start"]');
    for (let guard = 0; guard < 10; guard++) {
      if (!h.has('form[data-step]')) return;
      const step = h.find<HTMLFormElement>('form[data-step]').dataset.step ?? '';
      if (step === stopAt) return;
      const a = answers as Record<string, unknown>;
      const answered = step === 'you' ? a.myAge !== undefined || a.household !== undefined : step === 'place' ? a.place !== undefined || a.careHome : a[step] !== undefined;
      if (!answered) {
        await h.click('[part~="button-skip"]');
        continue;
      }
      if (step === 'age') await h.type('#mz-rights-age', answers.age ?? 0);
      else if (step === 'hours') await h.type('#mz-rights-hours', answers.hours ?? 0);
      else if (step === 'health') for (const x of answers.health ?? []) await h.choose(x, 'health');
      else if (step === 'place') {
        if (answers.place) await h.choose(answers.place, 'place');
        if (answers.careHome) await h.click('input[name="careHome"]');
      } else if (step === 'you') {
        if (answers.myAge !== undefined) await h.type('#mz-rights-my-age', answers.myAge);
        if (answers.household) await h.choose(answers.household, 'household');
      } else await h.choose(String(a[step]), step);
      await h.submit('form[data-step]');
    }
    throw new Error(`<${el.localName}>: the walk did not reach the result in 10 steps`);
  };
}

export const RIGHTS_WALKS = {
  motherCareHome: { relation: 'parent', age: 84, need: 'constant', place: 'flanders', careHome: true, hours: 30, work: 'privateEmployee', myAge: 55, household: 'withPartner' },
  spouseAtHomeRetired: { relation: 'spouse', age: 78, need: 'daily', health: ['seriouslyIll'], place: 'flanders', hours: 120, work: 'notWorking', myAge: 76, household: 'withPartner' },
  childWithDisability: { relation: 'child', age: 8, need: 'daily', health: ['disabilityRecognised'], place: 'flanders', hours: 90, work: 'privateEmployee', myAge: 38, household: 'aloneWithChildren' },
  brusselsFather: { relation: 'parent', age: 80, need: 'daily', place: 'brussels', hours: 40, work: 'contractualPublic', myAge: 50 },
  youngCarer: { relation: 'parent', age: 45, need: 'daily', health: ['seriouslyIll'], place: 'flanders', myAge: 15, household: 'withPartner' },
  everythingSkipped: {},
} satisfies Record<string, RightsWalk>;

const MUNICIPAL_JSON = JSON.stringify({
  municipality: { nl: 'Gemeente Voorbeeld', fr: 'Commune Exemple', en: 'Example Town', de: 'Gemeinde Beispiel' },
  premiums: [{
    id: 'mantelzorgpremie', name: { nl: 'Mantelzorgpremie Voorbeeld', fr: 'Prime aux aidants proches', en: 'Caregiver premium', de: 'Prämie für pflegende Angehörige' },
    amount: 25, per: 'month', validFrom: '2025-01-01', url: 'https://www.voorbeeld.be/mantelzorgpremie', minAgeCaredFor: 65, zorgbudget: 'excluded',
    conditions: { nl: 'De persoon woont in de gemeente.', fr: 'La personne habite dans la commune.', en: 'The person lives in the town.', de: 'Die Person wohnt in der Gemeinde.' },
  }],
  contact: { name: 'Sociaal Huis', phone: '09 123 45 67', url: 'https://www.voorbeeld.be/sociaal-huis' },
  highlight: ['municipalPremium'],
});

const tag = 'mz-rights-overview';
const el = (attrs = '', inner = ''): string => `<${tag}${attrs ? ` ${attrs}` : ''}>${inner}<a href="https://www.vlaanderen.be/mantelzorg">Rechten van mantelzorgers</a></${tag}>`;
const withJson = (json: string, attrs = ''): string => el(attrs, `<script type="application/json">${json}</script>`);
const question = (step: string): string => `form[data-step="${step}"]`;

/** The overview with these items shown as fitting (`yes`) or to check (`check`), and these not shown as fitting. */
function result(o: { yes?: string[]; check?: string[]; no?: string[]; also?: string[] }): Reached {
  const yes = (o.yes ?? []).map((s) => `[part~="item-yes"][data-item="${s}"]`);
  const check = (o.check ?? []).map((s) => `[part~="item-check"][data-item="${s}"]`);
  const no = (o.no ?? []).map((s) => `details.no [data-item="${s}"]`);
  const parts = [...(o.yes ?? []).map((s) => `${s} fits`), ...(o.check ?? []).map((s) => `${s} to check`), ...(o.no ?? []).map((s) => `${s} does not fit`)];
  return matches(`the overview with ${parts.join(', ')}`, ['[part~="group-caregiver"]', '[part~="group-caredFor"]', ...yes, ...check, ...no, ...(o.also ?? [])], ['form[data-step]']);
}

const examples: WidgetExample[] = [
  { name: 'intro', html: el(), reached: '[part~="button-start"]' },
  { name: 'question: who', html: el(), drive: walk({}, 'relation'), reached: question('relation') },
  { name: 'question: need', html: el(), drive: walk(RIGHTS_WALKS.motherCareHome, 'need'), reached: question('need') },
  { name: 'question: place', html: el(), drive: walk(RIGHTS_WALKS.motherCareHome, 'place'), reached: question('place') },
  { name: 'question: work', html: el(), drive: walk(RIGHTS_WALKS.motherCareHome, 'work'), reached: question('work') },
  {
    name: 'result: mother in a Flemish care home',
    html: el(),
    drive: walk(RIGHTS_WALKS.motherCareHome),
    reached: result({ yes: ['zorgbudgetZwaarZorgbehoevenden'], check: ['zorgbudgetOuderen', 'recognitionGeneral'], no: ['incontinentieforfait', 'disabilityAllowances'] }),
  },
  {
    name: 'result: retired carer, spouse at home',
    html: el(),
    drive: walk(RIGHTS_WALKS.spouseAtHomeRetired),
    reached: result({ check: ['zorgbudgetZwaarZorgbehoevenden', 'recognitionSocialRights'], no: ['mantelzorgverlof', 'medischeBijstand'] }),
  },
  {
    name: 'result: child with a recognised disability',
    html: el(),
    drive: walk(RIGHTS_WALKS.childWithDisability),
    reached: result({ check: ['zorgtoeslag', 'zorgbudgetHandicap'], no: ['zorgbudgetOuderen'] }),
  },
  {
    name: 'result: Brussels',
    html: el(),
    drive: walk(RIGHTS_WALKS.brusselsFather),
    reached: result({ check: ['zorgbudgetOuderen', 'zorgbudgetZwaarZorgbehoevenden'] }),
  },
  {
    name: 'result: young carer',
    html: el(),
    drive: walk(RIGHTS_WALKS.youngCarer),
    reached: result({ no: ['mantelzorgverlof', 'zorgbudgetOuderen'] }),
  },
  {
    name: 'result: everything skipped',
    html: el(),
    drive: walk(RIGHTS_WALKS.everythingSkipped),
    reached: result({ check: ['recognitionGeneral', 'municipalPremium', 'verhoogdeTegemoetkoming'] }),
  },
  {
    name: 'result: with the municipality’s premium and contact point',
    html: withJson(MUNICIPAL_JSON),
    drive: walk({ ...RIGHTS_WALKS.spouseAtHomeRetired, need: 'some' }),
    reached: result({ yes: ['municipalPremium'], also: ['[part~="local"]'] }),
  },
  {
    name: 'result: figures of 1 June 2024',
    html: el('as-of="2024-06-01"'),
    drive: walk(RIGHTS_WALKS.motherCareHome),
    reached: result({ yes: ['zorgbudgetZwaarZorgbehoevenden'] }),
  },
];

export const rightsOverviewExamples: WidgetExamples = {
  tag,
  examples,
  badAttributes: [
    { name: 'as-of', value: '2025-02-30' },
    { name: 'finder-url', value: 'javascript:alert(1)' },
    { name: 'leave-calculator-url', value: 'http://insecure.example.org/verlof' },
  ],
  badPartnerJson: [
    { name: 'premium without amount', json: '{"premiums":[{"id":"p","name":"Premie","per":"month","validFrom":"2025-01-01","url":"https://www.voorbeeld.be/p"}]}' },
    { name: 'premium amount absurd', json: '{"premiums":[{"id":"p","name":"Premie","amount":90000,"per":"month","validFrom":"2025-01-01","url":"https://www.voorbeeld.be/p"}]}' },
    { name: 'premiums is not a list', json: '{"premiums":{"id":"p"}}' },
    { name: 'contact link is not https', json: '{"contact":{"url":"javascript:alert(1)"}}' },
    { name: 'unknown item to highlight', json: '{"highlight":["lottery"]}' },
  ],
};
