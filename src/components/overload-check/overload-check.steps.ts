import { html, nothing, type TemplateResult } from 'lit';
import type { StepDef } from '../../core/flow/step-flow.js';
import { choiceGroup } from '../../core/flow/fields.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { Formatters } from '../../core/i18n/format.js';
import { overloadIsAsked, overloadRedFlagAsked, RED_FLAG_IDS } from '../../rules/overload/items.js';
import type { OverloadAudience, OverloadRedFlagId, OverloadStrainItemId } from '../../rules/overload/index.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';
import { CARE_FOR, FLAG_ANSWERS, ITEM_ANSWERS, SCALE, SHARE_ANSWERS, type Answers } from './overload-check.answers.js';

export type OverloadStepId = OverloadStrainItemId | 'global' | 'canShare' | 'careFor' | OverloadRedFlagId;

/** What the step templates read from the element, as live getters (texts change with the language). */
export interface OverloadStepHost {
  /** Texts with the audience's variant applied. */
  readonly t: OverloadMessages;
  readonly fmt: Formatters;
  readonly aud: OverloadAudience;
  /** "Next" was pressed without an answer: the step shows its error. */
  readonly showError: boolean;
  /** Sets one answer (and clears the error). */
  set<K extends keyof Answers>(key: K, value: Answers[K]): void;
}

/**
 * The order the check asks the strain items in: a UI choice, so it lives here and not in the
 * scoring parameters. Which items an audience is asked at all is the rules' call (`overloadIsAsked`).
 */
const STRAIN_ORDER: readonly OverloadStrainItemId[] = ['time', 'combine', 'physical', 'sleep', 'emotional', 'alwaysOn', 'social', 'money', 'health', 'outlook'];

export const isRedFlagStep = (id: string): id is OverloadRedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);

/** The question a step asks, in the audience's wording. */
export function questionText(t: OverloadMessages, aud: OverloadAudience, id: OverloadStepId): string {
  if (id === 'global' || id === 'canShare' || id === 'careFor') return t[`${id}.${aud}`];
  return isRedFlagStep(id) ? t[`rf.${aud}.${id}`] : t[`q.${aud}.${id}`];
}

/**
 * One question: a fieldset whose legend is the step heading, with its hint, error and (0–10 scale)
 * the anchor words tied to it, so "0 = not heavy at all … 10 = far too heavy" is read with the group.
 */
function question(h: OverloadStepHost, id: OverloadStepId, hint: string | undefined, content: TemplateResult, also?: string): TemplateResult {
  const described = [hint ? 'q-hint' : '', also ?? '', h.showError ? 'q-error' : ''].filter(Boolean).join(' ');
  return html`${id === RED_FLAG_IDS[0] ? html`<p class="mz-panel">${h.t[`redFlags.intro.${h.aud}`]}</p>` : nothing}
    <fieldset aria-describedby=${described || nothing}>
      <legend>${stepHeading(questionText(h.t, h.aud, id))}</legend>
      ${hint ? html`<p class="mz-hint" id="q-hint">${hint}</p>` : nothing}
      ${h.showError ? html`<p class="field-error" id="q-error">${h.t['choose.error']}</p>` : nothing}
      ${content}
    </fieldset>`;
}

/**
 * The questions in asking order: the strain items this audience is asked, the 0–10 rating, who can
 * take over, who the care is for, then the red flags (docs/content/overload.md#items: the gentle
 * questions come last, with help visible). A "yes" to a red flag ends the questions (rules:
 * `overloadRedFlagAsked`). Every question may be skipped; "Next" needs an answer, except on
 * "who do you care for" (none ticked is an answer).
 */
export function overloadSteps(h: OverloadStepHost): StepDef<Answers, OverloadStepId>[] {
  const items = STRAIN_ORDER.map((id): StepDef<Answers, OverloadStepId> => ({
    id,
    when: () => overloadIsAsked(id, h.aud),
    answered: (a) => a.strain[id] !== undefined && a.strain[id] !== 'skip',
    clear: (a) => ({ ...a, strain: { ...a.strain, [id]: 'skip' } }),
    render: ({ answers: a }) =>
      question(h, id, undefined, html`<div class="choices-row">${choiceGroup({
        type: 'radio', name: 'answer', options: ITEM_ANSWERS, label: (v) => h.t[`answer.${v}`], value: a.strain[id] === 'skip' ? undefined : a.strain[id],
        onChange: (v) => h.set('strain', { ...a.strain, [id]: v }),
      })}</div>`),
  }));
  const flags = RED_FLAG_IDS.map((id): StepDef<Answers, OverloadStepId> => ({
    id,
    when: (a) => overloadRedFlagAsked(id, a.redFlags),
    answered: (a) => a.redFlags[id] !== undefined,
    // Skipped = no (docs/content/overload.md#items).
    clear: (a) => {
      const redFlags = { ...a.redFlags };
      delete redFlags[id];
      return { ...a, redFlags };
    },
    render: ({ answers: a }) => {
      const v = a.redFlags[id];
      return question(h, id, undefined, html`<div class="choices-row">${choiceGroup({
        type: 'radio', name: 'answer', options: FLAG_ANSWERS, label: (o) => h.t[`answer.${o}`], value: v === undefined ? undefined : v ? 'yes' : 'no',
        onChange: (o) => h.set('redFlags', { ...a.redFlags, [id]: o === 'yes' }),
      })}</div>`);
    },
  }));
  return [
    ...items,
    {
      id: 'global',
      answered: (a) => a.global !== null,
      clear: (a) => ({ ...a, global: null }),
      render: ({ answers: a }) =>
        question(h, 'global', h.t['global.hint'], html`<div class="scale-wrap" part="scale">${choiceGroup({
          type: 'radio', name: 'answer', options: SCALE, label: (v) => h.fmt.number(Number(v)), value: a.global === null ? undefined : String(a.global),
          onChange: (v) => h.set('global', Number(v)),
        })}</div>
          <p class="scale-ends" id="q-ends"><span>${h.t['global.low']}</span> <span>${h.t['global.high']}</span></p>`, 'q-ends'),
    },
    {
      id: 'canShare',
      answered: (a) => a.canShare !== null && a.canShare !== 'skip',
      clear: (a) => ({ ...a, canShare: 'skip' }),
      render: ({ answers: a }) =>
        question(h, 'canShare', h.t['routing.note'], html`<div class="choices-row">${choiceGroup({
          type: 'radio', name: 'answer', options: SHARE_ANSWERS, label: (v) => h.t[`answer.${v}`], value: a.canShare === 'skip' || a.canShare === null ? undefined : a.canShare,
          onChange: (v) => h.set('canShare', v),
        })}</div>`),
    },
    {
      id: 'careFor',
      clear: (a) => ({ ...a, careFor: [] }),
      render: ({ answers: a }) =>
        question(h, 'careFor', `${h.t['careFor.hint']} ${h.t['routing.note']}`, choiceGroup({
          type: 'checkbox', name: 'careFor', options: CARE_FOR, label: (id) => h.t[`careFor.${h.aud}.${id}`], value: a.careFor,
          onChange: (id, on) => h.set('careFor', on ? [...a.careFor.filter((c) => c !== id), id] : a.careFor.filter((c) => c !== id)),
        })),
    },
    ...flags,
  ];
}
