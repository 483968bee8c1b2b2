import { html, nothing, type TemplateResult } from 'lit';
import { externalLink, forgetButton, stepHeading } from '../../core/step-flow.js';
import { printButton } from '../../core/print.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { Formatters } from '../../core/i18n/format.js';
import type { Locale } from '../../core/locale.js';
import type { HelplineId } from '../../data/help/helplines.js';
import { isOverloadHelpline as isHelpline, overloadHelpline, overloadItemsAsked, overloadService, OVERLOAD_SOURCES } from '../../rules/overload/services.js';
import {
  scoreOverload,
  type OverloadAudience,
  type OverloadBand,
  type OverloadReferralId,
  type OverloadResult,
  type OverloadServiceReferralId as ServiceReferralId,
} from '../../rules/overload/index.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';
import nlResult, { type OverloadResultMessages, type OverloadResultYoungKey, type OverloadTip } from '../../i18n/overload/result/nl.js';
import { helplineItem, onwardLink } from '../common/help.js';
import { telUri } from '../../rules/help/links.js';
import type { Answers, LocalText, Offer, PartnerLinks, Step } from './overload-check.model.js';

/**
 * The result screen of `<mz-overload-check>`, with the scoring rules and the result texts: a
 * separate chunk, loaded when the user starts the check (so a page where nobody starts downloads
 * only the intro and the questions). Pure rendering from what the element hands over.
 */

const loaders: Record<Exclude<Locale, 'nl'>, () => Promise<{ default: OverloadResultMessages }>> = {
  fr: () => import('../../i18n/overload/result/fr.js'),
  en: () => import('../../i18n/overload/result/en.js'),
  de: () => import('../../i18n/overload/result/de.js'),
};

/** Result texts for a language (Dutch is in this chunk; the others are their own small chunks). */
export async function loadResultMessages(locale: Locale): Promise<OverloadResultMessages> {
  return locale === 'nl' ? nlResult : (await loaders[locale]()).default;
}

/** What the element shares with the result screen. */
export interface ResultHost {
  /** The element, to find sibling widgets in its own tree first. */
  host: HTMLElement;
  t: OverloadMessages;
  r: OverloadResultMessages;
  c: CoreMessages;
  fmt: Formatters;
  locale: Locale;
  aud: OverloadAudience;
  remember: boolean;
  answers: Answers;
  offers: readonly Offer[];
  links: PartnerLinks;
  printAnswers: boolean;
  steps: readonly Step[];
  question(step: Step): string;
  local(text: LocalText): string;
  setPrintAnswers(on: boolean): void;
  restart(): void;
  forget(): void;
}

type WidgetTag = 'mz-association-finder' | 'mz-recognition-quiz' | 'mz-leave-calculator';
const BANDS: readonly OverloadBand[] = ['urgent', 'high', 'elevated', 'low', 'incomplete'];

/**
 * Scores through the rules. Only the items this audience is asked are passed on, so switching
 * `audience` half-way never throws. Returns undefined for answers the rules refuse (e.g. tampered
 * stored progress): the element then starts over rather than showing a wrong result.
 */
export function computeResult(answers: Answers, aud: OverloadAudience, locale: Locale): OverloadResult | undefined {
  const strain: Answers['strain'] = {};
  for (const id of overloadItemsAsked(aud)) {
    const val = answers.strain[id];
    if (val) strain[id] = val;
  }
  try {
    return scoreOverload(
      { strain, global: answers.global, redFlags: answers.redFlags, routing: { canShare: answers.canShare, careFor: answers.careFor } },
      { audience: aud, lang: locale },
    );
  } catch {
    return undefined;
  }
}

export function resultTitle(r: OverloadResultMessages, aud: OverloadAudience, band: OverloadBand): string {
  return r[`result.${aud}.${band}.title`];
}

/** Shared wording, with the young variant where one exists (fr/de switch to "tu"/"du"). */
function rx(h: ResultHost, key: OverloadResultYoungKey): string {
  return (h.aud === 'young' ? h.r['young.overrides'][key] : undefined) ?? h.r[key];
}

/** Tips that name a line get its number from the one helpline table. */
const dial = (id: HelplineId): string => overloadHelpline(id).number;
const tip = (t: OverloadTip): string => (typeof t === 'string' ? t : t(dial));

function line(h: ResultHost, id: OverloadReferralId, result: OverloadResult): TemplateResult {
  if (isHelpline(id)) {
    const l = overloadHelpline(id);
    const text = html`${l.description[h.locale]}${l.hours ? html` ${l.hours[h.locale]}.` : nothing}`;
    return helplineItem(l, h.locale, h.t['help.call'], { text, c: h.c, website: h.r['help.website'] });
  }
  return renderService(h, id, result);
}

