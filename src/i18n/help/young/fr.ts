/** Young help-line texts, français de Belgique (tu). */
import type { YoungHelpMessages } from './nl.js';
import type { Dial } from '../../../rules/help/lines.js';

const youngHelpFr: YoungHelpMessages = {
  'yline.emergency': (no: Dial) => `Tu es en danger, ou quelqu’un d’autre\u00a0? Appelle le ${no('emergency')}.`,
  'yline.violenceLine': (no: Dial) => `En néerlandais\u00a0: la ligne ${no('violenceLine')}, les jours ouvrables, si tu ne te sens pas en sécurité à la maison. Si c’est urgent, appelle le ${no('police')} ou le ${no('emergency')}.`,
  'yline.suicideLine': (no: Dial) => `Une ligne en néerlandais\u00a0: appelle le ${no('suicideLine')}, jour et nuit.`,
  'yline.preventionSuicide': (no: Dial) => `Tu ne veux plus continuer\u00a0? Appelle le ${no('preventionSuicide')}. C’est gratuit, jour et nuit.`,
  'yline.awel': (no: Dial) => `Une ligne en néerlandais\u00a0: appelle le ${no('awel')}, ou chatte sur son site. C’est gratuit et tu ne dois pas dire ton nom. Elle n’est pas ouverte tout le temps\u00a0: le site dit quand.`,
  'ylink.awel': 'Chatter avec Awel (en néerlandais)',
  'yline.ecouteEnfants': (no: Dial) => `Tu veux parler à quelqu’un\u00a0? Appelle le ${no('ecouteEnfants')}. C’est gratuit et tu ne dois pas dire ton nom.`,
  'yline.telefonhilfe': (no: Dial) => `Une ligne en allemand\u00a0: appelle le ${no('telefonhilfe')}, jour et nuit. C’est gratuit et tu ne dois pas dire ton nom.`,
  'yline.teleOnthaal': (no: Dial) => `Une ligne en néerlandais\u00a0: appelle le ${no('teleOnthaal')} ou chatte sur son site, jour et nuit. C’est gratuit et tu ne dois pas dire ton nom.`,
  'yline.teleAccueil': (no: Dial) => `Tu veux parler à quelqu’un, de n’importe quoi\u00a0? Appelle le ${no('teleAccueil')} ou chatte sur son site, jour et nuit. C’est gratuit et tu ne dois pas dire ton nom.`,
};
export default youngHelpFr;
