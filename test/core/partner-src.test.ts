/**
 * Partner data from `src`: blank means none, slow is used when it comes, a widget that leaves the
 * page aborts its request. (Hardening of partner inputs.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget/define.js';
import { MantelkitElement } from '../../src/core/mantelkit-element.js';
import { collectEvents, mount, settle, shadow, visibleText } from '../embedding/contract.js';
import { trackPrivacy } from '../helpers/privacy.js';

/** A fetch we answer by hand, recording each call's signal. */
function holdFetch(): { calls: AbortSignal[]; answer: (body: string) => void; restore: () => void } {
  const orig = window.fetch;
  const calls: AbortSignal[] = [];
  const pending: Array<(r: Response) => void> = [];
  window.fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? new AbortController().signal;
    calls.push(signal);
    return new Promise<Response>((resolve, reject) => {
      pending.push(resolve);
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }) as typeof fetch;
  return {
    calls,
    answer: (body) => pending.pop()?.(new Response(body, { headers: { 'content-type': 'application/json' } })),
    restore: () => {
      window.fetch = orig;
    },
  };
}

describe('partner src', () => {
  const noticeMs = MantelkitElement.srcNoticeMs;
  afterEach(() => {
    MantelkitElement.srcNoticeMs = noticeMs;
  });

  for (const blank of ['', ' ', '\n\t ']) {
    it(`src=${JSON.stringify(blank)} means no partner data: no request, no notice`, async () => {
      const privacy = trackPrivacy();
      const el = await mount(`<mz-test-widget src="${blank}"></mz-test-widget>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(privacy.stop().requests).to.deep.equal([]);
      expect(shadow(el).querySelector('[part~="notice"]')).to.equal(null);
    });
  }

  it('a slow answer shows a "still loading" notice, then is used when it comes, keeping the reader\'s place', async () => {
    MantelkitElement.srcNoticeMs = 30;
    const f = holdFetch();
    try {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const events = collectEvents(holder, ['mz-error']);
      holder.innerHTML = '<mz-test-widget src="/slow.json"></mz-test-widget>';
      const el = holder.firstElementChild as HTMLElement;
      await waitUntil(() => shadow(el).querySelector('[part~="notice"]') !== null, 'still-loading notice');
      expect(events.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['config-slow']);
      // The reader goes on meanwhile.
      shadow(el).querySelector<HTMLElement>('.mz-button')!.click();
      await settle(el);
      const step = shadow(el).querySelector('form[data-step]')?.getAttribute('data-step');
      expect(step).to.be.a('string');
      // The data arrives long after the notice: it is used, the notice goes, the step stays.
      await new Promise((r) => setTimeout(r, 80));
      f.answer('{ "name": "Stad Leuven" }');
      await waitUntil(() => shadow(el).querySelector('[part~="notice"]') === null, 'notice gone');
      expect(shadow(el).querySelector('form[data-step]')?.getAttribute('data-step')).to.equal(step);
      shadow(el).querySelector<HTMLElement>('[part~="button-back"]')?.click();
      await settle(el);
      expect(visibleText(el)).to.contain('Stad Leuven');
    } finally {
      f.restore();
    }
  });

  it('a widget that leaves the page aborts its request, reports nothing, and fetches again when it comes back', async () => {
    const f = holdFetch();
    try {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const events = collectEvents(holder, ['mz-error']);
      holder.innerHTML = '<mz-test-widget src="/partner.json"></mz-test-widget>';
      const el = holder.firstElementChild as HTMLElement;
      await waitUntil(() => f.calls.length === 1, 'first request');
      el.remove();
      expect(f.calls[0].aborted).to.equal(true);
      await new Promise((r) => setTimeout(r, 30));
      expect(events).to.deep.equal([]);
      holder.append(el);
      await waitUntil(() => f.calls.length === 2, 'second request after reconnect');
      f.answer('{ "name": "Stad Leuven" }');
      await waitUntil(() => visibleText(el).includes('Stad Leuven'), 'data after reconnect');
      expect(events).to.deep.equal([]);
    } finally {
      f.restore();
    }
  });

  it('a changed src aborts the old request; only the new answer counts', async () => {
    const f = holdFetch();
    try {
      const el = await mount('<mz-test-widget src="/a.json"></mz-test-widget>');
      await waitUntil(() => f.calls.length === 1, 'first request');
      el.setAttribute('src', '/b.json');
      await waitUntil(() => f.calls.length === 2, 'second request');
      expect(f.calls[0].aborted).to.equal(true);
      f.answer('{ "name": "Stad Gent" }');
      await waitUntil(() => visibleText(el).includes('Stad Gent'), 'new data');
    } finally {
      f.restore();
    }
  });
});
