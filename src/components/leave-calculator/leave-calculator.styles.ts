import { css } from 'lit';

/** Only what the core styles do not cover: result groups, scheme cards, tables, the letter. */
export const leaveCalculatorStyles = css`
  /* Tables of forms × months × amounts need more room than a quiz: wider by default, and the
     partner's --mz-max-width still wins. */
  .mz-root {
    max-inline-size: var(--mz-max-width, 56em);
  }
  /* Tables are used only here (moved out of the shared core styles to keep the core chunk small). */
  table {
    border-collapse: collapse;
    inline-size: 100%;
    /* Keep whole words in narrow columns ("Maximum", not "Maxi-mum"); the wrapper scrolls if needed. */
    overflow-wrap: break-word;
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_mz-border);
    vertical-align: top;
  }
  .mz-table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block-end: 0.75em;
  }
  .mz-panel > h3:first-child {
    margin-block-start: 0;
  }

  /* A question heading sits in its legend (already 1.25em): same size and spacing as the other widgets. */
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
  /* Grid items default to min-width:auto, so a long field would widen the page at 320 px. */
  .mz-field > * {
    min-inline-size: 0;
  }
  /* break-word (not anywhere): long URLs may wrap, but table columns keep whole words. */
  .mz-scheme,
  .mz-group,
  .mz-letter {
    overflow-wrap: break-word;
  }
  /* A yes/no box under a list of choices: set apart so it does not read as one more choice. */
  .mz-extra {
    margin-block-start: 1.5em;
  }
  .mz-field input[type='number'] {
    max-inline-size: 8em;
  }
  .mz-field-error {
    color: var(--_mz-danger);
    font-weight: 600;
  }
  .mz-group {
    margin-block: 1.5em;
  }
  .mz-group--no li {
    margin-block-end: 0.5em;
  }
  .mz-scheme {
    margin-block: 1em;
    container-type: inline-size;
  }
  .mz-scheme h4 {
    margin-block-start: 0;
  }
  .mz-reasons {
    padding-inline-start: 1.25em;
  }
  .mz-details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
  }
  .mz-details dt {
    font-weight: 600;
  }
  .mz-details dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    .mz-panel,
    .mz-card {
      padding-inline: 0.6em;
    }
    .mz-details {
      grid-template-columns: 1fr;
    }
    .mz-details dd {
      margin-block-end: 0.5em;
    }
  }
  /* Tables (forms of a scheme, the comparison): on a narrow card or widget each row becomes a small
     card with labelled values, so no column is cut off or needs sideways scrolling. */
  .mz-compare {
    container-type: inline-size;
  }
  @container (max-width: 34em) {
    .mz-stack :is(table, tbody, tr, th, td) {
      display: block;
    }
    .mz-stack thead {
      display: none;
    }
    .mz-stack tr {
      border-block-end: 1px solid var(--_mz-border);
      padding-block: 0.4em;
    }
    .mz-stack :is(th, td) {
      border: 0;
      padding: 0.1em 0;
    }
    .mz-stack td::before {
      /* The space in the content collapses before the value: a margin keeps "Label: value" apart. */
      content: attr(data-label) ':';
      margin-inline-end: 0.3em;
      color: var(--_mz-muted);
    }
  }
  .mz-badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border: 2px solid currentColor;
    border-radius: var(--_mz-radius);
  }
  /* The letter's choice reads as a field label, not as a question heading. */
  .mz-letter-choice legend {
    font-size: 1em;
  }
  .mz-letter-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  @media print {
    summary {
      min-block-size: 0;
      padding-block: 0.25em;
    }
    /* Up to seven long source URLs per scheme would fill pages: the host is in the link text. */
    [part='figures'] a::after {
      content: none;
    }
    .mz-table-wrap {
      overflow: visible;
    }
  }
`;
