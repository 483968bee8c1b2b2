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
  /** "Apply": the list updates live; the button takes the reader to the results (and folds the filters on a narrow widget). */
  apply(): void;
  /** The filters are open (wide widget) or folded under their summary (phone, after a search). */
  readonly open: boolean;
  setOpen(open: boolean): void;
}

/** How many answers the filters hold (the folded summary says it). */
export function chosenCount(p: FinderProfile): number {
  return (p.ageGroup ? 1 : 0) + (p.careFor?.length ?? 0) + (p.needs?.length ?? 0) + (p.healthFund ? 1 : 0);
}

const AGES = ['any', 'under25', 'adult'] as const;

/**
 * The list view's filters: the same questions as the guided path, as one form with the shared
 * fields, inside a native <details> so that on a phone the list comes first (GOV.UK's finders fold
 * their filters on small screens the same way). The summary says how many answers are chosen.
 */
export function finderFilters(h: FiltersHost): TemplateResult {
  const { t, profile: p } = h;
  const n = chosenCount(p);
  return html`<details class="filters mz-no-print" part="filters" ?open=${h.open} @toggle=${(e: Event) => h.setOpen((e.target as HTMLDetailsElement).open)}>
    <summary>${n ? t['list.filtersChosen'](n) : t['list.filters']}</summary>
    <form @submit=${(e: Event) => {
    e.preventDefault();
    h.apply();
  }}>
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
  </form>
  </details>`;
}
