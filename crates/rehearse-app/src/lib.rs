//! app
pub fn start() {}
