import { html, nothing, type TemplateResult } from 'lit';
import { externalLink, stepHeading } from '../../../core/flow/templates.js';
import type { RecognitionActionKey } from '../../../rules/quiz/index.js';
import { LEARN_MORE_LINKS, OFFICIAL_LINKS, type OnwardTarget } from '../../../rules/quiz/links.js';
import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { AdultResultView } from '../result/view.js';
import type { ResultTexts } from '../result/texts.js';
import { sourceLink } from '../../common/source.js';

type RulesModule = typeof import('../../../rules/quiz/recognition.js');

/** What the adult result needs besides the view: the recognition figures, onward links, the footer. */
export interface AdultResultHost {
  /** The rules chunk: the dated recognition figures and their source. */
  rules: Pick<RulesModule, 'FEDERAL_RECOGNITION' | 'RECOGNITION_SOURCE_BY_LOCALE' | 'quizSource'>;
  /** The shared source line ("publisher, date"); until it is there (not Dutch), the title alone. */
  help: HelpMessages | undefined;
  onward: (target: OnwardTarget, label: string) => TemplateResult | typeof nothing;
  footer: TemplateResult;
}

/** "Am I a caregiver?": outcome, why, 2–4 next steps, what recognition asks and gives, what to bring. */
export function adultResult(x: ResultTexts, v: AdultResultView, h: AdultResultHost): TemplateResult {
  const t = x.t;
  return html`<div class="q-result" part="result" data-outcome=${v.outcome}>
    <p class="q-print-only q-sheet-title">${v.caring ? t['print.sheetTitle'] : t['print.sheetTitleTalk']}</p>
    ${stepHeading(t[`outcome.${v.outcome}.title`])}
    <p class="q-lead">${t[`outcome.${v.outcome}.body`]}</p>
    ${v.needUnsure ? html`<p>${t['result.needUnsure']}</p>` : nothing}
    <h3>${t['result.whyTitle']}</h3>
    <ul part="reasons">
      ${v.reasons.map((k) => html`<li>${k === 'reason.tasks' ? t['reason.tasks'](v.taskCount) : t[k]}</li>`)}
    </ul>
    <h3>${t['result.actionsTitle']}</h3>
    <ol class="q-steps" part="next-steps">${v.actions.map((a) => html`<li>${action(x, a, h)}</li>`)}</ol>
    ${v.socialRights ? html`<div class="mz-panel" part="hint50"><p>${t['rec.hint50']}</p></div>` : nothing}
    ${v.caring ? recognition(x, h) : nothing}
    ${v.socialRights ? bring(x) : nothing}
    ${h.footer}
  </div>`;
}

function action(x: ResultTexts, a: RecognitionActionKey, h: AdultResultHost): TemplateResult {
  const t = x.t;
  switch (a) {
    case 'action.overloadCheck': return html`${t[a]} ${h.onward('overloadCheck', t['link.overloadCheck'])}`;
    case 'action.leave': return html`${t[a]} ${h.onward('leaveCalculator', t['link.leaveCalculator'])}`;
    case 'action.finder':
    case 'action.finderForPerson': return html`${t[a]} ${h.onward('finder', t['link.finder'])}`;
    case 'action.learnMore': return html`${t[a]} ${externalLink(x.c, LEARN_MORE_LINKS[x.locale], t['link.learnMore'])}`;
    default: return html`${t[a]}`;
  }
}

function recognition(x: ResultTexts, h: AdultResultHost): TemplateResult {
  const { t, fmt } = x;
  const f = h.rules.FEDERAL_RECOGNITION;
  const { url } = h.rules.RECOGNITION_SOURCE_BY_LOCALE[x.locale];
  const info = h.rules.quizSource(url);
  const leave = OFFICIAL_LINKS.leaveCalculator[x.locale];
  return html`<section class="q-rec" part="recognition" aria-labelledby="rec-title">
    <h3 id="rec-title">${t['rec.title']}</h3>
    <p>${t['rec.intro'](fmt.date(f.validFrom))}</p>
    <div class="q-rec-grid">
      <div class="mz-card">
        <h4>${t['rec.general.title']}</h4>
        <p><strong>${t['rec.asks']}</strong> ${t['rec.general.asks']}</p>
        <p><strong>${t['rec.gives']}</strong> ${t['rec.general.gives']}</p>
      </div>
      <div class="mz-card">
        <h4>${t['rec.social.title']}</h4>
        <p><strong>${t['rec.asks']}</strong> ${t['rec.social.asks'](f.socialRights.minHoursPerMonth, f.socialRights.minHoursPerYear)}</p>
        <p><strong>${t['rec.gives']}</strong> ${t['rec.social.gives'](f.leave.maxMonthsFullTimePerPerson, f.leave.maxMonthsPartTimePerPerson, fmt.date(f.leave.validFrom), f.socialRights.validityYears)}</p>
      </div>
    </div>
    <p>${t['rec.check']}</p>
    <p class="mz-meta" part="figures">${t['rec.meta'](fmt.date(f.validFrom), fmt.date(f.checkedOn))}
      ${t['rec.source']}: ${h.help ? sourceLink(x.c, h.help, x.locale, url, info) : externalLink(x.c, url, info.title)};
      ${t['rec.leaveSource']}: ${h.help ? sourceLink(x.c, h.help, x.locale, leave, h.rules.quizSource(leave)) : externalLink(x.c, leave, h.rules.quizSource(leave).title)}</p>
  </section>`;
}

function bring(x: ResultTexts): TemplateResult {
  const t = x.t;
  return html`<section class="mz-panel q-bring" part="bring" aria-labelledby="bring-title">
    <h3 id="bring-title">${t['bring.title']}</h3>
    <ul>
      <li>${t['bring.statement']}</li>
      <li>${t['bring.ids']}</li>
      <li>${t['bring.professional']}</li>
      <li>${t['bring.proof']}</li>
      <li>${t['bring.hours']}</li>
    </ul>
    <p>${t['bring.check']}</p>
  </section>`;
}
