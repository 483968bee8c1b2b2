import type { TestMessages } from './nl.js';

const de: TestMessages = {
  intro: "Ein kleines Beispiel mit zwei Fragen, um die Grundlagen zu testen.",
  q1: "Pflegen Sie jemanden?",
  q2: "Wie oft?",
  yes: 'Ja',
  no: 'Nein',
  often: 'Oft',
  sometimes: 'Manchmal',
  result: 'Danke. Das ist das Ergebnis.',
  hours: 'Wie viele Stunden pro Woche?',
  hoursLabel: 'Anzahl Stunden',
  errorNumber: 'Geben Sie eine Zahl von 0 bis 168 ein.',
  loading: 'Einen Moment…',
  greeting: (name: string) => `Willkommen bei ${name}`,
};
export default de;
