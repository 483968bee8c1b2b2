import { settle, shadowOf, type WidgetExample, type WidgetExamples } from '../../core/examples.js';

/**
 * Named configurations and states of <mz-recognition-quiz>: the single source for the demo page,
 * the stories and the contract tests. Drives use the real controls (click, submit), like a person.
 */
const root = shadowOf;

async function clickSel(el: HTMLElement, selector: string): Promise<void> {
  const target = root(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await settle(el);
}

/** Answers the current question (ticks each value) and presses the main button. */
async function answer(el: HTMLElement, values: readonly string[]): Promise<void> {
  for (const v of values) {
    const input = root(el).querySelector<HTMLInputElement>(`fieldset input[value="${v}"]`);
    if (!input) throw new Error(`no option ${v}`);
    input.click();
  }
  await clickSel(el, 'form button[type=submit]');
}

/** Start, then answer each step in order; one entry per question. */
export function walk(steps: ReadonlyArray<readonly string[]>, finish: 'result' | 'check' = 'result'): (el: HTMLElement) => Promise<void> {
  return async (el) => {
    await settle(el);
    await clickSel(el, '[part~="button-start"]');
    for (let i = 0; i < steps.length; i++) {
      if (finish === 'check' && i === steps.length - 1) {
        for (const v of steps[i]) root(el).querySelector<HTMLInputElement>(`fieldset input[value="${v}"]`)?.click();
        await clickSel(el, '[part~="button-check"]');
      } else await answer(el, steps[i]);
    }
  };
}

/** Adult answer paths, one per outcome (question order: need, role, tasks, frequency, duration, hours, livesWith, impact). */
export const ADULT_PATHS = {
  caregiver_intensive: [['yes'], ['personal'], ['household', 'personalCare', 'medical', 'supervision'], ['daily'], ['over12m'], ['50plus'], ['yes'], ['aBit']],
  caregiver: [['yes'], ['personal'], ['practical', 'emotional'], ['weekly'], ['under3m'], ['under10'], ['no'], ['no']],
  occasional: [['yes'], ['personal'], ['practical'], ['monthly'], ['under3m'], ['under10'], ['no'], ['no']],
  professional: [['yes'], ['paidJob']],
  not_now: [['no']],
} as const;

/** Young paths (careAtHome, who, 6 help, worry, 4 impact, rf_unsafe, rf_cantGoOn, good). */
export const YOUNG_PATHS = {
  urgent: [['yes'], ['parent'], ['2'], ['1'], ['0'], ['1'], ['0'], ['2'], ['2'], ['1'], ['1'], ['0'], ['2'], ['yes']],
  young_carer: [['yes'], ['parent', 'grandparent'], ['2'], ['2'], ['1'], ['2'], ['1'], ['2'], ['2'], ['2'], ['1'], ['1'], ['1'], ['no'], ['no'], ['proud', 'closer']],
  grows_up_with_care: [['notSure'], [], ['0'], ['0'], ['0'], ['0'], ['0'], ['0'], ['0'], ['1'], ['0'], ['0'], ['0'], ['no'], ['no'], []],
  not_now: [['no'], ['no'], ['no']],
} as const;

const SCHOOL_JSON = JSON.stringify({
  schoolContact: {
    text: {
      nl: 'Praat met mevrouw Peeters (leerlingenbegeleiding), lokaal B12, elke middag.',
      fr: 'Parle avec Madame Peeters (accompagnement des élèves), local B12, chaque midi.',
      en: 'Talk to Ms Peeters (pupil support), room B12, every lunchtime.',
      de: 'Sprich mit Frau Peeters (Schülerbegleitung), Raum B12, jeden Mittag.',
    },
  },
});
const PARTNER_LINKS_JSON = JSON.stringify({
  links: { overloadCheck: 'https://example.org/overbelasting', finder: 'https://example.org/steun' },
});

const adult = '<mz-recognition-quiz></mz-recognition-quiz>';
const young = '<mz-recognition-quiz audience="young"></mz-recognition-quiz>';
const youngSchool = `<mz-recognition-quiz audience="young"><script type="application/json">${SCHOOL_JSON}</script></mz-recognition-quiz>`;

const examples: WidgetExample[] = [
  { name: 'adult: intro', html: adult },
  { name: 'adult: question 1', html: adult, drive: walk([]) },
  { name: 'adult: question 3 (tasks)', html: adult, drive: walk([['yes'], ['personal']]) },
  { name: 'adult: check your answers', html: adult, drive: walk(ADULT_PATHS.caregiver, 'check') },
  ...Object.entries(ADULT_PATHS).map(([outcome, steps]) => ({ name: `adult: result ${outcome}`, html: adult, drive: walk(steps) })),
  {
    name: 'adult: result caregiver, partner links',
    html: `<mz-recognition-quiz><script type="application/json">${PARTNER_LINKS_JSON}</script></mz-recognition-quiz>`,
    drive: walk(ADULT_PATHS.caregiver),
  },
  { name: 'young: intro', html: young },
  { name: 'young: question 1', html: young, drive: walk([]) },
  ...Object.entries(YOUNG_PATHS).map(([outcome, steps]) => ({ name: `young: result ${outcome}`, html: youngSchool, drive: walk(steps) })),
];

export const recognitionQuizExamples: WidgetExamples = {
  tag: 'mz-recognition-quiz',
  examples,
  badAttributes: [{ name: 'audience', value: 'children' }],
  badPartnerJson: [
    { name: 'links is a list', json: '{"links": ["https://example.org"]}' },
    { name: 'a javascript: link', json: '{"links": {"finder": "javascript:alert(1)"}}' },
    { name: 'school contact without text', json: '{"schoolContact": {"url": "https://example.org"}}' },
    { name: 'school contact phone is not a number', json: '{"schoolContact": {"text": "Room 12", "phone": "call me"}}' },
  ],
};
export default recognitionQuizExamples;
