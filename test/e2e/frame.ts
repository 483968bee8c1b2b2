/** Opens a built test page in an iframe of the test page and reads what its recorder (pages/record.js) saw. */
export interface Recorder {
  violations: string[];
  errors: string[];
  warnings: string[];
  /** Every mz-error raised on the page (bubbling, composed). */
  mzErrors: Array<{ code: string; message: string }>;
}

export async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  document.body.append(frame);
  await new Promise<void>((ok) => {
    frame.addEventListener('load', () => ok(), { once: true });
    frame.src = path;
  });
  return frame;
}

export function recorder(frame: HTMLIFrameElement): Recorder {
  return (frame.contentWindow as unknown as { __mz: Recorder }).__mz;
}

