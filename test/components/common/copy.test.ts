import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { copyButton, copyField } from '../../../src/components/common/copy.js';

describe('common copy: visible confirmation, selection when the clipboard is denied', () => {
  const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  afterEach(() => {
    if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });
  const stubClipboard = (writeText: (t: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });

  it('copies the field text when the clipboard allows it', async () => {
    const got: string[] = [];
    stubClipboard(async (t) => void got.push(t));
    const area = await fixture<HTMLTextAreaElement>(html`<textarea .value=${'Beste werkgever'}></textarea>`);
    expect(await copyField(area)).to.equal('copied');
    expect(got).to.deep.equal(['Beste werkgever']);
  });

  it('selects the text (and focuses it) when the clipboard is denied', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const area = await fixture<HTMLTextAreaElement>(html`<textarea .value=${'Beste werkgever'}></textarea>`);
    expect(await copyField(area)).to.equal('selected');
    expect(document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, 'Beste werkgever'.length]);
  });

  it('shows the confirmation next to the button once there is one', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(copyButton({ label: 'Kopieer de brief', status: undefined, onCopy: () => undefined }), host);
    expect(host.querySelector('[part~="copy-status"]')).to.equal(null);
    render(copyButton({ label: 'Kopieer de brief', status: 'De brief is gekopieerd.', onCopy: () => undefined }), host);
    const status = host.querySelector<HTMLElement>('[part~="copy-status"]')!;
    expect(status.textContent).to.equal('De brief is gekopieerd.');
    // Next to the button, in the same row.
    expect(status.previousElementSibling?.getAttribute('part')).to.equal('button button-copy');
  });
});
