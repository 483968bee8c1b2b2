import { Harness, matches, type Reached, type WidgetExample, type WidgetExamples } from './harness.js';

/**
 * Named configurations and states of <mz-leave-calculator>: the single source for the stories and
 * the contract tests. Drives use the real controls (click, type, submit), like a person.
 */

/** Answers by step id; a step not listed is skipped with the "Skip" button, as a person may. */
export interface LeaveWalk {
  status?: string;
  region?: string;
  regime?: string;
  relation?: string;
  livesWithMe?: boolean;
  age?: number;
  situation?: string[];
  disability66?: boolean;
  household?: string;
  recognition?: string;
  hours?: number;
  used?: Partial<Record<'mzFT' | 'mzPartial' | 'mzCareerFT' | 'mzCareerPartial' | 'mb' | 'zk' | 'tk' | 'ap' | 'zorgDays' | 'dwingendDays', number>>;
}

/** Start (or resume), then answer (or skip) each question until the result shows. `stopAt` stops on that question. */
export function walk(answers: LeaveWalk, stopAt?: string): (el: HTMLElement) => Promise<void> {
  return async (el) => {
    const h = new Harness(el);
    // A remembered walk resumes on its question; otherwise Start must be there (strict, as every action).
    await h.settle();
    if (!h.has('form[data-step]')) await h.click('[part~="button-start"]');
    for (let guard = 0; guard < 12; guard++) {
      if (!h.has('form[data-step]')) return; // the result
      const step = h.find<HTMLFormElement>('form[data-step]').dataset.step ?? '';
      if (step === stopAt) return;
      const value = (answers as Record<string, unknown>)[step];
      if (value === undefined) {
        await h.click('[part~="button-skip"]');
        continue;
      }
      if (step === 'age') await h.type('#mz-leave-age', value as number);
      else if (step === 'used') {
        // "Already taken such leave?": yes, then only the counters of the schemes in play are there.
        await h.choose('yes', 'usedAny');
        for (const [k, n] of Object.entries(value as Record<string, number>)) await h.type(`#mz-leave-used-${k}`, n);
      } else if (step === 'situation') {
        for (const s of value as string[]) await h.choose(s, 'situation');
        if (answers.disability66) await h.click('input[name="disability66"]');
      } else {
        await h.choose(String(value), step);
        if (step === 'relation' && answers.livesWithMe) await h.click('input[name="livesWithMe"]');
        if (step === 'recognition' && answers.hours !== undefined) await h.type('#mz-leave-hours', answers.hours);
      }
      await h.submit('form[data-step]');
    }
    throw new Error(`<${el.localName}>: the walk did not reach the result in 12 steps`);
  };
}

/** Answer sets for the result states (mirroring the worked cases of the facts). */
export const LEAVE_WALKS = {
  neighbourRecognised: { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'neighbour', age: 84, situation: ['dependent'], household: 'withPartner', recognition: 'socialRights' },
  motherSeriouslyIll: { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'parent', age: 72, situation: ['seriouslyIll'], household: 'withPartner', recognition: 'none' },
  singleParentChild: { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'child', age: 10, situation: ['seriouslyIll'], household: 'aloneWithChildren', recognition: 'none' },
  friendPalliative: { status: 'privateEmployee', region: 'flanders', regime: '0.8', relation: 'friend', age: 60, situation: ['terminal'], household: 'withPartner', recognition: 'none' },
  flemishGovSpouse: { status: 'flemishGovernment', region: 'flanders', regime: '1', relation: 'spouse', age: 62, situation: ['seriouslyIll'], household: 'withPartner', recognition: 'none' },
  selfEmployedPartner: { status: 'selfEmployed', relation: 'spouse', age: 55, situation: ['seriouslyIll'], household: 'withPartner' },
  everythingSkipped: {},
  // The three results the screenshots show: a private full-time worker, a 4/5 worker, a Flemish civil servant.
  privateFullTime: { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'parent', age: 72, situation: ['seriouslyIll'], household: 'withPartner', recognition: 'none' },
  fourFifths: { status: 'privateEmployee', region: 'flanders', regime: '0.8', relation: 'parent', age: 72, situation: ['seriouslyIll'], household: 'withPartner', recognition: 'none' },
  flemishCivilServant: { status: 'flemishGovernment', region: 'flanders', regime: '1', relation: 'parent', age: 79, situation: ['seriouslyIll'], household: 'alone', recognition: 'general' },
  withUsed: { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'parent', age: 80, situation: ['dependent'], household: 'alone', recognition: 'socialRights', used: { mzFT: 2, zorgDays: 1 } },
} satisfies Record<string, LeaveWalk>;

