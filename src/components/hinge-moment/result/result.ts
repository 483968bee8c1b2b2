import { html, nothing, type TemplateResult } from 'lit';
import { externalLink, forgetButton, stepHeading } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import { printButton } from '../../../core/print.js';
import { telUri } from '../../../rules/help/links.js';
import type { HingeStep, HingeWhen } from '../../../rules/hinge/index.js';
import type { onwardLink } from '../../common/help.js';
import { sourceLink } from '../../common/source.js';
import type { PartnerLinks } from '../partner.js';
import type { HingeTexts } from './texts.js';
import type { HingeResultView } from './view.js';

/**
 * The checklist screen of `<mz-hinge-moment>`: a separate chunk with the rules and the source
 * catalogue, loaded when the user starts (a page where nobody starts downloads only the intro and
 * the questions).
 */
export { buildHingeChecklist } from '../../../rules/hinge/checklist.js';
export { toResultView } from './view.js';

export interface HingeResultHost {
  /** `onwardLink` bound to the element (passed in: the shared help module loads with the widget, not here). */
  onward: (o: Omit<Parameters<typeof onwardLink>[1], 'c'>) => ReturnType<typeof onwardLink>;
  links: PartnerLinks;
  /** The hospital's or care home's name, for its own steps. */
  partnerName: string | undefined;
  ticked: ReadonlySet<string>;
  tick: (id: string, on: boolean) => void;
  remember: boolean;
  copy: () => void;
  change: () => void;
  restart: () => void;
  forget: () => void;
}

/** Each onward widget: on this page when it is there, else the partner's link for it, else nothing. */
const TAGS = { 'rights': 'mz-rights-overview', 'leave-calculator': 'mz-leave-calculator', 'overload-check': 'mz-overload-check', 'association-finder': 'mz-association-finder' } as const;
const HREF = { 'rights': 'rightsUrl', 'leave-calculator': 'leaveCalculatorUrl', 'overload-check': 'overloadCheckUrl', 'association-finder': 'finderUrl' } as const;

/** The heading of a phase (the end of life reads "now / where the person stays / for you too"). */
export function whenTitle(x: HingeTexts, v: HingeResultView, when: HingeWhen): string {
  return v.moment === 'end-of-life' ? x.t[`when.${when}.end-of-life`] : x.t[`when.${when}`];
}

const unbroken = (n: string): string => n.replace(/ /g, '\u00a0');

function widgetLink(x: HingeTexts, s: HingeStep, h: HingeResultHost): TemplateResult | typeof nothing {
  const w = s.widget;
  if (!w) return nothing;
  const label = x.t[`widget.${w}`];
  const onward = h.onward({ tag: TAGS[w], label, note: x.t.onPage, href: h.links[HREF[w]], cls: 'mz-button mz-button--link' });
  return onward === nothing ? nothing : html`<p class="onward">${onward}</p>`;
}

/** A partner path stays in this tab; another site opens in a new window and says so. */
function link(x: HingeTexts, url: string, text: string): TemplateResult {
  return url.startsWith('/') ? html`<a href=${url}>${text}</a>` : externalLink(x.c, url, text);
}

