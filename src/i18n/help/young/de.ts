/** Young help-line texts, Deutsch (Ostbelgien, du). */
import type { YoungHelpMessages } from './nl.js';
import type { Dial } from '../../../rules/help/lines.js';

const youngHelpDe: YoungHelpMessages = {
  'yline.emergency': (no: Dial) => `Bist du oder ist jemand anderes jetzt in Gefahr? Ruf ${no('emergency')} an.`,
  'yline.violenceLine': (no: Dial) => `Auf Niederländisch: ${no('violenceLine')} an Werktagen, wenn du dich zu Hause nicht sicher fühlst. Wenn es dringend ist, ruf ${no('police')} oder ${no('emergency')} an.`,
  'yline.suicideLine': (no: Dial) => `Eine Hilfe auf Niederländisch: Ruf ${no('suicideLine')} an, Tag und Nacht.`,
  'yline.preventionSuicide': (no: Dial) => `Eine Hilfe auf Französisch: Ruf ${no('preventionSuicide')} an, Tag und Nacht.`,
  'yline.awel': (no: Dial) => `Eine Hilfe auf Niederländisch: Ruf ${no('awel')} an, oder chatte auf der Website. Das kostet nichts und du musst deinen Namen nicht sagen. Sie ist nicht immer offen: Auf der Website steht, wann.`,
  'ylink.awel': 'Mit Awel chatten (auf Niederländisch)',
  'yline.ecouteEnfants': (no: Dial) => `Eine Hilfe für Kinder auf Französisch: Ruf ${no('ecouteEnfants')} an. Das kostet nichts und du musst deinen Namen nicht sagen.`,
  'yline.telefonhilfe': (no: Dial) => `Willst du mit jemandem reden, auch wenn es dir sehr schlecht geht? Ruf die Telefonhilfe an: ${no('telefonhilfe')}, Tag und Nacht. Das kostet nichts und du musst deinen Namen nicht sagen.`,
  'yline.teleOnthaal': (no: Dial) => `Eine Hilfe auf Niederländisch: Ruf ${no('teleOnthaal')} an oder chatte auf der Website, Tag und Nacht. Das kostet nichts und du musst deinen Namen nicht sagen.`,
  'yline.teleAccueil': (no: Dial) => `Eine Hilfe auf Französisch: Ruf ${no('teleAccueil')} an, Tag und Nacht. Das kostet nichts und du musst deinen Namen nicht sagen.`,
};
export default youngHelpDe;
