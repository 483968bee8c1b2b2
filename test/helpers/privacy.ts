/**
 * Records every way an answer could leave the browser while a block of code runs: fetch, XHR,
 * sendBeacon, WebSocket, EventSource, resource loads to other origins, cookies and Web Storage.
 */
export interface PrivacyReport {
  requests: string[];
  cookieChanged: boolean;
  storageWrites: string[];
}

export function trackPrivacy(): { stop(): PrivacyReport } {
  const requests: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const origFetch = window.fetch;
  const origOpen = XMLHttpRequest.prototype.open;
  const origBeacon = navigator.sendBeacon;
  const origWS = w.WebSocket;
  const origES = w.EventSource;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return origFetch.call(window, input, init);
  }) as typeof fetch;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    requests.push(`xhr ${method} ${String(url)}`);
    return (origOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    requests.push(`beacon ${String(url)}`);
    return origBeacon.call(navigator, url, data);
  };
  w.WebSocket = function (url: string) {
    requests.push(`websocket ${url}`);
    throw new Error('blocked by test');
  };
  w.EventSource = function (url: string) {
    requests.push(`eventsource ${url}`);
    throw new Error('blocked by test');
  };
  const startResources = performance.getEntriesByType('resource').length;
  const cookie = document.cookie;
  const snapshot = (s: Storage) => JSON.stringify(Object.keys(s).sort().map((k) => [k, s.getItem(k)]));
  const local = snapshot(localStorage);
  const session = snapshot(sessionStorage);
  return {
    stop(): PrivacyReport {
      window.fetch = origFetch;
      XMLHttpRequest.prototype.open = origOpen;
      navigator.sendBeacon = origBeacon;
      w.WebSocket = origWS;
      w.EventSource = origES;
      for (const e of performance.getEntriesByType('resource').slice(startResources)) {
        if (new URL(e.name).origin !== location.origin) requests.push(`resource ${e.name}`);
      }
      const storageWrites: string[] = [];
      if (snapshot(localStorage) !== local) storageWrites.push('localStorage');
      if (snapshot(sessionStorage) !== session) storageWrites.push('sessionStorage');
      return { requests, cookieChanged: document.cookie !== cookie, storageWrites };
    },
  };
}

/** Collects uncaught errors and unhandled rejections during a block. */
export function trackErrors(): { stop(): string[] } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return errors;
    },
  };
}
