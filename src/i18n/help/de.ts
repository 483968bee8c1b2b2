import type { HelpMessages } from './nl.js';

const de: HelpMessages = {
  'call': (number: string) => `${number} anrufen`,
  'website': (name: string) => `Website von ${name}`,
};
export default de;
