/**
 * <mz-recognition-quiz> messages for adults, Dutch (the reference). B1 ("klare taal").
 * The school version's messages are in young/*.ts, loaded only for audience="young" (size budget);
 * the result and print-sheet texts are in result/*.ts, loaded on "Start" (the first screen's budget).
 * Question and option keys are typed in the component's question tables (adult/questions.ts).
 * Every question is our own wording (never the items of a published instrument).
 */
import { figures, withFigures } from '../recognition-figures.js';

/** Source texts: figure strings are functions of the recognition figures (fr/en/de are typed against this). */
export const nlTexts = {
  // ---- adult: intro and flow
  'title': 'Help jij iemand die zorg nodig heeft?',
  'intro.lead': 'Veel mensen helpen iemand die ziek is, een handicap heeft of ouder wordt. Ze noemen dat zelf zelden "mantelzorg". Met 8 korte vragen zie je wat jouw hulp is en waar je recht op kunt hebben.',
  'intro.time': 'Het duurt ongeveer 3 minuten.',
  'intro.notATest': 'Het is geen test. Er zijn geen foute antwoorden.',
  'intro.start': 'Start de vragen',
  'error.chooseOne': 'Kies een antwoord om verder te gaan.',
  'nav.showResult': 'Toon mijn resultaat',
  'nav.checkFirst': 'Eerst mijn antwoorden nakijken',
  'check.title': 'Kijk je antwoorden na',
  'check.lead': 'Klopt alles? Je kunt elk antwoord nog wijzigen.',
  'check.none': 'Niets gekozen',

  // ---- adult questions (own wording, from the dimensions of the scoring model)
  'q.need.legend': 'Heeft iemand in je omgeving extra hulp nodig?',
  'q.need.hint': 'Bijvoorbeeld door ziekte, een handicap, psychische problemen, verslaving of ouderdom. Het kan gaan om je partner, een ouder, een kind, familie, een vriend of een buur.',
  'opt.need.yes': 'Ja',
  'opt.need.no': 'Nee',
  'opt.need.notSure': 'Ik weet het niet zeker',
  'q.role.legend': 'Doe je die hulp als betaald werk of als vrijwilliger van een organisatie?',
  'q.role.hint': 'Bijvoorbeeld als verpleegkundige, als poetshulp, of als vrijwilliger via een vereniging of het OCMW.',
  'opt.role.personal': 'Nee, ik help omdat de persoon dicht bij mij staat',
  'opt.role.paidJob': 'Ja, het is mijn betaalde werk',
  'opt.role.volunteer': 'Ja, ik doe het als vrijwilliger van een organisatie',
  'q.tasks.legend': 'Waarmee help je?',
  'q.tasks.hint': 'Kies alles wat past. Past er niets? Ga dan gewoon verder.',
  'opt.tasks.household': 'Het huishouden',
  'opt.tasks.household.hint': 'koken, poetsen, de was doen',
  'opt.tasks.practical': 'Praktische hulp',
  'opt.tasks.practical.hint': 'boodschappen, vervoer, mee naar afspraken',
  'opt.tasks.personalCare': 'Lichamelijke verzorging',
  'opt.tasks.personalCare.hint': 'wassen, aankleden, eten, naar het toilet gaan',
  'opt.tasks.medical': 'Medicijnen of verpleegtaken',
  'opt.tasks.medical.hint': 'pillen klaarzetten, een spuitje geven, een wonde verzorgen',
  'opt.tasks.admin': 'Papieren en geld',
  'opt.tasks.admin.hint': 'brieven, rekeningen, formulieren',
  'opt.tasks.supervision': 'Toezicht',
  'opt.tasks.supervision.hint': 'de persoon kan niet lang alleen zijn, je komt kijken of belt, ook ’s nachts',
  'opt.tasks.emotional': 'Steun en gezelschap',
  'opt.tasks.emotional.hint': 'luisteren, troosten, samen iets doen',
  'opt.tasks.coordination': 'De zorg regelen',
  'opt.tasks.coordination.hint': 'afspraken maken met de dokter, de thuisverpleging of andere diensten',
  'opt.tasks.othersInHousehold': 'Zorgen voor anderen in het gezin',
  'opt.tasks.othersInHousehold.hint': 'bijvoorbeeld voor de kinderen, omdat je partner het niet kan',
  'q.frequency.legend': 'Hoe vaak help je?',
  'q.frequency.hint': 'Kies wat het vaakst gebeurt.',
  'opt.frequency.lessThanMonthly': 'Minder dan één keer per maand',
  'opt.frequency.monthly': 'Eén of een paar keer per maand',
  'opt.frequency.weekly': 'Elke week',
  'opt.frequency.severalPerWeek': 'Meerdere keren per week',
  'opt.frequency.daily': 'Elke dag',
  'q.duration.legend': 'Hoe lang help je al?',
  'q.duration.hint': 'Ben je pas begonnen? Kies dan hoe lang je denkt dat het zal duren.',
  'opt.duration.under3m': 'Minder dan 3 maanden',
  'opt.duration.3to12m': 'Van 3 maanden tot 1 jaar',
  'opt.duration.over12m': 'Langer dan 1 jaar',
  'q.hours.legend': 'Hoeveel uur per maand help je ongeveer?',
  'q.hours.hint': figures((f) => `Tel alles samen wat je in een gewone maand doet. Ter vergelijking: ${f.hoursPerMonth} uur per maand is ongeveer ${f.hoursPerWeekAbout} uur per week.`),
  'opt.hours.under10': 'Minder dan 10 uur',
  'opt.hours.10to49': 'Van 10 tot 49 uur',
  'opt.hours.50plus': figures((f) => `${f.hoursPerMonth} uur of meer`),
  'opt.hours.unknown': 'Ik weet het niet',
  'q.livesWith.legend': 'Woon je samen met de persoon die je helpt?',
  'q.livesWith.hint': 'Op hetzelfde adres.',
  'opt.livesWith.yes': 'Ja',
  'opt.livesWith.no': 'Nee',
  'q.impact.legend': 'Merk je de hulp in je werk, je studie of je vrije tijd?',
  'q.impact.hint': 'Bijvoorbeeld: je bent moe op het werk, je hebt minder tijd voor jezelf of je ziet je vrienden minder.',
  'opt.impact.no': 'Nee',
  'opt.impact.aBit': 'Een beetje',
  'opt.impact.aLot': 'Ja, veel',

  'help.summary': 'Heb je nu meteen hulp nodig?',
  'help.lead': 'Je kunt altijd iemand bellen:',
  'help.emergency': 'Is iemands leven in gevaar? Bel 112.',
};
export type QuizTexts = typeof nlTexts;

/** The catalog the widget reads: figure strings rendered with src/data/recognition.ts. */
export const nl = withFigures(nlTexts);
export type QuizMessages = typeof nl;

export default nl;
