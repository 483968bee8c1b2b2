import type { HelpMessages } from './nl.js';

const en: HelpMessages = {
  'call': (number: string) => `Call ${number}`,
  'website': (name: string) => `Website of ${name}`,
  'source.meta': (publisher: string, date: string | null) => (date ? `${publisher}, ${date}` : `${publisher}, undated`),
};
export default en;
