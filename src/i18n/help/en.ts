import type { HelpMessages } from './nl.js';

const en: HelpMessages = {
  'call': (number: string) => `Call ${number}`,
  'website': (name: string) => `Website of ${name}`,
};
export default en;
