import { html, nothing, type TemplateResult } from 'lit';
import { sourceLink } from '../../common/source.js';
import type { LeaveAvailability, LeaveFormOption, LeaveSchemeResult } from '../../../rules/leave/index.js';
import { amountCell, monthsText, premiumText, type LeaveTexts } from './texts.js';
import { fitsBadge, grossText, timeLeft } from './summary.js';

/** Schemes whose maximum is a career total, not "for this person". */
function careerOnly(scheme: LeaveSchemeResult['scheme']): boolean {
  return scheme === 'aanmoedigingspremie' || scheme === 'tijdskredietZorg' || scheme === 'vlaamsZorgkrediet' || scheme === 'mantelzorguitkeringZelfstandige';
}

/** The forms of one scheme: a sentence for day-based leave, else a table that stacks on a narrow card. */
function forms(x: LeaveTexts, r: LeaveSchemeResult): TemplateResult | typeof nothing {
  const t = x.t;
  if (!r.forms.length) return nothing;
  // "Afterwards you have N days left" only after days asked (daysNeeded): without a request, nothing is taken
  // yet, and what is left this year shows in the card's line ("nog N dagen").
  if (r.forms.every((f) => f.form === 'DAYS')) {
    const f = r.forms[0];
    return html`<p>${t['form.DAYS']}${t['sep.colon']}${t.days(f.maxDays ?? 0)}${t['sep.dot']}${amountCell(x, f)}</p>
      ${f.daysGranted !== undefined ? html`<p>${t.daysGranted(f.daysGranted)} ${t.daysLeft(f.remainingDays ?? 0)}</p>` : nothing}`;
  }
  const anyPremium = r.forms.some((f) => f.premium);
  const name = t[`scheme.${r.scheme}`];
  const maxHead = careerOnly(r.scheme) ? t['table.career'] : t['table.months'];
  const max = (f: LeaveFormOption): string => (f.maxWeeks !== undefined ? t.weeks(f.maxWeeks) : monthsText(x, f.maxMonthsThisPerson ?? f.careerMaxMonths));
  const left = (f: LeaveFormOption): string => (f.maxWeeks !== undefined ? t['table.none'] : monthsText(x, f.remainingMonths));
  const premium = (f: LeaveFormOption): string => premiumText(x, f) ?? t['table.none'];
  const formName = (f: LeaveFormOption): TemplateResult => html`${t[`form.${f.form}`]}${f.needsEmployerAgreement ? html`<br /><span class="mz-meta">${t['amount.needsAgreement']}</span>` : nothing}`;
  // One table; on a narrow card each row stacks into a small card with labelled values (CSS, data-label),
  // so a 320 px screen needs no sideways scrolling.
  return html`<div class="mz-table-wrap mz-stack" tabindex="0" role="region" aria-label=${t['table.caption'](name)}>
    <table>
      <caption class="mz-visually-hidden">${t['table.caption'](name)}</caption>
      <thead><tr>
        <th scope="col">${t['table.form']}</th>
        <th scope="col">${maxHead}</th>
        <th scope="col">${t['table.left']}</th>
        <th scope="col">${t['table.gross']}</th>
        ${anyPremium ? html`<th scope="col">${t['table.premium']}</th>` : nothing}
      </tr></thead>
      <tbody>${r.forms.map((f) => html`<tr>
        <th scope="row">${formName(f)}</th>
        <td data-label=${maxHead}>${max(f)}</td>
        <td data-label=${t['table.left']}>${left(f)}</td>
        <td data-label=${t['table.gross']}>${amountCell(x, f)}</td>
        ${anyPremium ? html`<td data-label=${t['table.premium']}>${premium(f)}</td>` : nothing}
      </tr>`)}</tbody>
    </table>
  </div>`;
}

