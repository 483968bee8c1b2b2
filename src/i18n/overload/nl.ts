/**
 * <mz-overload-check>: Dutch messages (the reference catalog; B1, "je").
 * Keys with `.adult.` / `.young.` are the two audiences; the young wording is for ages ~10–25.
 * All questions are our own words per dimension (docs/content/overload.md#items); no wording of a licensed scale is used.
 * The result screen's texts are in ./result/ (a separate chunk, loaded once the check starts).
 */
/** Shared keys whose wording differs for young readers (fr/de: "tu"/"du" instead of "vous"/"Sie"). */
export type OverloadYoungKey = 'global.hint' | 'careFor.hint' | 'choose.error' | 'help.danger' | 'help.lines';
type YoungOverrides = Partial<Record<OverloadYoungKey, string>>;

export const nl = {
  'title.adult': 'Hoe zwaar weegt de zorg?',
  'title.young': 'Hoe is het thuis voor jou?',
  'intro.adult': [
    'Zorg je voor iemand? Met deze vragen zie je hoe zwaar de zorg nu voor jou is. En waar je hulp kunt vinden.',
  ],
  'intro.young': [
    'Help je thuis voor iemand zorgen? Bijvoorbeeld voor je mama, papa, broer, zus of oma? Met deze vragen zie je hoe het nu met jou gaat. En wie jou kan helpen.',
  ],
  // The real number of questions for this audience (the widget counts its steps): no "short check" that is not.
  'intro.count.adult': (n: number) => `Er zijn ${n} korte vragen. Het duurt ongeveer 3 minuten. Je mag elke vraag overslaan.`,
  'intro.count.young': (n: number) => `Je krijgt ${n} korte vragen. Het duurt ongeveer 3 minuten. Je mag elke vraag overslaan.`,
  'privacy.young': 'Niemand ziet je antwoorden. Ze blijven op dit toestel en worden niet bewaard.',
  signal: 'Dit is geen test en geen diagnose. Het is een signaal: het toont hoe het nu gaat.',
  'signal.young': 'Dit is geen test. Je kunt niets fout doen. Het toont alleen hoe het nu gaat.',

  'answer.no': 'Nee',
  'answer.sometimes': 'Soms',
  'answer.yes': 'Ja',
  'answer.dontKnow': 'Ik weet het niet',
  'answer.skipped': 'Overgeslagen',
  'choose.error': 'Kies een antwoord. Of kies "Overslaan".',

  'q.adult.time': 'Heb je te weinig tijd voor jezelf? Om uit te rusten of iets te doen wat je graag doet?',
  'q.adult.combine': 'Is het moeilijk om de zorg te combineren met je werk, je studie of je gezin?',
  'q.adult.physical': 'Is de zorg zwaar voor je lichaam? Word je er moe van, of doet het pijn?',
  'q.adult.sleep': 'Slaap je slechter door de zorg of doordat je ligt te piekeren?',
  'q.adult.emotional': 'Voel je je door de zorg vaak gespannen, verdrietig of snel boos?',
  'q.adult.alwaysOn': 'Ben je ook in je vrije uren met de zorg bezig? Bijvoorbeeld omdat je op elk moment gebeld kunt worden?',
  'q.adult.social': 'Zie je minder vrienden of familie? Of voel je je alleen met de zorg?',
  'q.adult.money': 'Kost de zorg je geld of inkomen dat je eigenlijk niet kunt missen?',
  'q.adult.health': 'Gaat je eigen gezondheid achteruit? Of stel je je eigen bezoek aan de dokter uit?',
  'q.adult.outlook': 'Vraag je je af hoe lang je dit nog volhoudt?',
  'q.young.time': 'Heb je te weinig tijd om te spelen, te sporten of uit te rusten?',
  'q.young.combine': 'Is het moeilijk om naast het helpen thuis ook je huiswerk en school te doen?',
  'q.young.physical': 'Word je moe van het helpen? Of doet je lichaam er soms pijn van?',
  'q.young.sleep': 'Slaap je slecht omdat je thuis moet helpen of omdat je je zorgen maakt?',
  'q.young.emotional': 'Ben je vaak verdrietig, boos of bang door wat er thuis gebeurt?',
  'q.young.alwaysOn': 'Denk je ook in je vrije tijd aan thuis? Bijvoorbeeld omdat je misschien snel naar huis moet om te helpen?',
  'q.young.social': 'Zie je je vrienden minder? Of voel je je alleen met wat er thuis gebeurt?',
  'q.young.money': 'Kost het helpen thuis geld dat jullie niet kunnen missen?',
  'q.young.health': 'Voel je je vaak ziek? Of ga je niet naar de dokter omdat daar geen tijd voor is?',
  'q.young.outlook': 'Denk je soms: hoe lang kan ik dit nog?',

  'global.adult': 'Hoe zwaar voelt de zorg nu voor jou?',
  'global.young': 'Hoe zwaar is het helpen thuis nu voor jou?',
  'global.hint': 'Kies een cijfer van 0 tot 10.',
  'global.low': '0 = helemaal niet zwaar',
  'global.high': '10 = veel te zwaar',

  'routing.note': 'Deze vraag telt niet mee voor je resultaat. Ze helpt ons om betere hulp te tonen.',
  'canShare.adult': 'Is er iemand die de zorg een tijdje van je kan overnemen?',
  'canShare.young': 'Is er een volwassene die kan helpen of het even van je kan overnemen?',
  'careFor.adult': 'Voor wie zorg je?',
  'careFor.young': 'Wie help je thuis?',
  'careFor.hint': 'Je mag meer dan één antwoord kiezen. Of kies "Volgende" zonder iets aan te duiden.',
  'careFor.adult.dementia': 'Iemand met dementie',
  'careFor.adult.mentalHealth': 'Iemand met psychische problemen of een verslaving',
  'careFor.adult.disability': 'Iemand met een handicap',
  'careFor.adult.chronicIllness': 'Iemand met een ziekte die lang duurt',
  'careFor.adult.frailty': 'Een oudere die veel hulp nodig heeft',
  'careFor.adult.child': 'Een kind dat ziek is of een handicap heeft',
  'careFor.young.dementia': 'Iemand die veel dingen vergeet (dementie)',
  'careFor.young.mentalHealth': 'Iemand die zich vaak heel slecht voelt, of die te veel drinkt of drugs neemt',
  'careFor.young.disability': 'Iemand met een handicap',
  'careFor.young.chronicIllness': 'Iemand die al lang ziek is',
  'careFor.young.frailty': 'Een opa, oma of iemand anders die oud is en hulp nodig heeft',
  'careFor.young.child': 'Een broer of zus die ziek is of een handicap heeft',

  'redFlags.intro.adult': 'Nog drie laatste vragen. Ze zijn persoonlijker. Je mag ze overslaan. Antwoord je "ja", dan tonen we meteen waar je hulp vindt.',
  'redFlags.intro.young': 'Nog drie laatste vragen. Ze gaan over hoe jij je voelt. Je mag ze overslaan. Zeg je "ja", dan tonen we meteen wie jou kan helpen.',
  'rf.adult.cantGoOn': 'Heb je het gevoel dat het echt niet meer gaat? Dat je op je grens zit?',
  'rf.adult.selfHarm': 'Denk je er soms aan om jezelf iets aan te doen, of om niet meer te leven?',
  'rf.adult.harmAtHome': 'Ben je soms bang dat je de persoon voor wie je zorgt pijn zult doen? Of loopt het thuis uit de hand, met geweld?',
  'rf.young.cantGoOn': 'Voel je je soms zo moe of verdrietig dat het echt niet meer gaat?',
  'rf.young.selfHarm': 'Denk je er soms aan om jezelf pijn te doen, of om er niet meer te zijn?',
  'rf.young.harmAtHome': 'Voel je je soms niet veilig thuis? Bijvoorbeeld omdat er geslagen of heel erg geroepen wordt?',

  'help.summary': 'Heb je nu meteen hulp nodig?',
  'help.danger': 'Is iemand in gevaar? Bel meteen 112.',
  'help.lines': 'Je kunt ook nu bellen of chatten met:',
  'help.call': (number: string) => `Bel ${number}`,
  // 1712 has no hours in the shared helpline table yet; its own site and Focus-WTV: working days, no emergency line.
  'line.violenceLine.notEmergency': 'Geen noodnummer: bij gevaar bel je 112 of 101.',
  'young.overrides': {} as YoungOverrides,
  'changeAnswers': 'Antwoorden wijzigen',
};
export type OverloadMessages = typeof nl;
export default nl;