function renderService(h: ResultHost, id: ServiceReferralId, result: OverloadResult): TemplateResult {
  const r = h.r;
  const name = id === 'gp' ? rx(h, 'ref.gp') : r[`ref.${id}`];
  const text = id === 'gp' ? rx(h, 'ref.gp.text') : r[`ref.${id}.text`];
  const info = overloadService(id);
  return html`<li class="ref" part="referral">
    <strong>${name}</strong>
    <p>${text}</p>
    ${serviceLink(h, id, name, info.widget, info.url?.[h.locale], result)}
  </li>`;
}

function serviceLink(
  h: ResultHost,
  id: ServiceReferralId,
  name: string,
  tag: WidgetTag | undefined,
  url: string | undefined,
  result: OverloadResult,
): TemplateResult | typeof nothing {
  const r = h.r;
  const label =
    id === 'associations' ? r['ref.associations.link'] : id === 'recognitionQuiz' ? r['ref.recognitionQuiz.link'] : id === 'leaveCalculator' ? r['ref.leaveCalculator.link'] : undefined;
  if (tag && label) {
    const href = tag === 'mz-association-finder' ? h.links.finderUrl : tag === 'mz-recognition-quiz' ? h.links.recognitionQuizUrl : h.links.leaveCalculatorUrl;
    const link = onwardLink(h.host, {
      tag, label, href, c: h.c, note: `(${r['ref.onPage']})`, cls: 'mz-button mz-button--secondary', anchor: false,
      before: (el) => handFilters(el, tag, result),
    });
    if (link !== nothing) return html`<p>${link}</p>`;
  }
  if (url) return html`<p>${externalLink(h.c, url, label ?? r['help.website'](name))}</p>`;
  return nothing;
}

/**
 * Hands the "who do you care for" answer to an association finder *on this page*, in memory, only
 * when the user clicks: a non-bubbling `mz-filters` event on that element. Never as an attribute
 * (session-replay scripts record DOM changes) and never in a URL (history, referrers, analytics):
 * a finder on another page starts without it.
 */
function handFilters(el: HTMLElement, tag: WidgetTag, result: OverloadResult): void {
  if (tag === 'mz-association-finder' && result.finderTargetGroups.length) {
    el.dispatchEvent(new CustomEvent('mz-filters', { detail: { targetGroups: [...result.finderTargetGroups] }, bubbles: false, composed: false }));
  }
}

function renderOffer(h: ResultHost, o: Offer): TemplateResult {
  const name = h.local(o.name);
  return html`<li class="ref" part="partner-offer">
    <strong>${name}</strong>
    ${o.description ? html`<p>${h.local(o.description)}</p>` : nothing}
    ${o.address ? html`<p>${h.local(o.address)}</p>` : nothing}
    ${o.hours ? html`<p>${h.local(o.hours)}</p>` : nothing}
    ${o.phone ? html`<p><a class="mz-button tel" href=${telUri(o.phone)}>${h.t['help.call'](o.phone)}</a></p>` : nothing}
    ${o.email ? html`<p><a href=${`mailto:${o.email}`}>${o.email}</a></p>` : nothing}
    ${o.website ? html`<p>${externalLink(h.c, o.website, h.r['help.website'](name))}</p>` : nothing}
  </li>`;
}

/** Partner offers for this band and audience; by default every band except urgent. */
function offersFor(h: ResultHost, band: OverloadBand): Offer[] {
  const other = h.aud === 'young' ? 'adult' : 'young';
  return h.offers.filter((o) => (o.bands ?? BANDS.filter((b) => b !== 'urgent')).includes(band) && (o.audience ?? 'all') !== other);
}

