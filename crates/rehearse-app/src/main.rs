//! The playground's entry point: installs the trap guard and the panic hook, then
//! mounts [`rehearse_app::App`] on the page.
fn main() {
    rehearse_app::install_trap_guard();
    rehearse_app::install_panic_hook();
    rehearse_app::start();
}
