/** Fixed links the finder shows (kept apart from records.ts so the first screen does not load the data). */
/** Official list (Zorg en Gezondheid): the six, their shared tasks, free membership, closed list. */
export const ZG_LIST = 'https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers';
/** De Sociale Kaart: a plain link, never an API call (its reuse terms are not known; no network by default). */
export const SOCIALE_KAART_URL = 'https://www.desocialekaart.be';