const EMPLOYER_JSON = JSON.stringify({
  employerName: { nl: 'Stad Voorbeeld', fr: 'Ville Exemple', en: 'Example City', de: 'Stadt Beispiel' },
  extraLeave: [
    { id: 'zorgdagen', name: { nl: 'Extra zorgdagen', fr: 'Jours de soins supplémentaires', en: 'Extra care days', de: 'Zusätzliche Pflegetage' },
      description: { nl: 'Twee betaalde dagen per jaar om voor een naaste te zorgen.', fr: 'Deux jours payés par an pour prendre soin d’un proche.', en: 'Two paid days a year to care for someone close.', de: 'Zwei bezahlte Tage pro Jahr für die Pflege eines nahestehenden Menschen.' },
      days: 2, paid: 'yes', url: 'https://intranet.example.org/zorgdagen' },
  ],
  hrContact: { name: 'HR', email: 'hr@example.org', phone: '+32 9 123 45 67' },
  intranetUrl: 'https://intranet.example.org/verlof',
});

const tag = 'mz-leave-calculator';
const el = (attrs = '', inner = ''): string => `<${tag}${attrs ? ` ${attrs}` : ''}>${inner}<a href="https://www.mantelzorgers.be">Verlof voor mantelzorgers</a></${tag}>`;
const withJson = (json: string, attrs = ''): string => el(attrs, `<script type="application/json">${json}</script>`);

/**
 * Result states by the schemes shown in each group (`data-scheme` inside `[part~="group-yes|check"]`).
 * `yes` lists schemes that must be in "you can use", `check` those in "check with your employer";
 * `notYes` schemes that must not be in "you can use" (they tell this outcome from a near one).
 */
function result(o: { yes?: string[]; check?: string[]; notYes?: string[]; also?: string[] }): Reached {
  const yes = (o.yes ?? []).map((s) => `[part~="group-yes"] [data-scheme="${s}"]`);
  const check = (o.check ?? []).map((s) => `[part~="group-check"] [data-scheme="${s}"]`);
  const notYes = (o.notYes ?? []).map((s) => `[part~="group-yes"] [data-scheme="${s}"]`);
  const parts = [...(o.yes ?? []).map((s) => `${s} usable`), ...(o.check ?? []).map((s) => `${s} to check`), ...(o.notYes ?? []).map((s) => `${s} not usable`)];
  return matches(`the result with ${parts.join(', ')}`, [...yes, ...check, ...(o.also ?? [])], ['form[data-step]', ...notYes]);
}
const question = (step: string): string => `form[data-step="${step}"]`;

