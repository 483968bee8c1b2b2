import { css } from 'lit';
import { callButtonStyles } from './call.js';

/**
 * The one look of a helpline (`helplineItem()` in ./help.ts renders `li.line` > `.line-head` with the
 * name and the call button, then optional `p`s). Widgets add it to their styles; the list around the
 * lines stays theirs. `.compact` on the list gives tighter lines (e.g. inside "Need help now?").
 */
export const helpLineStyles = css`
  ${callButtonStyles}
  .line {
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.6em 0.75em;
    background: var(--_mz-surface);
    container-type: inline-size;
  }
  /* One place for the call button in every line: the name and its caution on the left, the button
     on the right; in a narrow line (a phone) the button under them, on the left. Never in between. */
  .line-head {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .line-head > strong,
  .line-head > .line-note {
    grid-column: 1;
  }
  .line-head > .tel {
    grid-column: 2;
    grid-row: 1;
    justify-self: end;
  }
  .line-head:has(> .line-note) > .tel {
    grid-row: 1 / span 2;
  }
  @container (max-width: 26em) {
    .line-head {
      grid-template-columns: 1fr;
    }
    .line-head > .tel,
    .line-head:has(> .line-note) > .tel {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
  }
  .line p {
    margin: 0.25em 0 0;
  }
  .compact .line {
    padding: 0.4em 0.6em;
  }
  @media (max-width: 30em) {
    .line {
      padding-inline: 0.5em;
    }
  }
  @media print {
    .line {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .line {
      border-color: CanvasText;
    }
  }
`;
