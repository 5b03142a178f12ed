//! A data-modifying WITH (`WITH d AS (DELETE ... RETURNING *) INSERT ... SELECT * FROM
//! d`), with PostgreSQL 18's semantics (docs 7.8.4): every statement — each INSERT,
//! UPDATE or DELETE WITH query and the main statement — reads the database as it was
//! when the statement began, so they see one another's changes only through the
//! RETURNING rows of the queries they read; each data-modifying query runs to the end
//! exactly once, read or not; a row that one of them already updated or deleted is
//! still read, evaluated and checked by the next, which then skips it (PostgreSQL's
//! "updated by the same command", found only when it tries to write the row).
//!
//! PostgreSQL analyses every statement (its WITH queries in order, then the main
//! statement) before it plans any, and plans them all before it runs any
//! (`prepare.rs`): so an error of analysis or planning is raised in the clause's order
//! before any row is read. Then the statements run one after another in PostgreSQL's
//! order (`order.rs`) on the statement's copy of the database: a read of a table an
//! earlier one wrote reads the table as it was at the start; an UPDATE or DELETE of a
//! table an earlier one wrote scans the statement's snapshot of it, whose rows an
//! earlier one wrote it evaluates and checks, then skips (`snapshot_scan`, with the
//! positions of the snapshot's rows kept in `State::live`). A WITH query's RETURNING
//! rows become a hidden table for its readers (`rewrite.rs`). When one fails, which
//! error PostgreSQL raises first is `first_error.rs`'s.

mod first_error;
mod order;
mod prepare;
mod rewrite;

use super::snapshot_scan::{ScanRow, TargetSnapshot};
use super::stage::Stage;
use crate::catalog::{Column, Table};
use crate::error::PgError;
use crate::routines::{Timing, TriggerEvent};
use crate::sql::modifying_with::{ModifyingWith, WithBody};
use crate::{Engine, Failure, Lost, StatementResult};
use rewrite::Rewriter;
use sqlparser::ast;
use std::collections::{BTreeMap, BTreeSet};

/// One statement of the clause: a data-modifying WITH query, or the main statement.
pub(super) struct Part {
    /// Its WITH query's index (`None`: the main statement).
    query: Option<usize>,
    /// Its WITH query's name and column names.
    alias: Option<ast::TableAlias>,
    /// The statement, its reads of WITH queries rewritten.
    statement: ast::Statement,
    /// The table it writes.
    target: Option<String>,
    /// The tables (and views) it reads, through plain WITH queries too.
    reads: Vec<String>,
    /// The parts it reads (data-modifying WITH queries, through plain ones too).
    reads_parts: BTreeSet<usize>,
    /// INSERT ... ON CONFLICT.
    on_conflict: bool,
    /// INSERT without ON CONFLICT.
    plain_insert: bool,
}

/// What parse analysis finds beyond the parts.
struct Analysis {
    /// A read of a data-modifying WITH query without RETURNING (0A000, raised when the
    /// reader's FROM item is analysed), with the index of the WITH query reading it
    /// (the main statement's is the number of queries).
    early: Option<(usize, PgError)>,
    /// The plain WITH queries, their reads rewritten, by index: each is analysed in
    /// its place in the clause (and run only inlined in the statement reading it).
    plain: BTreeMap<usize, ast::Query>,
}

/// What one part did.
struct Outcome {
    returned: Option<super::returning::Returned>,
    affected: usize,
    lost: Vec<Lost>,
}