const examples: WidgetExample[] = [
  { name: 'intro', html: el(), reached: '[part~="button-start"]' },
  { name: 'question: status', html: el(), drive: walk({}, 'status'), reached: question('status') },
  {
    name: 'question: who (status and region fixed by the partner)',
    html: el('status="privateEmployee" workplace-region="flanders"'),
    drive: walk({}, 'relation'),
    reached: question('relation'),
  },
  { name: 'question: situation', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'situation'), reached: question('situation') },
  { name: 'question: recognition', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'recognition'), reached: question('recognition') },
  { name: 'question: already used', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'used'), reached: question('used') },
  {
    // After "yes": the counters of this worker's schemes only (no caregiver leave without the recognition, no zorgkrediet in the private sector).
    name: 'question: already used, yes',
    html: el(),
    drive: async (e) => {
      await walk(LEAVE_WALKS.motherSeriouslyIll, 'used')(e);
      await new Harness(e).choose('yes', 'usedAny');
    },
    reached: matches('the used counters of this worker', ['#mz-leave-used-mb', '#mz-leave-used-tk', '#mz-leave-used-zorgDays'], ['#mz-leave-used-mzFT', '#mz-leave-used-zk']),
  },
  {
    // Caregiver leave needs the recognition for a neighbour: without the neighbour answer it is not in "yes".
    name: 'result: can use (recognised neighbour)',
    html: el(),
    drive: walk(LEAVE_WALKS.neighbourRecognised),
    reached: result({ yes: ['mantelzorgverlof', 'aanmoedigingspremie'], notYes: ['medischeBijstand', 'zorgverlof'] }),
  },
  {
    name: 'result: medical assistance for a mother',
    html: el(),
    drive: walk(LEAVE_WALKS.motherSeriouslyIll),
    reached: result({ yes: ['medischeBijstand', 'tijdskredietZorg', 'zorgverlof'], notYes: ['ouderschapsverlof', 'mantelzorgverlof'] }),
  },
  {
    name: 'result: single parent, seriously ill child',
    html: el(),
    drive: walk(LEAVE_WALKS.singleParentChild),
    reached: result({ yes: ['medischeBijstand', 'ouderschapsverlof'] }),
  },
  {
    name: 'result: part-timer, palliative friend',
    html: el(),
    drive: walk(LEAVE_WALKS.friendPalliative),
    reached: result({ yes: ['palliatiefVerlof'], notYes: ['medischeBijstand'] }),
  },
  {
    name: 'result: ask HR (Flemish government)',
    html: el('status="flemishGovernment"'),
    drive: walk(LEAVE_WALKS.flemishGovSpouse),
    reached: result({ yes: ['vlaamsZorgkrediet'], check: ['zorgverlof'] }),
  },
  {
    name: 'privateFullTime',
    html: el(),
    drive: walk(LEAVE_WALKS.privateFullTime),
    reached: result({ yes: ['medischeBijstand', 'tijdskredietZorg'], notYes: ['vlaamsZorgkrediet'], also: ['[part~="summary"]'] }),
  },
  {
    name: 'fourFifths',
    html: el(),
    drive: walk(LEAVE_WALKS.fourFifths),
    reached: result({ yes: ['medischeBijstand'], also: ['[part~="summary"]'] }),
  },
  {
    // Zorgkrediet with its amount and a right (no refusal), the federal leaves, and what to ask HR.
    name: 'flemishCivilServant',
    html: el(),
    drive: walk(LEAVE_WALKS.flemishCivilServant),
    reached: result({ yes: ['vlaamsZorgkrediet', 'medischeBijstand'], notYes: ['tijdskredietZorg'], also: ['[part~="summary"]', '[part~="ask-hr"] li'] }),
  },
  {
    name: 'result: self-employed',
    html: el('status="selfEmployed"'),
    drive: walk(LEAVE_WALKS.selfEmployedPartner),
    reached: result({ yes: ['mantelzorguitkeringZelfstandige'], notYes: ['medischeBijstand'] }),
  },
  {
    name: 'result: everything skipped',
    html: el(),
    drive: walk(LEAVE_WALKS.everythingSkipped),
    reached: matches('the result with every scheme to check and none usable', ['[part~="group-check"] [data-scheme="mantelzorgverlof"]'], ['form[data-step]', '[part~="group-yes"]']),
  },
  {
    name: 'result: with leave already used',
    html: el(),
    drive: walk(LEAVE_WALKS.withUsed),
    reached: result({ yes: ['mantelzorgverlof'], check: ['medischeBijstand'] }),
  },
  {
    name: 'result: with the employer’s own leave',
    html: withJson(EMPLOYER_JSON, 'status="privateEmployee" workplace-region="flanders"'),
    drive: walk(LEAVE_WALKS.neighbourRecognised),
    reached: result({ yes: ['mantelzorgverlof'], also: ['[part~="employer"]'] }),
  },
  {
    name: 'result: figures of 1 March 2023',
    html: el('as-of="2023-03-01"'),
    drive: walk(LEAVE_WALKS.motherSeriouslyIll),
    reached: result({ yes: ['medischeBijstand'] }),
  },
];

export const leaveCalculatorExamples: WidgetExamples = {
  tag,
  examples,
  badAttributes: [
    { name: 'status', value: 'astronaut' },
    { name: 'workplace-region', value: 'mars' },
    { name: 'as-of', value: '2025-02-30' },
  ],
  badPartnerJson: [
    { name: 'extra leave without "paid"', json: '{"extraLeave":[{"name":"Zorgdag"}]}' },
    { name: 'extra leave is not a list', json: '{"extraLeave":{"name":"Zorgdag","paid":"yes"}}' },
    { name: 'intranet link is not https', json: '{"intranetUrl":"javascript:alert(1)"}' },
    { name: 'HR e-mail is not an e-mail address', json: '{"hrContact":{"email":"not-an-email"}}' },
  ],
};
