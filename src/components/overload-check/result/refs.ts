import { html, nothing, type TemplateResult } from 'lit';
import { externalLink } from '../../../core/flow/templates.js';
import type { HelplineId } from '../../../data/help/helplines.js';
import { isOverloadHelpline, overloadHelpline, overloadService } from '../../../rules/overload/services.js';
import type { OverloadReferralId, OverloadServiceReferralId } from '../../../rules/overload/index.js';
import type { OverloadTip } from '../../../i18n/overload/result/nl.js';
import { callButton, unbroken } from '../../common/call.js';
import { websiteLink } from '../../common/contact.js';
import { helplineItem, onwardLink } from '../../common/help.js';
import { handTo } from '../../common/hand-over.js';
import { youngLineText } from '../../common/young-help.js';
import type { Offer, PartnerLinks } from '../partner.js';
import type { OverloadResultView } from './view.js';
import { local, type OverloadTexts } from './texts.js';
import { lineWhen } from '../lines.js';

/** What a referral needs from the element: itself (to find a sibling widget first) and the partner's links. */
export interface RefsHost {
  el: HTMLElement;
  links: PartnerLinks;
}

type WidgetTag = 'mz-association-finder' | 'mz-recognition-quiz' | 'mz-leave-calculator';

/** Tips that name a line get its number from the one helpline table. */
const dial = (id: HelplineId): string => overloadHelpline(id).number;
export const tip = (t: OverloadTip): string => (typeof t === 'string' ? t : t(dial));

/** One referral: a phone line (shared look) or a service. */
export function referral(x: OverloadTexts, v: OverloadResultView, h: RefsHost, id: OverloadReferralId): TemplateResult {
  if (isOverloadHelpline(id)) {
    const l = overloadHelpline(id);
    // Young results word a line as the quiz's school version does (the table's description is for adults).
    const young = v.aud === 'young' && x.y ? youngLineText(x.y, id, dial) : undefined;
    if (young !== undefined && x.y) {
      const chat = id === 'awel' ? x.y['ylink.awel'] : undefined;
      return helplineItem(l, x.locale, x.t['help.call'], { text: young, c: x.c, website: chat ? () => chat : x.r['help.website'] });
    }
    const when = lineWhen(l, x.t, x.locale);
    const text = html`${l.description[x.locale]}${when ? ` ${when}` : nothing}`;
    return helplineItem(l, x.locale, x.t['help.call'], { text, c: x.c, website: x.r['help.website'] });
  }
  return service(x, v, h, id);
}

function service(x: OverloadTexts, v: OverloadResultView, h: RefsHost, id: OverloadServiceReferralId): TemplateResult {
  const r = x.r;
  const name = id === 'gp' ? r['ref.gp'] : r[`ref.${id}`];
  const text = id === 'gp' ? r['ref.gp.text'] : r[`ref.${id}.text`];
  const info = overloadService(id);
  return html`<li class="ref" part="referral">
    <strong>${name}</strong>
    <p>${text}</p>
    ${serviceLink(x, v, h, id, name, info.widget, info.url?.[x.locale])}
  </li>`;
}

function serviceLink(
  x: OverloadTexts,
  v: OverloadResultView,
  h: RefsHost,
  id: OverloadServiceReferralId,
  name: string,
  tag: WidgetTag | undefined,
  url: string | undefined,
): TemplateResult | typeof nothing {
  const r = x.r;
  const label =
    id === 'associations' ? r['ref.associations.link'] : id === 'recognitionQuiz' ? r['ref.recognitionQuiz.link'] : id === 'leaveCalculator' ? r['ref.leaveCalculator.link'] : undefined;
  if (tag && label) {
    const href = tag === 'mz-association-finder' ? h.links.finderUrl : tag === 'mz-recognition-quiz' ? h.links.recognitionQuizUrl : h.links.leaveCalculatorUrl;
    const link = onwardLink(h.el, {
      tag, label, href, c: x.c, note: `(${r['ref.onPage']})`, cls: 'mz-button mz-button--secondary', anchor: false,
      before: (el) => handFilters(el, tag, v),
    });
    if (link !== nothing) return html`<p>${link}</p>`;
  }
  if (url) return html`<p>${externalLink(x.c, url, label ?? r['help.website'](name))}</p>`;
  return nothing;
}

/**
 * Hands the "who do you care for" answer to an association finder *on this page*, in memory, only
 * when the user clicks: a non-bubbling `mz-filters` event on that element. Never as an attribute
 * (session-replay scripts record DOM changes) and never in a URL (history, referrers, analytics):
 * a finder on another page starts without it. (The shared way widgets hand over: common/hand-over.ts.)
 */
function handFilters(el: HTMLElement, tag: WidgetTag, v: OverloadResultView): void {
  if (tag === 'mz-association-finder' && v.finderTargetGroups.length) {
    handTo(el, 'mz-filters', { targetGroups: [...v.finderTargetGroups] });
  }
}

/** One local offer from the partner JSON. */
export function offer(x: OverloadTexts, o: Offer): TemplateResult {
  const name = local(x, o.name);
  return html`<li class="ref" part="partner-offer">
    <strong>${name}</strong>
    ${o.description ? html`<p>${local(x, o.description)}</p>` : nothing}
    ${o.address ? html`<p>${local(x, o.address)}</p>` : nothing}
    ${o.hours ? html`<p>${local(x, o.hours)}</p>` : nothing}
    ${o.phone ? html`<p>${callButton(o.phone, x.t['help.call'](unbroken(o.phone)))}</p>` : nothing}
    ${o.email ? html`<p><a href=${`mailto:${o.email}`}>${o.email}</a></p>` : nothing}
    ${o.website ? html`<p>${websiteLink(x.c, o.website, x.r['help.website'](name))}</p>` : nothing}
  </li>`;
}
