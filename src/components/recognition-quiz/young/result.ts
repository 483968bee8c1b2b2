import { html, nothing, type TemplateResult } from 'lit';
import { externalLink, stepHeading } from '../../../core/flow/templates.js';
import { telUri } from '../../../rules/help/links.js';
import { YOUNG_SERVICE_LINKS, type YoungService } from '../../../rules/quiz/links.js';
import type { YoungMessages } from '../../../i18n/quiz/young/nl.js';
import type { YoungResultView } from '../result/view.js';
import type { ResultTexts } from '../result/texts.js';
import { lineItems, lineList, type LinesState } from '../result/lines.js';
import type { SchoolContact } from '../recognition-quiz.partner.js';

/** What the school version's result needs besides the view. */
export interface YoungResultHost {
  y: YoungMessages;
  lines: LinesState;
  schoolContact: SchoolContact | undefined;
  footer: TemplateResult;
}

/** Urgent help first (red flag), the school's own contact, the load, why, and who can help. */
export function youngResult(x: ResultTexts, v: YoungResultView, h: YoungResultHost): TemplateResult {
  const { t } = x;
  const y = h.y;
  return html`<div class="q-result" part="result" data-outcome=${v.outcome}>
    <p class="q-print-only q-sheet-title">${t['print.sheetTitle']}</p>
    ${stepHeading(y[`outcome.${v.outcome}.title`])}
    <p class="q-lead">${y[`outcome.${v.outcome}.body`]}</p>
    ${v.urgent
      ? html`<section class="mz-panel mz-panel--danger" part="urgent" aria-labelledby="urgent-title">
          <h3 id="urgent-title">${y.urgentTitle}</h3>
          ${lineList(x, v.helplines, h.lines)}
        </section>`
      : nothing}
    ${schoolContact(x, y, h.schoolContact)}
    ${v.load ? html`<p class="mz-panel" part="load">${y[`load.${v.load}`]}</p>` : nothing}
    ${v.good ? html`<p>${y.good}</p>` : nothing}
    <h3>${t['result.whyTitle']}</h3>
    <ul part="reasons">${v.reasons.map((k) => html`<li>${y[k]}</li>`)}</ul>
    <h3>${y.helpTitle}</h3>
    <ul class="q-services" part="next-steps">
      ${v.services.map((s) => html`<li>${service(x, y, s)}</li>`)}
    </ul>
    ${v.urgent ? nothing : youngLines(x, v, h)}
    ${h.footer}
  </div>`;
}

/** The youth line(s) as their own cards under the list, not as one more bullet of it. */
function youngLines(x: ResultTexts, v: YoungResultView, h: YoungResultHost): TemplateResult | typeof nothing {
  const items = lineItems(x, v.helplines, h.lines);
  return items ? html`<ul class="q-lines lines compact">${items}</ul>` : nothing;
}

function service(x: ResultTexts, y: YoungMessages, s: YoungService): TemplateResult {
  const label = y[`yservice.${s}`];
  const url = YOUNG_SERVICE_LINKS[s][x.locale];
  return url ? externalLink(x.c, url, label) : html`${label}`;
}

function schoolContact(x: ResultTexts, y: YoungMessages, sc: SchoolContact | undefined): TemplateResult | typeof nothing {
  if (!sc) return nothing;
  const text = typeof sc.text === 'string' ? sc.text : sc.text[x.locale] ?? sc.text.nl ?? Object.values(sc.text).find((s) => s) ?? '';
  return html`<section class="mz-card q-school" part="school-contact" aria-labelledby="school-title">
    <h3 id="school-title">${y.schoolContactTitle}</h3>
    <p>${text}</p>
    ${sc.phone ? html`<p><a href=${telUri(sc.phone)}>${sc.phone}</a></p>` : nothing}
    ${sc.url ? html`<p>${/^(\/|mailto:)/i.test(sc.url) ? html`<a href=${sc.url}>${sc.url.replace(/^mailto:/i, '')}</a>` : externalLink(x.c, sc.url, sc.url.replace(/^https:\/\//, ''))}</p>` : nothing}
  </section>`;
}
