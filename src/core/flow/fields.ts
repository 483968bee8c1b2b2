import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from './templates.js';

/**
 * The field templates every widget shares (native inputs only: labels, fieldsets and errors work in
 * every browser and screen reader without ARIA patches). They render; the widget keeps the state.
 */

let hints = 0;

/**
 * A question as a fieldset whose legend is the step heading (focus lands there on step change).
 * The hint is tied to the fieldset with aria-describedby, so a screen reader reads it with the
 * question. Its id is new on every call (unique across widgets and steps on the page) unless the
 * caller passes one.
 */
export function fieldset(legend: string, hint: string | undefined, content: unknown, hintId = `mz-hint-${++hints}`): TemplateResult {
  return html`<fieldset aria-describedby=${hint ? hintId : nothing}>
    <legend>${stepHeading(legend)}</legend>
    ${hint ? html`<p class="mz-hint" id=${hintId}>${hint}</p>` : nothing}
    ${content}
  </fieldset>`;
}

export interface ChoiceGroup<T extends string> {
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly T[];
  label: (value: T) => string;
  /** The chosen value(s). */
  value: T | readonly T[] | undefined;
  /** A radio reports only `true`; a checkbox reports on and off. */
  onChange: (value: T, checked: boolean) => void;
  /** With a legend the group is a whole question (fieldset + heading + hint); without, only the choices. */
  legend?: string;
  hint?: string;
  /** Extra controls inside the group (e.g. one more checkbox). */
  extra?: unknown;
}

/** Radio buttons or checkboxes: native inputs in `.mz-choices`, each wrapped in its label. */
export function choiceGroup<T extends string>(g: ChoiceGroup<T>): TemplateResult {
  const chosen = (v: T): boolean => (Array.isArray(g.value) ? g.value.includes(v) : g.value === v);
  const choices = html`<div class="mz-choices">
    ${g.options.map((v) => html`<label class="mz-choice"><input type=${g.type} name=${g.name} .value=${String(v)} .checked=${chosen(v)}
      @change=${(e: Event) => g.onChange(v, (e.target as HTMLInputElement).checked)} />${g.label(v)}</label>`)}
    ${g.extra ?? nothing}
  </div>`;
  return g.legend === undefined ? choices : fieldset(g.legend, g.hint, choices);
}

/** One checkbox on its own (a yes/no addition to a question). */
export function checkbox(name: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<label class="mz-choice"><input type="checkbox" name=${name} .checked=${checked}
    @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />${label}</label>`;
}

export interface NumberField {
  id: string;
  label: string;
  value: number | undefined;
  hint?: string;
  min?: number;
  max?: number;
  /** The error text, shown while `invalid`. */
  error: string;
  invalid: boolean;
  /** A valid number (or empty: undefined). */
  onValue: (n: number | undefined) => void;
  /** Text that is not a number in bounds: the widget marks the field invalid. */
  onInvalid: () => void;
}

/** A whole-number field with bounds, a hint and an error message tied to it with aria-describedby. */
export function numberField(f: NumberField): TemplateResult {
  const { id, min = 0, max = 999 } = f;
  return html`<p class="mz-field">
    <label for=${id}>${f.label}</label>
    ${f.hint ? html`<span class="mz-hint" id=${`${id}-hint`}>${f.hint}</span>` : nothing}
    <input id=${id} name=${id} type="number" inputmode="numeric" min=${min} max=${max} step="1" .value=${f.value === undefined ? '' : String(f.value)}
      aria-invalid=${f.invalid ? 'true' : 'false'} aria-describedby=${f.invalid ? `${id}-error` : f.hint ? `${id}-hint` : nothing}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value.trim();
        const n = raw === '' ? undefined : Number(raw);
        if (n !== undefined && (!Number.isFinite(n) || n < min || n > max)) f.onInvalid();
        else f.onValue(n);
      }} />
    ${f.invalid ? html`<span class="mz-field-error" id=${`${id}-error`}>${f.error}</span>` : nothing}
  </p>`;
}

export interface ResultAction {
  /** The part name after `button-` (restart, change, list…). */
  name: string;
  label: string;
  onClick: () => void;
  variant?: 'secondary' | 'link';
}

/** A result's action row: always `part="actions"`, every button `part="button button-<name>"`. */
export function resultActions(actions: readonly ResultAction[], lead?: unknown): TemplateResult {
  return html`<div class="mz-actions" part="actions">
    ${lead ?? nothing}
    ${actions.map((a) => html`<button class=${a.variant ? `mz-button mz-button--${a.variant}` : 'mz-button'} part=${`button button-${a.name}`}
      type="button" @click=${a.onClick}>${a.label}</button>`)}
  </div>`;
}
