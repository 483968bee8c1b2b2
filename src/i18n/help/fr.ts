import type { HelpMessages } from './nl.js';

const fr: HelpMessages = {
  'call': (number: string) => `Appeler le ${number}`,
  'website': (name: string) => `Site de ${name}`,
  'source.meta': (publisher: string, date: string | null) => (date ? `${publisher}, ${date}` : `${publisher}, sans date`),
};
export default fr;
