import type { StepDef } from '../../core/flow/step-flow.js';
import { choiceGroup } from '../../core/flow/fields.js';
import type { FinderMessages } from '../../i18n/finder/nl.js';
import { asksMore, CARE_FOR, HEALTH_FUNDS, NEEDS } from '../../rules/finder/ui.js';
import type { FinderAnswers } from './association-finder.answers.js';

export type FinderStepId = 'danger' | 'age' | 'careFor' | 'needs' | 'fund';

/** What the step templates read from the element. */
export interface FinderStepHost {
  readonly t: FinderMessages;
}

/** Adds or removes one value of a multiple choice. */
function toggled<T extends string>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/**
 * The questions of <mz-association-finder>, in order. "In danger" = yes ends them (asksMore). Skip
 * keeps what was chosen (as before the shared flow): it only moves on.
 */
export function finderSteps(h: FinderStepHost): StepDef<FinderAnswers, FinderStepId>[] {
  const keep = (a: FinderAnswers): FinderAnswers => a;
  return [
    {
      id: 'danger',
      // No Skip: this one question decides whether urgent help comes first.
      required: true,
      render: (ctx) =>
        choiceGroup<'yes' | 'no'>({
          type: 'radio', name: 'danger', options: ['yes', 'no'], legend: h.t['q.danger'], hint: h.t['q.danger.hint'],
          label: (v) => h.t[v === 'yes' ? 'a.yes' : 'a.no'],
          value: ctx.answers.danger === undefined ? undefined : ctx.answers.danger ? 'yes' : 'no',
          onChange: (v) => ctx.flow.set('danger', v === 'yes'),
        }),
    },
    {
      id: 'age',
      when: asksMore,
      clear: keep,
      render: (ctx) =>
        choiceGroup({
          type: 'radio', name: 'age', options: ['under25', 'adult'] as const, legend: h.t['q.age'],
          label: (v) => h.t[v === 'under25' ? 'a.under25' : 'a.adult'],
          value: ctx.answers.ageGroup,
          onChange: (v) => ctx.flow.set('ageGroup', v),
        }),
    },
    {
      id: 'careFor',
      when: asksMore,
      clear: keep,
      render: (ctx) =>
        choiceGroup({
          type: 'checkbox', name: 'careFor', options: CARE_FOR, legend: h.t['q.careFor'], hint: h.t['q.careFor.hint'],
          label: (c) => h.t[`careFor.${c}`],
          value: ctx.answers.careFor,
          onChange: (c, on) => ctx.flow.set('careFor', toggled(ctx.answers.careFor, c, on)),
        }),
    },
    {
      id: 'needs',
      when: asksMore,
      clear: keep,
      render: (ctx) =>
        choiceGroup({
          type: 'checkbox', name: 'needs', options: NEEDS, legend: h.t['q.needs'], hint: h.t['q.needs.hint'],
          label: (n) => h.t[`need.${n}`],
          value: ctx.answers.needs,
          onChange: (n, on) => ctx.flow.set('needs', toggled(ctx.answers.needs, n, on)),
        }),
    },
    {
      id: 'fund',
      when: asksMore,
      clear: keep,
      render: (ctx) =>
        choiceGroup({
          type: 'radio', name: 'fund', options: HEALTH_FUNDS, legend: h.t['q.fund'], hint: h.t['q.fund.hint'],
          label: (f) => h.t[`fund.${f}`],
          value: ctx.answers.healthFund,
          onChange: (f) => ctx.flow.set('healthFund', f),
        }),
    },
  ];
}
