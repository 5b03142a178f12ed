//! The revision chain of an Alembic `versions/` directory: each file's header
//! (`revision`, `down_revision`) and the order the revisions run in.
//!
//! [`read_header`] reads a file's module-level `revision = ...` and `down_revision = ...`
//! (also annotated, `down_revision: Union[str, None] = ...`) on rustpython's token
//! stream; [`order`] sorts the revisions from the base (`down_revision = None`) to the
//! head, or names every problem Alembic would refuse (duplicate ids, missing parents, no
//! base or several, several heads, cycles). A branch that a merge revision (a tuple
//! `down_revision`) joins again is linearised: parents before children, ties broken by
//! file name.
//!
//! Invariants:
//! - **No I/O.** Text in, typed values out: file names, paths and texts are given by
//!   the caller ([`RevisionFile`]); problems are enums ([`HeaderError`], [`Problem`])
//!   whose `Display` is the message `rehearse check` prints.
//! - **A file the front end cannot run still places in the chain.** Only the header is
//!   read, from the token stream: the parser never sees the file, so a construct the
//!   playground does not run, or a Python syntax error further down, does not matter;
//!   after a lexical error outside the header (a stray `$`, a string left open, a bad
//!   dedent) the tokens resume on the next line, and header lines that brackets cannot
//!   hold (never closed, closed with the wrong kind, not a call's) are read on their own.
//! - **Linear in the file's length, and nothing recursive sees unbounded input.** Each
//!   character is tokenized once; a value reaches rustpython's parser (which turns the
//!   string tokens into Python's values) only when it is made of strings, `None`, commas
//!   and at most one level of brackets.
//! - **Never panics** on any text.

mod header;
#[cfg(test)]
mod tests;

pub use header::{read_header, Field, Header, HeaderError};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One revision file, as the chain sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionFile {
    /// `revision`.
    pub id: String,
    /// `down_revision` (empty: the base).
    pub down: Vec<String>,
    /// How messages name the file (for the CLI: its path as the user sees it).
    pub path: String,
    /// The file name alone, for breaking ties.
    pub name: String,
}

impl RevisionFile {
    /// The revision of a file's `header`.
    pub fn new(header: Header, path: String, name: String) -> RevisionFile {
        RevisionFile {
            id: header.revision,
            down: header.down,
            path,
            name,
        }
    }
}

/// The order the revisions run in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// Indices into the revisions given to [`order`]: base first, head last.
    pub order: Vec<usize>,
    /// When the history branches and merges again: how it was made a line.
    pub linearised: Option<Linearised>,
}

/// How a history that branches and merges again was made a line. Indices are into
/// the revisions given to [`order`], each list in that order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linearised {
    /// Each revision with more than one child, and its children.
    pub branches: Vec<(usize, Vec<usize>)>,
    /// Each merge revision, and its parents.
    pub merges: Vec<(usize, Vec<usize>)>,
}

impl Linearised {
    /// The note `rehearse check` prints, naming the revisions of `revisions`.
    pub fn display<'a>(&'a self, revisions: &'a [RevisionFile]) -> impl fmt::Display + 'a {
        Shown {
            item: self,
            revisions,
        }
    }
}

/// Why the revisions do not form one history Alembic would run. Indices are into the
/// revisions given to [`order`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Two files define the same `revision`.
    DuplicateId {
        /// The first file with the id.
        first: usize,
        /// A later one.
        second: usize,
    },
    /// A `down_revision` that no file defines.
    MissingParent {
        /// The revision naming it.
        revision: usize,
        /// The id no file defines.
        parent: String,
    },
    /// Every revision names a parent: none starts the history.
    NoBase,
    /// More than one revision has `down_revision = None`.
    SeveralBases(Vec<usize>),
    /// More than one revision has no child.
    SeveralHeads(Vec<usize>),
    /// Revisions that revise each other, in running order (each revises the one before
    /// it, the first the last); empty when no cycle could be traced.
    Cycle(Vec<usize>),
}

impl Problem {
    /// The message `rehearse check` prints, naming the revisions of `revisions` (the
    /// slice given to [`order`]) by `id (path)`.
    pub fn display<'a>(&'a self, revisions: &'a [RevisionFile]) -> impl fmt::Display + 'a {
        Shown {
            item: self,
            revisions,
        }
    }
}

/// A [`Problem`] or [`Linearised`] with the revisions its indices point into.
struct Shown<'a, T> {
    item: &'a T,
    revisions: &'a [RevisionFile],
}

impl<T> Shown<'_, T> {
    fn id(&self, i: usize) -> &str {
        self.revisions.get(i).map_or("?", |r| r.id.as_str())
    }

    fn path(&self, i: usize) -> &str {
        self.revisions.get(i).map_or("?", |r| r.path.as_str())
    }

    /// `id (path)`, as messages name a revision.
    fn named(&self, i: usize) -> String {
        format!("{} ({})", self.id(i), self.path(i))
    }

    fn list(&self, ids: &[usize], each: impl Fn(usize) -> String, separator: &str) -> String {
        ids.iter()
            .map(|&i| each(i))
            .collect::<Vec<_>>()
            .join(separator)
    }
}