/// Runs a data-modifying WITH.
pub fn run(engine: &mut Engine, with: &ModifyingWith) -> StatementResult {
    let queries = &with.queries;
    let mut names: Vec<String> = Vec::new();
    for q in queries {
        let name = crate::ident(&q.alias.name);
        if names.contains(&name) {
            return Err(PgError::new(
                "42712",
                format!("WITH query name \"{name}\" specified more than once"),
            )
            .into());
        }
        names.push(name);
    }
    let (parts, analysis) = parts(with)?;
    prepare::analyse(engine, with, &parts, &analysis)?;
    prepare::plan(engine, with, &parts)?;
    let schedule = order::schedule(&parts);
    order::check(&engine.db, &parts, &schedule)?;
    check_triggers(engine, &parts, &schedule)?;
    let start = engine.clone();
    let mut state = State {
        start: &start,
        returned: BTreeMap::new(),
        written_by: BTreeMap::new(),
        live: BTreeMap::new(),
        sequences_by_phase: BTreeMap::new(),
    };
    let mut lost = Vec::new();
    let mut main = None;
    let mut written = Vec::new();
    engine.stage = Some(Stage::Run);
    for (step, &(p, phase)) in schedule.iter().enumerate() {
        let before = engine.clone();
        match run_part(engine, &parts, p, phase, &mut state) {
            Ok(outcome) => {
                lost.extend(outcome.lost.iter().cloned());
                if let Some(t) = &parts[p].target {
                    written.push((p, t.clone(), outcome.affected));
                }
                if parts[p].query.is_none() {
                    main = Some(outcome);
                }
            }
            Err(failure) if failure.error.unsupported.is_some() => {
                engine.stage = None;
                return Err(failure);
            }
            Err(failure) => {
                // The RETURNING rows it produced before it failed: what its readers saw.
                let prefix = engine.returned.take();
                *engine = before;
                let ran = first_error::Failed {
                    step,
                    failure,
                    prefix,
                };
                let answer = first_error::first(engine, &parts, &schedule, &state, ran);
                engine.stage = None;
                return Err(answer);
            }
        }
    }
    engine.stage = None;
    for index in state.returned.keys() {
        engine.db.tables.remove(&rewrite::hidden_name(*index));
    }
    engine.snapshot = None;
    engine.unique_cache = None;
    let main = main.ok_or_else(|| PgError::unsupported("this data-modifying WITH"))?;
    engine.affected = main.affected;
    engine.returned = main.returned;
    // In the order of the clause, as the statement's actions list them.
    written.sort_by_key(|w| w.0);
    engine.written = written.into_iter().map(|(_, t, n)| (t, n)).collect();
    Ok(lost)
}

/// What the parts run so far left.
#[derive(Clone)]
struct State<'a> {
    /// The database when the statement began.
    start: &'a Engine,
    /// Each data-modifying WITH query's RETURNING rows, by query index.
    returned: BTreeMap<usize, super::returning::Returned>,
    /// The parts that wrote each table, and whether as their target.
    written_by: BTreeMap<String, Vec<(usize, bool)>>,
    /// For each table a statement wrote as its target: where each row of the
    /// statement's snapshot (the table at the start, in heap order) is in the heap now
    /// (`None`: an earlier statement updated or deleted it).
    live: BTreeMap<String, Vec<Option<usize>>>,
    /// The sequences each phase advanced.
    sequences_by_phase: BTreeMap<usize, BTreeSet<String>>,
}

