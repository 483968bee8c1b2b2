/**
 * A source as a reader judges it: what the page is called, who publishes it and when it dates from.
 * The data keep citing sources by URL (`sources: string[]`); each area has one catalogue
 * (`./<area>.ts`, keyed by that URL) that says what the URL is. A label is never made from a URL
 * slug. test/data/sources.test.ts checks that every cited URL has an entry.
 */
export interface SourceInfo {
  /** The page's own title (or its heading), in the page's language. */
  readonly title: string;
  /** The organisation that publishes the page: "RVA", "Vlaamse overheid", "Samana", "De Tijd". */
  readonly publisher: string;
  /**
   * The date the page itself states (published or last updated): YYYY-MM-DD, YYYY-MM or YYYY.
   * `null` when the page carries no date: the widgets then say "undated", never a guess.
   */
  readonly date: string | null;
  /** Language of the title, so a widget can mark a foreign title with `lang`. */
  readonly lang: 'nl' | 'fr' | 'en' | 'de';
}

/** One area's sources, keyed by the exact URL the data cite. */
export type SourceCatalog = { readonly [url: string]: SourceInfo };
