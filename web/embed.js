// Rehearse embeds: turns every <div data-rehearse> on a page into a live playground.
//
//   <script src="https://your.site/rehearse/embed.js" defer></script>
//
//   <!-- a built-in lesson, read-only -->
//   <div data-rehearse data-lesson="02-not-null-trap" data-readonly></div>
//
//   <!-- an inline scenario, editable; parts are plain-text script blocks -->
//   <div data-rehearse data-height="600">
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
(() => {
  const here = document.currentScript?.src ?? location.href;
  const playground = new URL('./index.html', here);
  const frames = new Set();

  // A title no other playground on the page has: "... (2)" for a second one.
  function uniqueTitle(frame, title) {
    const taken = new Set([...frames].filter((f) => f !== frame).map((f) => f.title));
    let candidate = title;
    for (let n = 2; taken.has(candidate); n++) candidate = `${title} (${n})`;
    return candidate;
  }

  // The playground inside says what it shows (its lesson's title); plain text, used
  // only as the iframe's title attribute.
  addEventListener('message', (event) => {
    const title = event.data?.rehearseTitle;
    if (typeof title !== 'string') return;
    for (const frame of frames) {
      if (frame.contentWindow === event.source && !frame.dataset.fixedTitle) {
        frame.title = uniqueTitle(frame, `Rehearse playground: ${title.slice(0, 120)}`);
      }
    }
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
    frame.title = uniqueTitle(frame, `Rehearse playground: ${name}`);
    frames.add(frame);
    frame.loading = 'lazy';
    frame.style.cssText = `width: 100%; height: ${parseInt(block.dataset.height, 10) || 560}px; border: 1px solid #d9dbe0; border-radius: 8px;`;
    block.replaceChildren(frame);
  }

  function start() {
    const blocks = document.querySelectorAll('[data-rehearse]');
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
