import { html, nothing, type TemplateResult } from 'lit';
import { copyButton } from '../../common/copy.js';
import { externalLink } from '../../../core/flow/templates.js';
import { choiceGroup } from '../../../core/flow/fields.js';
import { leaveLocalized } from '../../../rules/leave/overlay.js';
import type { LeaveOverlay, LeaveSchemeResult } from '../../../rules/leave/index.js';
import type { LeaveResultView } from './view.js';
import { monthsText, premiumText, type LeaveTexts } from './texts.js';
import { grossText } from './summary.js';
import { telUri } from '../../../rules/help/links.js';

/** Side-by-side comparison of the schemes that fit (only with two or more); on a phone each row stacks into a small card. */
export function comparePanel(x: LeaveTexts, rows: LeaveSchemeResult[]): TemplateResult | typeof nothing {
  const t = x.t;
  if (!rows.length) return nothing;
  const ftAmount = (r: LeaveSchemeResult): string => {
    const f = r.forms.find((v) => v.form === 'FT' || v.form === 'FULL') ?? r.forms[0];
    if (!f) return t['amount.unknownShort'];
    const premium = f.grossMonthly ? premiumText(x, f) : undefined;
    return premium ? `${grossText(x, f)} + ${premium}` : grossText(x, f);
  };
  const max = (r: LeaveSchemeResult): string => {
    const f = r.forms[0];
    if (!f) return t['table.none'];
    if (f.maxDays !== undefined) return t.days(f.maxDays);
    return monthsText(x, f.maxMonthsThisPerson ?? f.careerMaxMonths);
  };
  return html`<section class="mz-compare" part="compare">
    <h3>${t['compare.title']}</h3>
    <div class="mz-table-wrap mz-stack" tabindex="0" role="region" aria-label=${t['compare.caption']}>
      <table>
        <caption class="mz-visually-hidden">${t['compare.caption']}</caption>
        <thead><tr><th scope="col">${t['compare.scheme']}</th><th scope="col">${t['compare.status']}</th><th scope="col">${t['compare.forms']}</th>
          <th scope="col">${t['compare.max']}</th><th scope="col">${t['compare.gross']}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr>
          <th scope="row">${t[`scheme.${r.scheme}`]}</th>
          <td data-label=${t['compare.statusLabel']}>${r.available === true ? t['compare.yes'] : t['compare.check']}</td>
          <td data-label=${t['compare.forms']}>${x.fmt.list(r.forms.map((f) => t[`form.${f.form}`]))}</td>
          <td data-label=${t['compare.max']}>${max(r)}</td>
          <td data-label=${t['compare.gross']}>${ftAmount(r)}</td>
        </tr>`)}</tbody>
      </table>
    </div>
    <p class="mz-meta">${t['compare.note']}</p>
  </section>`;
}

/** A partner link: a path on this site stays in the tab; another site opens in a new window and says so. */
function partnerLink(x: LeaveTexts, url: string, label: string): TemplateResult {
  return url.startsWith('/') ? html`<a href=${url}>${label}</a>` : externalLink(x.c, url, label);
}

/** The employer's own extras from its partner JSON: extra leave, the HR contact, the intranet page. */
export function employerPanel(x: LeaveTexts, o: LeaveOverlay | null): TemplateResult | typeof nothing {
  if (!o) return nothing;
  const { t, locale } = x;
  const name = leaveLocalized(o.employerName, locale);
  const extras = o.extraLeave ?? [];
  return html`<section class="mz-panel mz-employer" part="employer">
    <h3>${t['employer.title']}</h3>
    <p><strong class="mz-badge">${t['employer.badge']}</strong></p>
    ${extras.length ? html`<p>${name ? t['employer.intro'](name) : t['employer.introNoName']}</p>
      <ul>${extras.map((e) => html`<li><strong>${leaveLocalized(e.name, locale)}</strong>
        ${e.days !== undefined ? html`${t['sep.dot']}${t.days(e.days)}` : nothing}${e.months !== undefined ? html`${t['sep.dot']}${t.months(e.months)}` : nothing}${t['sep.dot']}${t[`employer.paid.${e.paid}`]}
        ${e.description ? html`<br />${leaveLocalized(e.description, locale)}` : nothing}
        ${e.url ? html`<br />${partnerLink(x, e.url, t['employer.more'])}` : nothing}</li>`)}</ul>` : nothing}
    ${o.hrContact ? html`<p>${t['employer.hr']}${t['sep.colon']}${o.hrContact.name ?? ''}
      ${o.hrContact.email ? html` <a href=${`mailto:${o.hrContact.email}`}>${o.hrContact.email}</a>` : nothing}
      ${o.hrContact.phone ? html` <a href=${telUri(o.hrContact.phone)}>${o.hrContact.phone}</a>` : nothing}
      ${o.hrContact.url ? html` ${partnerLink(x, o.hrContact.url, t['employer.more'])}` : nothing}</p>` : nothing}
    ${o.intranetUrl ? html`<p>${partnerLink(x, o.intranetUrl, t['employer.intranet'])}</p>` : nothing}
  </section>`;
}

/** The reader's choices in the letter draft (kept by the element, never stored). */
export interface LetterState {
  choice: string;
  start: string;
  end: string;
  set: (patch: Partial<Pick<LetterState, 'choice' | 'start' | 'end'>>) => void;
  copy: () => void;
  /** What the last copy did, shown next to the button ("copied" or "the text is selected: copy it"). */
  copyStatus?: string;
}

/**
 * A notice-letter draft for one scheme and form, with dates; copied to the clipboard only. The choice
 * is a radio list, not a <select>: a closed select cuts "scheme: form" off at 375 px, a label wraps.
 */
export function letterPanel(x: LeaveTexts, view: LeaveResultView, s: LetterState): TemplateResult | typeof nothing {
  const t = x.t;
  const options = view.letter.map((o) => ({
    value: `${o.scheme}|${o.form}`,
    label: `${t[`scheme.${o.scheme}`]}${t['sep.colon']}${t[`form.${o.form}`]}`,
    scheme: t[`scheme.${o.scheme}`],
    form: t[`form.${o.form}`],
  }));
  if (!options.length) return nothing;
  const chosen = options.find((o) => o.value === s.choice) ?? options[0];
  const dateText = (iso: string): string => (iso ? x.fmt.date(iso) : t['letter.datePlaceholder']);
  const text = t['letter.body'](chosen.scheme, chosen.form, dateText(s.start), dateText(s.end));
  const value = (e: Event): string => (e.target as HTMLInputElement).value;
  return html`<section class="mz-letter" part="letter">
    <h3>${t['letter.title']}</h3>
    <p>${t['letter.intro']}</p>
    <fieldset class="mz-letter-choice mz-no-print"><legend>${t['letter.choose']}</legend>
      ${choiceGroup({ type: 'radio', name: 'mz-leave-letter-choice', options: options.map((o) => o.value), value: chosen.value,
        label: (v) => options.find((o) => o.value === v)?.label ?? v, onChange: (v) => s.set({ choice: v }) })}
    </fieldset>
    <div class="mz-letter-dates mz-no-print">
      <p class="mz-field"><label for="mz-leave-letter-start">${t['letter.start']}</label>
        <input id="mz-leave-letter-start" type="date" .value=${s.start} @change=${(e: Event) => s.set({ start: value(e) })} /></p>
      <p class="mz-field"><label for="mz-leave-letter-end">${t['letter.end']}</label>
        <input id="mz-leave-letter-end" type="date" .value=${s.end} @change=${(e: Event) => s.set({ end: value(e) })} /></p>
    </div>
    <p class="mz-field"><label for="mz-leave-letter-text">${t['letter.text']}</label>
      <textarea id="mz-leave-letter-text" rows="11" .value=${text}></textarea></p>
    ${copyButton({ label: t['letter.copy'], status: s.copyStatus, onCopy: s.copy })}
  </section>`;
}
