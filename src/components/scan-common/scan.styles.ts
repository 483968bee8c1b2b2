import { css } from 'lit';

/** The scans' own look: statements with a four-step scale, the profile bars and the result lists. */
export const scanStyles = css`
  section > h2:first-child {
    margin-block-start: 0.25em;
  }
  .statement {
    margin-block: 1em 1.25em;
  }
  .statement legend {
    font-size: 1.05em;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  /* Four choices side by side when there is room, else one below the other (no broken words). */
  .statement .mz-choices {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
  }
  .scale-help {
    margin-block: 0.5em 1em;
  }
  .scale-help summary {
    cursor: pointer;
    color: var(--_mz-accent);
    text-decoration: underline;
  }
  .scale-legend {
    display: grid;
    gap: 0.25em;
    margin: 0.5em 0;
  }
  .scale-legend dt {
    display: inline;
    font-weight: 700;
  }
  .scale-legend dt::after {
    content: ':';
  }
  .scale-legend dd {
    display: inline;
    margin: 0 0 0 0.3em;
  }
  .bars {
    display: grid;
    gap: 0.6em;
    margin-block: 0.75em;
    padding: 0;
    list-style: none;
  }
  .bar-label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1.1em;
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
  }
  .bar-track {
    fill: var(--_mz-surface);
  }
  .bar-fill {
    fill: var(--_mz-accent);
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .bar-track {
      fill: Canvas;
    }
    .bar-fill {
      fill: Highlight;
    }
  }
  .table-wrap {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.5em 1em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  /* The host breaks words anywhere; in a table that lets the layout squeeze every column to one
     letter ("Beantwort|et", "Aufb|au"). Words stay whole here, a score ("15 von 15") stays on one
     line where there is room, and a group name breaks between words (hyphenated where the browser
     can); a table still too wide scrolls in its wrapper. */
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_mz-border);
    vertical-align: top;
    overflow-wrap: normal;
  }
  tbody th {
    hyphens: auto;
  }
  td:not(:last-child) {
    white-space: nowrap;
  }
  @container (min-width: 26em) {
    thead th,
    td:last-child {
      white-space: nowrap;
    }
  }
  /* A phone-wide table: a score may wrap at its spaces so the group names keep their words. */
  @container (max-width: 26em) {
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding-inline: 0.25em;
    }
    td:not(:last-child) {
      white-space: normal;
    }
  }
  .items {
    padding-inline-start: 1.25em;
  }
  .items > li {
    margin-block: 0.75em;
  }
  .items h4,
  .partner h4 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .items p,
  .partner p {
    margin-block: 0.25em;
  }
  /* Print, copy and the two downloads: one even column on a narrow widget, two when there is room,
     rather than a ragged mix of short and wrapped full-width buttons. */
  .exports .mz-actions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    align-items: stretch;
  }
  .exports .mz-button {
    padding-inline: 0.6em;
  }
  .contact {
    padding-inline-start: 1.25em;
  }
  @media print {
    .scale-help,
    .exports {
      display: none;
    }
  }
`;
