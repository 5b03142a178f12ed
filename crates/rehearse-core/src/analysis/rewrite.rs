//! The safe rewrites by name: what a hazard rule points to. The analysis names them and
//! `fix/` implements them (`Rewrite::edits`), so the analysis never depends on the
//! rewrites' code.

use serde::{Deserialize, Serialize};

/// A safe rewrite, one per file of `fix/` (which implements it). A rule names the one
/// that fixes its hazard ([`crate::analysis::rules::Rule::fix`]); serialized (and
/// displayed) as its stable kebab-case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rewrite {
    /// `add-nullable-backfill`: add the column nullable, backfill, then SET NOT NULL.
    AddNullableBackfill,
    /// `rename-instead-of-drop-add`: a rename instead of a drop and an add.
    RenameInsteadOfDropAdd,
    /// `create-index-concurrently`: build the index without blocking writes.
    CreateIndexConcurrently,
    /// `not-valid-then-validate`: add the constraint NOT VALID, then VALIDATE it.
    NotValidThenValidate,
}

impl Rewrite {
    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Rewrite::AddNullableBackfill => "add-nullable-backfill",
            Rewrite::RenameInsteadOfDropAdd => "rename-instead-of-drop-add",
            Rewrite::CreateIndexConcurrently => "create-index-concurrently",
            Rewrite::NotValidThenValidate => "not-valid-then-validate",
        }
    }
}

impl std::fmt::Display for Rewrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}
