import type { OverloadMessages } from './nl.js';

/**
 * <mz-overload-check> : messages en français de Belgique. Adultes : « vous » ; jeunes : « tu ».
 * Termes belges (docs/content/terms.md) : aidant proche, mutualité, médecin généraliste, répit, court séjour.
 */
const fr: OverloadMessages = {
  'title.adult': 'Aider un proche : est-ce lourd pour vous ?',
  'title.young': 'Comment ça va pour toi à la maison ?',
  'intro.adult': [
    'Vous vous occupez d’un proche ? Ces questions vous aident à voir si c’est lourd pour vous en ce moment. Et où trouver de l’aide.',
  ],
  'intro.young': [
    'Tu aides à t’occuper de quelqu’un à la maison ? Par exemple ta maman, ton papa, ton frère, ta sœur ou ta mamie ? Ces questions montrent comment tu vas en ce moment. Et qui peut t’aider.',
  ],
  // The real number of questions for this audience (the widget counts its steps): no "short check" that is not.
  'intro.count.adult': (n: number) => `Il y a ${n} courtes questions. Cela prend environ 3 minutes. Vous pouvez passer chaque question.`,
  'intro.count.young': (n: number) => `Tu auras ${n} courtes questions. Cela prend environ 3 minutes. Tu peux passer chaque question.`,
  'privacy.young': 'Personne ne voit tes réponses. Elles restent sur cet appareil et ne sont pas enregistrées.',
  signal: 'Ce n’est ni un test ni un diagnostic. C’est un signal : il montre comment les choses vont en ce moment.',
  'signal.young': 'Ce n’est pas un test. Tu ne peux pas te tromper. Cela montre juste comment ça va maintenant.',

  'answer.no': 'Non',
  'answer.sometimes': 'Parfois',
  'answer.yes': 'Oui',
  'answer.dontKnow': 'Je ne sais pas',
  'answer.skipped': 'Passée',
  'choose.error': 'Choisissez une réponse. Ou choisissez « Passer ».',

  'q.adult.time': 'Avez-vous trop peu de temps pour vous ? Pour vous reposer ou faire ce que vous aimez ?',
  'q.adult.combine': 'Est-ce difficile de combiner l’aide à votre proche avec votre travail, vos études ou votre famille ?',
  'q.adult.physical': 'L’aide est-elle dure pour votre corps ? Vous fatigue-t-elle, ou vous fait-elle mal ?',
  'q.adult.sleep': 'Dormez-vous moins bien à cause de l’aide ou parce que vous vous faites du souci ?',
  'q.adult.emotional': 'À cause de l’aide, vous sentez-vous souvent tendu(e), triste ou irritable ?',
  'q.adult.alwaysOn': 'Même pendant votre temps libre, l’aide à votre proche vous occupe-t-elle ? Par exemple parce qu’on peut vous appeler à tout moment ?',
  'q.adult.social': 'Voyez-vous moins vos amis ou votre famille ? Ou avez-vous l’impression de porter tout cela sans personne ?',
  'q.adult.money': 'L’aide vous coûte-t-elle de l’argent ou des revenus dont vous avez vraiment besoin ?',
  'q.adult.health': 'Votre propre santé se dégrade-t-elle ? Ou reportez-vous vos propres rendez-vous chez le médecin ?',
  'q.adult.outlook': 'Vous demandez-vous combien de temps vous allez encore tenir ?',
  'q.young.time': 'As-tu trop peu de temps pour jouer, faire du sport ou te reposer ?',
  'q.young.combine': 'Est-ce difficile de faire tes devoirs et l’école en plus d’aider à la maison ?',
  'q.young.physical': 'Est-ce qu’aider te fatigue ? Ou est-ce que ça te fait parfois mal quelque part ?',
  'q.young.sleep': 'Dors-tu mal parce que tu dois aider à la maison ou parce que tu t’inquiètes ?',
  'q.young.emotional': 'Es-tu souvent triste, en colère ou as-tu peur à cause de ce qui se passe à la maison ?',
  'q.young.alwaysOn': 'Même pendant ton temps libre, penses-tu à la maison ? Par exemple parce que tu devras peut-être vite rentrer pour aider ?',
  'q.young.social': 'Vois-tu moins tes amis ? Ou as-tu l’impression de n’avoir personne avec qui parler de la maison ?',
  'q.young.money': 'Est-ce qu’aider à la maison coûte de l’argent dont ta famille a besoin ?',
  'q.young.health': 'Te sens-tu souvent malade ? Ou ne vas-tu pas chez le médecin parce qu’il n’y a pas le temps ?',
  'q.young.outlook': 'Est-ce que tu te dis parfois : combien de temps je vais encore tenir ?',

  'global.adult': 'À quel point l’aide à votre proche vous pèse-t-elle en ce moment ?',
  'global.young': 'À quel point aider à la maison est lourd pour toi en ce moment ?',
  'global.hint': 'Choisissez un chiffre de 0 à 10.',
  'global.low': '0 = pas lourd du tout',
  'global.high': '10 = beaucoup trop lourd',

  'routing.note': 'Cette question ne compte pas pour le résultat. Elle nous aide à montrer une aide mieux adaptée.',
  'canShare.adult': 'Y a-t-il quelqu’un qui peut prendre le relais pendant un certain temps ?',
  'canShare.young': 'Y a-t-il un adulte qui peut aider, ou prendre le relais un moment ?',
  'careFor.adult': 'De qui vous occupez-vous ?',
  'careFor.young': 'Qui aides-tu à la maison ?',
  'careFor.hint': 'Plusieurs réponses sont possibles. Vous pouvez aussi choisir « Suivant » sans rien cocher.',
  'careFor.adult.dementia': 'Une personne atteinte de démence',
  'careFor.adult.mentalHealth': 'Une personne avec des problèmes psychiques ou une dépendance',
  'careFor.adult.disability': 'Une personne en situation de handicap',
  'careFor.adult.chronicIllness': 'Une personne avec une maladie de longue durée',
  'careFor.adult.frailty': 'Une personne âgée qui a besoin de beaucoup d’aide',
  'careFor.adult.child': 'Un enfant malade ou en situation de handicap',
  'careFor.young.dementia': 'Quelqu’un qui oublie beaucoup de choses (démence)',
  'careFor.young.mentalHealth': 'Quelqu’un qui se sent souvent très mal, ou qui boit trop ou prend de la drogue',
  'careFor.young.disability': 'Quelqu’un avec un handicap',
  'careFor.young.chronicIllness': 'Quelqu’un qui est malade depuis longtemps',
  'careFor.young.frailty': 'Un grand-parent ou une autre personne âgée qui a besoin d’aide',
  'careFor.young.child': 'Un frère ou une sœur malade ou avec un handicap',

  'redFlags.intro.adult': 'Encore trois dernières questions. Elles sont plus personnelles. Vous pouvez les passer. Si vous répondez « oui », nous vous montrons tout de suite où trouver de l’aide.',
  'redFlags.intro.young': 'Encore trois dernières questions. Elles parlent de ce que tu ressens. Tu peux les passer. Si tu dis « oui », nous te montrons tout de suite qui peut t’aider.',
  'rf.adult.cantGoOn': 'Avez-vous l’impression que vous n’en pouvez vraiment plus ? Que vous êtes à bout ?',
  'rf.adult.selfHarm': 'Pensez-vous parfois à vous faire du mal, ou à ne plus vivre ?',
  'rf.adult.harmAtHome': 'Avez-vous parfois peur de faire du mal à la personne dont vous vous occupez ? Ou la situation à la maison dérape-t-elle, avec de la violence ?',
  'rf.young.cantGoOn': 'Es-tu parfois si fatigué(e) ou si triste que tu n’en peux vraiment plus ?',
  'rf.young.selfHarm': 'Penses-tu parfois à te faire du mal, ou à ne plus être là ?',
  'rf.young.harmAtHome': 'Est-ce que parfois tu ne te sens pas en sécurité à la maison ? Par exemple parce que quelqu’un frappe ou crie très fort ?',

  'help.summary': 'Besoin d’aide tout de suite ?',
  'help.danger': 'Quelqu’un est en danger ? Appelez tout de suite le 112.',
  'help.lines': 'Vous pouvez aussi appeler ou chatter maintenant avec :',
  'help.call': (number: string) => `Appeler le ${number}`,
  'line.violenceLine.notEmergency': 'Ce n’est pas un numéro d’urgence : en cas de danger, le 112 ou le 101.',
  'young.overrides': {
    'global.hint': 'Choisis un chiffre de 0 à 10.',
    'careFor.hint': 'Tu peux choisir plusieurs réponses. Ou choisir « Suivant » sans rien cocher.',
    'choose.error': 'Choisis une réponse. Ou choisis « Passer ».',
    'help.danger': 'Tu es en danger, ou quelqu’un d’autre ? Appelle tout de suite le 112.',
    'help.lines': 'Tu peux aussi appeler ou chatter maintenant avec :',
  },
  'changeAnswers': 'Modifier les réponses',
};
export default fr;
