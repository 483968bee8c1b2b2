export const nl = {
  intro: 'Een klein voorbeeld met twee vragen, om de basis te testen.',
  q1: 'Zorg je voor iemand?',
  q2: 'Hoe vaak?',
  yes: 'Ja',
  no: 'Nee',
  often: 'Vaak',
  sometimes: 'Soms',
  result: 'Bedankt. Dit is het resultaat.',
  greeting: (name: string) => `Welkom bij ${name}`,
};
export type TestMessages = typeof nl;
export default nl;
