/**
 * <mz-leave-calculator> messages, Dutch: the reference catalog (fr/en/de must have every key).
 * B1 language, "je" as in the core catalog. Official scheme names from leave-schemes.md.
 * Only the intro and the questions: the result's texts are in result/*.ts, loaded on "Start" with
 * the rules (the first screen's budget).
 */
import { widgetFigures, withWidgetFigures } from './figures.js';

/** Source texts: figure strings are functions of ./figures.ts (fr/en/de are typed against this). */
export const nlTexts = {
  'title': 'Welk verlof kan ik nemen om voor iemand te zorgen?',
  'intro': 'Beantwoord een paar korte vragen. Je ziet dan welk verlof bij jou past, hoe lang, en hoeveel uitkering je ongeveer krijgt. Je mag elke vraag overslaan.',
  'start': 'Start',
  'fromEmployer': (name: string) => `Met extra informatie van ${name}.`,

  // Questions
  'q.status': 'Waar werk je?',
  'q.status.hint': 'Kies wat het best past. Twijfel je? Kijk op je arbeidscontract of loonbrief.',
  'status.privateEmployee': 'Bij een bedrijf, ook een ziekenhuis of woonzorgcentrum (privésector)',
  'status.socialProfitEmployee': 'In de Vlaamse social profit, zoals gezinszorg, gehandicaptenzorg, kinderopvang of sociaal-cultureel werk',
  'status.contractualPublic': 'Bij een andere overheid, met een contract (bijvoorbeeld federaal, of een gemeente buiten Vlaanderen)',
  'status.federalStatutory': 'Als vast benoemd ambtenaar bij de federale overheid',
  'status.flemishGovernment': 'Bij de Vlaamse overheid (vast benoemd of met een contract)',
  'status.educationFlemish': 'In het Vlaamse onderwijs',
  'status.localGovernment': 'Bij een gemeente, OCMW of provincie in Vlaanderen (vast benoemd of met een contract)',
  'status.selfEmployed': 'Als zelfstandige',
  'q.region': 'Waar ligt je werkplek?',
  'q.region.hint': 'Het gaat om de plaats waar je werkt, niet waar je woont.',
  'region.flanders': 'In Vlaanderen',
  'region.brussels': 'In Brussel',
  'region.wallonia': 'In Wallonië (ook de Duitstalige Gemeenschap)',
  'q.regime': 'Werk je voltijds of deeltijds?',
  'regime.1': 'Voltijds',
  'regime.0.8': 'Deeltijds, 4/5',
  'regime.0.75': 'Deeltijds, 3/4',
  'regime.0.5': 'Halftijds',
  'q.relation': 'Voor wie zorg je?',
  'relation.spouse': 'Mijn partner: getrouwd of wettelijk samenwonend',
  'relation.partner': 'Mijn partner: niet getrouwd en niet wettelijk samenwonend',
  'relation.child': 'Mijn kind (ook geadopteerd)',
  'relation.fosterChild': 'Mijn pleegkind',
  'relation.parent': 'Mijn moeder of vader',
  'relation.parentInLaw': 'Mijn schoonmoeder of schoonvader',
  'relation.sibling': 'Mijn broer of zus',
  'relation.grandparent': 'Mijn grootmoeder of grootvader',
  'relation.grandchild': 'Mijn kleinkind',
  'relation.siblingInLaw': 'Mijn schoonbroer of schoonzus',
  'relation.aunt': 'Andere familie (tante, oom, nicht, neef)',
  'relation.friend': 'Een vriend of vriendin',
  'relation.neighbour': 'Een buur',
  'relation.other': 'Iemand anders',
  'q.livesWithMe': 'Deze persoon woont op mijn adres',
  'q.age': 'Hoe oud is de persoon voor wie je zorgt?',
  'q.age.label': 'Leeftijd in jaren',
  'q.age.hint': 'Dit is vooral belangrijk bij kinderen.',
  'q.situation': 'Wat is de situatie van die persoon?',
  'q.situation.hint': 'Je mag meer dan één antwoord kiezen.',
  'situation.dependent': 'Heeft elke dag hulp nodig (door ouderdom, ziekte of beperking)',
  'situation.seriouslyIll': 'Is ernstig ziek (de dokter vindt het ernstig)',
  'situation.terminal': 'Is ongeneeslijk ziek, in de laatste levensfase (palliatief)',
  'situation.hospitalisedMinor': 'Is een kind dat in het ziekenhuis ligt',
  'situation.disabled': 'Heeft een handicap',
  'situation.disability66': widgetFigures((f) => `Heeft een erkende handicap van minstens ${f.disabilityPctMin} %`),
  'q.household': 'Met wie woon je samen?',
  'household.withPartner': 'Met een partner of met andere volwassenen',
  'household.aloneWithChildren': 'Alleen met mijn kinderen (ik krijg groeipakket of kinderbijslag voor hen)',
  'household.alone': 'Alleen',
  'q.recognition': 'Ben je erkend als mantelzorger bij je ziekenfonds?',
  'q.recognition.hint': 'Het ziekenfonds geeft twee soorten erkenning. Voor verlof voor mantelzorg heb je de erkenning met sociale rechten nodig.',
  'recognition.socialRights': 'Ja, een erkenning met sociale rechten',
  'recognition.general': 'Ja, een algemene erkenning',
  'recognition.none': 'Nee, of ik weet het niet',
  'q.hours': 'Hoeveel uur per maand help je ongeveer? (niet verplicht)',
  'q.hours.label': 'Uren per maand',
  'recognition.quizLink': 'Weet je het niet zeker? Doe de test: ben ik mantelzorger?',
  'q.used': 'Heb je al zulk verlof opgenomen?',
  'usedAny.yes': 'Ja',
  'usedAny.no': 'Nee, nog niet',
  'q.used.hint': 'Vul in wat je weet. Je officiële saldo vind je op Break@Work van de RVA.',
  'used.breakAtWork': 'Bekijk je saldo op Break@Work',
  'used.mzFT': 'Verlof voor mantelzorg voor déze persoon, voltijds: aantal maanden',
  'used.mzPartial': 'Verlof voor mantelzorg voor déze persoon, deeltijds: aantal maanden',
  'used.mzCareerFT': 'Verlof voor mantelzorg in je hele loopbaan (alle personen samen), voltijds: aantal maanden',
  'used.mzCareerPartial': 'Verlof voor mantelzorg in je hele loopbaan (alle personen samen), deeltijds: aantal maanden',
  'used.mb': 'Medische bijstand voor deze persoon: aantal maanden voltijds',
  'used.zk': 'Vlaams zorgkrediet: aantal maanden, omgerekend naar voltijds (halftijds telt half)',
  'used.tk': 'Tijdskrediet voor zorg: aantal maanden',
  'used.ap': 'Vlaamse aanmoedigingspremie: aantal maanden',
  'used.zorgDays': 'Zorgverlof dit jaar: aantal dagen',
  'used.dwingendDays': 'Verlof om dwingende redenen dit jaar: aantal dagen',
  'loading': 'Even geduld, je resultaat wordt klaargezet…',
  'showResult': 'Toon mijn resultaat',
  'error.number': (min: number, max: number) => `Vul een getal in van ${min} tot ${max}.`,
  'privacy': 'Anoniem: je antwoorden blijven op je eigen toestel. Je werkgever ziet niet dat je dit invult.',
};

export type LeaveCatalogTexts = typeof nlTexts;

/** The catalog the widget reads: every string rendered with the figures of ./figures.ts. */
export const nl = withWidgetFigures(nlTexts);
export type LeaveMessages = typeof nl;

export default nl;
