//! Safe rewrites ("Make it safe", `rehearse fix`): for each hazard whose rule names a
//! fix, an edit of the migration's *source text* (Alembic code stays Alembic code, SQL
//! stays SQL), applied, then the rewritten migration is run again so the caller can
//! show that it commits and what is left.
//!
//! One file per rewrite. Each turns a hazard into [`Edit`]s on byte ranges of the
//! source; edits never overlap (a later one touching an edited range is dropped), and
//! a rewrite that cannot be made with confidence is skipped, never guessed.

mod add_nullable_backfill;
mod create_index_concurrently;
pub mod line_diff;
mod not_valid_then_validate;
mod rename_instead_of_drop_add;

use crate::analysis::actions::{self, Action};
use crate::analysis::Hazard;
pub use crate::analysis::Rewrite;
use crate::input::{self, MigrationKind};
use crate::plan::{Plan, PlannedStep};
use crate::report::{InputFormat, Report};
use crate::run;
use crate::scenario::Scenario;
use chrono::NaiveDateTime;
use rehearse_engine::catalog::Database;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::LineIndex;
use serde::{Deserialize, Serialize};

impl Rewrite {
    /// The edits that avoid `hazard` of step `step`, and what they do in one line; `None`
    /// when the rewrite cannot be made with confidence.
    fn edits(self, cx: &Context, step: usize, hazard: &Hazard) -> Option<(Vec<Edit>, String)> {
        match self {
            Rewrite::AddNullableBackfill => add_nullable_backfill::edits(cx, step, hazard),
            Rewrite::RenameInsteadOfDropAdd => rename_instead_of_drop_add::edits(cx, step, hazard),
            Rewrite::CreateIndexConcurrently => create_index_concurrently::edits(cx, step, hazard),
            Rewrite::NotValidThenValidate => not_valid_then_validate::edits(cx, step, hazard),
        }
    }
}

/// A replacement of `source[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte offset where the replaced text starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The new text.
    pub text: String,
}

/// A rewrite that was applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// The rewrite (the rule's `fix`).
    pub fix: Rewrite,
    /// The hazard's rule.
    pub rule: &'static str,
    /// Line of the step it rewrote (in the original).
    pub line: u32,
    /// What it did, in one line.
    pub summary: String,
}

/// An [`Applied`] as read back (the playground's worker sends a [`Fixed`] to the page
/// as JSON): its rule is one of the rules' ids, never a new string.
#[derive(Deserialize)]
struct AppliedData {
    fix: Rewrite,
    rule: String,
    line: u32,
    summary: String,
}

// By hand: a derive would make the `'static` text borrow from the input.
impl<'de> Deserialize<'de> for Applied {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::try_from(AppliedData::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl TryFrom<AppliedData> for Applied {
    type Error = String;

    fn try_from(a: AppliedData) -> Result<Self, String> {
        Ok(Applied {
            fix: a.fix,
            rule: crate::analysis::rules::id_of(&a.rule)
                .ok_or_else(|| format!("unknown rule {}", a.rule))?,
            line: a.line,
            summary: a.summary,
        })
    }
}

/// The result of `fix` (read back as written: the playground's worker sends it to the
/// page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fixed {
    /// The rewritten migration (equal to the input when nothing applied).
    pub migration: String,
    /// The rewrites applied, in source order.
    pub applied: Vec<Applied>,
    /// Line diff from the input to the rewrite.
    pub diff: Vec<line_diff::Line>,
    /// The rewritten migration's run.
    pub report: Report,
}

/// What a rewrite sees.
pub struct Context<'a> {
    /// The migration's text.
    pub source: &'a str,
    /// Alembic (true) or SQL.
    pub alembic: bool,
    /// Its steps.
    pub plan: &'a Plan,
    /// Its run.
    pub report: &'a Report,
    index: LineIndex<'a>,
}

impl<'a> Context<'a> {
    /// The byte range of a step's source text, checked against the text.
    pub fn range(&self, step: &PlannedStep) -> Option<(usize, usize)> {
        let start = self.index.offset(step.span);
        let end = start + step.op.len();
        (self.source.get(start..end) == Some(step.op.as_str())).then_some((start, end))
    }

    /// The whitespace before a step on its line (its indentation).
    pub fn indent(&self, start: usize) -> &'a str {
        let line_start = self.source[..start].rfind('\n').map_or(0, |i| i + 1);
        let before = &self.source[line_start..start];
        if before.chars().all(char::is_whitespace) {
            before
        } else {
            ""
        }
    }

    /// An edit deleting a step: its whole line when nothing else is on it, with the
    /// SQL statement's `;`.
    pub fn delete_step(&self, step: &PlannedStep) -> Option<Edit> {
        let (start, mut end) = self.range(step)?;
        let rest = &self.source[end..];
        let line_rest = rest.split('\n').next().unwrap_or_default();
        if !self.alembic && line_rest.trim_start().starts_with(';') {
            end += line_rest.find(';').map_or(0, |i| i + 1);
        }
        let after = &self.source[end..];
        let to_eol = after.find('\n').map_or(after.len(), |i| i + 1);
        let line_start = self.source[..start].rfind('\n').map_or(0, |i| i + 1);
        if self.indent(start).len() == start - line_start && after[..to_eol].trim().is_empty() {
            Some(Edit {
                start: line_start,
                end: end + to_eol,
                text: String::new(),
            })
        } else {
            Some(Edit {
                start,
                end,
                text: String::new(),
            })
        }
    }

    /// The actions of a step's SQL (parsed without a database: names and types as
    /// written).
    pub fn actions(&self, step: &PlannedStep) -> Vec<Action> {
        let db = Database::default();
        step.sql
            .iter()
            .filter_map(|sql| rehearse_engine::sql::parse_script(sql, Source::Migration).ok())
            .flatten()
            .flat_map(|s| actions::of_statement(&db, &s))
            .collect()
    }
}

