/**
 * What the hinge-moment data cite (src/data/hinge/): title, publisher, the page's own date.
 * `≈` marks a title that describes the page (no copy at hand to quote its heading). Entries that
 * other catalogues also cite are described the same way there.
 */
import { U } from '../hinge/urls.js';
import type { SourceCatalog } from './types.js';

export const HINGE_SOURCES: SourceCatalog = {
  [U.PLAN]: { title: 'Vlaams mantelzorgplan 2022-2024', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  [U.OOGG_STEUNFIGUREN]: { title: 'Wettelijke steunfiguren: vertrouwenspersoon en vertegenwoordiger', publisher: 'OOGG', date: null, lang: 'nl' }, // ≈
  [U.AZDAMIAAN_NA]: { title: 'Na je ziekenhuisopname', publisher: 'AZ Damiaan', date: null, lang: 'nl' },
  [U.UZB_ONTSLAG]: { title: 'Ontslagvoorbereiding en nazorgcoördinatie', publisher: 'UZ Brussel', date: null, lang: 'nl' },
  [U.NZ_VERBLIJF]: { title: 'Verblijf in het ziekenhuis', publisher: 'Neutrale Ziekenfondsen', date: null, lang: 'nl' },
  [U.UZA_MEE]: { title: 'Wat brengt u mee voor uw hospitalisatie?', publisher: 'UZA', date: null, lang: 'nl' },
  [U.AZR_MEE]: { title: 'Wat breng ik mee?', publisher: 'AZ Rivierenland', date: null, lang: 'nl' },
  [U.HLN_VPP]: { title: '“Aan mij mag je alles vragen”: Vlaams Patiëntenplatform lanceert leidraad voor betere communicatie tussen patiënt en zorgverlener', publisher: 'HLN', date: '2019-04-18', lang: 'nl' }, // ≈
  [U.AZT_OMBUDS]: { title: 'Recht op klachtenbemiddeling door de bevoegde ombudsfunctie', publisher: 'AZ Turnhout', date: null, lang: 'nl' },
  [U.RZT_HUIS]: { title: 'Weer naar huis', publisher: 'RZ Tienen', date: null, lang: 'nl' },
  [U.IMELDA_HUIS]: { title: 'Naar huis na een opname', publisher: 'Imelda Bonheiden', date: null, lang: 'nl' }, // ≈
  [U.MUTUALIA_SORTIE]: { title: 'Votre sortie de l’hôpital', publisher: 'Mutualia', date: null, lang: 'fr' },
  [U.VL_MOBILITEIT]: { title: 'Mobiliteitshulpmiddelen', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [U.BEERSE_GEZINSZORG]: { title: 'Gezinszorg', publisher: 'Gemeente Beerse', date: null, lang: 'nl' },
  [U.ZG_HERSTEL]: { title: 'Centra voor herstelverblijf', publisher: 'Zorg en Gezondheid', date: null, lang: 'nl' },
  [U.INKENDAAL_ONTSLAG]: { title: 'Hospitalisatie: uw ontslag', publisher: 'Revalidatieziekenhuis Inkendaal', date: null, lang: 'nl' },
  [U.VZK_ZORGBUDGETTEN]: { title: 'Zorgbudgetten', publisher: 'Vlaamse Zorgkas', date: null, lang: 'nl' },
  [U.STAN_ZORGBUDGET]: { title: 'STAN informeert: stijging zorgbudget voor zwaar zorgbehoevenden', publisher: 'Trefpunt Zelfhulp (STAN)', date: '2023-12-05', lang: 'nl' },
  [U.ZONNEBEKE_ZORGBUDGET]: { title: 'Zorgbudget voor zwaar zorgbehoevenden (bedrag 2023)', publisher: 'Gemeente Zonnebeke', date: null, lang: 'nl' }, // ≈
  [U.DENDERMONDE_ZORGBUDGET]: { title: 'Zorgbudget voor zwaar zorgbehoevenden (Rechtenverkenner)', publisher: 'Stad Dendermonde', date: null, lang: 'nl' }, // ≈
  [U.OKRA_KLACHTEN]: { title: 'Ik heb een klacht over een woonzorgcentrum. Waar kan ik hiermee terecht?', publisher: 'OKRA', date: null, lang: 'nl' },
  [U.OKRA_FACTUUR]: { title: 'De factuur van het woonzorgcentrum', publisher: 'OKRA', date: null, lang: 'nl' }, // ≈
  [U.SOCIALE_KAART]: { title: 'Inhoud sociale kaart', publisher: 'De Sociale Kaart', date: null, lang: 'nl' },
  [U.LONDERZEEL_WACHTLIJST]: { title: 'Woonzorgcentrum Herfstvreugde: inschrijving', publisher: 'Gemeente Londerzeel', date: null, lang: 'nl' }, // ≈
  [U.PLUS_DAGPRIJS_2025]: { title: 'Dubbele prijsstijging in woonzorgcentra', publisher: 'Plus Magazine', date: '2025-12-29', lang: 'nl' },
  [U.ZG_DAGPRIJZEN]: { title: 'Dagprijzen in woonzorgcentra (meting 2021)', publisher: 'Zorg en Gezondheid', date: '2021', lang: 'nl' }, // ≈
  [U.BOSBEEKHOF_DAGPRIJS]: { title: 'Wat zit er in de dagprijs?', publisher: 'Woonzorgcentrum Bosbeekhof (Zorgbedrijf Rivierenland)', date: null, lang: 'nl' }, // ≈
  [U.PLUS_OPNAMEOVEREENKOMST]: { title: 'De opnameovereenkomst', publisher: 'Plus Magazine', date: null, lang: 'nl' },
  [U.OUDERENGIDS_OVEREENKOMST]: { title: 'Welzijn, gezondheid en zorg: opnameovereenkomst en afsprakennota', publisher: 'Ouderengids', date: null, lang: 'nl' }, // ≈
  [U.OUDERENGIDS_KLACHTEN]: { title: 'Welzijn, gezondheid en zorg: klachten', publisher: 'Ouderengids', date: '2017-12-04', lang: 'nl' },
  [U.CURANDO_RAAD]: { title: 'Gebruikersraad en adviesraad', publisher: 'Curando', date: null, lang: 'nl' },
  [U.VL_KLACHT]: { title: 'Een klacht indienen over een organisatie of voorziening die het Departement Zorg erkent of subsidieert', publisher: 'Vlaamse overheid, Departement Zorg', date: null, lang: 'nl' },
  [U.ZORGINSPECTIE_KLACHTEN]: { title: 'Zorginspectie en klachten', publisher: 'Departement Zorg', date: null, lang: 'nl' }, // ≈
  [U.WOONZORGLIJN_KLACHT]: { title: 'Met een klacht over woonzorg naar de Woonzorglijn', publisher: 'Ons hart klopt voor u', date: null, lang: 'nl' }, // ≈
  [U.OKRA_ZORGRECHT]: { title: 'Wanneer je vragen of klachten hebt over je zorgverlening – OKRA- ZORGRECHT', publisher: 'OKRA', date: null, lang: 'nl' },
  [U.PLUS_ZORGVOLMACHT]: { title: 'Het nut van de zorgvolmacht', publisher: 'Plus Magazine', date: '2020-06', lang: 'nl' },
  [U.PLUS_TE_LAAT]: { title: 'Te laat voor een zorgvolmacht?', publisher: 'Plus Magazine', date: '2022-02', lang: 'nl' },
  [U.CM_PALLIATIEF]: { title: 'Forfait palliatieve zorg', publisher: 'CM', date: null, lang: 'nl' },
  [U.CM_PALLIATIEF_2023]: { title: 'Forfait palliatieve zorg (bedrag vanaf 1 januari 2023)', publisher: 'CM', date: null, lang: 'nl' }, // ≈
  [U.WGK_PALLIATIEF]: { title: 'Palliatieve zorg: palliatief forfait', publisher: 'Wit-Gele Kruis', date: null, lang: 'nl' }, // ≈
  [U.ZOL_PALLIATIEF]: { title: 'Palliatieve zorgen: info voor verwijzers', publisher: 'Ziekenhuis Oost-Limburg', date: null, lang: 'nl' }, // ≈
  [U.ZG_PALLIATIEVE_NETWERKEN]: { title: 'Palliatieve netwerken en samenwerkingsverbanden', publisher: 'Zorg en Gezondheid', date: null, lang: 'nl' },
  [U.PNAT]: { title: 'Palliatieve thuiszorg: de multidisciplinaire begeleidingsequipe', publisher: 'Palliatief Netwerk Arrondissement Turnhout', date: null, lang: 'nl' }, // ≈
  [U.LEIF_DAGCENTRUM]: { title: 'Supportief dagcentrum', publisher: 'LEIF', date: null, lang: 'nl' },
  [U.BELGIUM_PAL]: { title: 'Tijdskrediet en loopbaanonderbreking: palliatief verlof', publisher: 'Federale overheid (belgium.be)', date: null, lang: 'nl' },
  [U.PLUS_DWINGEND]: { title: '5 jours de congé pour aider un proche', publisher: 'Plus Magazine', date: '2022-10', lang: 'fr' }, // ≈
  [U.GBO]: { title: 'Geïntegreerd breed onthaal', publisher: 'Eerstelijnszones Vlaanderen', date: null, lang: 'nl' },
};
