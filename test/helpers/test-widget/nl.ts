export const nl = {
  intro: 'Een klein voorbeeld met twee vragen, om de basis te testen.',
  q1: 'Zorg je voor iemand?',
  q2: 'Hoe vaak?',
  yes: 'Ja',
  no: 'Nee',
  often: 'Vaak',
  sometimes: 'Soms',
  result: 'Bedankt. Dit is het resultaat.',
  hours: 'Hoeveel uur per week?',
  hoursLabel: 'Aantal uur',
  errorNumber: 'Vul een getal tussen 0 en 168 in.',
  loading: 'Even geduld…',
  greeting: (name: string) => `Welkom bij ${name}`,
};
export type TestMessages = typeof nl;
export default nl;
