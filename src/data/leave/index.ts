// Dated, sourced leave facts (numbers and URLs only), one file per scheme. Read by src/rules/leave/; nothing else computes from them.
export * from './types.js';
export * from './coverage.js';
export * from './recognition.js';
export * from './rates/rva-thematic.js';
export * from './rates/index-steps.js';
export * from './schemes/mantelzorgverlof.js';
export * from './schemes/medischeBijstand.js';
export * from './schemes/palliatiefVerlof.js';
export * from './schemes/ouderschapsverlof.js';
export * from './schemes/tijdskredietZorg.js';
export * from './schemes/zorgverlof.js';
export * from './schemes/dwingendeRedenen.js';
export * from './schemes/aanmoedigingspremie.js';
export * from './schemes/vlaamsZorgkrediet.js';
export * from './schemes/mantelzorguitkeringZelfstandige.js';
export * as leaveSources from './sources.js';
