import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext, StepDef } from '../../core/flow/step-flow.js';
import { checkbox, choiceGroup, fieldset, numberField } from '../../core/flow/fields.js';
import { externalLink, stepHeading } from '../../core/flow/templates.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { LeaveMessages } from '../../i18n/leave/nl.js';
import type { LeaveCareSituation, LeaveSchemeId } from '../../rules/leave/index.js';
import { LEAVE_BOUNDS, type LeaveBound } from '../../rules/leave/bounds.js';
import {
  effectiveStatus, HOUSEHOLDS, LEAVE_REGIONS, LEAVE_STATUSES, RECOGNITIONS, REGIMES, RELATIONS, SITUATIONS, USED, USED_SCHEME, YES_NO, usedBound,
  type LeaveAnswers, type LeaveFixed,
} from './leave-calculator.answers.js';

export type LeaveStepId = 'status' | 'region' | 'regime' | 'relation' | 'age' | 'situation' | 'household' | 'recognition' | 'used';

/** What the step templates read from the element. */
export interface LeaveStepHost {
  readonly t: LeaveMessages;
  readonly c: CoreMessages;
  readonly fixed: LeaveFixed;
  /** The official "check your balance" page, once the rules chunk is there. */
  readonly balanceUrl: string | undefined;
  /** The schemes that may fit these answers (used counters aside); undefined until the rules are there. */
  inPlay(a: LeaveAnswers): readonly LeaveSchemeId[] | undefined;
  quizLink(): TemplateResult | typeof nothing;
}

type Ctx = StepContext<LeaveAnswers, LeaveStepId>;
const selfEmployed = (h: LeaveStepHost, a: LeaveAnswers): boolean => effectiveStatus(a, h.fixed) === 'selfEmployed';

/**
 * The questions of <mz-leave-calculator>, in order. Pre-filled ones (attributes) and ones that cannot
 * matter (the self-employed have no regime, region or employer counters) are left out by `when`.
 */
