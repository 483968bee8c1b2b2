import { html, type TemplateResult } from 'lit';
import type { FinderReasonKey } from '../../rules/finder/index.js';

export type ContactField = 'phone' | 'email' | 'website';

/** "a", "a en b", "a, b en c", with a capital first letter (the finder's only list of words). */
export function list(words: readonly string[], and: string): string {
  const text = words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1) ?? ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * <mz-association-finder> messages, Dutch (the reference). B1: short sentences, "je", no jargon
 * without a word of explanation. Reason keys come from the rules (see the type check at the end).
 */
export const nl = {
  'title': 'Welke steun past bij jou?',
  'intro': 'Zorg je voor iemand? Dan sta je er niet alleen voor. Vind verenigingen, hulplijnen en diensten die bij jou passen.',
  'start.questions': 'Beantwoord een paar korte vragen',
  'start.list': 'Toon meteen de hele lijst',
  'urgent.short': 'Is er nu gevaar?',
  'urgent.call': (name: string | TemplateResult, number: string) => html`${name}: bel ${number}`,
  /** A line whose name holds its number ("Zelfmoordlijn 1813"): the number once. */
  'urgent.callNamed': (name: string | TemplateResult) => html`Bel ${name}`,

  'q.danger': 'Is iemand nu in gevaar? Jij of de persoon voor wie je zorgt?',
  'q.danger.hint': 'Bijvoorbeeld: iemand is zwaar gewond, denkt aan zelfdoding of wordt geslagen.',
  'a.yes': 'Ja',
  'a.no': 'Nee',
  'q.age': 'Hoe oud ben je?',
  'a.under25': 'Jonger dan 25 jaar',
  'a.adult': '25 jaar of ouder',
  'a.any': 'Maakt niet uit',
  'q.careFor': 'Voor wie zorg je?',
  'q.careFor.hint': 'Kies alles wat past. Je mag dit ook overslaan.',
  'careFor.older': 'Een oudere persoon',
  'careFor.dementia': 'Iemand met dementie',
  'careFor.mentalHealth': 'Iemand met psychische problemen of een verslaving',
  'careFor.disability': 'Iemand met een handicap',
  'careFor.chronicIllness': 'Iemand met een langdurige ziekte',
  'careFor.childWithNeeds': 'Mijn kind met een ziekte of een handicap',
  'careFor.palliative': 'Iemand die niet meer beter wordt (palliatieve zorg)',
  'q.needs': 'Waar heb je nood aan?',
  'q.needs.hint': 'Kies alles wat past. Je mag dit ook overslaan.',
  'need.rights': 'Uitleg over rechten en premies',
  'need.peers': 'Andere mantelzorgers ontmoeten',
  'need.respite': 'Even op adem komen: iemand neemt de zorg over',
  'need.holidays': 'Op vakantie gaan',
  'need.training': 'Iets bijleren over zorg',
  'need.talk': 'Met iemand praten',
  'need.complaint': 'Een vraag of klacht over zorg',
  'q.fund': 'Bij welk ziekenfonds ben je?',
  'q.fund.hint': 'Niet verplicht. We tonen dan alleen waar je misschien al lid bent. Alle verenigingen blijven in de lijst.',
  'fund.cm': 'CM',
  'fund.solidaris': 'Solidaris',
  'fund.lm': 'Liberale Mutualiteit (LM)',
  'fund.helan': 'Helan',
  'fund.partena': 'Partena / Partenamut',
  'fund.vnz': 'Vlaams & Neutraal Ziekenfonds',
  'fund.hziv': 'Hulpkas (HZIV)',
  'fund.hrrail': 'HR Rail',
  'fund.unknown': 'Ik weet het niet',
  'fund.none': 'Liever niet zeggen',
  'loading': 'Even geduld, we zoeken de steun op…',
  'show.result': 'Toon wat bij mij past',

  'result.title': 'Steun die bij je past',
  'result.count': (n: number) => (n === 1 ? `We vonden ${n} plek waar je terecht kunt.` : `We vonden ${n} plekken waar je terecht kunt.`),
  'list.title': 'Alle steun op een rij',
  'list.filters': 'Kies wat bij je past',
  'list.filtersChosen': (n: number) => `Filters aanpassen (${n} gekozen)`,
  'list.onlyMatching': 'Toon alleen wat past bij mijn keuzes',
  'list.apply': 'Toon de lijst',
  'group.urgent': 'Hulp nu',
  'group.urgent.intro': 'Bel nu. Je hoeft dit niet alleen te doen.',
  'group.best': 'Past het best bij jou',
  'result.showAll': (n: number) => `Toon alle (${n})`,
  'group.local': 'In je gemeente',
  'group.associations': 'Verenigingen voor mantelzorgers',
  'group.helplines': 'Hulplijnen',
  'group.services': 'Hier kun je ook terecht',
  'join.several': 'Lid worden is gratis. Je mag lid worden van meer dan één vereniging.',
  'associations.official': 'Zes verenigingen zijn erkend door de Vlaamse overheid. Hun contactgegevens staan ook op de officiële lijst:',
  'associations.officialLink': 'verenigingen van gebruikers en mantelzorgers (Zorg en Gezondheid)',
  'associations.inDutch': 'De erkende verenigingen werken in het Nederlands.',
  'socialeKaart.text': 'Zoek diensten bij jou in de buurt, zoals oppas, dagopvang of kortverblijf, op De Sociale Kaart.',
  'socialeKaart.link': 'De Sociale Kaart',
  'empty.title': 'Niets past precies bij je keuzes',
  'empty.body': 'Alle erkende verenigingen staan open voor elke mantelzorger.',
  'empty.showAll': 'Toon alles',

  'badge.recognised': 'Erkende vereniging',
  'badge.notRecognised': 'Niet erkend als Vlaamse mantelzorgvereniging',
  'badge.autoMember': 'Misschien ben je al lid',
  'badge.linked': 'Hoort bij jouw ziekenfonds',
  'card.why': 'Waarom dit past:',
  'card.sources': 'Bron en datum',
  'card.call': (number: string) => `Bel ${number}`,
  'card.mail': (address: string) => `Mail ${address}`,
  'card.website': (host: string) => `Website: ${host}`,
  'card.address': (address: string) => `Adres: ${address}`,
  'card.hours': (hours: string) => `Open: ${hours}`,
  'card.fields': (fields: readonly ContactField[]) => list(fields.map((f) => ({ phone: 'telefoon', email: 'e-mail', website: 'website' })[f]), 'en'),
  'card.contactSource': (fields: string, source: TemplateResult) => html`${fields} volgens ${source}.`,
  'card.contactChecked': (month: string) => `Contactgegevens nagekeken in ${month}.`,
  'card.textSource': (source: TemplateResult, month: string) => html`Uitleg volgens ${source}, nagekeken in ${month}.`,

  'premium.title': 'Mantelzorgpremie van je gemeente',
  'premium.amount.month': (amount: string) => `${amount} per maand`,
  'premium.amount.year': (amount: string) => `${amount} per jaar`,
  'premium.amount.once': (amount: string) => `${amount}, één keer`,
  'premium.from': (date: string) => `Geldt vanaf ${date}.`,
  'premium.more': 'Meer over de premie en hoe je ze aanvraagt',

  'actions.change': 'Antwoorden aanpassen',
  'actions.toList': 'Naar de hele lijst',
  'actions.toQuestions': 'Naar de vragen',

  'reason.careFor.older': 'Voor wie zorgt voor een oudere persoon',
  'reason.careFor.dementia': 'Voor wie zorgt voor iemand met dementie',
  'reason.careFor.mentalHealth': 'Voor wie zorgt voor iemand met psychische problemen',
  'reason.careFor.disability': 'Voor wie zorgt voor iemand met een handicap',
  'reason.careFor.chronicIllness': 'Voor wie zorgt voor iemand met een langdurige ziekte',
  'reason.careFor.childWithNeeds': 'Voor ouders van een kind met een ziekte of handicap',
  'reason.careFor.palliative': 'Voor wie zorgt voor iemand in palliatieve zorg',
  'reason.need.rights': 'Uitleg over rechten en premies',
  'reason.need.peers': 'Andere mantelzorgers ontmoeten',
  'reason.need.respite': 'Even op adem komen',
  'reason.need.holidays': 'Vakanties',
  'reason.need.training': 'Vorming',
  'reason.need.talk': 'Iemand die luistert',
  'reason.need.complaint': 'Vragen of klachten over zorg',
  'reason.young': 'Voor jonge mantelzorgers tot 25 jaar',
  'reason.forAllCaregivers': 'Voor elke mantelzorger',
  'reason.freeMembership': 'Lid worden is gratis',
  'reason.inDutch': 'In het Nederlands',
  'reason.inFrench': 'In het Frans',
  'reason.inGerman': 'In het Duits',
  'reason.sameLanguage': 'In het Nederlands',
  'reason.autoMember': 'Als lid van CM ben je automatisch ook hier lid.',
  'reason.linkedToYourFund': 'Hoort bij jouw ziekenfonds',
  'reason.danger': 'Bij gevaar',
  'reason.local': 'Aanbod van je gemeente',
};

export type FinderMessages = typeof nl;
// The type checker proves every reason key the rules can return has a message.
const _reasons: Record<FinderReasonKey, string> = nl;
void _reasons;
export default nl;