/// The parts: the data-modifying WITH queries in order, then the main statement.
fn parts(with: &ModifyingWith) -> Result<(Vec<Part>, Analysis), PgError> {
    let queries = &with.queries;
    // Plain WITH queries' bodies with their own reads rewritten, and what each reads.
    let mut bodies: Vec<Option<ast::Query>> = vec![None; queries.len()];
    let mut plain_reads: Vec<(Vec<String>, BTreeSet<usize>)> =
        vec![(Vec::new(), BTreeSet::new()); queries.len()];
    let mut uses = vec![0usize; queries.len()];
    let mut part_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut parts = Vec::new();
    let mut early: Option<(usize, PgError)> = None;
    let no_returning = |name: &str| {
        PgError::new(
            "0A000",
            format!("WITH query \"{name}\" does not have a RETURNING clause"),
        )
    };
    let resolve = |names: &[String], visible: usize| -> (Vec<String>, Vec<usize>) {
        let mut tables = Vec::new();
        let mut ctes = Vec::new();
        for n in names {
            match (0..visible)
                .rev()
                .find(|&j| crate::ident(&queries[j].alias.name) == *n)
            {
                Some(j) => ctes.push(j),
                None => tables.push(n.clone()),
            }
        }
        (tables, ctes)
    };
    for (i, q) in queries.iter().enumerate() {
        let (names, defined) = match &q.body {
            WithBody::Query(cte) => rewrite::relations(&cte.query),
            WithBody::Modify(s) => rewrite::read_relations(s),
        };
        rewrite::check_shadowing(&defined, queries)?;
        let (mut tables, ctes) = resolve(&names, i);
        let mut reads_parts = BTreeSet::new();
        let mut without_returning = None;
        for &j in &ctes {
            uses[j] += 1;
            match &queries[j].body {
                WithBody::Query(_) => {
                    tables.extend(plain_reads[j].0.iter().cloned());
                    reads_parts.extend(plain_reads[j].1.iter().copied());
                }
                WithBody::Modify(s) => {
                    if returning(s) {
                        reads_parts.extend(part_of.get(&j).copied());
                    } else if without_returning.is_none() {
                        without_returning = Some(crate::ident(&queries[j].alias.name));
                    }
                }
            }
        }
        if let (None, Some(name)) = (&early, &without_returning) {
            early = Some((i, no_returning(name)));
        }
        let mut rewriter = Rewriter {
            visible: queries[..i].iter().enumerate().collect(),
            bodies: &bodies,
        };
        match &q.body {
            WithBody::Query(cte) => {
                let mut body = cte.query.as_ref().clone();
                let _ = sqlparser::ast::VisitMut::visit(&mut body, &mut rewriter);
                bodies[i] = Some(body);
                plain_reads[i] = (tables, reads_parts);
            }
            WithBody::Modify(s) => {
                let mut statement = s.as_ref().clone();
                rewrite::rewrite_reads(&mut statement, &mut rewriter);
                part_of.insert(i, parts.len());
                let mut one = part(Some(i), statement, tables, reads_parts);
                one.alias = Some(q.alias.clone());
                parts.push(one);
            }
        }
    }
    // The main statement sees every WITH query.
    let (names, defined) = rewrite::read_relations(&with.main);
    rewrite::check_shadowing(&defined, queries)?;
    let (mut tables, ctes) = resolve(&names, queries.len());
    let mut reads_parts = BTreeSet::new();
    let mut without_returning = None;
    for &j in &ctes {
        uses[j] += 1;
        match &queries[j].body {
            WithBody::Query(_) => {
                tables.extend(plain_reads[j].0.iter().cloned());
                reads_parts.extend(plain_reads[j].1.iter().copied());
            }
            WithBody::Modify(s) if returning(s) => reads_parts.extend(part_of.get(&j).copied()),
            WithBody::Modify(_) => {
                without_returning.get_or_insert_with(|| crate::ident(&queries[j].alias.name));
            }
        }
    }
    if let (None, Some(name)) = (&early, &without_returning) {
        early = Some((queries.len(), no_returning(name)));
    }
    if let Some((j, _)) = uses
        .iter()
        .enumerate()
        .find(|(j, n)| **n > 1 && matches!(queries[*j].body, WithBody::Query(_)))
    {
        return Err(PgError::unsupported(format!(
            "a plain WITH query (\"{}\") read more than once beside a data-modifying one",
            crate::ident(&queries[j].alias.name)
        )));
    }
    let mut statement = with.main.as_ref().clone();
    let mut rewriter = Rewriter {
        visible: queries.iter().enumerate().collect(),
        bodies: &bodies,
    };
    rewrite::rewrite_reads(&mut statement, &mut rewriter);
    parts.push(part(None, statement, tables, reads_parts));
    let plain = bodies
        .into_iter()
        .enumerate()
        .filter_map(|(j, body)| Some((j, body?)))
        .collect();
    Ok((parts, Analysis { early, plain }))
}