export function renderResult(h: ResultHost, result: OverloadResult): TemplateResult {
  const { t, r } = h;
  const band = result.band;
  const title = resultTitle(r, h.aud, band);
  const meaning = r[`result.${h.aud}.${band}.meaning`];
  const offers = offersFor(h, band);
  const skipped = result.askedStrainItems - result.answeredStrainItems;

  if (band === 'urgent') {
    // Help first in DOM order and in focus: the focused heading is inside the help block, and
    // nothing (no score, no tips) comes before the numbers.
    const lines = result.referrals.filter(isHelpline);
    const services = result.referrals.filter((id) => !isHelpline(id));
    return html`<section part="result" class="result result--urgent">
      <div class="mz-panel mz-panel--danger urgent" part="urgent-help" role="region" aria-labelledby="urgent-title">
        <h2 id="urgent-title" part="heading" data-step-heading tabindex="-1">${title}</h2>
        <p class="danger-now">${h.aud === 'young' ? (t['young.overrides']['help.danger'] ?? t['help.danger']) : t['help.danger']}</p>
        <ul class="lines">
          ${lines.map((id) => line(h, id, result))}
        </ul>
        <p>${meaning}</p>
      </div>
      ${services.length || offers.length
        ? html`<h3>${r['where.more']}</h3>
            <ul class="refs">
              ${services.map((id) => line(h, id, result))}${offers.map((o) => renderOffer(h, o))}
            </ul>`
        : nothing}
      ${renderFooter(h, result)}
    </section>`;
  }

  const source = result.bandSource === 'both' || result.bandSource === 'strain' || result.bandSource === 'global' ? rx(h, `source.${result.bandSource}`) : '';
  return html`<section part="result" class=${`result result--${band}`}>
    <div class=${`mz-panel band band--${band}`} part="band">
      ${stepHeading(title)}
      <p>${meaning}</p>
    </div>
    ${source || skipped > 0 ? html`<p>${source} ${skipped > 0 ? r['source.skipped'](skipped) : nothing}</p>` : nothing}
    <p class="signal">${h.aud === 'young' ? t['signal.young'] : t.signal}</p>
    <h3>${rx(h, 'actions.title')}</h3>
    <ul>
      ${r[`actions.${h.aud}.${band}`].map((text) => html`<li>${text}</li>`)}
    </ul>
    ${result.tips.length
      ? html`<section part="tips">
          <h3>${r['tips.title']}</h3>
          <ul>
            ${result.tips.map((k) => html`<li>${tip(r[k])}</li>`)}
          </ul>
        </section>`
      : nothing}
    <h3>${rx(h, 'where.title')}</h3>
    ${offers.length
      ? html`<h4>${rx(h, 'where.partner')}</h4>
          <ul class="refs">
            ${offers.map((o) => renderOffer(h, o))}
          </ul>`
      : nothing}
    <ul class="refs">
      ${result.referrals.map((id) => line(h, id, result))}
    </ul>
    ${renderFooter(h, result)}
  </section>`;
}

function renderFooter(h: ResultHost, result: OverloadResult): TemplateResult {
  const { r, c } = h;
  return html`<p><strong>${rx(h, 'again')}</strong></p>
    <p class="mz-meta" part="figures">${r['rules.date'](result.rulesVersion, h.fmt.date(result.rulesValidFrom))} ${r['rules.provisional']}</p>
    <details class="mz-meta" part="basis">
      <summary>${r['rules.basis']}</summary>
      <p>${r['rules.basisText']}</p>
      <ul>
        ${OVERLOAD_SOURCES.map((s) => html`<li>${externalLink(c, s, new URL(s).host.replace(/^www\./, ''))}</li>`)}
      </ul>
    </details>
    ${h.printAnswers ? renderAnswers(h) : nothing}
    <p class="print-opt mz-no-print">
      <input id="print-answers" type="checkbox" .checked=${h.printAnswers} @change=${(e: Event) => h.setPrintAnswers((e.target as HTMLInputElement).checked)} /><label
        for="print-answers"
        >${c['print.includeAnswers']}</label
      >
    </p>
    <div class="mz-actions" part="actions">
      ${printButton(c)}
      <button class="mz-button mz-button--secondary" part="button button-restart" type="button" @click=${() => h.restart()}>${c['step.restart']}</button>
    </div>
    ${forgetButton(c, h.remember, () => h.forget())}`;
}

/** The answers, only when the user ticked "print my answers too" (hidden by default). */
function renderAnswers(h: ResultHost): TemplateResult {
  const { t, answers: a } = h;
  const skipped = t['answer.skipped'];
  const rows = h.steps.map((step): [string, string] => {
    let value = skipped;
    if (step.kind === 'item') {
      const v = a.strain[step.id];
      if (v && v !== 'skip') value = t[`answer.${v}`];
    } else if (step.kind === 'global') {
      if (a.global !== null) value = h.r['answers.rating'](a.global);
    } else if (step.kind === 'canShare') {
      if (a.canShare && a.canShare !== 'skip') value = t[`answer.${a.canShare}`];
    } else if (step.kind === 'careFor') {
      if (a.careFor.length) value = h.fmt.list(a.careFor.map((id) => t[`careFor.${h.aud}.${id}`]));
    } else if (a.redFlags[step.id] !== undefined) value = a.redFlags[step.id] ? t['answer.yes'] : t['answer.no'];
    return [h.question(step), value];
  });
  return html`<section part="answers">
    <h3>${rx(h, 'answers.title')}</h3>
    <dl class="answers">
      ${rows.map(([q, val]) => html`<dt>${q}</dt><dd>${val}</dd>`)}
    </dl>
  </section>`;
}
