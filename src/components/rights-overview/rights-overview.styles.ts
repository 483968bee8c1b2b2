import { css } from 'lit';

/** Only what the core styles do not cover: the two groups, compact item cards, the fit badges. */
export const rightsOverviewStyles = css`
  legend > h2,
  .mz-progress + h2 {
    margin-block-start: 0.25em;
  }
  legend > h2 {
    font-size: 1.3em;
  }
  .mz-field {
    display: grid;
    gap: 0.25em;
    margin-block: 0.75em;
  }
  .mz-field > * {
    min-inline-size: 0;
  }
  .mz-field input[type='number'] {
    max-inline-size: 8em;
  }
  .mz-field-error {
    color: var(--_mz-danger);
    font-weight: 600;
  }
  .mz-extra {
    margin-block-start: 1.5em;
  }
  .mz-subgroup {
    margin-block-start: 1em;
  }
  .mz-subgroup > legend {
    font-weight: 600;
  }
  .mz-group {
    margin-block: 1em 1.5em;
    overflow-wrap: break-word;
  }
  .mz-group > h3 {
    margin-block: 0 0.5em;
  }
  .items,
  .lines,
  .sources {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  /* Compact cards: a phone shows the first three on the first result screen. */
  .item {
    border: 1px solid var(--_mz-border);
    border-inline-start-width: 0.35em;
    border-radius: var(--_mz-radius);
    padding: 0.4em 0.75em;
    background: var(--_mz-surface);
  }
  .item--yes {
    border-inline-start-color: var(--_mz-success);
  }
  .item--check {
    border-inline-start-color: var(--_mz-warning);
  }
  .item h4 {
    margin: 0;
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.5em;
  }
  .item p {
    margin-block: 0.2em;
  }
  .item .amount {
    font-size: 0.95em;
  }
  .more {
    margin: 0.2em 0 0;
  }
  .more > summary {
    font-size: 0.95em;
  }
  .badge {
    font-size: 0.85em;
    font-weight: 600;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .more > summary,
  .no > summary {
    cursor: pointer;
  }
  .more h5 {
    margin-block: 0.75em 0.25em;
    font-size: 0.95em;
  }
  .more ul {
    padding-inline-start: 1.25em;
    margin-block: 0.25em;
  }
  .more ul.sources {
    padding: 0;
  }
  .no li {
    margin-block-end: 0.5em;
  }
  .deeper {
    margin-block-end: 0;
  }
  .mz-panel > h3:first-child {
    margin-block-start: 0;
  }
  @media (max-width: 30em) {
    .mz-panel {
      padding-inline: 0.6em;
    }
    .item {
      padding-inline: 0.6em;
    }
    /* On a phone the fit follows the name in the same line box instead of taking a line of its own
       whenever the name wraps: the first three items fit the first screen in every language. */
    .item h4 {
      display: block;
    }
    .item h4 .badge {
      display: inline-block;
      margin-inline-start: 0.25em;
    }
  }
  @media print {
    details > *:not(summary) {
      display: block;
    }
  }
`;
