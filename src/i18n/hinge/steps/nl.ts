import type { HingeDataTexts } from '../../../data/hinge/types.js';

/** Dutch texts of the hinge-moment steps: our own words for what the cited pages say (src/data/hinge/steps.ts). */
/** The type every language of this namespace follows. */
export type HingeStepMessages = HingeDataTexts;

const texts: HingeStepMessages = {
  hours: { weekdays9to12: 'elke werkdag van 9 tot 12 uur' },
  contacts: {
    hospitalSocialService: 'De sociale dienst van het ziekenhuis',
    hospitalAdmissions: 'De opnamedienst van het ziekenhuis',
    ward: 'De verpleegkundige van de afdeling',
    hospitalOmbuds: 'De ombudsdienst van het ziekenhuis',
    gp: 'De huisarts',
    healthFundSocialService: 'De sociale dienst van het ziekenfonds',
    healthFundLoan: 'De uitleendienst of thuiszorgwinkel van het ziekenfonds',
    homeNursing: 'Een dienst voor thuisverpleging',
    familyCare: 'Een dienst voor gezinszorg (via het Sociaal Huis, het OCMW of het ziekenfonds)',
    careHome: 'De sociale dienst van het woonzorgcentrum',
    woonzorglijn: 'De Woonzorglijn (Vlaamse overheid)',
    socialMap: 'De Sociale Kaart',
    zorgkas: 'Je zorgkas',
    palliativeNetwork: 'Het netwerk palliatieve zorg in je regio',
    notary: 'Een notaris',
    justiceOfPeace: 'De vrederechter',
    employer: 'Je werkgever',
    insurer: 'De hospitalisatieverzekering',
    gbo: 'Het CAW, de sociale dienst van het ziekenfonds of het Sociaal Huis',
  },
  steps: {
    admPlanDischarge: {
      title: 'Denk nu al aan het ontslag',
      detail: 'Wie haalt de persoon op? Is er iemand thuis bij de terugkeer? Zijn er thuisverpleging of hulpmiddelen nodig (rollator, rolstoel, aangepast bed)? Vraag het vóór de opname.',
    },
    admHomeHelpEarly: {
      title: 'Vraag gezinszorg of poetshulp tijdig aan',
      detail: 'Er zijn vaak wachtlijsten. Vraag de hulp voor thuis al aan vóór een geplande opname.',
    },
    admRoom: {
      title: 'Kies de kamer en lees de opnameverklaring',
      detail: 'In de opnameverklaring staan de kamer en de supplementen. Een gemeenschappelijke kamer is de standaard; een eenpersoonskamer kost meer. Vraag wat het kost voor je tekent.',
    },
    admInsurance: {
      title: 'Meld de opname aan de hospitalisatieverzekering',
      detail: 'Neem de kaart of bevestiging van de verzekering mee, dan kan het ziekenhuis de verzekering rechtstreeks factureren.',
    },
    admBring: {
      title: 'Neem de juiste spullen mee',
      detail: 'Identiteitskaart, verwijsbrief, naam van de huisarts, alle thuismedicatie in de originele verpakking met een lijst (dosis en uren), allergieën, recente onderzoeksresultaten, gegevens van de verzekering.',
    },
    admBringLater: {
      title: 'Breng wat ontbreekt later',
      detail: 'Bij een spoedopname mag een familielid of vertrouwenspersoon de identiteitskaart, de medicatie en de papieren achteraf brengen.',
    },
    admContactPerson: {
      title: 'Geef je naam op als contactpersoon',
      detail: 'Bij de opname vraagt het ziekenhuis een contactpersoon die bereikbaar is. Geef je naam en telefoonnummer.',
    },
    admCoverHome: {
      title: 'Wie heeft de persoon thuis nodig?',
      detail: 'Regel opvang voor wie thuis van de persoon afhangt (een partner, kinderen, dieren): familie, buren, een oppasdienst of kortverblijf. Vraag het ziekenfonds.',
    },
    admAskWard: {
      title: 'Vraag wie de zorg opvolgt en wanneer je kunt praten',
      detail: 'Vraag de naam van de arts en de verpleegkundige, en wanneer je met hen kunt praten. Schrijf je vragen op voor je gaat.',
    },
    admDischargePlanning: {
      title: 'Vraag wanneer het ontslag besproken wordt',
      detail: 'Ziekenhuisverblijven zijn kort. Vraag op tijd wanneer jullie over de thuiskomst praten, zodat de zorg thuis klaar is.',
    },
    hospitalComplaint: {
      title: 'Loopt er iets mis? Zo klaag je',
      detail: 'Praat eerst met de verpleegkundige of de arts. Lukt dat niet, dan kan de patiënt (of jij als vertrouwenspersoon) naar de ombudsdienst die elk ziekenhuis heeft.',
    },
    disTalk: {
      title: 'Vraag een ontslaggesprek, samen met jou',
      detail: 'Wanneer mag de persoon naar huis? Welke zorg is thuis nodig en hoe lang? Welke medicatie is veranderd? Welke afspraken volgen? Waar moet je op letten en wie bel je dan?',
    },
    disSocialService: {
      title: 'Spreek de sociale dienst van het ziekenhuis aan',
      detail: 'Zij helpen met thuisverpleging, gezinszorg, hulpmiddelen en de zorg na het ontslag, samen met de patiënt en de familie.',
    },
    disHomeNursing: {
      title: 'Regel thuisverpleging',
      detail: 'Voor veel zorg is een voorschrift van de arts nodig, met de zorg, de startdatum en de duur. De verpleegkundige van de afdeling kan de dienst contacteren.',
    },
    disFamilyCare: {
      title: 'Vraag gezinszorg of poetshulp',
      detail: 'Eerst komt een maatschappelijk werker op huisbezoek. Neem de identiteitskaart, een kleefbriefje van het ziekenfonds en bewijs van inkomen mee. De prijs per uur hangt af van het inkomen.',
    },
    disMeals: {
      title: 'Vraag naar maaltijden aan huis',
      detail: 'Veel gemeenten en diensten brengen warme maaltijden aan huis. Vraag het Sociaal Huis, het OCMW of het ziekenfonds wat er in je gemeente bestaat.',
    },
    disAids: {
      title: 'Leen of huur hulpmiddelen',
      detail: 'Een rolstoel, rollator of aangepast bed voor een tijd: vraag de uitleendienst van het ziekenfonds wat je kunt lenen of huren en of ze leveren. Voor een hulpmiddel op lange termijn gaat de aanvraag via de zorgkas.',
    },
    disRecoveryStay: {
      title: 'Kan de persoon niet meteen naar huis?',
      detail: 'Een herstelverblijf (hoogstens 60 dagen) of een kortverblijf kan een brug zijn. Vraag het ziekenfonds met welke centra het samenwerkt, of er plaats is en wat het terugbetaalt.',
    },
    disTransport: {
      title: 'Regel het vervoer naar huis',
      detail: 'De afdeling kan niet-dringend ziekenvervoer bestellen; wat het ziekenfonds terugbetaalt, verschilt. Zorg dat de persoon het eerste etmaal niet alleen is.',
    },
    disDocuments: {
      title: 'Neem de papieren mee naar huis',
      detail: 'Vraag de ontslagbrief of het verslag, de nieuwe medicatielijst en de afspraken. De huisarts krijgt ook een verslag.',
    },
    disGp: {
      title: 'Laat de huisarts weten dat de persoon thuis is',
      detail: 'Spreek zo nodig een huisbezoek af. Leg de nieuwe medicatielijst naast wat er thuis ligt.',
    },
    disCareHomeNext: {
      title: 'Lukt het thuis niet meer?',
      detail: 'Bespreek met de sociale dienst of een woonzorgcentrum de volgende stap is. Er zijn vaak wachtlijsten.',
    },
    careBudget: {
      title: 'Vraag het zorgbudget voor zwaar zorgbehoevenden',
      detail: 'Wie lang en zwaar zorgbehoevend is, krijgt elke maand een bedrag van de zorgkas, vrij te besteden. Vraag je zorgkas of ziekenfonds wat vandaag geldt.',
    },
    wzcOrient: {
      title: 'Win informatie in',
      detail: 'De Woonzorglijn geeft informatie en advies en zegt of een woonzorgcentrum (nog) erkend is.',
    },
    wzcList: {
      title: 'Zoek de woonzorgcentra in je buurt',
      detail: 'De Sociale Kaart toont de erkende woonzorgcentra per gemeente.',
    },
    wzcVisit: {
      title: 'Ga kijken en stel vragen',
      detail: 'De prijs zegt niets over de kwaliteit. Vraag naar het personeel, de dagprijs, wat erin zit en wat er apart betaald wordt, voor je tekent.',
    },
    wzcWaitingList: {
      title: 'Schrijf in op de wachtlijst',
      detail: 'Dat kan met de persoon of de vertegenwoordiger. Veel woonzorgcentra vragen een medisch verslag van de huisarts. Elk woonzorgcentrum heeft eigen regels: vraag ze.',
    },
    wzcPrice: {
      title: 'Reken de dagprijs uit',
      detail: 'In de dagprijs zitten de kamer, verwarming, water, elektriciteit, maaltijden en de verzorging. Kledij, kapper, medicatie en doktersrekeningen komen erbij. Het bedrag hieronder is een Vlaams gemiddelde, geen prijs van één woonzorgcentrum.',
    },
    wzcContract: {
      title: 'Lees de opnameovereenkomst en de afsprakennota',
      detail: 'De overeenkomst vermeldt de dagprijs en wat erin zit, een eventuele waarborg en de opzegregels. De afsprakennota beschrijft onder meer de klachtenprocedure. De bewoner of de vertegenwoordiger tekent.',
    },
    wzcCareBudget: {
      title: 'Meld de verhuis aan de zorgkas',
      detail: 'Het zorgbudget voor zwaar zorgbehoevenden loopt ook in een woonzorgcentrum. Vraag je zorgkas of er iets verandert; vraag ook na of gemeentelijke premies blijven lopen.',
    },
    wzcCouncil: {
      title: 'Praat mee in de gebruikersraad',
      detail: 'Bewoners en familie geven er advies over de werking van het woonzorgcentrum. Vraag wanneer hij samenkomt en waar het verslag hangt.',
    },
    wzcComplaint: {
      title: 'Een klacht? Zo ga je te werk',
      detail: 'Gebruik de klachtenprocedure van het woonzorgcentrum of het suggestie- en klachtenboek. Je mag ook meteen naar de Woonzorglijn, zelfs zonder eerst bij het woonzorgcentrum te klagen. De Zorginspectie neemt zelf geen klachten aan.',
    },
    wzcZorgrecht: {
      title: 'Hulp bij vragen en klachten over zorg',
      detail: 'OKRA-Zorgrecht helpt mensen die zorg krijgen en hun mantelzorgers, met aandacht voor bewoners van woonzorgcentra.',
    },
    eolWishes: {
      title: 'Praat op tijd over wensen',
      detail: 'Praat met de persoon en de huisarts over wat voor hen belangrijk is (vroegtijdige zorgplanning). Schrijf het op en duid een vertegenwoordiger aan voor als de persoon zelf niet meer kan beslissen.',
    },
    eolAllowance: {
      title: 'Vraag het palliatief forfait',
      detail: 'De huisarts stuurt het formulier naar de adviserend arts van het ziekenfonds; het moet er zijn vóór de datum van overlijden. Het forfait geldt voor één maand en kan één keer opnieuw. Geen remgeld voor huisbezoeken. Vraag het ziekenfonds het bedrag van vandaag.',
    },
    eolHomeTeam: {
      title: 'Vraag de palliatieve thuiszorgequipe',
      detail: 'De equipe van het palliatief netwerk ondersteunt de huisarts en de thuisverpleging, en helpt de patiënt en de mantelzorgers. Vaak via de huisarts.',
    },
    eolCareHome: {
      title: 'Praat met de arts en de palliatieve referentiepersoon',
      detail: 'In een woonzorgcentrum loopt de palliatieve zorg via het woonzorgcentrum zelf; het palliatief forfait voor thuis geldt er niet.',
    },
    eolHospital: {
      title: 'Vraag of zorg thuis kan',
      detail: 'Wil de persoon thuis verzorgd worden? Bespreek het met de sociale dienst van het ziekenhuis; voor palliatieve zorg thuis bestaan een forfait en een thuiszorgequipe.',
    },
    eolRespite: {
      title: 'Zorg ook voor adem',
      detail: 'Een palliatief dagcentrum, een oppasdienst of een kortverblijf kan het even van je overnemen. Vraag het palliatief netwerk of het ziekenfonds.',
    },
    confidant: {
      title: 'Spreek af hoe jij betrokken blijft',
      detail: 'De persoon kan jou aanduiden als vertrouwenspersoon (je helpt, de persoon beslist) of als vertegenwoordiger (je beslist mee als de persoon het zelf niet meer kan). Zet het op papier.',
    },
    careMandate: {
      title: 'Denk aan een zorgvolmacht',
      detail: 'Met een zorgvolmacht bij de notaris duidt de persoon iemand aan om geld en persoonlijke zaken te regelen, ook als de persoon zelf niet meer kan beslissen. Dat kan alleen zolang de persoon nog zelf kan beslissen.',
    },
    guardianship: {
      title: 'Te laat voor een zorgvolmacht?',
      detail: 'Dan kan de vrederechter een bewindvoerder aanstellen, ook iemand van de familie. De rechter bepaalt waarvoor.',
    },
    work: {
      title: 'Regel je werk',
      detail: 'Voor een paar dagen bestaat verlof om dwingende redenen; voor langer zijn er verlof voor medische bijstand en zorgverlof. Bekijk welke regeling bij jou past.',
    },
    eolLeave: {
      title: 'Palliatief verlof voor jezelf',
      detail: 'Wie werkt, kan palliatief verlof nemen om iemand in de laatste levensfase bij te staan, met een attest van de arts. Bekijk welke regeling bij jou past.',
    },
    rights: {
      title: 'Ken je rechten en premies',
      detail: 'Het CAW, de sociale dienst van het ziekenfonds en het Sociaal Huis werken samen: bij elk van hen kun je terecht met vragen over erkenning als mantelzorger, premies en hulp.',
    },
    selfCare: {
      title: 'Zorg ook voor jezelf',
      detail: 'Zo’n moment weegt. Kijk even hoe zwaar de zorg nu voor jou is, en waar je terechtkunt.',
    },
  },
};

export default texts;
