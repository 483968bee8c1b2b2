/** Young help-line texts, English. */
import type { YoungHelpMessages } from './nl.js';
import type { Dial } from '../../../rules/help/lines.js';

const youngHelpEn: YoungHelpMessages = {
  'yline.emergency': (no: Dial) => `Are you or is someone else in danger now? Call ${no('emergency')}.`,
  'yline.violenceLine': (no: Dial) => `Don’t feel safe at home? Call ${no('violenceLine')} on working days (in Dutch). You don’t have to say your name. If it’s urgent, call ${no('police')} or ${no('emergency')}.`,
  'yline.suicideLine': (no: Dial) => `Don’t want to go on? Call ${no('suicideLine')} (in Dutch), day and night.`,
  'yline.preventionSuicide': (no: Dial) => `A line in French: call ${no('preventionSuicide')}, day and night.`,
  'yline.awel': (no: Dial) => `Want to talk to someone? Call ${no('awel')} (in Dutch), or chat on their website. It costs nothing and you don’t have to say your name. It is not always open: the website says when.`,
  'ylink.awel': 'Chat with Awel (in Dutch)',
  'yline.ecouteEnfants': (no: Dial) => `A line for children in French: call ${no('ecouteEnfants')}. It costs nothing and you don’t have to say your name.`,
  'yline.telefonhilfe': (no: Dial) => `A line in German: call ${no('telefonhilfe')}, day and night. It costs nothing and you don’t have to say your name.`,
  'yline.teleOnthaal': (no: Dial) => `Want to talk to someone, about anything? Call ${no('teleOnthaal')} (in Dutch) or chat on their website, day and night. It costs nothing and you don’t have to say your name.`,
  'yline.teleAccueil': (no: Dial) => `A line in French: call ${no('teleAccueil')}, day and night. It costs nothing and you don’t have to say your name.`,
};
export default youngHelpEn;