export function leaveSteps(h: LeaveStepHost): StepDef<LeaveAnswers, LeaveStepId>[] {
  type RadioKey = 'status' | 'region' | 'regime' | 'household' | 'recognition' | 'usedAny';
  const radios = <K extends RadioKey, T extends NonNullable<LeaveAnswers[K]> & string>(ctx: Ctx, key: K, options: readonly T[], label: (v: T) => string): TemplateResult =>
    choiceGroup<T>({ type: 'radio', name: key, options, label, value: ctx.answers[key] as T | undefined, onChange: (v) => ctx.flow.set(key, v as LeaveAnswers[K]) });

  // Realistic bounds, the same the rules' strict input accepts (src/rules/leave/bounds.ts), said in the error.
  const number = (ctx: Ctx, id: string, bound: LeaveBound, label: string, value: number | undefined, onValue: (n: number | undefined) => void, hint?: string): TemplateResult =>
    numberField({
      id, label, value, hint, ...LEAVE_BOUNDS[bound], error: h.t['error.number'](LEAVE_BOUNDS[bound].min, LEAVE_BOUNDS[bound].max), invalid: ctx.flow.invalid === id,
      onValue: (n) => {
        if (ctx.flow.invalid === id) ctx.flow.setInvalid(null);
        onValue(n);
      },
      onInvalid: () => ctx.flow.setInvalid(id),
    });

  return [
    {
      id: 'status',
      when: () => !h.fixed.status,
      render: (ctx) => fieldset(h.t['q.status'], h.t['q.status.hint'], radios(ctx, 'status', LEAVE_STATUSES, (s) => h.t[`status.${s}`])),
    },
    {
      id: 'region',
      when: (a) => !h.fixed.region && !selfEmployed(h, a),
      render: (ctx) => fieldset(h.t['q.region'], h.t['q.region.hint'], radios(ctx, 'region', LEAVE_REGIONS, (r) => h.t[`region.${r}`])),
    },
    {
      id: 'regime',
      when: (a) => !selfEmployed(h, a),
      render: (ctx) => fieldset(h.t['q.regime'], undefined, radios(ctx, 'regime', REGIMES, (r) => h.t[`regime.${r}`])),
    },
    {
      id: 'relation',
      clear: ({ relation: _r, livesWithMe: _l, ...rest }) => rest,
      render: (ctx) => fieldset(h.t['q.relation'], undefined, html`
        ${choiceGroup({ type: 'radio', name: 'relation', options: RELATIONS, label: (r) => h.t[`relation.${r}`], value: ctx.answers.relation, onChange: (r) => ctx.flow.set('relation', r) })}
        <p class="mz-field mz-extra">${checkbox('livesWithMe', h.t['q.livesWithMe'], ctx.answers.livesWithMe === true, (on) => ctx.flow.set('livesWithMe', on))}</p>`),
    },
    {
      id: 'age',
      render: (ctx) => html`${stepHeading(h.t['q.age'])}${number(ctx, 'mz-leave-age', 'age', h.t['q.age.label'], ctx.answers.age, (n) => ctx.flow.set('age', n), h.t['q.age.hint'])}`,
    },
    {
      id: 'situation',
      clear: ({ situation: _s, disability66: _d, ...rest }) => rest,
      render: (ctx) => {
        const chosen = ctx.answers.situation ?? [];
        const toggle = (s: LeaveCareSituation, on: boolean): void => {
          const next = new Set(ctx.flow.answers.situation ?? []);
          if (on) next.add(s);
          else next.delete(s);
          ctx.flow.set('situation', SITUATIONS.filter((x) => next.has(x)));
        };
        return choiceGroup({
          type: 'checkbox', name: 'situation', legend: h.t['q.situation'], hint: h.t['q.situation.hint'],
          options: SITUATIONS, label: (s) => h.t[`situation.${s}`], value: chosen, onChange: toggle,
          // Two thirds disabled is a kind of "disabled": ticking it ticks that too.
          extra: checkbox('disability66', h.t['situation.disability66'], ctx.answers.disability66 === true, (on) => {
            ctx.flow.set('disability66', on);
            if (on) toggle('disabled', true);
          }),
        });
      },
    },
    {
      id: 'household',
      render: (ctx) => fieldset(h.t['q.household'], undefined, radios(ctx, 'household', HOUSEHOLDS, (x) => h.t[`household.${x}`])),
    },
    {
      id: 'recognition',
      when: (a) => !selfEmployed(h, a),
      clear: ({ recognition: _r, hours: _h, ...rest }) => rest,
      render: (ctx) => html`${fieldset(h.t['q.recognition'], h.t['q.recognition.hint'], radios(ctx, 'recognition', RECOGNITIONS, (r) => h.t[`recognition.${r}`]))}
        ${h.quizLink()}
        ${ctx.answers.recognition !== 'socialRights' ? number(ctx, 'mz-leave-hours', 'hoursPerMonth', h.t['q.hours.label'], ctx.answers.hours, (n) => ctx.flow.set('hours', n), h.t['q.hours']) : nothing}`,
    },
    {
      id: 'used',
      when: (a) => !selfEmployed(h, a),
      clear: ({ usedAny: _a, used: _u, ...rest }) => rest,
      render: (ctx) => {
        const used = ctx.answers.used ?? {};
        // One yes/no first; on "yes" only the counters of the schemes that may fit (all of them while the rules load).
        const inPlay = h.inPlay(ctx.answers);
        const keys = USED.filter((k) => !inPlay?.length || inPlay.includes(USED_SCHEME[k]));
        return html`${fieldset(h.t['q.used'], undefined, radios(ctx, 'usedAny', YES_NO, (v) => h.t[`usedAny.${v}`]))}
          ${ctx.answers.usedAny === 'yes' ? html`
            <p class="mz-hint">${h.t['q.used.hint']} ${h.balanceUrl ? externalLink(h.c, h.balanceUrl, h.t['used.breakAtWork']) : nothing}</p>
            ${keys.map((k) => number(ctx, `mz-leave-used-${k}`, usedBound(k), h.t[`used.${k}`], used[k], (n) => ctx.flow.set('used', { ...(ctx.flow.answers.used ?? {}), [k]: n })))}` : nothing}`;
      },
    },
  ];
}
