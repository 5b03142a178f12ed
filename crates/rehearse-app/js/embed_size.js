// An embed (?embed=1) tells the page around it how tall its content is, so the iframe
// can be as tall as what it shows (web/embed.js resizes it; no scrolling inside the
// frame, and on a phone the verdict is not hidden below it).
//
// The message is versioned: { type: 'rehearse:height', version: 1, height } (CSS
// pixels, an integer). It carries nothing but a number, so it goes to any parent
// ('*'): the parent checks that it comes from its own iframe (event.source) and from
// the playground's origin before it acts on it.
export const HEIGHT_MESSAGE = 'rehearse:height';

export function reportEmbedHeight() {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    // The body's own height (not the document's, which is at least the frame's): the
    // frame may shrink as well as grow.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, version: 1, height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