/// Inserts `, name=value` before the closing parenthesis of a call's text; when the
/// parenthesis is on a line of its own, as a new argument line above it.
pub fn add_keyword(call: &str, keyword: &str) -> Option<String> {
    let body = call.trim_end().strip_suffix(')')?;
    if let Some(nl) = body
        .rfind('\n')
        .filter(|&nl| body[nl + 1..].trim().is_empty())
    {
        let head = body[..nl].trim_end();
        let last = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
        let indent: String = last.chars().take_while(|c| c.is_whitespace()).collect();
        let comma = if head.ends_with(',') || head.ends_with('(') {
            ""
        } else {
            ","
        };
        return Some(format!("{head}{comma}\n{indent}{keyword},{})", &body[nl..]));
    }
    let trimmed = body.trim_end();
    let sep = if trimmed.ends_with('(') || trimmed.ends_with(',') {
        if trimmed.ends_with(',') {
            " "
        } else {
            ""
        }
    } else {
        ", "
    };
    Some(format!("{trimmed}{sep}{keyword})"))
}

/// A Python string literal for `text` (double quotes; backslashes and quotes escaped).
pub fn py_str(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `source` with non-overlapping `edits` applied.
fn apply(source: &str, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    let mut text = source.to_string();
    for e in edits {
        if e.start <= e.end && text.is_char_boundary(e.start) && text.is_char_boundary(e.end) {
            text.replace_range(e.start..e.end, &e.text);
        }
    }
    text
}

/// Rewrites the scenario's migration to avoid every hazard with a known safe pattern,
/// and runs the result on the same setup.
pub fn fix(scenario: &Scenario, now: NaiveDateTime) -> Result<Fixed, InputError> {
    let migration = scenario.migration.as_str();
    let plan = input::plan_assuming(migration, scenario.kind, &scenario.assumptions)?;
    let report = run::run(scenario, now)?;
    let cx = Context {
        source: migration,
        alembic: plan.input == InputFormat::Alembic,
        plan: &plan,
        report: &report,
        index: LineIndex::new(migration),
    };
    // Each rewrite is read as the original was.
    let mut rewritten = Scenario {
        kind: if cx.alembic {
            MigrationKind::Alembic
        } else {
            MigrationKind::Sql
        },
        ..scenario.clone()
    };
    let mut edits: Vec<Edit> = Vec::new();
    let mut applied = Vec::new();
    for (step, hazard) in report.hazards() {
        let Some(rewrite) = hazard.fix else {
            continue;
        };
        let Some((new, summary)) = rewrite.edits(&cx, step, hazard) else {
            continue;
        };
        let overlaps = new.iter().any(|n| {
            edits
                .iter()
                .any(|e| n.start < e.end.max(e.start + 1) && e.start < n.end.max(n.start + 1))
        });
        if overlaps {
            continue;
        }
        // A rewrite whose result no longer reads (a call inside a batch block, a
        // comment where the keyword would go) is skipped, never applied.
        let mut trial = edits.clone();
        trial.extend(new.iter().cloned());
        rewritten.migration = apply(migration, &trial);
        if run::run(&rewritten, now).is_err() {
            continue;
        }
        edits.extend(new);
        applied.push(Applied {
            fix: rewrite,
            rule: hazard.rule,
            line: plan.upgrade.get(step).map_or(0, |s| s.span.line),
            summary,
        });
    }
    rewritten.migration = apply(migration, &edits);
    applied.sort_by_key(|a| a.line);
    let report = run::run(&rewritten, now)?;
    Ok(Fixed {
        diff: line_diff::diff(migration, &rewritten.migration),
        migration: rewritten.migration,
        applied,
        report,
    })
}

#[cfg(test)]
mod tests {
    use super::Rewrite;

    #[test]
    fn a_rewrite_serializes_as_the_id_it_displays() {
        for rewrite in [
            Rewrite::AddNullableBackfill,
            Rewrite::RenameInsteadOfDropAdd,
            Rewrite::CreateIndexConcurrently,
            Rewrite::NotValidThenValidate,
        ] {
            let json = serde_json::to_string(&rewrite).expect("serializes");
            assert_eq!(json, format!("\"{}\"", rewrite.id()));
            assert_eq!(rewrite.to_string(), rewrite.id());
        }
    }
}
