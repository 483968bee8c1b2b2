import { Harness, matches, type WidgetExample, type WidgetExamples } from './harness.js';

/**
 * Named configurations and states of <mz-recognition-quiz>: the single source for the stories and
 * the contract tests. Drives use the real controls (click, submit), like a person.
 */

/** Ticks each value of the current question; `name=value` ticks a row of a grouped screen (young scales). */
async function tick(h: Harness, values: readonly string[]): Promise<void> {
  for (const v of values) {
    const [name, value] = v.includes('=') ? v.split('=') : [undefined, v];
    await h.click(name ? `fieldset input[name="${name}"][value="${value}"]` : `fieldset input[value="${value}"]`);
  }
}

/** A grouped screen's answers, row by row: `rows('help_chores', …)('2', '1', …)`. */
const rows = (...names: string[]) => (...values: string[]): string[] => names.map((n, i) => `${n}=${values[i]}`);
/** The two grouped screens of the young quiz (the rules' own item order). */
export const HELPS = rows('help_chores', 'help_siblings', 'help_body', 'help_medicine', 'help_papers', 'help_company');
export const FEELINGS = rows('worry', 'imp_tired', 'imp_homework', 'imp_friends', 'imp_alone');

/** Start, then answer each step in order; one entry per question. `check` ends on "check your answers". */
export function walk(steps: ReadonlyArray<readonly string[]>, finish: 'result' | 'check' = 'result'): (el: HTMLElement) => Promise<void> {
  return async (el) => {
    const h = new Harness(el);
    await h.click('[part~="button-start"]');
    for (let i = 0; i < steps.length; i++) {
      await tick(h, steps[i]);
      await h.click(finish === 'check' && i === steps.length - 1 ? '[part~="button-check"]' : 'form button[type=submit]');
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

/**
 * Young paths, one screen per entry (careAtHome, rf_unsafe, who, helps, feelings, rf_cantGoOn, good).
 * The answers are those of the sixteen single screens before grouping, so each outcome is the same.
 */
export const YOUNG_PATHS = {
  urgent: [['yes'], ['yes']],
  young_carer: [['yes'], ['no'], ['parent', 'grandparent'], HELPS('2', '2', '1', '2', '1', '2'), FEELINGS('2', '2', '1', '1', '1'), ['no'], ['proud', 'closer']],
  grows_up_with_care: [['notSure'], ['no'], [], HELPS('0', '0', '0', '0', '0', '0'), FEELINGS('0', '1', '0', '0', '0'), ['no'], []],
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

/** The result with this outcome (`data-outcome` on `[part~="result"]`). */
const outcome = (o: string): string => `[part~="result"][data-outcome="${o}"]`;
/** The question whose options carry this input name. */
const question = (id: string): string => `form fieldset[part~="question"] input[name="${id}"]`;

const examples: WidgetExample[] = [
  { name: 'adult: intro', html: adult, reached: '[part~="button-start"]' },
  { name: 'adult: question 1', html: adult, drive: walk([]), reached: question('need') },
  { name: 'adult: question 3 (tasks)', html: adult, drive: walk([['yes'], ['personal']]), reached: question('tasks') },
  { name: 'adult: check your answers', html: adult, drive: walk(ADULT_PATHS.caregiver, 'check'), reached: '[part~="answers"]' },
  ...Object.entries(ADULT_PATHS).map(([o, steps]) => ({ name: `adult: result ${o}`, html: adult, drive: walk(steps), reached: outcome(o) })),
  {
    name: 'adult: result caregiver, partner links',
    html: `<mz-recognition-quiz><script type="application/json">${PARTNER_LINKS_JSON}</script></mz-recognition-quiz>`,
    drive: walk(ADULT_PATHS.caregiver),
    reached: matches('the caregiver result with the partner’s own link', [outcome('caregiver'), 'a[href="https://example.org/overbelasting"]']),
  },
  { name: 'young: intro', html: young, reached: '[part~="button-start"]' },
  { name: 'young: question 1', html: young, drive: walk([]), reached: question('careAtHome') },
  ...Object.entries(YOUNG_PATHS).map(([o, steps]) => ({
    name: `young: result ${o}`,
    html: youngSchool,
    drive: walk(steps),
    reached: matches(`the young result ${o} with the school contact`, [outcome(o), '[part~="school-contact"]']),
  })),
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
