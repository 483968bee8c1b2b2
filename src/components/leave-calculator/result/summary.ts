import { html, nothing, type TemplateResult } from 'lit';
import type { LeaveFormOption, LeaveHrQuestion } from '../../../rules/leave/index.js';
import type { LeaveSummaryOption } from './view.js';
import { amountCell, money, premiumText, type LeaveTexts } from './texts.js';

/** Time left in a form, in its own unit (days, weeks or months); null when no cap is known. */
export function timeLeft(x: LeaveTexts, f: LeaveFormOption): string | null {
  const t = x.t;
  if (f.form === 'DAYS') return t.days(f.remainingDays ?? f.maxDays ?? 0);
  if (f.maxWeeks !== undefined) return t.weeks(f.maxWeeks);
  return f.remainingMonths === null ? null : t.months(f.remainingMonths);
}

/** A form's gross monthly amount in short: "about" for estimates, the unpaid and unknown cases in words. */
export function grossText(x: LeaveTexts, f: LeaveFormOption): string {
  if (f.grossMonthly === null) return x.t['amount.unknownShort'];
  if (f.grossMonthly === 0) return x.t['amount.unpaidShort'];
  return money(x, f.grossMonthly, f.amountStatus);
}

/** "Fits" or "ask first": the same badge in the summary and on each card. */
export function fitsBadge(x: LeaveTexts, available: LeaveSummaryOption['available'] | false): TemplateResult {
  return html`<span class="mz-badge">${x.r[available === true ? 'summary.fits' : 'summary.check']}</span>`;
}

/**
 * One sentence of a longer text: the one next step, not the whole procedure. Caregiver leave's first
 * step is asking the recognition: someone who has it already gets the step after it.
 */
function nextStep(s: string, skip: number): string {
  const sentences = s.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [s];
  return (sentences[Math.min(skip, sentences.length - 1)] ?? s).trim();
}

function option(x: LeaveTexts, o: LeaveSummaryOption): TemplateResult {
  const { t, r } = x;
  const f = o.form;
  const time = timeLeft(x, f);
  const premium = premiumText(x, f);
  const check = o.available === 'check' ? o.result.reasons.map((k) => x.r[k]).join(' ') : '';
  return html`<div>
    <p><strong>${t[`scheme.${o.scheme}`]}</strong> ${fitsBadge(x, o.available)}</p>
    <p><strong>${time === null ? t[`form.${f.form}`] : r['summary.left'](t[`form.${f.form}`], time)}</strong><br />
      ${f.grossMonthly === null ? r[f.amountNotes.includes('amount.publicSectorUnknown') ? 'amount.publicSectorUnknown' : 'summary.unknown'] : html`${t['table.gross']}${t['sep.colon']}${amountCell(x, f)}`}
      ${premium ? html`<br />${t['table.premium']}${t['sep.colon']}${premium}` : nothing}
      ${f.needsEmployerAgreement ? html`<br />${t['amount.needsAgreement']}` : nothing}</p>
    ${check ? html`<p><strong>${r['summary.check']}</strong>${t['sep.colon']}${check}</p>` : nothing}
    <p><strong>${r['summary.next']}</strong>${t['sep.colon']}${nextStep(t[`apply.${o.scheme}`], o.result.reasons.includes('reason.hasSocialRightsRecognition') ? 1 : 0)}</p>
  </div>`;
}

/** The answer first: which leave, how long, how much, and the one next step (or plainly: nothing fits). */
export function summaryCard(x: LeaveTexts, options: LeaveSummaryOption[]): TemplateResult {
  const r = x.r;
  return html`<section class="mz-panel" part="summary">
    <h3>${r['summary.title']}</h3>
    ${options.length ? options.map((o) => option(x, o))
      : html`<p><strong>${r['summary.none']}</strong></p><p>${r['summary.noneNext']}</p>`}
  </section>`;
}

/** "Ask your HR, here is what to ask": the concrete questions for a public-sector worker. */
export function askHrPanel(x: LeaveTexts, questions: readonly LeaveHrQuestion[]): TemplateResult | typeof nothing {
  if (!questions.length) return nothing;
  const r = x.r;
  return html`<section class="mz-panel" part="ask-hr">
    <h3>${r['hr.title']}</h3>
    <ul>${questions.map((k) => html`<li>${r[k]}</li>`)}</ul>
  </section>`;
}
