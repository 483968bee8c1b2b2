import type { RecordTexts } from './types.js';

/** English texts of the finder records: our own words, same facts and sources as records.ts. */
export const texts: RecordTexts = {
  coponcho: {
    affiliation: 'Part of the socialist health fund (Solidaris).',
    description: 'Association for carers, in Dutch. Free newsletter, four times a year, with tips and information about money. Caring for someone with mental health problems or an addiction also makes you a carer.',
  },
  lieverThuisLm: {
    affiliation: 'Part of the Liberal health fund (LM).',
    description: 'Association for carers, in Dutch. Information, training and activities, for example about dementia.',
  },
  mantelzorgnetwerk: {
    description: 'Recognised association for carers, in Dutch. Like every recognised association it gives information and training and brings carers together.',
  },
  okraZorgrecht: {
    affiliation: 'Service of OKRA, an association for older people. Works closely with the CM health fund.',
    description: 'For people who receive care and their carers, in Dutch. Questions and complaints about care, especially in care homes. Also if you are not an OKRA member.',
  },
  samana: {
    affiliation: 'Part of the Christian health fund (CM).',
    description: 'Association, in Dutch, of and for people with a chronic illness or a disability and their carers. Local groups, home visits, carers’ cafés and adapted holidays, also together with the carer.',
  },
  steunpuntMantelzorg: {
    description: 'Recognised association for carers, in Dutch. Explains rights and allowances. Also organised an event for young carers up to 25.',
  },
  zojong: {
    affiliation: 'Independent non-profit run by volunteers.',
    description: 'Online platform, in Dutch, for children and young people up to 25 who help care for someone at home.',
  },
  magenta: {
    affiliation: 'Project linked to KU Leuven university.',
    description: 'For parents of a child with a disability or a chronic illness. Reliable information and workshops for parents, in Dutch.',
  },
  aidantsProches: {
    affiliation: 'French-language non-profits in Wallonia and Brussels, started by the King Baudouin Foundation.',
    description: 'For carers, in French. Listening and advice by phone and online, workshops, and the yearly Carers’ Week.',
  },
  jeunesAidantsProches: {
    description: 'French-language association for young carers up to 25, in Brussels and Wallonia.',
  },
  healthFundRecognition: {
    description: 'Ask your own health fund. Recognition with social rights gives access to leave for recognised informal carers. Age does not matter.',
  },
  healthFundSocialService: {
    description: 'A social worker at your health fund gives support and information. They also help you arrange care at home, such as a sitter.',
  },
  caw: {
    description: 'Free, confidential help, in Dutch, with any question: relationships, money, paperwork, housing. Often you can walk in.',
  },
  jac: {
    description: 'Free, anonymous help, in Dutch, for young people aged 12 to 25. Walk in, call, mail or chat.',
  },
  gp: {
    description: 'Talk to your GP about how heavy the care is and about your own health.',
  },
  dementiaExpertise: {
    description: 'Nine regional centres, in Dutch, give advice and training about dementia and run talk cafés.',
  },
  sittingService: {
    description: 'A sitter, often a volunteer, stays with the person so you can go out, sometimes at night. Ask your health fund.',
  },
  dayCare: {
    description: 'Care and activities during the day, mainly for people over 65, so you can take a break.',
  },
  palliativeDayCentre: {
    description: 'Supportive day centre for people in palliative care, so the carer gets some room.',
  },
  shortStay: {
    description: 'A temporary stay in a care home, for example when you go on holiday or are ill.',
  },
  localServiceCentre: {
    description: 'Neighbourhood meeting place, in Dutch, for older people and carers. Information, meals, activities, sometimes a carers’ café.',
  },
  mantelzorghub: {
    description: 'List of carers’ cafés in Flanders, in Dutch, with training and an online platform.',
  },
  woonzorglijn: {
    description: 'Questions or complaints, in Dutch, about a care home, short stay or day care centre in Flanders.',
  },
  vem: {
    description: 'Reliable information website, in Dutch, about caring in Flanders: rights, allowances, sitting services.',
  },
  socialeKaart: {
    description: 'Official directory, in Dutch, of all care and welfare services in Flanders and Brussels. Search for sitting, day care or short stay near you.',
  },
  rechtenverkenner: {
    description: 'Tool in Dutch: enter your postcode and see which allowances you may get, including a municipal carer’s allowance.',
  },
  kenniscentrumWwz: {
    description: 'Brussels knowledge centre, in Dutch, that connects carers and organisations in Brussels.',
  },
};
export default texts;
