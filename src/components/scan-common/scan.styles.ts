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
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_mz-border);
    vertical-align: top;
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
