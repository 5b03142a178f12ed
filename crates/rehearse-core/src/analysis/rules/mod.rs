//! The hazard rules, one file each. A rule looks at one action of one statement (with
//! the database as it is just before it and the migration's history) and reports at
//! most one hazard. Rule ids are stable: tools and CI configurations refer to them.
//!
//! Every rule is about production, not the sample: a table that existed before the
//! migration is assumed to be big and busy, whatever the sample rows say. Changes to a
//! table the migration itself created are never hazards (nobody else can see it yet).

pub mod add_not_null_column;
pub mod backfill_in_transaction;
pub mod check_without_not_valid;
pub mod column_type_rewrite;
pub mod concurrent_unique_index_can_fail;
pub mod create_index_non_concurrently;
pub mod drop_column;
pub mod drop_index_non_concurrently;
pub mod drop_table;
pub mod foreign_key_without_not_valid;
pub mod missing_lock_timeout;
pub mod rename_as_drop_add;
pub mod rename_column;
pub mod rename_table;
pub mod set_not_null;
pub mod unique_constraint_builds_index;
pub mod validate_in_same_transaction;
pub mod volatile_default_rewrite;

use super::actions::Action;
use super::locks::TableLock;
use super::History;
use crate::analysis::Rewrite;
use rehearse_engine::catalog::Database;
use serde::{Deserialize, Serialize};

/// How bad a hazard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Blocks traffic or breaks the deployed code on a real database.
    Warning,
    /// Fails, or destroys data.
    Error,
}

impl Severity {
    /// Parses `info`, `warning` or `error`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }

    /// The lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A rule's fixed description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, kebab-case.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The "why" paragraph.
    pub why: &'static str,
    /// The safe rewrite that fixes it, if one exists (see `crate::fix`).
    pub fix: Option<Rewrite>,
}

/// What a rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// One line, naming the table and column.
    pub message: String,
    /// Table.
    pub table: String,
    /// Column, when the hazard is about one.
    pub column: Option<String>,
    /// A severity other than the rule's default (e.g. an error when the sample rows
    /// already make the step fail).
    pub severity: Option<Severity>,
    /// Another column and step the hazard involves (rename-as-drop-add: the dropped
    /// column and the step that dropped it).
    pub related: Option<Related>,
}

/// A column dropped by an earlier step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Column.
    pub column: String,
    /// 0-based index of the step.
    pub step: usize,
}

impl Finding {
    /// A finding about `table` (and `column`).
    pub fn new(message: String, table: &str, column: Option<&str>) -> Self {
        Finding {
            message,
            table: table.to_string(),
            column: column.map(str::to_string),
            severity: None,
            related: None,
        }
    }
}

/// A hazard in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hazard {
    /// Rule id.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// One line.
    pub message: String,
    /// Why it matters and what to do instead.
    pub why: &'static str,
    /// Table.
    pub table: String,
    /// Column.
    pub column: Option<String>,
    /// The safe rewrite (`rehearse fix`, "Make it safe"), if one exists: its id.
    pub fix: Option<Rewrite>,
    /// Another column and step involved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
}

/// A rule's id as the rule holds it (`'static`), for an id read back from JSON; `None`
/// when no rule has it.
pub fn id_of(name: &str) -> Option<&'static str> {
    ALL.iter().find(|(r, _)| r.id == name).map(|(r, _)| r.id)
}

/// A hazard as read back (the playground's worker sends reports to the page): the
/// rule's id, its texts taken from the rule itself.
#[derive(Deserialize)]
struct HazardData {
    rule: String,
    severity: Severity,
    message: String,
    table: String,
    column: Option<String>,
    related: Option<Related>,
}

impl TryFrom<HazardData> for Hazard {
    type Error = String;

    fn try_from(h: HazardData) -> Result<Self, String> {
        let (rule, _) = ALL
            .iter()
            .find(|(r, _)| r.id == h.rule)
            .ok_or_else(|| format!("unknown rule {}", h.rule))?;
        Ok(Hazard {
            rule: rule.id,
            severity: h.severity,
            message: h.message,
            why: rule.why,
            table: h.table,
            column: h.column,
            fix: rule.fix,
            related: h.related,
        })
    }
}