impl fmt::Display for Shown<'_, Problem> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.item {
            Problem::DuplicateId { first, second } => write!(
                f,
                "duplicate revision id '{}': {} and {}",
                self.id(*second),
                self.path(*first),
                self.path(*second)
            ),
            Problem::MissingParent { revision, parent } => write!(
                f,
                "revision '{}' ({}) names down_revision '{parent}', which no file defines",
                self.id(*revision),
                self.path(*revision)
            ),
            Problem::NoBase => f.write_str(
                "no base revision: every revision names a down_revision, so none starts the \
                 history (the first one has `down_revision = None`)",
            ),
            Problem::SeveralBases(bases) => write!(
                f,
                "more than one base (down_revision = None): {}; only one history can be checked",
                self.list(bases, |i| self.named(i), ", ")
            ),
            Problem::SeveralHeads(heads) => write!(
                f,
                "multiple heads: {}; merge them with `alembic merge`",
                self.list(heads, |i| self.named(i), ", ")
            ),
            Problem::Cycle(cycle) => match cycle.first() {
                None => f.write_str("the revisions form a cycle"),
                Some(&first) => write!(
                    f,
                    "down_revision cycle: {} → {} (each revises the one before it)",
                    self.list(cycle, |i| self.named(i), " → "),
                    self.id(first)
                ),
            },
        }
    }
}

impl fmt::Display for Shown<'_, Linearised> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = |i: usize| self.id(i).to_string();
        let mut parts: Vec<String> = self
            .item
            .branches
            .iter()
            .map(|(i, children)| {
                format!(
                    "{} branches into {}",
                    self.id(*i),
                    self.list(children, id, ", ")
                )
            })
            .collect();
        parts.extend(self.item.merges.iter().map(|(i, parents)| {
            format!("{} merges {}", self.id(*i), self.list(parents, id, ", "))
        }));
        write!(
            f,
            "branches were linearised (parents before children, ties broken by file name): {}",
            parts.join("; ")
        )
    }
}

/// Orders the revisions from the base to the head, or says why they do not form one
/// history.
pub fn order(revisions: &[RevisionFile]) -> Result<Chain, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in revisions.iter().enumerate() {
        if let Some(&first) = by_id.get(r.id.as_str()) {
            problems.push(Problem::DuplicateId { first, second: i });
        } else {
            by_id.insert(&r.id, i);
        }
    }
    for (i, r) in revisions.iter().enumerate() {
        for parent in &r.down {
            if !by_id.contains_key(parent.as_str()) {
                problems.push(Problem::MissingParent {
                    revision: i,
                    parent: parent.clone(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    // Edges parent → child, each parent once per child.
    let n = revisions.len();
    let mut parents: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut children: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (i, r) in revisions.iter().enumerate() {
        for parent in &r.down {
            if let Some(&p) = by_id.get(parent.as_str()) {
                parents[i].insert(p);
                children[p].insert(i);
            }
        }
    }
    let bases: Vec<usize> = (0..n).filter(|&i| parents[i].is_empty()).collect();
    let heads: Vec<usize> = (0..n).filter(|&i| children[i].is_empty()).collect();
    if bases.is_empty() {
        problems.push(Problem::NoBase);
    } else if bases.len() > 1 {
        problems.push(Problem::SeveralBases(bases.clone()));
    }
    if heads.len() > 1 {
        problems.push(Problem::SeveralHeads(heads));
    }

    // Kahn's algorithm; ready revisions in file-name order.
    let mut waiting: Vec<usize> = parents.iter().map(BTreeSet::len).collect();
    let mut ready: BTreeSet<(&str, usize)> = bases
        .iter()
        .map(|&i| (revisions[i].name.as_str(), i))
        .collect();
    let mut sorted = Vec::with_capacity(n);
    while let Some((_, i)) = ready.pop_first() {
        sorted.push(i);
        for &c in &children[i] {
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.insert((revisions[c].name.as_str(), c));
            }
        }
    }
    if sorted.len() < n {
        problems.push(Problem::Cycle(cycle(&parents, &waiting)));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let branches: Vec<(usize, Vec<usize>)> = (0..n)
        .filter(|&i| children[i].len() > 1)
        .map(|i| (i, children[i].iter().copied().collect()))
        .collect();
    let merges: Vec<(usize, Vec<usize>)> = (0..n)
        .filter(|&i| parents[i].len() > 1)
        .map(|i| (i, parents[i].iter().copied().collect()))
        .collect();
    let linearised =
        (!branches.is_empty() || !merges.is_empty()).then_some(Linearised { branches, merges });
    Ok(Chain {
        order: sorted,
        linearised,
    })
}

/// One cycle among the revisions Kahn's algorithm could not place, in running order
/// (each of them has an unplaced parent, so following parents must come back to a
/// revision); empty if none is found.
fn cycle(parents: &[BTreeSet<usize>], waiting: &[usize]) -> Vec<usize> {
    let stuck = |i: usize| waiting[i] > 0;
    let Some(start) = (0..waiting.len()).find(|&i| stuck(i)) else {
        return Vec::new();
    };
    let mut path = vec![start];
    let mut current = start;
    loop {
        let Some(&next) = parents[current].iter().find(|&&p| stuck(p)) else {
            return Vec::new();
        };
        if let Some(at) = path.iter().position(|&p| p == next) {
            // path[at..] is the cycle, each entry the child of the next: running order
            // is the reverse.
            return path[at..].iter().rev().copied().collect();
        }
        path.push(next);
        current = next;
    }
}