fn part(
    query: Option<usize>,
    statement: ast::Statement,
    reads: Vec<String>,
    reads_parts: BTreeSet<usize>,
) -> Part {
    let (on_conflict, plain_insert) = match &statement {
        ast::Statement::Insert(insert) => (insert.on.is_some(), insert.on.is_none()),
        _ => (false, false),
    };
    Part {
        query,
        alias: None,
        target: rewrite::target(&statement),
        statement,
        reads,
        reads_parts,
        on_conflict,
        plain_insert,
    }
}

fn returning(statement: &ast::Statement) -> bool {
    match statement {
        ast::Statement::Insert(insert) => insert.returning.is_some(),
        ast::Statement::Update { returning, .. } => returning.is_some(),
        ast::Statement::Delete(delete) => delete.returning.is_some(),
        _ => false,
    }
}

/// AFTER triggers fire once every part has run, in PostgreSQL; here they fire when
/// their part ends, which is the same only for the last part.
fn check_triggers(
    engine: &Engine,
    parts: &[Part],
    schedule: &[(usize, usize)],
) -> Result<(), PgError> {
    let last = schedule.last().map(|s| s.0);
    for (p, part) in parts.iter().enumerate() {
        let Some(table) = part.target.as_ref().and_then(|t| engine.db.tables.get(t)) else {
            continue;
        };
        // The events it fires (an upsert may update).
        let events: &[TriggerEvent] = match &part.statement {
            ast::Statement::Insert(_) if part.on_conflict => {
                &[TriggerEvent::Insert, TriggerEvent::Update]
            }
            ast::Statement::Insert(_) => &[TriggerEvent::Insert],
            ast::Statement::Update { .. } => &[TriggerEvent::Update],
            _ => &[TriggerEvent::Delete],
        };
        let after = table.triggers.iter().any(|t| {
            t.enabled && t.timing == Timing::After && t.events.iter().any(|e| events.contains(e))
        });
        if after && Some(p) != last {
            return Err(PgError::unsupported(format!(
                "AFTER triggers on \"{}\" in a data-modifying WITH where another statement runs after its own",
                table.name
            )));
        }
    }
    Ok(())
}

