import { expect, fixtureCleanup } from '@open-wc/testing';
import { mountCheck, driveOverload, SCRIPTS, settle, shadow } from './helpers.js';
import { HELPLINES } from '../../../src/rules/quiz/helplines.js';
import { telUri } from '../../../src/rules/help/links.js';
import { overloadReferrals } from '../../../src/rules/overload/referrals.js';
import type { Helpline, HelplineId } from '../../../src/data/help/helplines.js';
import type { Dial } from '../../../src/rules/help/lines.js';
import quizNl from '../../../src/i18n/quiz/young/nl.js';
import quizFr from '../../../src/i18n/quiz/young/fr.js';
import quizEn from '../../../src/i18n/quiz/young/en.js';
import quizDe from '../../../src/i18n/quiz/young/de.js';
import helpNl from '../../../src/i18n/help/young/nl.js';
import helpFr from '../../../src/i18n/help/young/fr.js';
import helpEn from '../../../src/i18n/help/young/en.js';
import helpDe from '../../../src/i18n/help/young/de.js';

/**
 * The overload check's young lines speak as the quiz's school version does (one source,
 * src/i18n/help/young): never the adult helpline descriptions, whose words a 10-year-old does not know.
 */
const LANGS = ['nl', 'fr', 'en', 'de'] as const;
type Lang = (typeof LANGS)[number];
type Words = Partial<Record<`yline.${HelplineId}`, (no: Dial) => string>>;
const QUIZ: Record<Lang, Words> = { nl: quizNl, fr: quizFr, en: quizEn, de: quizDe };
const HELP: Record<Lang, Words> = { nl: helpNl, fr: helpFr, en: helpEn, de: helpDe };

/** Words of the adult descriptions (and of adult help texts) that a 10-year-old does not know. */
const ADULT_ONLY: Record<Lang, readonly string[]> = {
  nl: ['anoniem', 'vertrouwelijk', 'hulpverlener', 'luisterlijn', 'zelfdoding', 'Franstalig', 'Duitstalig', 'bereikbaar', 'noodnummer'],
  fr: ['anonyme', 'confidentiel', 'intervenant', 'ligne d’écoute', 'joignable', 'suicide', 'vous'],
  en: ['anonymous', 'confidential', 'counsellor', 'listening line', 'suicide', 'at all hours'],
  de: ['anonym', 'vertraulich', 'Fachkr', 'Gesprächstelefon', 'Suizid', 'erreichbar'],
};

const dial: Dial = (id) => HELPLINES[id].number;
const byTel = (href: string | null): Helpline | undefined => Object.values(HELPLINES).find((h) => telUri(h.number) === href);

/** Each helpline item under `root`: its id and the words under its name. */
function lines(root: Element): { id: HelplineId; words: string }[] {
  return [...root.querySelectorAll('li[part~="helpline"]')].map((li) => {
    const h = byTel(li.querySelector('a[href^="tel:"]')!.getAttribute('href'));
    expect(h, li.textContent ?? '').to.exist;
    return { id: h!.id, words: li.querySelector(':scope > p')?.textContent ?? '' };
  });
}

function expectYoungWords(lang: Lang, found: { id: HelplineId; words: string }[], where: string): void {
  expect(found.length, `${lang} ${where}: lines shown`).to.be.greaterThan(0);
  for (const { id, words } of found) {
    const quiz = QUIZ[lang][`yline.${id}`];
    expect(quiz, `${lang}: the quiz words ${id}`).to.be.a('function');
    expect(words, `${lang} ${where} ${id}`).to.equal(quiz!(dial));
    for (const w of ADULT_ONLY[lang]) expect(words.toLowerCase(), `${lang} ${where} ${id}: "${w}"`).not.to.contain(w.toLowerCase());
  }
}

describe('<mz-overload-check audience="young">: help lines in the quiz’s young words', () => {
  afterEach(() => fixtureCleanup());

  it('every line a young overload result or disclosure can show is worded in the shared young texts, in every language', () => {
    for (const lang of LANGS) {
      for (const band of ['urgent', 'high', 'elevated', 'low', 'incomplete'] as const) {
        for (const id of overloadReferrals(band, 'young', lang).filter((r): r is HelplineId => r in HELPLINES)) {
          expect(HELP[lang][`yline.${id}`], `${lang} ${band} ${id}`).to.be.a('function');
          // One source: the quiz's school version carries the same function, not a copy.
          expect(QUIZ[lang][`yline.${id}`], `${lang} ${id}`).to.equal(HELP[lang][`yline.${id}`]);
        }
      }
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: the urgent and high results show no adult-only words and equal the quiz's wording`, async () => {
      for (const script of [SCRIPTS.youngUrgent, SCRIPTS.youngHigh]) {
        const el = await mountCheck('audience="young"', lang);
        await driveOverload(el, script);
        expectYoungWords(lang, lines(shadow(el).querySelector('[part~="result"]')!), script === SCRIPTS.youngUrgent ? 'urgent' : 'high');
        fixtureCleanup();
      }
    });

    it(`${lang}: the "Need help now?" disclosure shows the same young words`, async () => {
      const el = await mountCheck('audience="young"', lang);
      const box = shadow(el).querySelector<HTMLDetailsElement>('[part~="help-now"]')!;
      box.open = true;
      await new Promise((r) => box.addEventListener('toggle', r, { once: true }));
      await settle(el);
      await settle(el);
      expectYoungWords(lang, lines(shadow(el).querySelector('[part~="help-now"]')!), 'help-now');
    });
  }

  it('adults keep the table’s descriptions', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.urgent);
    const tele = lines(shadow(el).querySelector('[part~="result"]')!).find((l) => l.id === 'teleOnthaal');
    expect(tele?.words).to.contain(HELPLINES.teleOnthaal.description.nl);
  });
});
