import { html, type TemplateResult } from 'lit';
import type { Helpline, HelplineId } from '../../../data/help/helplines.js';
import type { Dial } from '../../../rules/help/lines.js';
import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { YoungMessages } from '../../../i18n/quiz/young/nl.js';
import { helplineItem } from '../../common/help.js';
import type { QuizTexts } from './texts.js';

/** The helpline table and the shared help texts, once loaded (both are chunks of their own). */
export interface LinesState {
  table: Readonly<Record<HelplineId, Helpline>> | undefined;
  help: HelpMessages | undefined;
  /** The school version names a line in its own voice (`yline.*`), with the number from the table. */
  young: YoungMessages | undefined;
}

/** The shared helpline look (name, big call button, what it is, website); undefined until loaded. */
export function lineItems(x: QuizTexts, ids: readonly HelplineId[], s: LinesState): TemplateResult[] | undefined {
  const { table, help } = s;
  if (!table || !help) return undefined;
  // Only the lines the young texts word have a `yline.*` key; the others keep the table's description.
  const own = s.young as Partial<Record<`yline.${HelplineId}`, (no: Dial) => string>> | undefined;
  return ids.map((id) => {
    const h = table[id];
    const text = own?.[`yline.${id}`]?.((n) => table[n].number) ?? h.description[x.locale];
    // The school version names Awel's site for what a child goes there for: the chat.
    const chat = s.young && id === 'awel' ? s.young['ylink.awel'] : undefined;
    return helplineItem(h, x.locale, help.call, { text, c: x.c, website: chat ? () => chat : help.website });
  });
}

/** A list of lines; until they are there, 112 from the catalog (the number that must never wait). */
export function lineList(x: QuizTexts, ids: readonly HelplineId[], s: LinesState): TemplateResult {
  const items = lineItems(x, ids, s);
  return items ? html`<ul class="q-lines lines compact">${items}</ul>` : html`<p>${x.t['help.emergency']}</p>`;
}
