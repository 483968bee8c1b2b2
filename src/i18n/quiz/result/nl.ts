/**
 * <mz-recognition-quiz>: Dutch texts of the result and the print sheet (the reference; B1, "je").
 * A separate chunk from the questions (../nl.ts): it loads on "Start", with the result templates,
 * so the first screen does not download result texts for people who never start.
 * Also read by the school version (footer, print), with its own wording over some keys (../young/).
 */
import { plural } from '../../../core/i18n/plural.js';
import { figures, withFigures } from '../../recognition-figures.js';
import type { RecognitionActionKey, RecognitionOutcome, RecognitionReasonKey } from '../../../rules/quiz/index.js';

/** Source texts: figure strings are functions of the recognition figures (fr/en/de are typed against this). */
export const nlTexts = {
  // ---- adult results (never "you are not a caregiver")
  'outcome.caregiver_intensive.title': 'Je doet veel voor iemand. Dat is mantelzorg.',
  'outcome.caregiver_intensive.body': 'Je helpt vaak en op veel manieren. Mensen noemen dat mantelzorg. Je hoeft dat woord niet te gebruiken, maar het kan deuren openen: een erkenning, verlof en steun. Denk ook aan je eigen gezondheid: je huisarts is er ook voor jou.',
  'outcome.caregiver.title': 'Wat jij doet, is mantelzorg.',
  'outcome.caregiver.body': 'Je helpt iemand geregeld. Mensen noemen dat mantelzorg. Je hoeft dat woord niet te gebruiken, maar het helpt om te weten waar je terechtkunt.',
  'outcome.occasional.title': 'Je helpt iemand af en toe.',
  'outcome.occasional.body': 'Dat is waardevol. Hulp groeit vaak stilaan. Wordt het meer? Dan lees je hieronder waar je terechtkunt.',
  'outcome.professional.title': 'Dit klinkt als je werk of je vrijwilligerswerk.',
  'outcome.professional.body': 'Hulp als job of via een organisatie is geen mantelzorg. Help je iemand die dicht bij je staat ook in je eigen tijd? Doe de vragen dan opnieuw voor die persoon.',
  'outcome.not_now.title': 'Op dit moment lijkt zorg geen grote rol te spelen.',
  'outcome.not_now.body': 'Dat kan veranderen. Kom gerust terug als er iets verandert, voor jezelf of voor iemand die je kent.',
  'result.needUnsure': 'Je twijfelde of de persoon extra hulp nodig heeft. Dat is normaal: hulp groeit vaak stilaan. Lees dit resultaat als een richting, niet als een zekerheid.',
  'result.whyTitle': 'Waarom zeggen we dit?',
  'reason.needNo': 'Je zei dat niemand in je omgeving nu extra hulp nodig heeft.',
  'reason.needUnsure': 'Je twijfelt of de persoon extra hulp nodig heeft.',
  'reason.rolePaidJob': 'Je helpt als deel van je betaalde werk.',
  'reason.roleVolunteer': 'Je helpt als vrijwilliger van een organisatie.',
  'reason.noTasks': 'Je koos geen soort hulp die je geeft.',
  'reason.tasks': (n: number) => plural('nl', n, { one: 'Je helpt met # soort taak.', other: 'Je helpt met # soorten taken.' }),
  'reason.helpDaily': 'Je helpt elke dag.',
  'reason.helpWeekly': 'Je helpt elke week of vaker.',
  'reason.helpMonthlyLasting': 'Je helpt elke maand, en dat al een tijd.',
  'reason.helpMonthlyShort': 'Je helpt elke maand, maar nog maar kort.',
  'reason.helpRarely': 'Je helpt minder dan één keer per maand.',
  'reason.helpUnknown': 'We weten niet hoe vaak je helpt.',
  'reason.hours50plus': figures((f) => `Je helpt ${f.hoursPerMonth} uur of meer per maand.`),
  'reason.dailyManyTasks': 'Je helpt elke dag, en bij 3 of meer soorten taken. Dat is veel.',
  'reason.livesWith': 'Je woont samen met de persoon. Dan stopt de zorg zelden.',
  'reason.impactALot': 'De zorg heeft veel invloed op je werk of je vrije tijd.',
  'result.actionsTitle': 'Wat kun je nu doen?',
  'action.overloadCheck': 'Kijk hoe zwaar de zorg voor jou weegt. Je krijgt tips die passen.',
  'action.recognitionGeneral': 'Vraag bij je ziekenfonds een erkenning als mantelzorger aan.',
  'action.recognitionSocial': 'Vraag bij je ziekenfonds of je een erkenning met sociale rechten kunt krijgen.',
  'action.leave': 'Werk je? Bekijk welk verlof je kunt nemen om te zorgen.',
  'action.finder': 'Zoek steun in je buurt, zoals een vereniging voor mantelzorgers. Lid worden is gratis.',
  'action.learnMore': 'Lees wat mantelzorg is en wat er bestaat.',
  'action.finderForPerson': 'Zoek steun voor de persoon die je helpt.',
  'action.redoForPerson': 'Help je ook iemand in je eigen tijd? Doe de vragen opnieuw voor die persoon.',
  'action.comeBack': 'Verandert er iets? Doe de vragen gerust opnieuw.',
  'action.aroundCaregiver': 'Ken je iemand die veel voor een ander zorgt? Wijs die persoon op deze vragen.',
  'link.overloadCheck': 'Naar de check "Hoe zwaar weegt de zorg?"',
  'link.leaveCalculator': 'Naar "Welk verlof kan ik nemen?"',
  'link.finder': 'Naar steun in de buurt',
  'link.learnMore': 'Meer over mantelzorg',
  'link.onThisPage': '(op deze pagina)',

  // ---- federal recognition (facts in src/data/quiz/recognition.ts)
  'rec.title': 'De erkenning als mantelzorger',
  'rec.intro': (since: string) => `Sinds ${since} kun je bij je eigen ziekenfonds vragen om erkend te worden als mantelzorger. Er zijn twee soorten.`,
  'rec.general.title': 'Algemene erkenning',
  'rec.asks': 'Wat is nodig?',
  'rec.gives': 'Wat levert het op?',
  'rec.general.asks': 'Je helpt iemand geregeld, niet als job of als vrijwilliger. Je hebt een band met die persoon. Jullie wonen allebei in België. Er is minstens één zorgverlener bij betrokken, zoals de huisarts of de thuisverpleging.',
  'rec.general.gives': 'Een officiële erkenning van wat je doet. Ze geeft nog geen extra rechten. Ze blijft geldig zolang de situatie niet verandert.',
  'rec.social.title': 'Erkenning met sociale rechten',
  'rec.social.asks': (perMonth: number, perYear: number) => `Alles van de algemene erkenning, plus: je helpt minstens ${perMonth} uur per maand of ${perYear} uur per jaar. De persoon die je helpt, moet ook veel zorg nodig hebben volgens vaste regels, bijvoorbeeld een beslissing over zelfredzaamheid of een tegemoetkoming voor hulp van derden.`,
  'rec.social.gives': (ft: number, pt: number, since: string, years: number) => `Werk je voor een werkgever? Dan kun je verlof voor mantelzorg nemen: tot ${ft} maanden voltijds of ${pt} maanden deeltijds per persoon die je helpt (regel sinds ${since}). De erkenning geldt ${years} jaar. Daarna vraag je ze opnieuw aan.`,
  'rec.check': 'De regels zijn ingewikkeld en elk geval is anders. Twijfel je? Vraag het aan je ziekenfonds. Alleen zij beslissen.',
  'rec.meta': (since: string, checked: string) => `Regels geldig sinds ${since}, nagekeken op ${checked}.`,
  'rec.source': 'Bron',
  'rec.leaveSource': 'verlof',
  'rec.hint50': figures((f) => `Je helpt ${f.hoursPerMonth} uur of meer per maand. Dan kom je misschien in aanmerking voor de erkenning met sociale rechten. De persoon die je helpt, moet ook aan voorwaarden voldoen. Vraag het aan je ziekenfonds.`),
  'bring.title': 'Wat neem je mee naar je ziekenfonds?',
  'bring.statement': 'Het formulier met de verklaring op erewoord. Je krijgt het bij je ziekenfonds. Jij en de persoon die je helpt, ondertekenen het allebei.',
  'bring.ids': 'Je identiteitskaart, en de naam en het adres van de persoon die je helpt.',
  'bring.professional': 'De naam van een zorgverlener die mee helpt, zoals de huisarts of de thuisverpleging.',
  'bring.proof': 'Als je het hebt: een beslissing of attest over de zorgnood van de persoon, bijvoorbeeld over zelfredzaamheid of hulp van derden.',
  'bring.hours': 'Een schatting van je uren: per week of per maand, en waarmee je helpt.',
  'bring.check': 'Vraag je ziekenfonds welke papieren zij precies willen zien.',

  // ---- result footer, print
  'result.signal': 'Dit is een eerste richting, geen beslissing. Je kunt de vragen altijd opnieuw doen.',
  'result.madeOn': (date: string) => `Gemaakt op ${date}.`,
  'print.sheetTitle': 'Breng dit blad mee naar je ziekenfonds, of praat erover met iemand die je vertrouwt.',
  'print.sheetTitleTalk': 'Bewaar dit blad, of praat erover met iemand die je vertrouwt.',
  'print.includeHint': 'Je antwoorden staan dan ook op het blad. Zonder vinkje staan ze er niet op.',
  'answers.title': 'Jouw antwoorden',
};
export type QuizResultTexts = typeof nlTexts;

/** The catalog the result reads: figure strings rendered with src/data/recognition.ts. */
export const nl = withFigures(nlTexts);
export type QuizResultMessages = typeof nl;

/** Type-level proof that every key the rules can return has a message (the build fails otherwise). */
type RuleKeys = RecognitionReasonKey | RecognitionActionKey | `outcome.${RecognitionOutcome}.${'title' | 'body'}`;
type Proves<T extends Record<RuleKeys, unknown>> = T;
export type QuizResultMessagesCoverRules = Proves<QuizResultMessages>;
export default nl;