/// Runs part `p`: its reads of tables earlier parts wrote see them as they were at the
/// start, its UPDATE or DELETE skips the rows earlier parts wrote.
fn run_part(
    engine: &mut Engine,
    parts: &[Part],
    p: usize,
    phase: usize,
    state: &mut State,
) -> Result<Outcome, Failure> {
    let part = &parts[p];
    let changed = |engine: &Engine, name: &str| match (
        engine.db.tables.get(name),
        state.start.db.tables.get(name),
    ) {
        (Some(now), Some(then)) => now.rows.version() != then.rows.version(),
        _ => false,
    };
    let versions: BTreeMap<String, u64> = engine
        .db
        .tables
        .iter()
        .map(|(n, t)| (n.clone(), t.rows.version()))
        .collect();
    // The statement's snapshot for what it reads.
    let mut swapped = Vec::new();
    for name in &part.reads {
        if Some(name) == part.target.as_ref() {
            continue;
        }
        if engine.db.views.contains_key(name) && engine.db.tables.keys().any(|t| changed(engine, t))
        {
            return Err(PgError::unsupported(format!(
                "reading the view \"{name}\" in a data-modifying WITH after another of its statements wrote a table"
            ))
            .into());
        }
        if changed(engine, name)
            && part
                .target
                .as_ref()
                .is_some_and(|t| order::connected(&engine.db, t, name))
        {
            // Its foreign keys are checked against the table as it is now.
            return Err(PgError::unsupported(format!(
                "a statement of a data-modifying WITH reading \"{name}\", which another one wrote and which a foreign key links to the table it writes"
            ))
            .into());
        }
        if changed(engine, name) && !swapped.iter().any(|(n, _)| n == name) {
            let then = state.start.db.tables.get(name).cloned();
            if let (Some(then), Some(slot)) = (then, engine.db.tables.get_mut(name)) {
                let now = std::mem::replace(slot, then);
                swapped.push((name.clone(), now));
            }
        }
    }
    engine.snapshot = part.target.as_ref().map(|t| TargetSnapshot {
        table: t.clone(),
        rows: state
            .live
            .get(t)
            .map(|live| snapshot_rows(state.start, t, live)),
        written: Vec::new(),
    });
    engine.unique_cache = None;
    engine.returned = None;
    engine.affected = 0;
    let sequences: BTreeMap<String, Option<i64>> = engine
        .db
        .sequences
        .iter()
        .map(|(n, s)| (n.clone(), s.last))
        .collect();
    let result = execute(engine, &part.statement);
    let snapshot = engine.snapshot.take();
    engine.unique_cache = None;
    let lost = result?;
    // Put back what the snapshot hid; it must be as it was.
    for (name, now) in swapped {
        if changed(engine, &name) {
            return Err(PgError::unsupported(format!(
                "a data-modifying WITH whose statements write \"{name}\" both directly and through another (a trigger or a foreign key's action)"
            ))
            .into());
        }
        engine.db.tables.insert(name, now);
    }
    let affected = engine.affected;
    // Who wrote what.
    for (name, table) in &engine.db.tables {
        if versions.get(name) == Some(&table.rows.version()) || name.starts_with('\u{1}') {
            continue;
        }
        let as_target = part.target.as_deref() == Some(name.as_str());
        let writers = state.written_by.entry(name.clone()).or_default();
        if writers.iter().any(|&(_, t)| !t) || (!writers.is_empty() && !as_target) {
            return Err(PgError::unsupported(format!(
                "a data-modifying WITH whose statements write \"{name}\" both directly and through another (a trigger or a foreign key's action)"
            ))
            .into());
        }
        writers.push((p, as_target));
    }
    if let (Some(t), Some(snapshot)) = (&part.target, snapshot) {
        if !snapshot.written.is_empty() {
            let start_len = state.start.db.tables.get(t).map_or(0, |s| s.rows.len());
            let live = state
                .live
                .entry(t.clone())
                .or_insert_with(|| (0..start_len).map(Some).collect());
            super::snapshot_scan::after_writes(live, &snapshot.written);
        }
    }
    let advanced = state.sequences_by_phase.entry(phase).or_default();
    for (name, seq) in &engine.db.sequences {
        if sequences.get(name) != Some(&seq.last) && !advanced.insert(name.clone()) {
            return Err(PgError::unsupported(format!(
                "two statements of a data-modifying WITH drawing from the sequence \"{name}\" (PostgreSQL's plan interleaves them)"
            ))
            .into());
        }
    }
    let returned = engine.returned.take();
    if let (Some(index), Some(alias), Some(rows)) = (part.query, &part.alias, &returned) {
        hide(engine, index, rows, alias, state)?;
    }
    Ok(Outcome {
        returned,
        affected,
        lost,
    })
}

/// The statement's snapshot of `table` in heap order: the rows still in place where
/// they are now, the ones earlier statements wrote as they were at the start.
fn snapshot_rows(start: &Engine, table: &str, live: &[Option<usize>]) -> Vec<ScanRow> {
    let rows = start
        .db
        .tables
        .get(table)
        .map(|t| &t.rows[..])
        .unwrap_or_default();
    rows.iter()
        .zip(live)
        .map(|(row, now)| match now {
            Some(pos) => ScanRow::Live(*pos),
            None => ScanRow::SelfModified(row.clone()),
        })
        .collect()
}

