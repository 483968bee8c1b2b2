import type { TestMessages } from './nl.js';

const fr: TestMessages = {
  intro: "Un petit exemple avec deux questions, pour tester la base.",
  q1: "Vous occupez-vous de quelqu'un ?",
  q2: "À quelle fréquence ?",
  yes: 'Oui',
  no: 'Non',
  often: 'Souvent',
  sometimes: 'Parfois',
  result: 'Merci. Voici le résultat.',
  hours: 'Combien d’heures par semaine ?',
  hoursLabel: 'Nombre d’heures',
  errorNumber: 'Indiquez un nombre entre 0 et 168.',
  loading: 'Un instant…',
  greeting: (name: string) => `Bienvenue chez ${name}`,
};
export default fr;
