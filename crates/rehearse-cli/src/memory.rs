//! The CLI's memory cap: a global allocator that counts live bytes and, past the cap,
//! stops the process with a message instead of letting one hostile input take the
//! machine (an input once grew the process to 23 GB).
//!
//! Rust cannot recover from a failed allocation, so the cap cannot turn into an error
//! value; what it can do is end cleanly: one line on stderr naming the limit and how
//! to raise it, and exit status 2 (the input could not be handled), never an abort.
//! The cap is 4 GiB, or `REHEARSE_MAX_MEMORY` (bytes, or with a `K`/`M`/`G` suffix).

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Live bytes allocated.
static USED: AtomicUsize = AtomicUsize::new(0);
/// The cap, read from the environment at start (0 until then: no cap).
static CAP: AtomicUsize = AtomicUsize::new(0);
/// Set once the cap was hit: the exit path may allocate freely.
static STOPPING: AtomicBool = AtomicBool::new(false);

/// The default cap.
const DEFAULT_CAP: usize = 4 << 30;

/// Counts every allocation against the cap.
pub struct Capped;

impl Capped {
    fn charge(&self, size: usize) {
        let used = USED.fetch_add(size, Ordering::Relaxed) + size;
        let cap = CAP.load(Ordering::Relaxed);
        if cap != 0 && used > cap && !STOPPING.swap(true, Ordering::Relaxed) {
            let mut err = std::io::stderr();
            let _ = writeln!(
                err,
                "rehearse: stopped: the run needs more than {} MB of memory (set REHEARSE_MAX_MEMORY to allow more)",
                cap >> 20
            );
            std::process::exit(2);
        }
    }
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters only
// observe sizes.
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.charge(layout.size());
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.charge(layout.size());
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        USED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            self.charge(new_size - layout.size());
        } else {
            USED.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Reads the cap from `REHEARSE_MAX_MEMORY` (or takes the default) and turns it on.
pub fn enable() -> Result<(), String> {
    let cap = match std::env::var("REHEARSE_MAX_MEMORY") {
        Ok(text) => parse_size(&text).ok_or_else(|| {
            format!("REHEARSE_MAX_MEMORY: `{text}` is not a size (bytes, or with K, M or G)")
        })?,
        Err(_) => DEFAULT_CAP,
    };
    CAP.store(cap, Ordering::Relaxed);
    Ok(())
}

/// `123`, `512M`, `4G` (powers of 1024).
fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let (digits, shift) = match text.chars().last()?.to_ascii_uppercase() {
        'K' => (&text[..text.len() - 1], 10),
        'M' => (&text[..text.len() - 1], 20),
        'G' => (&text[..text.len() - 1], 30),
        _ => (text, 0),
    };
    digits.trim().parse::<usize>().ok()?.checked_mul(1 << shift)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("4g"), Some(4 << 30));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("lots"), None);
    }
}
