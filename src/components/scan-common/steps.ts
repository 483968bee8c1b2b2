import { html, type TemplateResult } from 'lit';
import type { StepDef } from '../../core/flow/step-flow.js';
import { choiceGroup } from '../../core/flow/fields.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { ScanValue } from '../../rules/scans/common.js';
import { without } from './answers.js';
import type { ScanAnswerMap, ScanGroup, ScanTexts } from './types.js';

const OPTIONS = ['0', '1', '2', '3'] as const;

export interface ScanStepHost {
  readonly x: ScanTexts;
  set(id: string, value: ScanValue): void;
}

/** The four answers and what each means: on the intro in full, on every screen behind a disclosure. */
export function scaleLegend(x: ScanTexts): TemplateResult {
  return html`<dl class="scale-legend">${x.scale.map((label, i) => html`<div><dt>${label}</dt><dd>${x.scaleMeaning[i]}</dd></div>`)}</dl>`;
}

/**
 * One screen per theme or pillar: its name as the heading, then each statement as a native radio
 * group (fieldset + legend; the radios' labels are the scale's words, so a screen reader says the
 * anchor with every choice). Every screen may be skipped; "Next" with some statements open is fine.
 */
export function scanSteps(h: ScanStepHost, groups: readonly ScanGroup[]): StepDef<ScanAnswerMap, string>[] {
  return groups.map((g) => ({
    id: g.id,
    clear: (a) => without(a, g.questions),
    render: ({ answers }) => html`${stepHeading(h.x.group(g.id))}
      <details class="scale-help" part="scale-help"><summary>${h.x.scaleTitle}</summary>${scaleLegend(h.x)}</details>
      ${g.questions.map((id) => {
        const v = answers[id];
        return html`<fieldset class="statement" part="statement" data-question=${id}>
          <legend>${h.x.question(id)}</legend>
          ${choiceGroup({ type: 'radio', name: id, options: OPTIONS, label: (o) => h.x.scale[Number(o)] ?? o, value: v === undefined ? undefined : String(v), onChange: (o) => h.set(id, Number(o) as ScanValue) })}
        </fieldset>`;
      })}`,
  }));
}
