import { settle, shadowOf, type WidgetExample, type WidgetExamples } from '../../core/examples.js';

/**
 * Named configurations and states of <mz-leave-calculator>: the single source for the demo page, the
 * stories and the contract tests. Drives use the real controls (click, type, submit), like a person.
 */
const root = shadowOf;

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
  used?: Partial<Record<'mzFT' | 'mzPartial' | 'mzCareerFT' | 'mzCareerPartial' | 'mb' | 'tk' | 'ap' | 'zorgDays' | 'dwingendDays', number>>;
}

function typeNumber(r: ShadowRoot, id: string, n: number): void {
  const input = r.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = String(n);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Start, then answer (or skip) each question until the result shows. `stopAt` stops on that question. */
export function walk(answers: LeaveWalk, stopAt?: string): (el: HTMLElement) => Promise<void> {
  return async (el) => {
    await settle(el);
    const r = root(el);
    r.querySelector<HTMLElement>('[part~="button-start"]')?.click();
    await settle(el);
    for (let guard = 0; guard < 12; guard++) {
      const form = r.querySelector<HTMLFormElement>('form[data-step]');
      if (!form) return; // the result
      const step = form.dataset.step ?? '';
      if (step === stopAt) return;
      const value = (answers as Record<string, unknown>)[step];
      if (value === undefined) {
        r.querySelector<HTMLElement>('[part~="button-skip"]')?.click();
        await settle(el);
        continue;
      }
      if (step === 'age') typeNumber(r, 'mz-leave-age', value as number);
      else if (step === 'used') {
        for (const [k, n] of Object.entries(value as Record<string, number>)) typeNumber(r, `mz-leave-used-${k}`, n);
      } else if (step === 'situation') {
        for (const s of value as string[]) r.querySelector<HTMLInputElement>(`input[name="situation"][value="${s}"]`)?.click();
        if (answers.disability66) r.querySelector<HTMLInputElement>('input[name="disability66"]')?.click();
      } else {
        r.querySelector<HTMLInputElement>(`input[name="${step}"][value="${String(value)}"]`)?.click();
        if (step === 'relation' && answers.livesWithMe) r.querySelector<HTMLInputElement>('input[name="livesWithMe"]')?.click();
        if (step === 'recognition' && answers.hours !== undefined) typeNumber(r, 'mz-leave-hours', answers.hours);
      }
      await settle(el);
      form.requestSubmit();
      await settle(el);
    }
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

const examples: WidgetExample[] = [
  { name: 'intro', html: el() },
  { name: 'question: status', html: el(), drive: walk({}, 'status') },
  { name: 'question: who (status and region fixed by the partner)', html: el('status="privateEmployee" workplace-region="flanders"'), drive: walk({}, 'relation') },
  { name: 'question: situation', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'situation') },
  { name: 'question: recognition', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'recognition') },
  { name: 'question: already used', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll, 'used') },
  { name: 'result: can use (recognised neighbour)', html: el(), drive: walk(LEAVE_WALKS.neighbourRecognised) },
  { name: 'result: medical assistance for a mother', html: el(), drive: walk(LEAVE_WALKS.motherSeriouslyIll) },
  { name: 'result: single parent, seriously ill child', html: el(), drive: walk(LEAVE_WALKS.singleParentChild) },
  { name: 'result: part-timer, palliative friend', html: el(), drive: walk(LEAVE_WALKS.friendPalliative) },
  { name: 'result: ask HR (Flemish government)', html: el('status="flemishGovernment"'), drive: walk(LEAVE_WALKS.flemishGovSpouse) },
  { name: 'result: self-employed', html: el('status="selfEmployed"'), drive: walk(LEAVE_WALKS.selfEmployedPartner) },
  { name: 'result: everything skipped', html: el(), drive: walk(LEAVE_WALKS.everythingSkipped) },
  { name: 'result: with leave already used', html: el(), drive: walk(LEAVE_WALKS.withUsed) },
  { name: 'result: with the employer’s own leave', html: withJson(EMPLOYER_JSON, 'status="privateEmployee" workplace-region="flanders"'), drive: walk(LEAVE_WALKS.neighbourRecognised) },
  { name: 'result: figures of 1 March 2023', html: el('as-of="2023-03-01"'), drive: walk(LEAVE_WALKS.motherSeriouslyIll) },
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
