/**
 * Shared help-and-contact texts, used by the templates in src/components/common/help.ts.
 * Numbers arrive as parameters (never inside a string), so a new number is one data edit.
 * fr/en/de are typed against this file.
 */
const nl = {
  'call': (number: string) => `Bel ${number}`,
  'website': (name: string) => `Website van ${name}`,
  /** After a source's title: who publishes it and the date the page states. */
  'source.meta': (publisher: string, date: string | null) => (date ? `${publisher}, ${date}` : `${publisher}, zonder datum`),
};
export type HelpMessages = typeof nl;
export default nl;
