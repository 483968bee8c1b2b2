/**
 * <mz-recognition-quiz audience="young">, Dutch (the reference for the school version).
 * Words a 10-year-old knows, "je/jij", an example in every question; the word "mantelzorger"
 * appears only on the result. Loaded only when audience="young" (keeps the adult chunk small).
 * An audience variant of the adult catalog: a key the adults also have (title, intro.*, help.*,
 * result.signal, print.*, outcome.not_now.*) replaces theirs; the others are the school version's own.
 * Wording of rf_cantGoOn to be reviewed with Awel / ZoJong! before launch.
 */
import youngHelpNl from '../../help/young/nl.js';
import { withYoungHelp } from '../../help/young-help.js';
import type { YoungHelplineId, YoungLoad, YoungOutcome, YoungReasonKey } from '../../../rules/quiz/index.js';
import type { YoungService } from '../../../data/quiz/links.js';

export const youngNl = withYoungHelp({
  'title': 'Help jij thuis mee?',
  'intro.lead': 'Sommige kinderen en jongeren helpen thuis veel, omdat iemand ziek is of het moeilijk heeft. Met deze vragen ontdek je of dat ook bij jou zo is, en wie jou kan helpen.',
  'intro.time': 'Je krijgt 7 vragen of minder. Het duurt ongeveer 3 minuten.',
  'intro.anonymous': 'We vragen je naam niet. Niemand ziet je antwoorden, ook je school niet.',
  'intro.notATest': 'Het is geen toets. Er zijn geen foute antwoorden.',
  'intro.start': 'Begin',
  'error.chooseOne': 'Kies een antwoord. Dan kun je verder.',
  'q.careAtHome.legend': 'Is er thuis of in je familie iemand die vaak ziek is of extra hulp nodig heeft?',
  'q.careAtHome.hint': 'Bijvoorbeeld je mama, papa, broer, zus, oma of opa. Misschien heeft die persoon een ziekte of een handicap. Of is die vaak heel verdrietig of in de war. Of drinkt die te veel alcohol of gebruikt die drugs. Of is die al heel oud.',
  'opt.careAtHome.yes': 'Ja',
  'opt.careAtHome.no': 'Nee',
  'opt.careAtHome.notSure': 'Ik weet het niet goed',
  'q.who.legend': 'Wie is dat?',
  'q.who.hint': 'Je mag meer dan één kiezen. Je mag deze vraag ook overslaan.',
  'opt.who.parent': 'Mijn mama, papa of een andere ouder',
  'opt.who.sibling': 'Mijn broer of zus',
  'opt.who.grandparent': 'Mijn oma of opa',
  'opt.who.otherFamily': 'Iemand anders in mijn familie',
  'opt.who.someoneElse': 'Iemand anders bij mij thuis',
  'scale.0': 'Nooit',
  'scale.1': 'Soms',
  'scale.2': 'Vaak',
  'q.helps.legend': 'Hoe vaak help jij thuis hiermee?',
  'q.helps.hint': 'Kies bij elke rij: nooit, soms of vaak.',
  'item.help_chores': 'Koken, afwassen, poetsen of boodschappen doen',
  'item.help_siblings': 'Zorgen voor je broer of zus. Heb je geen broer of zus? Kies dan "Nooit".',
  'item.help_body': 'Iemand helpen met wassen, aankleden, eten of naar het toilet gaan',
  'item.help_medicine': 'Helpen met pillen, of mee naar de dokter of het ziekenhuis gaan',
  'item.help_papers': 'Helpen met brieven, geld of telefoontjes, of iets vertalen voor je ouders',
  'item.help_company': 'Iemand troosten, of thuis blijven zodat die niet alleen is',
  'q.feelings.legend': 'Hoe gaat het met jou?',
  'q.feelings.hint': 'Kies bij elke rij: nooit, soms of vaak.',
  'item.worry': 'Ik pieker over iemand thuis. Piekeren is: er veel aan denken en je zorgen maken.',
  'item.imp_tired': 'Ik ben moe op school door dingen thuis.',
  'item.imp_homework': 'Ik heb te weinig tijd voor huiswerk of leren.',
  'item.imp_friends': 'Ik heb te weinig tijd voor vrienden, sport of hobby’s.',
  'item.imp_alone': 'Ik voel me alleen met wat er thuis gebeurt.',
  'q.rf_unsafe.legend': 'Voel je je thuis soms niet veilig?',
  'q.rf_unsafe.hint': 'Bijvoorbeeld: je bent bang voor iemand thuis, of iemand doet jou of iemand anders pijn.',
  'q.rf_cantGoOn.legend': 'Voel je je soms zo slecht of verdrietig dat je niet meer verder wilt?',
  'q.rf_cantGoOn.hint': 'Je mag hier eerlijk zijn. Als je "ja" kiest, tonen we meteen wie jou kan helpen.',
  'opt.yes': 'Ja',
  'opt.no': 'Nee',
  'q.good.legend': 'Zijn er ook goede dingen aan helpen?',
  'q.good.hint': 'Je mag meer dan één kiezen. Je mag deze vraag ook overslaan.',
  'opt.good.proud': 'Ik ben er trots op',
  'opt.good.learn': 'Ik leer er veel van',
  'opt.good.closer': 'Het maakt de band thuis sterker',
  'opt.good.useful': 'Ik voel dat ik iets beteken',
  'outcome.urgent.title': 'Praat vandaag nog met iemand',
  'outcome.urgent.body': 'Wat je vertelt, is belangrijk. Je hoeft dit niet alleen te dragen. Deze mensen luisteren naar jou. Je hoeft je naam niet te zeggen.',
  'outcome.young_carer.title': 'Wat jij thuis doet en voelt, telt',
  'outcome.young_carer.body': 'Veel kinderen en jongeren groeien op met iemand die zorg nodig heeft. Wat jij doet, en waar jij over piekert, telt. Sommige mensen noemen dit een "jonge mantelzorger". Jij kiest zelf of je dat woord gebruikt.',
  'outcome.grows_up_with_care.title': 'Jij groeit op met iemand die zorg nodig heeft',
  'outcome.grows_up_with_care.body': 'Ook als je niet veel helpt, kan dat veel met je doen. Het is goed om te weten dat je er met iemand over mag praten.',
  'outcome.not_now.title': 'Thuis lijkt nu niemand extra zorg nodig te hebben',
  'outcome.not_now.body': 'Thuis wat meehelpen is gewoon. Verandert er iets? Doe de vragen dan gerust opnieuw. Ken je iemand die thuis veel helpt? Vertel over deze vragen.',
  'result.whyTitle': 'Wat je ons vertelde',
  'yreason.unsafe': 'Je voelt je thuis soms niet veilig.',
  'yreason.cantGoOn': 'Je voelt je soms zo slecht dat je niet meer verder wilt.',
  'yreason.noCareAtHome': 'Je zei dat er thuis niemand extra hulp nodig heeft.',
  'yreason.notSure': 'Je weet niet goed of iemand thuis extra hulp nodig heeft. Dat is oké.',
  'yreason.helpsOften': 'Je helpt vaak mee.',
  'yreason.helpsSometimes': 'Je helpt soms mee.',
  'yreason.worries': 'Je piekert over iemand thuis. Ook dat telt.',
  'yreason.tiredOrHomework': 'Je merkt het op school: je bent moe of hebt minder tijd om te leren.',
  'yreason.lessFreeTime': 'Je hebt minder tijd voor vrienden of hobby’s.',
  'yreason.alone': 'Je voelt je soms alleen met wat er thuis gebeurt.',
  'yreason.noHelpNoWorry': 'Je helpt niet veel en je piekert niet veel, maar er is thuis wel iemand die zorg nodig heeft.',
  'yreason.good': 'Je ziet ook goede dingen aan helpen.',
  'load.ok': 'Het lijkt erop dat je het nu goed aankunt. Blijf erover praten met iemand die je vertrouwt.',
  'load.a_lot': 'Je draagt best veel. Praat erover met iemand die je vertrouwt. Dan hoef je het niet alleen te doen.',
  'load.heavy': 'Dat is heel veel voor iemand van jouw leeftijd. Je verdient hulp. Praat er deze week over met iemand.',
  'good': 'Je noemde ook goede dingen. Helpen kan je sterk maken. Je mag daar trots op zijn.',
  'urgentTitle': 'Hier kun je nu terecht',
  'helpTitle': 'Wie kan jou helpen?',
  'yservice.school': 'Iemand op school die je vertrouwt: je juf of meester, of de leerlingenbegeleider. Die helpt leerlingen met hun zorgen. Of het CLB: mensen die samenwerken met je school. Ook zij helpen kinderen, en het kost niets.',
  'yservice.youthAdvice': 'Het JAC: daar kun je praten en raad vragen. Het is voor jongeren vanaf 12 jaar tot 25 jaar. Het kost niets en je hoeft je naam niet te zeggen.',
  'yservice.youngCarersOrg': 'ZoJong!: verhalen en tips van jongeren die thuis ook helpen.',
  'yservice.gp': 'De huisarts. Je mag samen met iemand gaan.',
  'schoolContactTitle': 'Op jouw school',
  'print.sheetTitle': 'Je mag dit blad tonen aan iemand die je vertrouwt.',
  'print.includeHint': 'Je antwoorden staan dan ook op het blad. Zonder vinkje staan ze er niet op.',
  'answers.title': 'Jouw antwoorden',
  'help.summary': 'Heb je nu meteen hulp nodig?',
  'help.lead': 'Je kunt altijd iemand bellen:',
  'result.signal': 'Dit is geen toets en geen oordeel. Je kunt de vragen altijd opnieuw doen.',
}, youngHelpNl);
export type YoungMessages = typeof youngNl;

/** Type-level proof that every key the young rules can return has a message. */
type RuleKeys =
  | YoungReasonKey | `outcome.${YoungOutcome}.${'title' | 'body'}` | `load.${YoungLoad}`
  | `yservice.${YoungService}` | `yline.${YoungHelplineId}`;
type Proves<T extends Record<RuleKeys, unknown>> = T;
export type YoungMessagesCoverRules = Proves<YoungMessages>;
export default youngNl;
