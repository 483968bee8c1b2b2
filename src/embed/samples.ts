import type { EmbedWidgetId } from './widgets.js';

/** One example partner JSON per widget (the same shapes as the demo page and the widget READMEs). */
export const SAMPLES: Record<EmbedWidgetId, unknown> = {
  'recognition-quiz': {
    schoolContact: {
      text: {
        nl: 'Praat met mevrouw Peeters (leerlingenbegeleiding), lokaal B12.',
        fr: 'Parle avec Madame Peeters (accompagnement des élèves), local B12.',
      },
    },
  },
  'association-finder': {
    offers: [
      {
        name: { nl: 'Mantelzorgcafé Zonnedorp', fr: 'Café des aidants de Zonnedorp' },
        description: 'Elke eerste maandag van de maand praat je met andere mantelzorgers.',
        tags: ['peers', 'dementia'],
        phone: '050 12 34 56',
        website: 'https://www.zonnedorp.example/mantelzorgcafe',
      },
    ],
    premium: { amount: 25, period: 'month', conditions: 'Je woont in Zonnedorp en zorgt thuis voor iemand met een erkende zorgnood.', url: 'https://www.zonnedorp.example/mantelzorgpremie', validFrom: '2026-01-01' },
  },
  'leave-calculator': {
    employerName: 'Stad Zonnedorp',
    extraLeave: [{ name: { nl: 'Extra zorgdagen', fr: 'Jours de soins supplémentaires' }, description: { nl: 'Twee betaalde dagen per jaar om voor een naaste te zorgen.' }, days: 2, paid: 'yes' }],
    hrContact: { name: 'Personeelsdienst', email: 'hr@zonnedorp.example' },
  },
  'overload-check': {
    offers: [
      {
        name: { nl: 'Mantelzorgpunt Zonnedorp', fr: 'Point aidants proches de Zonnedorp' },
        description: { nl: 'Gratis gesprek met een maatschappelijk werker van het Sociaal Huis.' },
        phone: '050 12 34 56',
        website: 'https://www.zonnedorp.example/mantelzorg',
      },
    ],
  },
};

/**
 * The widget's own heading, for the iframe's `title` in each language (copied from the widget
 * catalogs so the configurator loads none of them; test/embed/configure.test.ts keeps them equal).
 */
export const FRAME_TITLES: Record<EmbedWidgetId, Record<'nl' | 'fr' | 'en' | 'de', string>> = {
  'recognition-quiz': {
    nl: 'Help jij iemand die zorg nodig heeft?',
    fr: 'Aidez-vous quelqu’un qui a besoin de soins ?',
    en: 'Do you help someone who needs care?',
    de: 'Helfen Sie jemandem, der Pflege braucht?',
  },
  'association-finder': { nl: 'Welke steun past bij jou?', fr: 'Quel soutien vous convient ?', en: 'Which support fits you?', de: 'Welche Unterstützung passt zu Ihnen?' },
  'leave-calculator': {
    nl: 'Welk verlof kan ik nemen om voor iemand te zorgen?',
    fr: 'Quel congé puis-je prendre pour m’occuper d’un proche ?',
    en: 'Which leave can I take to care for someone?',
    de: 'Welchen Urlaub kann ich nehmen, um mich um jemanden zu kümmern?',
  },
  'overload-check': { nl: 'Hoe zwaar weegt de zorg?', fr: 'Aider un proche : est-ce lourd pour vous ?', en: 'How heavy is the care?', de: 'Wie schwer wiegt die Pflege?' },
};

/** The light-DOM fallback link each snippet puts inside the tag (shown until the widget loads, or if it cannot). */
export const FALLBACK_LINKS: Record<EmbedWidgetId, { href: string; text: string }> = {
  'recognition-quiz': { href: 'https://www.vlaanderen.be/mantelzorg', text: 'Ben ik mantelzorger? Lees meer op vlaanderen.be' },
  'association-finder': { href: 'https://www.mantelzorgers.be', text: 'Verenigingen voor mantelzorgers' },
  'leave-calculator': { href: 'https://www.rva.be', text: 'Verlof om voor iemand te zorgen (RVA)' },
  'overload-check': { href: 'https://www.mantelzorgers.be', text: 'Hoe zwaar weegt de zorg?' },
};
