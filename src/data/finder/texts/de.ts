import type { RecordTexts } from './types.js';

/** German (Belgian terms, docs/content/terms.md) texts of the finder records: our own words, same facts and sources as records.ts. */
export const texts: RecordTexts = {
  coponcho: {
    affiliation: 'Gehört zur sozialistischen Krankenkasse (Solidaris).',
    description: 'Verein für pflegende Angehörige, auf Niederländisch. Kostenloser Rundbrief, viermal im Jahr, mit Tipps und Infos zu Geld. Auch wer einen Menschen mit psychischen Problemen oder einer Sucht unterstützt, ist pflegender Angehöriger.',
  },
  lieverThuisLm: {
    affiliation: 'Gehört zur Liberalen Krankenkasse (LM).',
    description: 'Verein für pflegende Angehörige, auf Niederländisch. Informationen, Schulungen und Aktivitäten, zum Beispiel zu Demenz.',
  },
  mantelzorgnetwerk: {
    description: 'Anerkannter Verein für pflegende Angehörige, auf Niederländisch. Wie jeder anerkannte Verein informiert und schult er und bringt Angehörige zusammen.',
  },
  okraZorgrecht: {
    affiliation: 'Dienst des Seniorenverbands OKRA. Arbeitet eng mit der CM zusammen.',
    description: 'Für Menschen, die Pflege erhalten, und ihre Angehörigen, auf Niederländisch. Fragen und Beschwerden zur Pflege, besonders im Wohn- und Pflegezentrum. Auch ohne OKRA-Mitgliedschaft.',
  },
  samana: {
    affiliation: 'Gehört zur flämischen Christelijke Mutualiteit (CM).',
    description: 'Verein, auf Niederländisch, von und für chronisch kranke oder behinderte Menschen und ihre Angehörigen. Lokale Gruppen, Hausbesuche, Angehörigen-Cafés und angepasste Urlaube, auch zusammen mit dem Angehörigen.',
  },
  steunpuntMantelzorg: {
    description: 'Anerkannter Verein für pflegende Angehörige, auf Niederländisch. Erklärt Rechte und Prämien. Hat auch eine Veranstaltung für junge pflegende Angehörige bis 25 organisiert.',
  },
  zojong: {
    affiliation: 'Unabhängige VoG von Ehrenamtlichen.',
    description: 'Online-Plattform, auf Niederländisch, für Kinder und Jugendliche bis 25, die zu Hause jemanden unterstützen.',
  },
  magenta: {
    affiliation: 'Projekt der KU Leuven.',
    description: 'Für Eltern eines Kindes mit Behinderung oder chronischer Krankheit. Verlässliche Informationen und Workshops für Eltern, auf Niederländisch.',
  },
  aidantsProches: {
    affiliation: 'Französischsprachige VoGs in der Wallonie und in Brüssel, gegründet auf Initiative der König-Baudouin-Stiftung.',
    description: 'Für pflegende Angehörige, auf Französisch. Zuhören und Beratung per Telefon und online, Workshops.',
  },
  jeunesAidantsProches: {
    description: 'Französischsprachiger Verein für junge pflegende Angehörige bis 25, in Brüssel und der Wallonie.',
  },
  healthFundRecognition: {
    description: 'Beantragen Sie die Anerkennung bei Ihrer eigenen Krankenkasse. Die Anerkennung für die Gewährung sozialer Rechte öffnet den Urlaub für nahestehende Hilfspersonen. Das Alter spielt keine Rolle.',
  },
  healthFundSocialService: {
    description: 'Der Sozialdienst Ihrer Krankenkasse unterstützt und informiert Sie. Er hilft Ihnen auch, Hilfe zu Hause zu organisieren, etwa eine Betreuung.',
  },
  caw: {
    description: 'Kostenlose, vertrauliche Hilfe, auf Niederländisch, bei jeder Frage: Beziehungen, Geld, Papiere, Wohnen.',
  },
  jac: {
    description: 'Kostenlose, anonyme Hilfe, auf Niederländisch, für Jugendliche von 12 bis 25.',
  },
  gp: {
    description: 'Sprechen Sie mit Ihrem Hausarzt darüber, wie schwer die Pflege ist, und über Ihre eigene Gesundheit.',
  },
  dementiaExpertise: {
    description: 'Neun regionale Zentren, auf Niederländisch, beraten und schulen zu Demenz und organisieren Gesprächscafés.',
  },
  sittingService: {
    description: 'Eine Betreuungsperson, oft ehrenamtlich, bleibt bei Ihrem Angehörigen, damit Sie kurz weg können, manchmal auch nachts. Fragen Sie Ihre Krankenkasse.',
  },
  dayCare: {
    description: 'Betreuung, Pflege und Aktivitäten tagsüber, vor allem für Menschen ab 65. So können Sie sich erholen.',
  },
  palliativeDayCentre: {
    description: 'Tageszentrum für Menschen in der Palliativphase, in Flandern.',
  },
  shortStay: {
    description: 'Ein vorübergehender Aufenthalt in einem Wohn- und Pflegezentrum, zum Beispiel wenn Sie in Urlaub fahren oder krank sind.',
  },
  localServiceCentre: {
    description: 'Treffpunkt im Viertel, auf Niederländisch, für Senioren und Angehörige. Infos, Mahlzeiten, Aktivitäten.',
  },
  mantelzorghub: {
    description: 'Übersicht der Angehörigen-Cafés in Flandern, auf Niederländisch.',
  },
  woonzorglijn: {
    description: 'Fragen oder Beschwerden, auf Niederländisch, zu einem Wohn- und Pflegezentrum, einer Kurzzeitpflege oder einer Tagespflege in Flandern.',
  },
  vem: {
    description: 'Verlässliche Informationsseite, auf Niederländisch, zur Pflege durch Angehörige in Flandern.',
  },
  socialeKaart: {
    description: 'Offizielles Verzeichnis, auf Niederländisch, aller Pflege- und Sozialdienste in Flandern und Brüssel.',
  },
  rechtenverkenner: {
    description: 'Werkzeug auf Niederländisch: Postleitzahl eingeben und mögliche Unterstützungen sehen.',
  },
  kenniscentrumWwz: {
    description: 'Brüsseler Fachzentrum, auf Niederländisch, für pflegende Angehörige in Brüssel.',
  },
};
export default texts;