/// What a rule sees.
pub struct Context<'a> {
    /// The database just before the statement.
    pub db: &'a Database,
    /// One action of the statement.
    pub action: &'a Action,
    /// What earlier steps did.
    pub history: &'a History,
    /// The locks this statement takes (pre-existing tables only).
    pub locks: &'a [TableLock],
    /// What this action costs.
    pub costs: &'a [crate::analysis::Cost],
}

impl Context<'_> {
    /// A finding about `table` (and `column`), unless the migration created the table
    /// itself: nobody else can see it yet, so nothing about it is a hazard.
    pub fn on_existing(
        &self,
        table: &str,
        column: Option<&str>,
        message: impl FnOnce() -> String,
    ) -> Option<Finding> {
        self.history
            .is_preexisting(table)
            .then(|| Finding::new(message(), table, column))
    }

    /// Whether this action costs `kind` on some table (a rewrite, a scan ...).
    pub fn costs(&self, kind: crate::analysis::CostKind) -> bool {
        self.costs.iter().any(|c| c.kind == kind)
    }

    /// Rows of `table` in the sample.
    pub fn rows(&self, table: &str) -> usize {
        self.db.tables.get(table).map_or(0, |t| t.rows.len())
    }

    /// Non-NULL values of `column` in `table`.
    pub fn values(&self, table: &str, column: &str) -> usize {
        let Some(t) = self.db.tables.get(table) else {
            return 0;
        };
        let Some(i) = t.column_index(column) else {
            return 0;
        };
        t.rows
            .iter()
            .filter(|r| !matches!(r.get(i), None | Some(rehearse_engine::value::Value::Null)))
            .count()
    }
}

type Check = fn(&Context) -> Option<Finding>;

/// Every rule with its check, in report order.
pub const ALL: &[(Rule, Check)] = &[
    (add_not_null_column::RULE, add_not_null_column::check),
    (rename_as_drop_add::RULE, rename_as_drop_add::check),
    (drop_column::RULE, drop_column::check),
    (drop_table::RULE, drop_table::check),
    (rename_column::RULE, rename_column::check),
    (rename_table::RULE, rename_table::check),
    (set_not_null::RULE, set_not_null::check),
    (column_type_rewrite::RULE, column_type_rewrite::check),
    (
        volatile_default_rewrite::RULE,
        volatile_default_rewrite::check,
    ),
    (
        create_index_non_concurrently::RULE,
        create_index_non_concurrently::check,
    ),
    (
        concurrent_unique_index_can_fail::RULE,
        concurrent_unique_index_can_fail::check,
    ),
    (
        drop_index_non_concurrently::RULE,
        drop_index_non_concurrently::check,
    ),
    (
        foreign_key_without_not_valid::RULE,
        foreign_key_without_not_valid::check,
    ),
    (
        check_without_not_valid::RULE,
        check_without_not_valid::check,
    ),
    (
        unique_constraint_builds_index::RULE,
        unique_constraint_builds_index::check,
    ),
    (
        validate_in_same_transaction::RULE,
        validate_in_same_transaction::check,
    ),
    (
        backfill_in_transaction::RULE,
        backfill_in_transaction::check,
    ),
    (missing_lock_timeout::RULE, missing_lock_timeout::check),
];

/// Runs every rule on one action.
pub fn check_all(cx: &Context) -> Vec<Hazard> {
    ALL.iter()
        .filter_map(|(rule, check)| {
            check(cx).map(|f| Hazard {
                rule: rule.id,
                severity: f.severity.unwrap_or(rule.severity),
                message: f.message,
                why: rule.why,
                table: f.table,
                column: f.column,
                fix: rule.fix,
                related: f.related,
            })
        })
        .collect()
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().map(|(r, _)| r).find(|r| r.id == id)
}

impl<'de> Deserialize<'de> for Hazard {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Hazard::try_from(HazardData::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}
