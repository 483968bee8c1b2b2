import { css } from 'lit';

/** Only what the core styles do not cover: result groups, scheme cards, tables, the letter. */
export const leaveCalculatorStyles = css`
  /* Tables are used only here (moved out of the shared core styles to keep the core chunk small). */
  table {
    border-collapse: collapse;
    inline-size: 100%;
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
  }

  .mz-field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.75rem;
  }
  /* Grid items default to min-width:auto, so a long <select> option would widen the page at 320 px. */
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
    margin-block-start: 1.5rem;
  }
  .mz-field input[type='number'] {
    max-inline-size: 8rem;
  }
  .mz-field-error {
    color: var(--mz-color-danger, #a4000f);
    font-weight: 600;
  }
  .mz-group {
    margin-block: 1.5rem;
  }
  .mz-group--no li {
    margin-block-end: 0.5rem;
  }
  .mz-scheme {
    margin-block: 1rem;
    container-type: inline-size;
  }
  .mz-forms-narrow {
    display: none;
    list-style: none;
    padding: 0;
  }
  .mz-forms-narrow > li {
    border-block-end: 1px solid var(--mz-color-border, #6b6b6b);
    padding-block: 0.5rem;
  }
  .mz-forms-narrow dl {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  .mz-forms-narrow dd {
    margin: 0;
  }
  @container (max-width: 34rem) {
    .mz-forms-wide {
      display: none;
    }
    .mz-forms-narrow {
      display: block;
    }
  }
  .mz-scheme h4 {
    margin-block-start: 0;
  }
  .mz-reasons {
    padding-inline-start: 1.25rem;
  }
  .mz-details {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
  }
  .mz-details dt {
    font-weight: 600;
  }
  .mz-details dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .mz-details {
      grid-template-columns: 1fr;
    }
    .mz-details dd {
      margin-block-end: 0.5rem;
    }
  }
  .mz-badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--mz-radius, 0.25rem);
  }
  .mz-letter-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  select {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  @media print {
    details > *:not(summary) {
      display: block;
    }
    .mz-table-wrap {
      overflow: visible;
    }
  }
`;
