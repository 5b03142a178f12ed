//! Reading the user's files, as hostile input: every read is capped at
//! [`MAX_INPUT`] bytes, and a scanned folder yields only the regular files inside it.
//!
//! A `versions/` folder comes from a repository, perhaps a pull request's: a symbolic
//! link in it could point at a secret outside the checkout (whose text an error message
//! would then quote into a public CI log), at `/dev/zero`, or at a FIFO that blocks the
//! read forever. [`read_dir`] therefore looks at each entry without following it
//! (`symlink_metadata`), follows a link only when its canonical target is a regular file
//! inside the canonical folder, and skips anything else with a note naming the entry,
//! never its content. A file named on the command line is the user's own choice, so
//! [`read`] follows links and accepts pipes (`--setup <(...)`); it is only capped.

use crate::escape;
use rehearse_core::input::MAX_INPUT;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most files [`read_dir`] reads from one folder.
pub const MAX_FILES: usize = 10_000;

/// The text of a file named on the command line; errors name the file (and, for bad
/// UTF-8, line and column).
pub fn read(path: &str) -> Result<String, String> {
    let shown = escape::line(path);
    let meta = std::fs::metadata(path).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    if meta.is_dir() {
        return Err(format!("{shown}: cannot read: it is a directory"));
    }
    let file = File::open(path).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    capped(file, meta.len(), &shown)
}

/// The text of an open file: at most [`MAX_INPUT`] bytes. `len` is the length the
/// metadata gave (0 for a pipe or device); the read is capped as well, because a file
/// can grow after the check and a device's length says nothing.
fn capped(file: File, len: u64, shown: &str) -> Result<String, String> {
    let cap = MAX_INPUT as u64;
    let too_large = || {
        format!(
            "{shown}: cannot read: larger than {} MB, the most rehearse reads from one file",
            MAX_INPUT >> 20
        )
    };
    if len > cap {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{shown}: cannot read: {e}"))?;
    if bytes.len() as u64 > cap {
        return Err(too_large());
    }
    utf8(bytes, shown)
}

/// `bytes` as text, or where the first invalid byte is.
fn utf8(bytes: Vec<u8>, shown: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let prefix = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(prefix);
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{shown}:{line}:{column}: not valid UTF-8 text")
    })
}

/// One file read from a folder.
#[derive(Debug)]
pub struct Listed {
    /// The file name (lossily UTF-8), for sorting and matching.
    pub name: String,
    /// The folder as given joined with the name, escaped for printing ([`escape::line`]).
    pub path: String,
    /// The text, or why it could not be read (the message names the file).
    pub text: Result<String, String>,
}

/// What [`read_dir`] found.
#[derive(Debug, Default)]
pub struct Listing {
    /// The regular files whose name `wanted` accepts, sorted by name.
    pub files: Vec<Listed>,
    /// Entries skipped because they are not regular files inside the folder, one note
    /// each, naming the entry.
    pub skipped: Vec<String>,
}

/// Reads the regular files of `dir` (not recursive) whose name `wanted` accepts.
/// `Err`: the folder cannot be listed, or it holds more than [`MAX_FILES`] wanted files.
pub fn read_dir(dir: &str, wanted: impl Fn(&str) -> bool) -> Result<Listing, String> {
    let shown_dir = escape::line(dir);
    let cannot = |e: std::io::Error| format!("{shown_dir}: cannot read: {e}");
    let root = std::fs::canonicalize(dir).map_err(cannot)?;
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let entry = entry.map_err(cannot)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !wanted(&name) {
            continue;
        }
        if entries.len() == MAX_FILES {
            return Err(format!(
                "{shown_dir}: more than {MAX_FILES} files to read; rehearse reads at most \
                 {MAX_FILES} from one folder"
            ));
        }
        entries.push((name, entry.path()));
    }
    entries.sort();
    let mut listing = Listing::default();
    for (name, path) in entries {
        let shown = escape::line(&Path::new(dir).join(&name).to_string_lossy()).into_owned();
        match regular_inside(&path, &root) {
            Ok(target) => {
                let text = open_regular(&target, &shown);
                listing.files.push(Listed {
                    name,
                    path: shown,
                    text,
                });
            }
            Err(why) => listing.skipped.push(format!("skipping {shown}: {why}")),
        }
    }
    Ok(listing)
}

/// The path to read for the entry `path` of the folder `root` (canonical): the entry
/// itself when it is a regular file, a link's canonical target when that is a regular
/// file inside `root`. `Err` says why the entry is skipped.
fn regular_inside(path: &Path, root: &Path) -> Result<PathBuf, String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| format!("cannot inspect it: {e}"))?;
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(path.to_path_buf());
    }
    if !kind.is_symlink() {
        return Err(format!("not a regular file ({})", kind_name(&kind)));
    }
    // Canonicalising resolves every link in the chain, so `..` tricks and links to
    // links end where the read would.
    let target = std::fs::canonicalize(path)
        .map_err(|_| "a symbolic link whose target does not exist".to_string())?;
    if !target.starts_with(root) {
        return Err("a symbolic link to a file outside the folder".into());
    }
    let target_kind = std::fs::metadata(&target)
        .map_err(|e| format!("cannot inspect its target: {e}"))?
        .file_type();
    if !target_kind.is_file() {
        return Err(format!(
            "a symbolic link to something that is not a regular file ({})",
            kind_name(&target_kind)
        ));
    }
    Ok(target)
}

/// Opens `path`, checked just before to be a regular file, and reads it capped.
fn open_regular(path: &Path, shown: &str) -> Result<String, String> {
    let file = File::open(path).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("{shown}: cannot read: {e}"))?;
    // The open file's own metadata: the entry may have been replaced since the check.
    if !meta.is_file() {
        return Err(format!("{shown}: cannot read: not a regular file"));
    }
    capped(file, meta.len(), shown)
}

/// What a file type is, for a skip note.
fn kind_name(kind: &std::fs::FileType) -> &'static str {
    if kind.is_dir() {
        return "a directory";
    }
    if kind.is_symlink() {
        return "a symbolic link";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_utf8_names_line_and_column() {
        let e = utf8(b"ab\ncd\xffe".to_vec(), "f.sql").unwrap_err();
        assert_eq!(e, "f.sql:2:3: not valid UTF-8 text");
    }
}
