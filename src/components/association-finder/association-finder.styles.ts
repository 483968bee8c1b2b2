import { css } from 'lit';
import { callButtonStyles } from '../common/call.js';

/** Finder-only layout on top of the shared base styles: cards, badges, the urgent line, filters. */
export const finderStyles = css`
  ${callButtonStyles}
  .mz-panel > h3:first-child {
    margin-block-start: 0;
  }
  .urgent-line {
    margin-block: 1em 0;
    padding: 0.5em 0.75em 0.75em;
    border-inline-start: 4px solid var(--_mz-danger);
    background: var(--_mz-surface-alt);
  }
  .urgent-line p {
    margin-block: 0 0.5em;
  }
  .calls {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .cards,
  .contact {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .card h4 {
    margin-block: 0 0.25em;
    font-size: 1.15em;
  }
  .card--highlight {
    border-width: 2px;
    border-color: var(--_mz-accent);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_mz-border);
    border-radius: 1em;
    font-size: 0.9em;
    background: var(--_mz-surface);
  }
  .badge--ok {
    border-color: var(--_mz-success);
    color: var(--_mz-success);
    font-weight: 600;
  }
  .badge--fund {
    border-color: var(--_mz-accent);
    color: var(--_mz-accent);
    font-weight: 600;
  }
  .affiliation {
    color: var(--_mz-muted);
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1.25em;
    margin-block: 0.5em;
  }
  .contact a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.15em;
  }
  .why-label {
    margin-block-end: 0.25em;
  }
  .why {
    margin-block-end: 0.5em;
  }
  .badge--lang {
    font-style: italic;
  }
  .contact a.tel {
    color: var(--_mz-accent-text);
    padding: 0.5em 1.1em;
  }
  .sources {
    margin-block: 0.25em 0;
  }
  .sources > summary {
    font-weight: normal;
  }
  .sources > p {
    margin-block: 0.25em 0;
  }
  .join {
    font-size: 1.05em;
  }
  .premium-amount {
    font-size: 1.3em;
    font-weight: 700;
  }
  .filters {
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.75em var(--_mz-space);
    margin-block: 1em;
  }
  .filters > summary {
    margin-block: -0.25em;
  }
  .filters[open] > summary {
    margin-block-end: 0.25em;
  }
  .filters fieldset {
    margin-block: 0.75em;
  }
  .filters legend {
    font-size: 1.05em;
  }
  .filters .field label {
    font-weight: 700;
    display: block;
  }
  .filters .mz-choices {
    grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
  }
  .filters .only {
    margin-block-start: 1em;
  }
  .filters .age .mz-choices {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  #finder-results:focus,
  .card[tabindex]:focus {
    outline: none;
  }
  #finder-results:focus-visible,
  .card[tabindex]:focus-visible {
    outline: 3px solid var(--_mz-focus);
    outline-offset: 2px;
  }
  .count {
    font-weight: 600;
  }
  /* At 320 px the urgent panel holds cards inside the box: three paddings left ~200 px of text. */
  @media (max-width: 30em) {
    .mz-panel,
    .mz-card,
    .filters {
      padding-inline: 0.6em;
    }
  }
  @media print {
    /* The source host is in the link text; its full URL on every card doubles the sheet. */
    .urgent-line a::after,
    .card .mz-meta a::after {
      content: none;
    }
    /* Two cards side by side: half the paper. */
    .cards {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 0.75em;
    }
    .card {
      margin-block: 0 0.75em;
    }
    .filters,
    .urgent-line {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .urgent-line,
    .filters {
      border-color: CanvasText;
    }
  }
`;
