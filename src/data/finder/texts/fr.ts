import type { RecordTexts } from './types.js';

/** French (Belgian terms, docs/content/terms.md) texts of the finder records: our own words, same facts and sources as records.ts. */
export const texts: RecordTexts = {
  coponcho: {
    affiliation: 'Liée à la mutualité socialiste (Solidaris).',
    description: 'Association pour les aidants proches, en néerlandais. Lettre d’information gratuite, quatre fois par an, avec des conseils et des infos sur l’argent. Aider un proche qui a des problèmes psychiques ou une dépendance, c’est aussi être aidant proche.',
  },
  lieverThuisLm: {
    affiliation: 'Liée à la Mutualité libérale (LM).',
    description: 'Association pour les aidants proches, en néerlandais. Informations, formations et activités, par exemple sur la démence.',
  },
  mantelzorgnetwerk: {
    description: 'Association reconnue pour les aidants proches, en néerlandais. Comme toute association reconnue, elle informe, forme et met les aidants en contact.',
  },
  okraZorgrecht: {
    affiliation: 'Service de l’association de seniors OKRA. Travaille en lien étroit avec la CM.',
    description: 'Pour les personnes qui reçoivent des soins et leurs aidants, en néerlandais. Questions et plaintes sur les soins, surtout en maison de repos. Aussi si vous n’êtes pas membre d’OKRA.',
  },
  samana: {
    affiliation: 'Liée à la Mutualité chrétienne (CM).',
    description: 'Association, en néerlandais, de et pour les personnes malades chroniques ou handicapées et leurs aidants. Groupes locaux, visites à domicile, cafés des aidants et vacances adaptées, aussi avec l’aidant.',
  },
  steunpuntMantelzorg: {
    description: 'Association reconnue pour les aidants proches, en néerlandais. Explique les droits et les primes. A aussi organisé une activité pour les jeunes aidants jusqu’à 25 ans.',
  },
  zojong: {
    affiliation: 'Asbl indépendante de bénévoles.',
    description: 'Plateforme en ligne, en néerlandais, pour les enfants et les jeunes jusqu’à 25 ans qui aident un proche à la maison.',
  },
  magenta: {
    affiliation: 'Projet lié à la KU Leuven.',
    description: 'Pour les parents d’un enfant handicapé ou malade chronique. Des informations fiables et des ateliers pour les parents, en néerlandais.',
  },
  aidantsProches: {
    affiliation: 'Asbl francophones en Wallonie et à Bruxelles, lancées par la Fondation Roi Baudouin.',
    description: 'Pour les aidants proches, en français. Écoute et conseils par téléphone et en ligne, ateliers, et la Semaine des Aidants Proches.',
  },
  jeunesAidantsProches: {
    description: 'Association pour les jeunes aidants proches jusqu’à 25 ans, à Bruxelles et en Wallonie.',
  },
  healthFundRecognition: {
    description: 'Demandez la reconnaissance à votre propre mutualité. La reconnaissance pour l’octroi de droits sociaux ouvre le congé pour aidants proches. L’âge ne compte pas.',
  },
  healthFundSocialService: {
    description: 'Un assistant social de votre mutualité vous soutient et vous informe. Il vous aide aussi à organiser l’aide à domicile, comme la garde à domicile.',
  },
  caw: {
    description: 'Aide gratuite et confidentielle, en néerlandais, pour toute question : relations, argent, papiers, logement.',
  },
  jac: {
    description: 'Aide gratuite et anonyme, en néerlandais, pour les jeunes de 12 à 25 ans.',
  },
  gp: {
    description: 'Parlez à votre médecin de la charge des soins et de votre propre santé.',
  },
  dementiaExpertise: {
    description: 'Neuf centres régionaux, en néerlandais, donnent conseils et formations sur la démence et organisent des cafés-rencontres.',
  },
  sittingService: {
    description: 'Une personne, souvent bénévole, reste auprès de votre proche pour que vous puissiez sortir, parfois la nuit. Demandez à votre mutualité.',
  },
  dayCare: {
    description: 'Accueil, soins et activités en journée, surtout pour les plus de 65 ans. Vous pouvez souffler.',
  },
  palliativeDayCentre: {
    description: 'Centre de jour pour les personnes en soins palliatifs, en Flandre.',
  },
  shortStay: {
    description: 'Un séjour temporaire en maison de repos, par exemple quand vous partez en vacances ou êtes malade.',
  },
  localServiceCentre: {
    description: 'Lieu de rencontre de quartier, en néerlandais, pour les seniors et les aidants. Infos, repas et activités.',
  },
  mantelzorghub: {
    description: 'Liste des cafés des aidants en Flandre, en néerlandais.',
  },
  woonzorglijn: {
    description: 'Questions ou plaintes, en néerlandais, sur une maison de repos, un court séjour ou un centre de soins de jour en Flandre.',
  },
  vem: {
    description: 'Site d’information fiable, en néerlandais, sur l’aide aux proches en Flandre.',
  },
  socialeKaart: {
    description: 'Répertoire officiel, en néerlandais, des services d’aide et de soins en Flandre et à Bruxelles.',
  },
  rechtenverkenner: {
    description: 'Outil en néerlandais : entrez votre code postal et voyez les aides possibles, aussi une prime communale.',
  },
  kenniscentrumWwz: {
    description: 'Centre d’expertise bruxellois, en néerlandais, qui relie aidants et organisations à Bruxelles.',
  },
};
export default texts;
