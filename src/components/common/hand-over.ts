/**
 * Answers handed from one widget to another *on the same page*, in memory only: never an attribute
 * (session-replay scripts record DOM changes), never a URL (history, referrers, analytics), never
 * storage. Both directions are a non-bubbling, non-composed event on the other element, so nothing
 * travels up to the page:
 *
 * - push (`handTo`): the giver's user follows its link to the sibling, which gets the giver's words
 *   (the overload check hands the association finder its `mz-filters`);
 * - pull (`askAnswers` / `giveAnswers`): the receiver's user clicks "use my answers", the receiver
 *   dispatches `mz-hand-over` on the giver with a `give` callback, and the giver answers during that
 *   dispatch, only when it has finished (its result is showing). The receiver learns that a giver
 *   finished from the public `mz-step` / `mz-complete` / `mz-ready` events, so the load order of
 *   the widgets does not matter.
 *
 * Words are the giver's own vocabulary; the receiver maps what it can and treats them as untrusted.
 */

/** The pull request's event type (dispatched on the giver). */
export const HAND_OVER_EVENT = 'mz-hand-over';

/** Dispatches words on a sibling widget only: no bubbling, no leaving its shadow root. */
export function handTo(el: HTMLElement, type: string, detail: unknown): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: false, composed: false }));
}

/** Asks a sibling widget for its answers; `undefined` when it has none (yet) or is not defined yet. */
export function askAnswers(el: HTMLElement): unknown {
  let words: unknown;
  handTo(el, HAND_OVER_EVENT, { give: (w: unknown) => void (words = w) });
  return words;
}

/**
 * Lets a widget answer `mz-hand-over`: `words()` returns what it hands over, or undefined while it
 * has nothing final. Only the words a receiver can use, never a score or a sensitive answer.
 * Returns the way to stop answering.
 */
export function giveAnswers(host: HTMLElement, words: () => Record<string, unknown> | undefined): () => void {
  const answer = (e: Event): void => {
    const give = (e as CustomEvent<{ give?: unknown } | null>).detail?.give;
    const w = typeof give === 'function' ? words() : undefined;
    // A copy: the receiver never holds a reference into the giver's state.
    if (w && typeof give === 'function') (give as (w: unknown) => void)(structuredClone(w));
  };
  host.addEventListener(HAND_OVER_EVENT, answer);
  return () => host.removeEventListener(HAND_OVER_EVENT, answer);
}
