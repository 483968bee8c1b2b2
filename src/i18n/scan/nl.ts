/**
 * What both organisation scans share (result, chart, table, export): Dutch, the reference.
 * The scans speak to teams ("jullie", "we"); fr/en/de are typed against this file.
 */
const nl = {
  'answered': (n: number, total: number) => `${n} van ${total} vragen beantwoord.`,
  'meta': (date: string, version: string) => `Ingevuld op ${date}. Vragenlijst versie ${version}.`,
  'level.start': 'begin',
  'level.growing': 'groeit',
  'level.strong': 'sterk',
  'profile.title': 'Jullie profiel',
  'profile.alt': (parts: string) => `Profiel in een grafiek: ${parts}.`,
  'profile.part': (label: string, score: number, max: number, level: string) => `${label}: ${score} van ${max}, ${level}`,
  'table.caption': 'Score per onderdeel',
  'table.group': 'Onderdeel',
  'table.score': 'Score',
  // A soft hyphen: a narrow table breaks the word there, not anywhere.
  'table.answered': 'Beant\u00adwoord',
  'table.level': 'Niveau',
  'table.of': (score: number, max: number) => `${score} van ${max}`,
  'strongest': (label: string) => `Sterkste onderdeel: ${label}.`,
  'weakest': (label: string) => `Hier valt het meeste te winnen: ${label}.`,
  'even': 'Geen onderdeel springt eruit: alle onderdelen scoren even hoog.',
  'thresholds': 'De grenzen tussen begin, groeit en sterk zijn onze eigen keuze en niet wetenschappelijk getoetst. Gebruik de score om het gesprek te starten, niet als oordeel.',
  'sources': 'Bron:',
  'noGaps': 'Geen enkele vraag kreeg het laagste of het op één na laagste antwoord. Blijf evalueren en deel wat werkt.',
  'allSkipped': 'Jullie sloegen alle vragen over. Vul de vragen in voor een profiel en concrete acties.',
  'partner.title': (name: string) => `Van ${name}`,
  'partner.anonymous': 'Van de organisatie die deze scan aanbiedt',
  'partner.practices': 'Voorbeelden uit de regio',
  'partner.contacts': 'Contact',
  'partner.call': (phone: string) => `Bel ${phone}`,
  'partner.website': (name: string) => `Website van ${name}`,
  'export.title': 'Bewaren en delen',
  'export.note': 'De bestanden worden in deze browser gemaakt. Er wordt niets verstuurd.',
  'export.csv': 'Antwoorden downloaden (CSV)',
  'export.json': 'Antwoorden downloaden (JSON)',
  'export.done': 'Het bestand is gemaakt. Je vindt het bij je downloads.',
  'copy': 'Resultaat kopiëren',
  'copied': 'Het resultaat is gekopieerd.',
  'copyFailed': 'Kopiëren lukte niet. Druk het resultaat af of download de antwoorden.',
  'change': 'Antwoorden wijzigen',
  'loading': 'Het resultaat wordt geladen…',
  'announce': (title: string) => `${title}. Het resultaat staat klaar.`,
  'skipped': 'overgeslagen',
  'widget': (tag: string) => `Mantelkit kan hierbij helpen: <${tag}>.`,
};
export type ScanMessages = typeof nl;
export default nl;
