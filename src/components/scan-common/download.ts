/**
 * A file made in the browser and offered as a download: a Blob behind a temporary object URL and an
 * `a[download]` click. Nothing goes over the network.
 */
export function downloadText(host: Element, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  // Inside our own shadow root, so no page script or style sees it.
  (host.shadowRoot ?? host).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
