import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { helplineItem } from '../../../src/components/common/help.js';
import { HELPLINES } from '../../../src/data/help/helplines.js';

/**
 * The shared helpline template says a line's caution itself, in every widget and language:
 * 1712 answers on working days only.
 */
const call = (n: string) => `Call ${n}`;

async function item(id: keyof typeof HELPLINES, lang: 'nl' | 'fr' | 'en' | 'de', text?: string): Promise<HTMLElement> {
  const el = await fixture<HTMLUListElement>(html`<ul></ul>`);
  render(helplineItem(HELPLINES[id], lang, call, text === undefined ? {} : { text }), el);
  return el;
}

describe('helplineItem(): cautions travel with the line', () => {
  const want = {
    violenceLine: { nl: /werkdagen/, fr: /jours ouvrables/i, en: /working days/i, de: /Werktagen/ },
    doctorOnCall: { nl: /huisarts/, fr: /médecin/, en: /GP/, de: /Hausarzt/ },
  } as const;
  for (const [id, perLang] of Object.entries(want) as [keyof typeof want, (typeof want)[keyof typeof want]][]) {
    for (const [lang, re] of Object.entries(perLang) as ['nl' | 'fr' | 'en' | 'de', RegExp][]) {
      it(`${id} ${lang}: the caution is next to the number, with or without a text`, async () => {
        for (const el of [await item(id, lang), await item(id, lang, 'What the line is.')]) {
          const note = el.querySelector('[part="helpline-note"]');
          expect(note?.textContent, 'caution').to.match(re);
          expect(note?.closest('.line-head'), 'in the head, next to the call button').to.exist;
        }
      });
    }
  }

  it('a line without a caution shows none, and the call link is unchanged', async () => {
    const el = await item('teleOnthaal', 'nl');
    expect(el.querySelector('[part="helpline-note"]')).to.equal(null);
    expect(el.querySelector('a.tel')?.getAttribute('href')).to.equal('tel:106');
  });
});
