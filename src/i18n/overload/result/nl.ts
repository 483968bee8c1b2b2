/**
 * <mz-overload-check>: Dutch texts of the result screen (the reference; B1, "je").
 * A separate chunk from the questions (../nl.ts): it loads once the check starts, so the page
 * does not download result texts for people who never start.
 */
import type { OverloadTipKey } from '../../../rules/overload/index.js';
import type { Dial } from '../../../rules/help/lines.js';

/** Result keys whose wording differs for young readers (fr/de: "tu"/"du" instead of "vous"/"Sie"). */
export type OverloadResultYoungKey =
  | 'actions.title'
  | 'where.title'
  | 'where.urgentTitle'
  | 'where.partner'
  | 'source.both'
  | 'source.strain'
  | 'source.global'
  | 'again'
  | 'answers.title'
  | 'ref.gp'
  | 'ref.gp.text'
  | 'rules.basis'
  | 'rules.basisText';
type YoungOverrides = Partial<Record<OverloadResultYoungKey, string>>;

export const nl = {
  'help.website': (name: string) => `Website van ${name}`,

  'result.adult.urgent.title': 'Je hebt nu steun nodig. Je hoeft dit niet alleen te doen.',
  'result.adult.urgent.meaning': 'Je gaf aan dat het heel zwaar is, of dat er gevaar is. Praat er nu over met iemand. Deze mensen zijn er voor jou, ook als je niet goed weet wat je moet zeggen.',
  'result.adult.high.title': 'De zorg weegt nu zwaar op jou.',
  'result.adult.high.meaning': 'De zorg vraagt nu veel van je. Dat is een teken om hulp te zoeken, voor jezelf.',
  'result.adult.elevated.title': 'De zorg begint op je te wegen.',
  'result.adult.elevated.meaning': 'Je houdt het vol, maar sommige dingen worden zwaar. Zoek nu al wat hulp, voor het te veel wordt.',
  'result.adult.low.title': 'Je lijkt nu het evenwicht te bewaren.',
  'result.adult.low.meaning': 'Op dit moment lijkt de zorg niet te zwaar voor je. Dat kan veranderen.',
  'result.adult.incomplete.title': 'We kunnen weinig zeggen met deze antwoorden.',
  'result.adult.incomplete.meaning': 'Je hebt veel vragen overgeslagen. Dat mag. Wil je toch een beeld? Beantwoord dan nog een paar vragen. Of praat met iemand.',
  'result.young.urgent.title': 'Je verdient nu hulp. Je staat er niet alleen voor.',
  'result.young.urgent.meaning': 'Wat je vertelt, is belangrijk. Praat er vandaag nog over met iemand. Bellen is gratis en je hoeft je naam niet te zeggen.',
  'result.young.high.title': 'Het is nu heel zwaar voor jou.',
  'result.young.high.meaning': 'Je doet veel thuis. Dat is te veel om alleen te dragen. Het is niet jouw schuld. Er zijn mensen die je kunnen helpen.',
  'result.young.elevated.title': 'Het begint zwaar te worden voor jou.',
  'result.young.elevated.meaning': 'Je helpt veel, en dat is knap. Maar sommige dingen worden moeilijk. Praat erover, voor het te veel wordt.',
  'result.young.low.title': 'Het lijkt nu goed te gaan met jou.',
  'result.young.low.meaning': 'Op dit moment lijkt het helpen thuis niet te zwaar. Dat kan veranderen, en dat is oké.',
  'result.young.incomplete.title': 'We weten nog niet genoeg.',
  'result.young.incomplete.meaning': 'Je hebt veel vragen overgeslagen. Dat mag. Wil je het toch weten? Beantwoord dan nog een paar vragen. Of praat met iemand die je vertrouwt.',

  'actions.title': 'Wat kun je nu doen?',
  'actions.adult.urgent': ['Bel nu een van de nummers hieronder.', 'Is er iemand in gevaar? Bel 112.'],
  'actions.adult.high': [
    'Praat met je huisarts over hoe het met jóu gaat.',
    'Laat iemand de zorg een tijdje overnemen, zodat je kunt rusten.',
    'Verdeel taken: vraag familie, vrienden of buren om één ding te doen.',
  ],
  'actions.adult.elevated': [
    'Kijk bij de tips naar wat nu het zwaarst weegt.',
    'Vraag hulp bij één taak.',
    'Kijk of je erkend kunt worden als mantelzorger, en of je verlof kunt nemen.',
  ],
  'actions.adult.low': ['Zorg ook voor jezelf: rust, slaap en tijd voor iets leuks.', 'Weet waar je terechtkunt als het zwaarder wordt.'],
  'actions.adult.incomplete': ['Doe de check opnieuw en beantwoord meer vragen.', 'Praat met iemand die luistert.'],
  'actions.young.urgent': ['Bel of chat nu met een van de hulplijnen hieronder.', 'Ben jij of iemand anders in gevaar? Bel 112.'],
  'actions.young.high': [
    'Vertel het aan een volwassene die je vertrouwt. Bijvoorbeeld een leerkracht, iemand van het CLB, een tante of een buur.',
    'Bel of chat met een hulplijn voor jongeren.',
    'Voel je je vaak moe of ziek? Ga naar de dokter. Je mag iemand meenemen.',
  ],
  'actions.young.elevated': ['Vertel het aan iemand die je vertrouwt.', 'Kijk bij de tips hieronder.', 'Neem ook tijd voor jezelf: spelen, sporten, vrienden zien.'],
  'actions.young.low': ['Blijf tijd maken voor jezelf en je vrienden.', 'Weet dat je altijd met iemand kunt praten.'],
  'actions.young.incomplete': ['Doe de vragen opnieuw en beantwoord er meer.', 'Praat met iemand die je vertrouwt.'],

  'source.both': 'Dit resultaat komt uit je antwoorden en uit het cijfer dat je gaf.',
  'source.strain': 'Dit resultaat komt uit je antwoorden op de vragen.',
  'source.global': 'Dit resultaat komt vooral uit het cijfer dat je zelf gaf.',
  'source.skipped': (n: number) => (n === 1 ? 'Je sloeg 1 vraag over.' : `Je sloeg ${n} vragen over.`),

  'tips.title': 'Tips bij wat nu zwaar weegt',
  'tip.adult.respite': 'Weinig tijd voor jezelf, of altijd paraat? Vraag naar oppas aan huis, dagopvang of kortverblijf. Dan neemt iemand anders de zorg even over.',
  'tip.adult.combine': 'Moeilijk te combineren met je werk? Praat erover met je werkgever. En bekijk welk verlof je kunt nemen om te zorgen.',
  'tip.adult.gp': 'Moe, slecht slapen of pijn? Maak een afspraak bij je huisarts, voor jezelf. Neem dit resultaat mee.',
  'tip.adult.money': 'Kost de zorg je geld? De sociale dienst van je ziekenfonds geeft steun en informatie. Bij je ziekenfonds vraag je ook de erkenning als mantelzorger aan.',
  'tip.adult.social': 'Alleen met de zorg? Bij een vereniging voor mantelzorgers ontmoet je mensen die hetzelfde meemaken.',
  'tip.adult.talk': (no: Dial) => `Vaak gespannen, verdrietig of aan het piekeren? Praat erover. Dat kan anoniem bij Tele-Onthaal (${no('teleOnthaal')}) of gratis bij het CAW.`,
  'tip.adult.share': 'Niemand die de zorg kan overnemen? Een vereniging of de sociale dienst van je ziekenfonds zoekt met je mee.',
  'tip.young.respite': 'Geen tijd voor jezelf? Je mag ook spelen, sporten en rusten. Vraag of een volwassene soms iets van je kan overnemen.',
  'tip.young.combine': 'Moeilijk met school? Vertel het aan je leerkracht of het CLB. Dan kunnen ze rekening houden met jou.',
  'tip.young.gp': 'Moe, slecht slapen of pijn? Vertel het aan een volwassene, of ga naar de dokter. Je mag iemand meenemen.',
  'tip.young.social': 'Voel je je alleen? Er zijn andere jongeren die hetzelfde meemaken. Bij ZoJong! kun je ze ontmoeten.',
  'tip.young.talk': (no: Dial) => `Vaak verdrietig, boos of bang? Praat erover met iemand die je vertrouwt. Of bel of chat met Awel (${no('awel')}).`,
  'tip.young.share': 'Is er niemand die kan helpen? Vertel het aan een leerkracht of het CLB. Zij zoeken samen met jou.',

  'where.title': 'Waar vind je hulp?',
  'where.urgentTitle': 'Hier vind je nu hulp',
  'where.partner': 'Bij jou in de buurt',
  'where.more': 'Meer hulp',
  'ref.gp': 'Je huisarts',
  'ref.gp.text': 'Voor je eigen gezondheid. Zeg dat je voor iemand zorgt. Buiten de uren: in veel gemeenten bereik je via 1733 de huisarts van wacht. Je eigen huisarts zegt welk nummer bij jou geldt.',
  'ref.caw': 'CAW (Centrum Algemeen Welzijnswerk)',
  'ref.caw.text': 'Gratis en vertrouwelijk, voor elke vraag over hoe het met je gaat. Je kunt vaak zonder afspraak binnenlopen.',
  'ref.jac': 'JAC, voor jongeren van 12 tot 25',
  'ref.jac.text': 'Daar kun je praten en raad vragen, vanaf 12 jaar. Het kost niets en je hoeft je naam niet te zeggen. Je kunt er binnenlopen, bellen, mailen of chatten.',
  'ref.casg': 'Centre d’action sociale globale (CASG)',
  'ref.casg.text': 'Franstalige sociale dienst in Brussel, voor elke vraag.',
  'ref.amo': 'AMO (service d’action en milieu ouvert)',
  'ref.amo.text': 'Franstalige hulp voor kinderen en jongeren, gratis en op je eigen vraag.',
  'ref.kaleido': 'Kaleido Ostbelgien',
  'ref.kaleido.text': 'Duitstalige hulp voor kinderen en jongeren tot 20 jaar in Oost-België.',
  'ref.healthFundSocial': 'De sociale dienst van je ziekenfonds',
  'ref.healthFundSocial.text': 'Een maatschappelijk werker geeft steun en informatie, en helpt je hulp thuis te regelen.',
  'ref.respite': 'Even iemand anders: respijtzorg',
  'ref.respite.text': 'Oppas aan huis, dagopvang of kortverblijf. Zo kun jij even rusten.',
  'ref.associations': 'Verenigingen voor mantelzorgers',
  'ref.associations.text': 'Informatie, advies en mensen die hetzelfde meemaken.',
  'ref.associations.link': 'Zoek een vereniging die bij je past',
  'ref.zoJong': 'ZoJong!',
  'ref.zoJong.text': 'Voor jongeren die thuis helpen zorgen. Je ontmoet er andere jongeren.',
  'ref.jeunesAidantsProches': 'Jeunes & Aidants Proches',
  'ref.jeunesAidantsProches.text': 'Franstalige vereniging voor jongeren die thuis helpen zorgen, in Brussel en Wallonië.',
  'ref.schoolContact': 'Iemand op school',
  'ref.schoolContact.text': 'Je juf of meester, een leerkracht, of de leerlingenbegeleider: die helpt leerlingen met hun zorgen. Of het CLB: mensen die samenwerken met je school. Zij luisteren en helpen je verder.',
  'ref.recognitionQuiz': 'Erkenning als mantelzorger',
  'ref.recognitionQuiz.text': 'Kijk of je erkend kunt worden als mantelzorger bij je ziekenfonds.',
  'ref.recognitionQuiz.link': 'Doe de korte vragenlijst',
  'ref.leaveCalculator': 'Verlof om te zorgen',
  'ref.leaveCalculator.text': 'Bekijk welk verlof je kunt nemen om voor iemand te zorgen.',
  'ref.leaveCalculator.link': 'Bekijk je verlof',
  'ref.onPage': 'verderop op deze pagina',

  again: 'Je kunt deze check altijd opnieuw doen. Bijvoorbeeld over een paar weken, of als er iets verandert.',
  'rules.date': (version: string, date: string) => `Versie ${version} van de vragen en grenzen, van ${date}.`,
  'rules.provisional': 'De grenzen zijn voorlopig: ze zijn nog niet wetenschappelijk getest. Zorgverleners moeten ze nog nakijken.',
  'young.overrides': {
    'rules.basis': 'Hoe zijn deze vragen gemaakt?',
    'rules.basisText': 'Mensen die veel weten over zorg, maakten deze vragen. Ze keken naar vragen uit onderzoek. Hier staan die:',
    'ref.gp': 'Je dokter (huisarts)',
    'ref.gp.text': 'Je kunt er ook praten over hoe het thuis gaat. Je mag iemand meenemen.',
    again: 'Je kunt deze vragen altijd opnieuw doen, als er iets verandert.',
  } as YoungOverrides,
  'rules.basis': 'Waarop is dit gebaseerd?',
  'rules.basisText': 'De onderwerpen komen uit bekende wetenschappelijke vragenlijsten over de belasting van mantelzorgers, en de grenzen zijn erop afgestemd. De vragen zijn in eigen woorden geschreven. Bronnen:',
  'answers.title': 'Je antwoorden',
  'answers.rating': (n: number) => `${n} van 10`,
  'result.announce': (title: string) => `Je resultaat: ${title}`,
};
export type OverloadResultMessages = typeof nl;
export default nl;

/** A tip is a text, or a text that names a helpline and gets its number as a parameter. */
export type OverloadTip = string | ((no: Dial) => string);
// The type checker proves that every tip key the rules can return exists in the catalog.
const _tipsExist: Record<OverloadTipKey, OverloadTip> = nl;
void _tipsExist;
