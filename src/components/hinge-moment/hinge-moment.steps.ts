import type { TemplateResult } from 'lit';
import type { StepDef } from '../../core/flow/step-flow.js';
import { choiceGroup } from '../../core/flow/fields.js';
import { hingeAsks, type HingeQuestion } from '../../rules/hinge/questions.js';
import type { HingeMoment } from '../../rules/hinge/index.js';
import type { HingeMessages } from '../../i18n/hinge/nl.js';
import { HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE, YES_NO, type Answers } from './hinge-moment.answers.js';

export type HingeStepId = 'moment' | HingeQuestion;

/** What the step templates read from the element, as live getters (texts change with the language). */
export interface HingeStepHost {
  readonly t: HingeMessages;
  /** The `moment` attribute, when the page set a valid one. */
  readonly fixedMoment: HingeMoment | undefined;
  set<K extends keyof Answers>(key: K, value: Answers[K]): void;
}

/** One radio question: the legend is the step heading; the value goes straight into the answers. */
function radio<K extends keyof Answers, V extends string>(h: HingeStepHost, key: K, options: readonly V[], legend: string, label: (v: V) => string, value: V | undefined, hint?: string): TemplateResult {
  return choiceGroup<V>({ type: 'radio', name: key, options, label, value, legend, hint, onChange: (v) => h.set(key, v as unknown as Answers[K]) });
}

/**
 * The questions in asking order. Which ones a moment asks is the rules' call (`hingeAsks`); every one
 * may be skipped except the moment itself (asked only when the page did not set it).
 */
export function hingeSteps(h: HingeStepHost): StepDef<Answers, HingeStepId>[] {
  const moment = (a: Answers): HingeMoment | undefined => h.fixedMoment ?? a.moment;
  const asked = (q: HingeQuestion) => (a: Answers) => hingeAsks(moment(a), q);
  return [
    {
      id: 'moment',
      when: () => !h.fixedMoment,
      required: true,
      answered: (a) => a.moment !== undefined,
      render: ({ answers: a }) => radio(h, 'moment', HINGE_MOMENTS, h.t['q.moment'], (v) => h.t[`moment.${v}`], a.moment),
    },
    { id: 'admission', when: asked('admission'), render: ({ answers: a }) => radio(h, 'admission', HINGE_ADMISSION, h.t['q.admission'], (v) => h.t[`admission.${v}`], a.admission) },
    { id: 'place', when: asked('place'), render: ({ answers: a }) => radio(h, 'place', HINGE_PLACE, h.t['q.place'], (v) => h.t[`place.${v}`], a.place) },
    { id: 'careAtHome', when: asked('careAtHome'), render: ({ answers: a }) => radio(h, 'careAtHome', HINGE_CARE_AT_HOME, h.t['q.careAtHome'], (v) => h.t[`careAtHome.${v}`], a.careAtHome) },
    {
      id: 'helpInPlace',
      when: asked('helpInPlace'),
      render: ({ answers: a }) =>
        choiceGroup({
          type: 'checkbox', name: 'helpInPlace', options: HINGE_HELP, label: (v) => h.t[`help.${v}`], value: a.helpInPlace ?? [],
          legend: h.t['q.helpInPlace'], hint: h.t['q.helpInPlace.hint'],
          onChange: (v, on) => {
            const rest = (a.helpInPlace ?? []).filter((x) => x !== v);
            h.set('helpInPlace', on ? [...rest, v] : rest);
          },
        }),
    },
    { id: 'papers', when: asked('papers'), render: ({ answers: a }) => radio(h, 'papers', HINGE_PAPERS, h.t['q.papers'], (v) => h.t[`papers.${v}`], a.papers) },
    { id: 'works', when: asked('works'), render: ({ answers: a }) => radio(h, 'works', YES_NO, h.t['q.works'], (v) => h.t[`answer.${v}`], a.works, h.t['q.works.hint']) },
    { id: 'involved', when: asked('involved'), render: ({ answers: a }) => radio(h, 'involved', YES_NO, h.t['q.involved'], (v) => h.t[`answer.${v}`], a.involved, h.t['q.involved.hint']) },
  ];
}
