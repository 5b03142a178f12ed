// If the wasm ever traps — a stack overflow (V8: RangeError "Maximum call stack size
// exceeded", or a WebAssembly.RuntimeError) or a panic's abort ("unreachable") — the
// Rust side is gone and cannot say so. This listener is plain JavaScript: it shows a
// banner instead of a silently dead page. A panic has already shown its own (#panic,
// from the panic hook), with the message.
//
// The scenario stays saved, and the run marker (crates/rehearse-app/src/storage.rs) is
// still set, so the reload the banner asks for does not run it again without asking.
export function installTrapGuard() {
  const isTrap = (e) => e instanceof WebAssembly.RuntimeError
    || (e instanceof RangeError && /call stack/i.test(e.message));
  const show = (e) => {
    if (!isTrap(e) || document.getElementById('panic') || document.getElementById('trap')) return;
    const banner = document.createElement('div');
    banner.id = 'trap';
    banner.className = 'banner panic';
    banner.setAttribute('role', 'alert');
    banner.textContent = `Rehearse stopped: the engine hit an internal error (${e}). `
      + 'Your scenario is saved in this browser. Reload the page: it will not run this '
      + 'scenario again until you ask. Please report this (Copy link shares the scenario).';
    document.body.prepend(banner);
  };
  addEventListener('error', (event) => show(event.error));
  addEventListener('unhandledrejection', (event) => show(event.reason));
}
