//! An embed folds an Alembic revision's header (docstring, imports, the revision
//! identifiers): what a reader of a lesson needs is `upgrade()` and what follows. The
//! editor shows the rest, numbered from its real first line; the header stays in the
//! scenario, one click away.

/// Fewer header lines than this are shown as they are: folding them saves nothing.
const MIN_FOLDED_LINES: usize = 3;

/// Where a revision's header ends: the byte offset of its first top-level `def` (or a
/// decorator on it), and the number of lines before it. `None` when there is nothing
/// worth folding (SQL, a bare snippet of `op.*` lines, a short header).
pub fn revision_head(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if line.starts_with("def ") || line.starts_with("async def ") || line.starts_with('@') {
            return (index >= MIN_FOLDED_LINES).then_some((offset, index));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_a_revision_header_up_to_its_first_function() {
        let revision = "\"\"\"add x\n\nRevision ID: b2\n\"\"\"\nfrom alembic import op\n\nrevision = \"b2\"\n\n\ndef upgrade():\n    op.drop_column(\"t\", \"x\")\n";
        let (at, lines) = revision_head(revision).unwrap();
        assert_eq!(lines, 9);
        assert!(revision[at..].starts_with("def upgrade():"));
        // A snippet, SQL, a short header: nothing to fold.
        assert_eq!(revision_head("op.drop_column(\"t\", \"x\")\n"), None);
        assert_eq!(revision_head("ALTER TABLE t DROP COLUMN x;\n"), None);
        assert_eq!(
            revision_head("import sqlalchemy as sa\ndef upgrade():\n    pass\n"),
            None
        );
        // An indented def (inside a class) is not the header's end.
        assert_eq!(
            revision_head("a = 1\nb = 2\nclass C:\n    def f(self): pass\n"),
            None
        );
    }
}
