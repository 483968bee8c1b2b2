import { html, type TemplateResult } from 'lit';
import { checkbox, choiceGroup } from '../../core/flow/fields.js';
import { CARE_FOR, HEALTH_FUNDS, NEEDS } from '../../rules/finder/ui.js';
import type { FinderHealthFund, FinderProfile } from '../../rules/finder/index.js';
import type { FinderMessages } from '../../i18n/finder/nl.js';

/** What the list view's filter form needs from the element. */
export interface FiltersHost {
  readonly t: FinderMessages;
  readonly profile: FinderProfile;
  readonly onlyMatching: boolean;
  setProfile(patch: Partial<FinderProfile>): void;
  toggle<K extends 'careFor' | 'needs'>(key: K, value: NonNullable<FinderProfile[K]>[number], on: boolean): void;
  setOnlyMatching(on: boolean): void;
  /** "Apply": the list updates live; the button takes the reader to the results. */
  apply(): void;
}

const AGES = ['any', 'under25', 'adult'] as const;

/** The list view's filters: the same questions as the guided path, as one form with the shared fields. */
export function finderFilters(h: FiltersHost): TemplateResult {
  const { t, profile: p } = h;
  return html`<form class="filters mz-no-print" part="filters" @submit=${(e: Event) => {
    e.preventDefault();
    h.apply();
  }}>
    <h3>${t['list.filters']}</h3>
    <fieldset class="age">
      <legend>${t['q.age']}</legend>
      ${choiceGroup({
        type: 'radio', name: 'age', options: AGES, label: (a) => t[`a.${a}`], value: p.ageGroup ?? 'any',
        onChange: (a) => h.setProfile({ ageGroup: a === 'any' ? undefined : a }),
      })}
    </fieldset>
    <fieldset>
      <legend>${t['q.careFor']}</legend>
      ${choiceGroup({ type: 'checkbox', name: 'careFor', options: CARE_FOR, label: (c) => t[`careFor.${c}`], value: p.careFor ?? [], onChange: (c, on) => h.toggle('careFor', c, on) })}
    </fieldset>
    <fieldset>
      <legend>${t['q.needs']}</legend>
      ${choiceGroup({ type: 'checkbox', name: 'needs', options: NEEDS, label: (n) => t[`need.${n}`], value: p.needs ?? [], onChange: (n, on) => h.toggle('needs', n, on) })}
    </fieldset>
    <div class="field">
      <label for="finder-fund">${t['q.fund']}</label>
      <p class="mz-hint" id="finder-fund-hint">${t['q.fund.hint']}</p>
      <select id="finder-fund" aria-describedby="finder-fund-hint" @input=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        h.setProfile({ healthFund: v ? (v as FinderHealthFund) : undefined });
      }}>
        <option value="" ?selected=${!p.healthFund}>${t['fund.none']}</option>
        ${HEALTH_FUNDS.map((f) => html`<option value=${f} ?selected=${p.healthFund === f}>${t[`fund.${f}`]}</option>`)}
      </select>
    </div>
    <div class="only">${checkbox('onlyMatching', t['list.onlyMatching'], h.onlyMatching, (on) => h.setOnlyMatching(on))}</div>
    <div class="mz-actions" part="actions"><button class="mz-button" part="button button-apply" type="submit">${t['list.apply']}</button></div>
  </form>`;
}