/// Runs one statement of the clause (as far as `engine.stage` says).
fn execute(engine: &mut Engine, statement: &ast::Statement) -> StatementResult {
    match statement {
        ast::Statement::Insert(insert) => super::insert::run(engine, insert, &Default::default()),
        ast::Statement::Update {
            table,
            assignments,
            from,
            selection,
            returning,
            ..
        } => super::update::run(
            engine,
            table,
            assignments,
            from.as_ref(),
            selection.as_ref(),
            returning.as_deref(),
        ),
        ast::Statement::Delete(delete) => super::delete::run(engine, delete),
        ast::Statement::Query(query) => query_part(engine, query).map_err(Failure::from),
        other => Err(PgError::unsupported(format!("WITH ... {other}")).into()),
    }
}

/// Parse analysis of one INSERT, UPDATE or DELETE alone: a data-modifying WITH query
/// below the top level, whose errors PostgreSQL raises before its 0A000. `with_names`:
/// the statement's WITH query names, which analysed alone it could not see (refused).
pub(crate) fn analyse_alone(
    engine: &Engine,
    statement: &ast::Statement,
    with_names: &[String],
) -> Result<(), Failure> {
    let (reads, _) = rewrite::read_relations(statement);
    if let Some(name) = reads.iter().find(|r| with_names.contains(r)) {
        return Err(PgError::unsupported(format!(
            "a data-modifying WITH query below the top level of a statement reading the WITH query \"{name}\""
        ))
        .into());
    }
    let mut scratch = engine.clone();
    scratch.stage = Some(Stage::Analysed);
    execute(&mut scratch, statement).map(drop)
}

/// The main statement when it is a query: its rows as a RETURNING list's (none when it
/// only is analysed or planned).
fn query_part(engine: &mut Engine, query: &ast::Query) -> Result<Vec<Lost>, PgError> {
    let plan = super::select::bind(engine, query, true)?;
    let rows = match engine.stage {
        Some(Stage::Analysed) => Vec::new(),
        Some(Stage::Planned) => {
            let (_, mut env) = engine.split();
            plan.clone().fold(&mut env)?;
            Vec::new()
        }
        _ => super::select::rows(engine, &plan)?,
    };
    engine.affected = rows.len();
    engine.returned = Some(super::returning::Returned {
        fields: plan
            .names()
            .iter()
            .cloned()
            .zip(plan.types().iter().cloned())
            .collect(),
        rows,
    });
    Ok(Vec::new())
}

/// Keeps WITH query `index`'s RETURNING rows as a hidden table for its readers.
fn hide(
    engine: &mut Engine,
    index: usize,
    rows: &super::returning::Returned,
    alias: &ast::TableAlias,
    state: &mut State,
) -> Result<(), PgError> {
    // `WITH d(x, y)`: the first columns renamed; too many names is 42P10.
    if alias.columns.len() > rows.fields.len() {
        return Err(PgError::new(
            "42P10",
            format!(
                "WITH query \"{}\" has {} columns available but {} columns specified",
                crate::ident(&alias.name),
                rows.fields.len(),
                alias.columns.len()
            ),
        ));
    }
    state.returned.insert(index, rows.clone());
    let name = rewrite::hidden_name(index);
    let columns = rows
        .fields
        .iter()
        .enumerate()
        .map(|(i, (name, ty))| Column {
            name: alias
                .columns
                .get(i)
                .map_or_else(|| name.clone(), crate::ident),
            ty: ty.clone(),
            not_null: false,
            default: None,
            identity: None,
            generated: None,
        })
        .collect();
    engine.db.tables.insert(
        name.clone(),
        Table {
            name,
            columns,
            rows: rows.rows.clone().into(),
            indexes: Vec::new(),
            constraints: Vec::new(),
            triggers: Vec::new(),
        },
    );
    Ok(())
}

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod snapshot_tests;
#[cfg(test)]
mod tests;
