import { html, type TemplateResult } from 'lit';
import type { StepContext, StepDef } from '../../core/flow/step-flow.js';
import { checkbox, choiceGroup, fieldset, numberField } from '../../core/flow/fields.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { RightsMessages } from '../../i18n/rights/nl.js';
import { HEALTH, HOUSEHOLDS, NEEDS, PLACES, RELATIONS, WORK, type Health, type RightsAnswers } from './rights-overview.answers.js';

export type RightsStepId = 'relation' | 'age' | 'need' | 'health' | 'place' | 'hours' | 'work' | 'you';

/** What the step templates read from the element. */
export interface RightsStepHost {
  readonly t: RightsMessages;
}

type Ctx = StepContext<RightsAnswers, RightsStepId>;

/** The eight questions of <mz-rights-overview>, in order; every one can be skipped. */
export function rightsSteps(h: RightsStepHost): StepDef<RightsAnswers, RightsStepId>[] {
  type RadioKey = 'relation' | 'need' | 'place' | 'work' | 'household';
  const radios = <K extends RadioKey, T extends NonNullable<RightsAnswers[K]> & string>(ctx: Ctx, key: K, options: readonly T[], label: (v: T) => string): TemplateResult =>
    choiceGroup<T>({ type: 'radio', name: key, options, label, value: ctx.answers[key] as T | undefined, onChange: (v) => ctx.flow.set(key, v as RightsAnswers[K]) });

  const number = (ctx: Ctx, id: string, label: string, value: number | undefined, onValue: (n: number | undefined) => void, max: number, hint?: string): TemplateResult =>
    numberField({
      id, label, value, hint, max, error: h.t['error.number'], invalid: ctx.flow.invalid === id,
      onValue: (n) => {
        if (ctx.flow.invalid === id) ctx.flow.setInvalid(null);
        onValue(n);
      },
      onInvalid: () => ctx.flow.setInvalid(id),
    });

  return [
    { id: 'relation', render: (ctx) => fieldset(h.t['q.relation'], undefined, radios(ctx, 'relation', RELATIONS, (r) => h.t[`relation.${r}`])) },
    { id: 'age', render: (ctx) => html`${stepHeading(h.t['q.age'])}${number(ctx, 'mz-rights-age', h.t['q.age.label'], ctx.answers.age, (n) => ctx.flow.set('age', n), 130)}` },
    { id: 'need', render: (ctx) => fieldset(h.t['q.need'], h.t['q.need.hint'], radios(ctx, 'need', NEEDS, (n) => h.t[`need.${n}`])) },
    {
      id: 'health',
      render: (ctx) => choiceGroup<Health>({
        type: 'checkbox', name: 'health', legend: h.t['q.health'], hint: h.t['q.health.hint'], options: HEALTH, label: (x) => h.t[`health.${x}`],
        value: ctx.answers.health ?? [],
        onChange: (x, on) => {
          const next = new Set(ctx.flow.answers.health ?? []);
          if (on) next.add(x);
          else next.delete(x);
          ctx.flow.set('health', HEALTH.filter((v) => next.has(v)));
        },
      }),
    },
    {
      id: 'place',
      clear: ({ place: _p, careHome: _c, ...rest }) => rest,
      render: (ctx) => fieldset(h.t['q.place'], undefined, html`${radios(ctx, 'place', PLACES, (p) => h.t[`place.${p}`])}
        <p class="mz-field mz-extra">${checkbox('careHome', h.t['place.careHome'], ctx.answers.careHome === true, (on) => ctx.flow.set('careHome', on))}</p>`),
    },
    { id: 'hours', render: (ctx) => html`${stepHeading(h.t['q.hours'])}${number(ctx, 'mz-rights-hours', h.t['q.hours.label'], ctx.answers.hours, (n) => ctx.flow.set('hours', n), 744, h.t['q.hours.hint'])}` },
    { id: 'work', render: (ctx) => fieldset(h.t['q.work'], h.t['q.work.hint'], radios(ctx, 'work', WORK, (w) => h.t[`work.${w}`])) },
    {
      id: 'you',
      clear: ({ myAge: _a, household: _h, ...rest }) => rest,
      render: (ctx) => html`${stepHeading(h.t['q.you'])}
        ${number(ctx, 'mz-rights-my-age', h.t['q.myAge.label'], ctx.answers.myAge, (n) => ctx.flow.set('myAge', n), 130)}
        <fieldset class="mz-subgroup"><legend>${h.t['q.household']}</legend>
          ${choiceGroup({ type: 'radio', name: 'household', options: HOUSEHOLDS, label: (x) => h.t[`household.${x}`], value: ctx.answers.household, onChange: (x) => ctx.flow.set('household', x) })}
        </fieldset>`,
    },
  ];
}
