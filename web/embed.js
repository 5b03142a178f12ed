// Rehearse embeds: turns every <div data-rehearse> on a page into a live playground.
//
//   <script src="https://your.site/rehearse/embed.js" defer></script>
//
//   <!-- a built-in lesson, read-only -->
//   <div data-rehearse data-lesson="02-not-null-trap" data-readonly></div>
//
//   <!-- an inline scenario, editable; parts are plain-text script blocks -->
//   <div data-rehearse data-height="900">
//     <script type="text/plain" data-part="setup">CREATE TABLE t (id int); INSERT INTO t VALUES (1);</script>
//     <script type="text/plain" data-part="migration">ALTER TABLE t ADD COLUMN note text NOT NULL;</script>
//     <script type="text/plain" data-part="old_code">SELECT id FROM t;</script>
//   </div>
//
// Each playground is an iframe of the playground page (next to this script) in its
// compact embed mode, so several on one page stay isolated from each other and from
// the host page. An iframe is created only when its block scrolls into view. The
// scenario travels in the iframe's URL fragment in the share-link format (v1: JSON,
// raw DEFLATE, base64url), never as HTML.
//
// Each iframe is sandboxed to what the playground needs (scripts; its own origin, for
// its wasm, worker and PGlite; popups, for "Open in the playground"), sends no
// referrer, and has its own title ("Rehearse playground: <lesson title>", or "your
// scenario"; data-title overrides), which the playground reports once it knows its
// lesson's title.
//
// Height: before it loads, a block reserves data-height pixels (default 560), so the
// page does not jump when the playground arrives; then the playground reports its
// content's height ({ type: 'rehearse:height', version: 1, height }) and its iframe
// follows it, so the reader never scrolls inside the frame. A message is believed only
// from the playground's origin AND from that very iframe (event.source).
(() => {
  const here = document.currentScript?.src ?? location.href;
  const playground = new URL('./index.html', here);
  const frames = new Set();
  const HEIGHT_MESSAGE = 'rehearse:height';
  // Bounds on a reported height: a playground is never shorter, nor taller, than these.
  const MIN_HEIGHT = 200;
  const MAX_HEIGHT = 20000;
  const reserved = (block) => parseInt(block.dataset.height, 10) || 560;

  // Titles no two playgrounds on the page share: each frame's wanted title
  // (data-rehearse-title), "... (2)" for the second one with it in page order, whatever
  // order the playgrounds loaded in.
  function retitle() {
    const taken = new Set();
    const inOrder = [...frames].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const frame of inOrder) {
      const wanted = frame.dataset.rehearseTitle;
      let candidate = wanted;
      for (let n = 2; taken.has(candidate); n++) candidate = `${wanted} (${n})`;
      taken.add(candidate);
      frame.title = candidate;
    }
  }

  // The playground inside says how tall it is, and what it shows (its lesson's title;
  // plain text, used only as the iframe's title attribute).
  addEventListener('message', (event) => {
    if (event.origin !== playground.origin) return;
    const frame = [...frames].find((f) => f.contentWindow === event.source);
    if (!frame) return;
    const data = event.data;
    if (data?.type === HEIGHT_MESSAGE && data.version === 1 && Number.isFinite(data.height)) {
      const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      // +2: the frame's border.
      frame.style.height = `${height + 2}px`;
      frame.dataset.fitted = '1';
      return;
    }
    const title = data?.rehearseTitle;
    if (typeof title !== 'string' || frame.dataset.fixedTitle) return;
    frame.dataset.rehearseTitle = `Rehearse playground: ${title.slice(0, 120)}`;
    retitle();
  });

  async function deflateRaw(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  function base64url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // The share-link fragment for a scenario (the same format as "Copy link").
  async function shareFragment(scenario) {
    const json = new TextEncoder().encode(JSON.stringify(scenario));
    return 'v1.' + base64url(await deflateRaw(json));
  }

  function part(block, name) {
    const el = block.querySelector(`script[type="text/plain"][data-part="${name}"]`);
    return el ? el.textContent.replace(/^\n/, '') : '';
  }

  async function mount(block) {
    if (block.dataset.rehearseMounted) return;
    block.dataset.rehearseMounted = '1';
    const url = new URL(playground);
    url.searchParams.set('embed', '1');
    if ('readonly' in block.dataset) url.searchParams.set('readonly', '1');
    if (block.dataset.lesson) {
      url.searchParams.set('lesson', block.dataset.lesson);
    } else {
      url.hash = await shareFragment({
        setup: part(block, 'setup'),
        migration: part(block, 'migration'),
        kind: block.dataset.kind ?? 'auto',
        old_code: part(block, 'old_code'),
        drift: part(block, 'drift'),
        check_downgrade: 'checkDowngrade' in block.dataset,
      });
    }
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups');
    frame.referrerPolicy = 'no-referrer';
    frame.src = url.href;
    if (block.dataset.title) frame.dataset.fixedTitle = '1';
    const name = block.dataset.title ?? (block.dataset.lesson ? `lesson ${block.dataset.lesson}` : 'your scenario');
    frame.dataset.rehearseTitle = `Rehearse playground: ${name}`;
    frames.add(frame);
    frame.loading = 'lazy';
    frame.style.cssText = `display: block; box-sizing: border-box; width: 100%; height: ${reserved(block)}px; border: 1px solid #d9dbe0; border-radius: 8px;`;
    block.replaceChildren(frame);
    retitle();
    // The frame holds the space now (and follows its content from here).
    block.style.minHeight = '';
  }

  function start() {
    const blocks = document.querySelectorAll('[data-rehearse]');
    // The placeholder: the space the playground will take, reserved before it loads.
    blocks.forEach((b) => { if (!b.dataset.rehearseMounted) b.style.minHeight = `${reserved(b)}px`; });
    if (!('IntersectionObserver' in window)) {
      blocks.forEach(mount);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          observer.unobserve(e.target);
          mount(e.target);
        }
      }
    }, { rootMargin: '200px' });
    blocks.forEach((b) => observer.observe(b));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
