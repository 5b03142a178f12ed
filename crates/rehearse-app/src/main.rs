//! The playground's entry point: mounts [`rehearse_app::App`] on the page.
fn main() {
    rehearse_app::start();
}
