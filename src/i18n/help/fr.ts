import type { HelpMessages } from './nl.js';

const fr: HelpMessages = {
  'call': (number: string) => `Appeler le ${number}`,
  'website': (name: string) => `Site de ${name}`,
};
export default fr;
