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
  greeting: (name: string) => `Bienvenue chez ${name}`,
};
export default fr;
