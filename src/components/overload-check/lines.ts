import { html, nothing, type TemplateResult } from 'lit';
import { externalLink } from '../../core/step-flow.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { Locale } from '../../core/locale.js';
import { HELPLINES, isHelplineId, type Helpline } from '../../data/help/helplines.js';
import type { HelplineReferralId, OverloadReferralId } from '../../data/overload/referrals.js';
import { telUri } from '../../rules/help/contact.js';

/** Shared by the steps ("Need help now?") and the result screen, so a line looks the same in both. */
export const isHelpline = (id: OverloadReferralId): id is HelplineReferralId => isHelplineId(id);

export function helplines(ids: readonly OverloadReferralId[]): Helpline[] {
  return ids.filter(isHelpline).map((id) => HELPLINES[id]);
}

/**
 * One phone line: name and a `tel:` link as a large button. With `details`, also what the line is,
 * its hours (only where sourced) and its website. Numbers come from the shared helplines table.
 */
export function renderLine(
  h: Helpline,
  lang: Locale,
  call: (n: string) => string,
  details?: { c: CoreMessages; website: (name: string) => string },
): TemplateResult {
  const name = h.name[lang] ?? h.name.nl;
  // Non-breaking spaces keep "0800 32 123" on one line inside the button.
  return html`<li class="line" part="helpline">
    <div class="line-head">
      <strong>${name}</strong>
      <a class="mz-button tel" href=${telUri(h.number)}>${call(h.number.replace(/ /g, '\u00a0'))}</a>
    </div>
    ${details
      ? html`<p>${h.description[lang]}${h.hours ? html` ${h.hours[lang]}.` : nothing}</p>
          ${h.website ? html`<p>${externalLink(details.c, h.website, details.website(name))}</p>` : nothing}`
      : nothing}
  </li>`;
}
