/**
 * <mz-leave-calculator>: Dutch texts of the result (the reference; fr/en/de are typed against it).
 * A separate chunk from the intro and questions (../nl.ts): it loads on "Start", with the rules
 * and the result templates, so the first screen does not download result texts.
 */
import { plural } from '../../../core/i18n/plural.js';
import type { LeaveForm, LeaveSchemeId } from '../../../rules/leave/index.js';
import { widgetFigures, withWidgetFigures } from '../figures.js';

/** Source texts: figure strings are functions of ../figures.ts (fr/en/de are typed against this). */
export const nlTexts = {
  // Punctuation between parts of a line (French puts a narrow space before the colon).
  'sep.colon': ': ',
  'sep.dot': ' · ',
  'sep.comma': ', ',

  // Result
  'result.summary': (yes: number, check: number) =>
    `${plural('nl', yes, { zero: 'Geen regeling past zeker', one: '1 regeling past', other: '# regelingen passen' })}. ${plural('nl', check, { zero: '', one: 'Over 1 regeling vraag je best meer uitleg.', other: 'Over # regelingen vraag je best meer uitleg.' })}`,
  'group.yes': 'Dit kun je gebruiken',
  'group.check': 'Vraag na bij je personeelsdienst (of de RVA)',
  'group.no': 'Past niet bij deze situatie',
  'group.no.summary': 'Toon waarom niet',
  'why': 'Waarom',
  'table.caption': (scheme: string) => `${scheme}: vormen, duur en bedrag`,
  'table.form': 'Vorm',
  'table.months': 'Maximum voor deze persoon',
  'table.career': 'Maximum in je loopbaan',
  'table.left': 'Nog over',
  'table.gross': 'Bruto per maand',
  'table.premium': 'Vlaamse premie bruto per maand',
  'table.none': '–',
  'months': (n: number) => plural('nl', n, { one: '# maand', other: '# maanden' }),
  'weeks': (n: number) => plural('nl', n, { one: '# week', other: '# weken' }),
  'days': (n: number) => plural('nl', n, { one: '# dag', other: '# dagen' }),
  'amount.about': (money: string) => `ongeveer ${money}`,
  'amount.maybe': (money: string) => `misschien ${money} (vraag het na)`,
  'amount.unknownShort': 'bedrag niet bekend',
  'amount.unpaidShort': 'onbetaald',
  'amount.from': (date: string) => `bedrag vanaf ${date}`,
  'amount.undated': 'de bron vermeldt geen datum',
  'amount.estimateHow': (base: string, date: string, steps: number, pct: string, result: string) =>
    plural('nl', steps, { one: `schatting: ${base} vanaf ${date}, plus 1 indexsprong van ${pct} = ${result}`, other: `schatting: ${base} vanaf ${date}, plus # indexsprongen van ${pct} = ${result}` }),
  'amount.currentTable': 'Kijk het bedrag van vandaag na',
  'amount.premiumCheck': 'misschien (vraag het na)',
  'amount.needsAgreement': 'alleen als je werkgever akkoord gaat',
  'daysGranted': (n: number) => plural('nl', n, { one: 'Je vraagt # dag.', other: 'Je vraagt # dagen.' }),
  'daysLeft': (n: number) => plural('nl', n, { zero: 'Daarna heb je dit jaar geen dagen meer over.', one: 'Daarna heb je dit jaar nog # dag over.', other: 'Daarna heb je dit jaar nog # dagen over.' }),
  'detail.notice': 'Op voorhand melden',
  'detail.noticeDays': (n: number) => plural('nl', n, { one: 'Minstens # dag op voorhand, schriftelijk.', other: 'Minstens # dagen op voorhand, schriftelijk.' }),
  'detail.noticeMonths': (min: number, max: number) => (min === max ? `${plural('nl', min, { one: '# maand', other: '# maanden' })} op voorhand, schriftelijk.` : `${min} tot ${max} maanden op voorhand, schriftelijk.`),
  'detail.noticeNone': 'Vraag aan je werkgever hoe en wanneer je het meldt.',
  'detail.perRequest': (min: number, max: number) => `Per aanvraag: ${min} tot ${max} maanden.`,
  'detail.protection': 'Bescherming tegen ontslag',
  'protection.leavePlus3Months': widgetFigures((f) => `Ja: tijdens het verlof en nog ${plural('nl', f.protectionMonthsAfter, { one: '# maand', other: '# maanden' })} erna.`),
  'protection.yesPeriodUnknown': 'Ja, je werkgever mag je niet ontslaan omdat je dit verlof vraagt. Hoe lang de bescherming loopt, staat niet in onze bronnen.',
  'protection.notStated': 'Niet bekend in onze bronnen. Vraag het na bij je vakbond of personeelsdienst.',
  'protection.notApplicable': 'Niet van toepassing.',
  'detail.refuse': 'Mag je werkgever weigeren?',
  'refuse.no': 'Nee, het is een recht.',
  'refuse.yes': 'Ja, in een kleine onderneming is het geen recht.',
  'refuse.check': 'Dat hangt af van je werkgever of sector. Vraag het na.',
  'detail.seniority': (n: number) => `Je moet minstens ${plural('nl', n, { one: '# maand', other: '# maanden' })} bij je werkgever werken.`,
  'detail.apply': 'Zo vraag je het aan',
  'detail.notes': 'Goed om te weten',
  'detail.figures': (date: string) => `Regels en bedragen vanaf ${date}.`,
  'detail.figuresUndated': (date: string) => `Regels vanaf ${date}. De bron van de bedragen vermeldt geen datum.`,
  'detail.sources': 'Bronnen',
  'motive': 'Reden',

  // How to apply, per scheme
  'apply.mantelzorgverlof': 'Vraag eerst de erkenning met sociale rechten aan bij je ziekenfonds. Geef dan je werkgever een brief met de vorm, de begin- en einddatum en de erkenning. Vraag daarna de uitkering aan bij de RVA.',
  'apply.medischeBijstand': 'Vraag een attest aan de dokter van de zieke persoon. Geef je werkgever een brief met het attest, de vorm en de data. Vraag daarna de uitkering aan bij de RVA.',
  'apply.palliatiefVerlof': 'Vraag een attest aan de behandelende dokter van de zieke persoon. Geef het aan je werkgever. Vraag daarna de uitkering aan bij de RVA.',
  'apply.ouderschapsverlof': widgetFigures((f) => `Geef je werkgever een brief, ${f.parentalNoticeMonthsMin} tot ${f.parentalNoticeMonthsMax} maanden voor de start. Vraag daarna de uitkering aan bij de RVA.`),
  'apply.tijdskredietZorg': 'Geef je werkgever een brief met de reden en de data. Vraag een attest van je saldo op Break@Work. Vraag daarna de uitkering aan bij de RVA.',
  'apply.zorgverlof': 'Verwittig je werkgever zo snel mogelijk, ten laatste voor je werkdag begint. Bezorg een attest van de dokter van dit kalenderjaar.',
  'apply.dwingendeRedenen': 'Verwittig je werkgever zo snel mogelijk en leg uit waarom je dringend weg moet.',
  'apply.aanmoedigingspremie': 'Vraag de premie online aan bij het Departement Werk en Sociale Economie (WSE-loket), nadat de RVA je uitkering toekent.',
  'apply.vlaamsZorgkrediet': 'Vraag het aan bij je personeelsdienst. Zij vertellen je hoe lang op voorhand en met welk formulier.',
  'apply.mantelzorguitkeringZelfstandige': widgetFigures((f) => `Vraag het aan bij je sociaal verzekeringsfonds, met een attest van de dokter, binnen ${plural('nl', f.selfRequestWithinWeeks, { one: '# week', other: '# weken' })} na de start.`),

  // Comparison, employer, letter, actions
  'compare.title': 'Vergelijk de regelingen die passen',
  'compare.caption': 'Regelingen die passen of die je kunt navragen',
  'compare.note': 'Datum en bron van elk bedrag staan bij de regeling hierboven.',
  'compare.scheme': 'Regeling',
  'compare.forms': 'Vormen',
  'compare.max': 'Maximum',
  'compare.gross': 'Bruto per maand (voltijds)',
  'compare.status': 'Past?',
  // The stacked table's label ("Past: Ja"): the column head's question mark would read "Past?: Ja".
  'compare.statusLabel': 'Past',
  'compare.yes': 'Ja',
  'compare.check': 'Navragen',
  'employer.title': 'Extra van je werkgever',
  'employer.badge': 'Regeling van je werkgever, geen wettelijk recht',
  'employer.intro': (name: string) => `${name} geeft deze extra regelingen. Ze komen bovenop de wettelijke regelingen.`,
  'employer.introNoName': 'Je werkgever geeft deze extra regelingen. Ze komen bovenop de wettelijke regelingen.',
  'employer.paid.yes': 'Betaald',
  'employer.paid.no': 'Onbetaald',
  'employer.paid.partly': 'Gedeeltelijk betaald',
  'employer.more': 'Meer uitleg',
  'employer.hr': 'Contact personeelsdienst',
  'employer.intranet': 'Meer op het intranet van je werkgever',
  'letter.title': 'Ontwerp van brief aan je werkgever',
  'letter.intro': 'Kies het verlof en de data. Je krijgt een ontwerp dat je kunt kopiëren en aanpassen. Niets wordt verstuurd.',
  'letter.choose': 'Welk verlof?',
  'letter.start': 'Eerste dag',
  'letter.end': 'Laatste dag',
  'letter.text': 'Je brief (je kunt de tekst aanpassen)',
  'letter.copy': 'Kopieer de brief',
  'letter.copied': 'De brief is gekopieerd.',
  'letter.copyFailed': 'Kopiëren lukt niet. De tekst is geselecteerd: kopieer hem met Ctrl+C of ⌘+C.',
  'letter.body': (scheme: string, form: string, start: string, end: string) =>
    `Beste,\n\nHierbij vraag ik het volgende verlof aan: ${scheme}, in de vorm: ${form}.\nIk wil dit verlof nemen van ${start} tot en met ${end}.\nDe nodige attesten voeg ik toe of bezorg ik zo snel mogelijk.\n\nMet vriendelijke groeten,\n\n[je naam]\n[datum]`,
  'letter.datePlaceholder': '[datum]',
  'figures.title': 'Waar komen de cijfers vandaan?',
  'figures.note': 'Bedragen zijn bruto, voor belastingen. Netto krijg je minder. Sommige bedragen zijn ouder: dan staat er "ongeveer". Vraag je juiste bedrag aan de RVA.',
  'recognition.title': 'Je erkenning als mantelzorger',
  'changeAnswers': 'Antwoorden wijzigen',

  // Scheme and form names (official names)
  'scheme.mantelzorgverlof': 'Verlof voor mantelzorg',
  'scheme.medischeBijstand': 'Verlof voor medische bijstand',
  'scheme.palliatiefVerlof': 'Palliatief verlof',
  'scheme.ouderschapsverlof': 'Ouderschapsverlof',
  'scheme.tijdskredietZorg': 'Tijdskrediet met motief (zorg)',
  'scheme.zorgverlof': widgetFigures((f) => `Zorgverlof (${plural('nl', f.zorgverlofDaysPerYear, { one: '# dag', other: '# dagen' })} per jaar)`),
  'scheme.dwingendeRedenen': 'Verlof om dwingende redenen',
  'scheme.aanmoedigingspremie': 'Vlaamse aanmoedigingspremie',
  'scheme.vlaamsZorgkrediet': 'Vlaams zorgkrediet',
  'scheme.mantelzorguitkeringZelfstandige': 'Mantelzorguitkering voor zelfstandigen',
  'form.FT': 'Voltijds stoppen',
  'form.HALF': 'Halftijds werken',
  'form.ONE_FIFTH': '1/5 minder werken',
  'form.ONE_TENTH': '1/10 minder werken',
  'form.FT_WEEKS': 'Voltijds stoppen, per week',
  'form.DAYS': 'Losse dagen',
  'form.FULL': 'Volledig stoppen',
  'form.PARTIAL': 'Minstens de helft minder werken',
};

export type LeaveResultCatalogTexts = typeof nlTexts;

/** The catalog the result reads: every string rendered with the figures of ../figures.ts. */
export const nl = withWidgetFigures(nlTexts);
export type LeaveResultMessages = typeof nl;

// The type checker proves every key the rules can return has a text.
// (Reason, note and amount texts of the rules live in ../reasons/, proven complete there.)
const _names: Record<`scheme.${LeaveSchemeId}` | `apply.${LeaveSchemeId}` | `form.${LeaveForm}`, unknown> = nl;
void _names;

export default nl;
