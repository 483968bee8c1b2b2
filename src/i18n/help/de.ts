import type { HelpMessages } from './nl.js';

const de: HelpMessages = {
  'call': (number: string) => `${number} anrufen`,
  'website': (name: string) => `Website von ${name}`,
  'source.meta': (publisher: string, date: string | null) => (date ? `${publisher}, ${date}` : `${publisher}, ohne Datum`),
};
export default de;
