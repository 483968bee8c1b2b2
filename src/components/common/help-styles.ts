import { css } from 'lit';

/**
 * The one look of a helpline (`helplineItem()` in ./help.ts renders `li.line` > `.line-head` with the
 * name and the call button, then optional `p`s). Widgets add it to their styles; the list around the
 * lines stays theirs. `.compact` on the list gives tighter lines (e.g. inside "Need help now?").
 */
export const helpLineStyles = css`
  .line {
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.6em 0.75em;
    background: var(--_mz-surface);
  }
  .line-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
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
