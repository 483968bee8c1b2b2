/**
 * The young help-line texts (ages ~10–25): words a 10-year-old knows, "je", no "anoniem" or
 * "hulpverlener". One source for every widget's young audience (the quiz's school version and the
 * overload check's `audience="young"`): a line is worded once, its number comes from the helpline table.
 * fr/en/de are typed against this file.
 */
import type { Dial } from '../../../rules/help/lines.js';

const youngHelpNl = {
  'yline.emergency': (no: Dial) => `Ben jij of is iemand anders nu in gevaar? Bel ${no('emergency')}.`,
  // 1712 answers on working days only and is no emergency line: urgent help is 101 or 112 (see docs/content/help.md).
  'yline.violenceLine': (no: Dial) => `Voel je je niet veilig thuis? Bel op werkdagen ${no('violenceLine')}. Je hoeft je naam niet te zeggen. Is het dringend? Bel ${no('police')} of ${no('emergency')}.`,
  'yline.suicideLine': (no: Dial) => `Wil je niet meer verder? Bel de Zelfmoordlijn op ${no('suicideLine')}, dag en nacht.`,
  'yline.preventionSuicide': (no: Dial) => `Een hulplijn in het Frans: bel ${no('preventionSuicide')}, dag en nacht.`,
  'yline.awel': (no: Dial) => `Wil je met iemand praten? Bel ${no('awel')}, of chat met Awel op hun website. Het kost niets en je hoeft je naam niet te zeggen. Awel is niet altijd open. Op de website zie je wanneer wel.`,
  'ylink.awel': 'Chat met Awel',
  'yline.ecouteEnfants': (no: Dial) => `Een hulplijn voor kinderen in het Frans: bel ${no('ecouteEnfants')}. Het kost niets en je hoeft je naam niet te zeggen.`,
  'yline.telefonhilfe': (no: Dial) => `Een hulplijn in het Duits: bel ${no('telefonhilfe')}, dag en nacht. Het kost niets en je hoeft je naam niet te zeggen.`,
  'yline.teleOnthaal': (no: Dial) => `Wil je met iemand praten, over wat dan ook? Bel ${no('teleOnthaal')} of chat met Tele-Onthaal, dag en nacht. Het kost niets en je hoeft je naam niet te zeggen.`,
  'yline.teleAccueil': (no: Dial) => `Een hulplijn in het Frans: bel ${no('teleAccueil')}, dag en nacht. Het kost niets en je hoeft je naam niet te zeggen.`,
};
export type YoungHelpMessages = typeof youngHelpNl;
export default youngHelpNl;