/** The date and sources of a scheme's figures: each source by its title, publisher and date, never its address. */
function sources(x: LeaveTexts, r: LeaveSchemeResult): TemplateResult {
  const t = x.t;
  // validFrom of an undated amounts table is only the earliest date it could apply: do not present it as the amounts' date.
  const undated = r.forms.some((f) => f.amountNotes.includes('amount.undatedSource'));
  return html`<p class="mz-meta" part="figures">${t[undated ? 'detail.figuresUndated' : 'detail.figures'](x.fmt.date(r.validFrom))}
    ${t['detail.sources']}${t['sep.colon']}${r.sources.map((s, i) => html`${i ? t['sep.comma'] : ''}${sourceLink(x.c, x.h, x.locale, s, x.source(s))}`)}</p>`;
}

/** One line under a card's name: fits or check, the best form's time left and its amount. */
function line(x: LeaveTexts, r: LeaveSchemeResult, f: LeaveFormOption | undefined): TemplateResult {
  const t = x.t;
  const time = f && timeLeft(x, f);
  return html`<p>${fitsBadge(x, r.available)}
    ${f ? html`${time ? x.r['summary.left'](t[`form.${f.form}`], time) : t[`form.${f.form}`]}${t['sep.dot']}${grossText(x, f)}` : nothing}</p>`;
}

/**
 * One scheme card: its name and one line (fits, time, amount) stay visible; why, the forms and
 * amounts, notice, refusal, protection, how to apply, notes and sources fold away, so the result is short.
 */
export function schemeCard(x: LeaveTexts, r: LeaveSchemeResult, best?: LeaveFormOption): TemplateResult {
  const t = x.t;
  const d = r.details;
  const notice = d.noticeDaysMin !== undefined ? t['detail.noticeDays'](d.noticeDaysMin)
    : d.noticeMonthsMin !== undefined ? t['detail.noticeMonths'](d.noticeMonthsMin, d.noticeMonthsMax ?? d.noticeMonthsMin) : t['detail.noticeNone'];
  const refuse = (v: LeaveAvailability): string => (v === true ? t['refuse.yes'] : v === false ? t['refuse.no'] : t['refuse.check']);
  const amountNotes = [...new Set(r.forms.flatMap((f) => f.amountNotes))].map((k) => x.r[k]);
  const notes = [...r.notes.map((k) => x.r[k]), ...amountNotes];
  return html`<article class="mz-card mz-scheme" part="scheme" data-scheme=${r.scheme}>
    <h4>${t[`scheme.${r.scheme}`]}</h4>
    ${line(x, r, best ?? r.forms[0])}
    <details><summary>${x.r['card.more'](t[`scheme.${r.scheme}`])}</summary>
    <ul class="mz-reasons">${r.reasons.map((k) => html`<li>${x.r[k]}</li>`)}</ul>
    ${forms(x, r)}
    ${r.details.perRequestMonths ? html`<p>${t['detail.perRequest'](r.details.perRequestMonths.min, r.details.perRequestMonths.max)}</p>` : nothing}
    <dl class="mz-details">
      ${r.scheme !== 'aanmoedigingspremie' && r.scheme !== 'mantelzorguitkeringZelfstandige' ? html`
        <dt>${t['detail.notice']}</dt><dd>${notice}</dd>
        <dt>${t['detail.refuse']}</dt><dd>${refuse(d.employerMayRefuse)}</dd>
        <dt>${t['detail.protection']}</dt><dd>${t[`protection.${d.protection}`]}</dd>` : nothing}
      ${d.seniorityMonthsRequired !== undefined ? html`<dt>${t.why}</dt><dd>${t['detail.seniority'](d.seniorityMonthsRequired)}</dd>` : nothing}
      <dt>${t['detail.apply']}</dt><dd>${t[`apply.${r.scheme}`]}</dd>
    </dl>
    ${notes.length ? html`<p><strong>${t['detail.notes']}</strong></p><ul>${[...new Set(notes)].map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    ${sources(x, r)}
    </details>
  </article>`;
}