function step(x: HingeTexts, s: HingeStep, h: HingeResultHost): TemplateResult {
  const { t } = x;
  const id = `mz-hinge-${s.id}`;
  const c = s.contact;
  const a = s.amount;
  return html`<li class=${s.partner ? 'step step--partner' : 'step'} part=${s.partner ? 'step partner-step' : 'step'} data-id=${s.id}>
    <label class="step-head" for=${id}>
      <input type="checkbox" id=${id} name="done" .value=${s.id} .checked=${h.ticked.has(s.id)} aria-describedby=${s.detail ? `${id}-detail` : nothing}
        @change=${(e: Event) => h.tick(s.id, (e.target as HTMLInputElement).checked)} />
      <strong>${s.title}</strong>
    </label>
    <div class="step-body">
      ${s.partner ? html`<p class="mz-meta partner-from">${h.partnerName ? t['step.partner'](h.partnerName) : t['step.partnerGeneric']}</p>` : nothing}
      ${s.detail ? html`<p id=${`${id}-detail`}>${s.detail}</p>` : nothing}
      ${c
        ? html`${c.name === s.title
              ? c.hours ? html`<p class="contact" part="contact">${c.hours}</p>` : nothing
              : html`<p class="contact" part="contact"><span class="mz-meta">${t['step.who']}</span> ${c.name}${c.hours ? html`, ${c.hours}` : nothing}</p>`}
            ${c.phone || c.url || c.email
              ? html`<p class="contact-links">
                  ${c.phone ? html`<a class="mz-button tel" href=${telUri(c.phone)}>${t['step.call'](unbroken(c.phone))}</a>` : nothing}
                  ${c.email ? html`<a href=${`mailto:${c.email}`}>${c.email}</a>` : nothing}
                  ${c.url ? link(x, c.url, t['step.website'](c.name)) : nothing}
                </p>`
              : nothing}`
        : nothing}
      ${a ? html`<p class="amount" part="amount">${t['step.amount'](x.fmt.money(a.value), t[`per.${a.per}`], x.fmt.date(a.validFrom))}</p>` : nothing}
      ${widgetLink(x, s, h)}
    </div>
  </li>`;
}

export function hingeResult(x: HingeTexts, v: HingeResultView, h: HingeResultHost): TemplateResult {
  const { t, c } = x;
  return html`<section part="result" class="result" data-moment=${v.moment}>
    ${stepHeading(t[`title.${v.moment}`])}
    <p>${t['result.lead']}</p>
    ${v.groups.map(
      (g) => html`<section class="group" part=${`group group-${g.when}`} aria-labelledby=${`mz-hinge-when-${g.when}`}>
        <h3 id=${`mz-hinge-when-${g.when}`}>${whenTitle(x, v, g.when)}</h3>
        <ul class="steps">
          ${g.steps.map((s) => step(x, s, h))}
        </ul>
      </section>`,
    )}
    <details class="mz-meta" part="basis">
      <summary>${t['basis.summary']}</summary>
      <p>${t['basis.text'](v.dataVersion, x.fmt.date(v.asOf))}</p>
      <h4>${t['basis.sources']}</h4>
      <ul>
        ${v.sources.map((s) => html`<li>${sourceLink(c, x.h, x.locale, s.url, { title: s.title, publisher: s.publisher ?? '', date: s.date ?? null, lang: s.lang ?? 'nl' })}</li>`)}
      </ul>
    </details>
    ${resultActions(
      [
        { name: 'copy', label: t.copy, onClick: h.copy, variant: 'secondary' },
        { name: 'change', label: t.changeAnswers, onClick: h.change, variant: 'secondary' },
        { name: 'restart', label: c['step.restart'], onClick: h.restart, variant: 'link' },
      ],
      printButton(c),
    )}
    ${forgetButton(c, h.remember, h.forget)}
  </section>`;
}

/** The checklist as plain text for the clipboard (ticked steps marked; nothing else from the answers). */
export function checklistText(x: HingeTexts, v: HingeResultView, ticked: ReadonlySet<string>): string {
  const { t } = x;
  const lines = [t[`title.${v.moment}`], ''];
  for (const g of v.groups) {
    lines.push(whenTitle(x, v, g.when));
    for (const s of g.steps) {
      lines.push(`${ticked.has(s.id) ? '[x]' : '[ ]'} ${s.title}`);
      if (s.detail) lines.push(`    ${s.detail}`);
      const c = s.contact;
      if (c) lines.push(`    ${t['step.who']} ${[c.name, c.hours, c.phone, c.email, c.url].filter(Boolean).join(', ')}`);
      if (s.amount) lines.push(`    ${t['step.amount'](x.fmt.money(s.amount.value), t[`per.${s.amount.per}`], x.fmt.date(s.amount.validFrom))}`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}
