//! Rehearse's engine: PostgreSQL 18's semantics on an in-memory database. It parses SQL
//! ([`sql`]), keeps the catalog and rows ([`catalog`]), binds and evaluates expressions
//! ([`expr`]), executes one statement at a time against a [`Database`] ([`Engine`]), runs
//! sessions with their transaction blocks ([`session`]) and raises PostgreSQL's errors
//! ([`error`]).
//!
//! **Architecture Invariant:** the engine knows nothing of migrations, reports, hazards
//! or JSON (no `serde_json`, no dependency on `rehearse-core`). What a step destroyed
//! ([`Lost`]) and which rows failed ([`Failure`]) are its answers; turning them into a
//! report is the core's job.
//!
//! **Invariant:** every error the engine raises is worded as PostgreSQL 18 words it
//! (checked against PGlite by the scenario corpus); what the engine cannot simulate is
//! an explicit `0A000 Rehearse cannot simulate ...` error, never a silent skip.
//!
//! **Invariant:** a failed statement leaves the database as it was before the statement
//! (each statement works on a copy of the tables it changes).

mod builtins;
mod bytea;
mod cast;
pub mod catalog;
mod catalog_relations;
mod catalog_views;
mod ddl;
pub mod deparse;
pub mod describe;
mod dml;
pub mod error;
pub mod expr;
mod extensions;
pub mod generated;
mod inet;
mod interval;
mod json;
mod json_source;
mod jsonb;
mod key_equality;
mod key_map;
mod keywords;
mod limits;
pub mod lock_mode;
mod macaddr;
mod opclasses;
mod pgsort;
mod pgsort_bounded;
mod plan_types;
mod regex;
pub mod routine_defs;
pub mod routines;
pub(crate) mod rows;
pub mod session;
mod settings;
pub mod shared;
pub mod span;
pub mod sql;
#[cfg(test)]
mod test_support;
mod time;
mod time_cast;
pub mod types;
mod typmod;
pub mod value;
mod views;

use crate::error::PgError;
use crate::sql::{Statement, StatementKind};
use catalog::{Database, Table};
use chrono::NaiveDateTime;
use expr::{Env, Scope};
use sqlparser::ast;

/// The most rows one table may hold: sample data, not a warehouse.
pub const MAX_ROWS: usize = 1_000_000;

/// Non-NULL cells a statement destroyed in one column.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Lost {
    /// Table.
    pub table: String,
    /// Column.
    pub column: String,
    /// How many non-NULL values are gone (or changed).
    pub cells: usize,
    /// The values are still there but no longer the same: a conversion the user did not
    /// ask to be lossy rounded, truncated or reformatted them (a cast back does not give
    /// the old value). `false`: the values are gone.
    pub changed: bool,
}

/// Why a statement failed: PostgreSQL's error and, when rows caused it, which ones.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The error.
    pub error: PgError,
    /// The table and the positions (in the table as it was before the statement) of the
    /// rows that caused the error.
    pub rows: Option<(String, Vec<usize>)>,
}

impl From<PgError> for Failure {
    fn from(error: PgError) -> Self {
        Failure { error, rows: None }
    }
}

impl Failure {
    /// An error caused by specific rows of a table.
    pub fn rows(error: PgError, table: &str, rows: Vec<usize>) -> Self {
        Failure {
            error,
            rows: Some((table.to_string(), rows)),
        }
    }
}

/// What a statement run as a client query outputs (see [`Engine::query`]).
#[derive(Debug, Clone, PartialEq)]
pub struct QueryOutput {
    /// The command tag's verb: SELECT, INSERT, UPDATE, DELETE, CREATE TABLE, ...
    pub command: String,
    /// Output columns: name and type.
    pub fields: Vec<(String, types::SqlType)>,
    /// Output rows.
    pub rows: Vec<Vec<value::Value>>,
    /// Rows returned (SELECT) or written (INSERT, UPDATE, DELETE).
    pub affected: usize,
}

/// The table a plain INSERT writes (no ON CONFLICT DO UPDATE, which the engine refuses
/// anyway).
fn insert_target(statement: &Statement) -> Option<String> {
    match &statement.kind {
        StatementKind::Sql(ast) => match ast.as_ref() {
            ast::Statement::Insert(insert) => Some(object_name(&insert.table_name)),
            _ => None,
        },
        _ => None,
    }
}

/// The verb of a statement's command tag.
fn command_tag(statement: &Statement) -> String {
    use ast::Statement as S;
    let ast = match &statement.kind {
        StatementKind::Sql(ast) => ast,
        StatementKind::Reindex { .. } => return "REINDEX".into(),
        StatementKind::DropExtension { .. } => return "DROP EXTENSION".into(),
        StatementKind::Lock(_) => return "LOCK TABLE".into(),
        StatementKind::AlterGeneration(_) => return "ALTER TABLE".into(),
        StatementKind::Reset(_) => return "RESET".into(),
        StatementKind::CommentOn(_) => return "COMMENT".into(),
        StatementKind::SequenceOwnedBy { .. } | StatementKind::RenameSequence { .. } => {
            return "ALTER SEQUENCE".into()
        }
        StatementKind::AlterSequence(alter) => {
            return match alter.target {
                sql::sequence_options::SequenceTarget::Sequence(_) => "ALTER SEQUENCE".into(),
                sql::sequence_options::SequenceTarget::Identity { .. } => "ALTER TABLE".into(),
            }
        }
        StatementKind::OwnerTo { object, .. } => return format!("ALTER {}", object.to_uppercase()),
        StatementKind::CopyFromStdin { .. } => return "COPY".into(),
        StatementKind::Do { .. } => return "DO".into(),
        StatementKind::AlterType(_) => return "ALTER TYPE".into(),
        StatementKind::View(command) => return view_command_tag(command).into(),
        StatementKind::ModifyingWith(with) => {
            return match with.main.as_ref() {
                S::Query(_) => "SELECT".into(),
                main => command_tag(&Statement {
                    kind: StatementKind::Sql(Box::new(main.clone())),
                    ..statement.clone()
                }),
            }
        }
        StatementKind::ValidateConstraint { .. } | StatementKind::Unsupported(_) => {
            return "ALTER TABLE".into()
        }
    };
    match ast.as_ref() {
        S::Insert(_) => "INSERT",
        S::Update { .. } => "UPDATE",
        S::Delete(_) => "DELETE",
        S::CreateTable(_) => "CREATE TABLE",
        S::AlterTable { .. } => "ALTER TABLE",
        S::CreateIndex(_) => "CREATE INDEX",
        S::Drop { .. } => "DROP",
        S::Truncate { .. } => "TRUNCATE TABLE",
        S::CreateType { .. } => "CREATE TYPE",
        S::SetVariable { .. } => "SET",
        S::ShowVariable { .. } => "SHOW",
        S::CreateExtension { .. } => "CREATE EXTENSION",
        S::CreateSequence { .. } => "CREATE SEQUENCE",
        S::Grant { .. } => "GRANT",
        S::Revoke { .. } => "REVOKE",
        S::CreateFunction { .. } => "CREATE FUNCTION",
        S::DropFunction { .. } => "DROP FUNCTION",
        S::CreateTrigger { .. } => "CREATE TRIGGER",
        S::DropTrigger { .. } => "DROP TRIGGER",
        _ => "OK",
    }
    .into()
}

/// The command tag of a view command.
fn view_command_tag(command: &sql::views::ViewCommand) -> &'static str {
    use sql::views::ViewCommand as C;
    match command {
        C::Create(c) if c.materialized => "CREATE MATERIALIZED VIEW",
        C::Create(_) => "CREATE VIEW",
        C::Rename {
            materialized: true, ..
        }
        | C::RenameColumn {
            materialized: true, ..
        }
        | C::OwnerTo { .. } => "ALTER MATERIALIZED VIEW",
        C::Rename { .. } | C::RenameColumn { .. } => "ALTER VIEW",
        C::Refresh { .. } => "REFRESH MATERIALIZED VIEW",
        C::DropMaterialized { .. } => "DROP MATERIALIZED VIEW",
    }
}

/// The result of one statement: the values it destroyed, or why it failed.
pub type StatementResult = Result<Vec<Lost>, Failure>;

/// The database and what its statements run with (the clock, `gen_random_uuid()`'s
/// state, the last row count); one statement at a time. Transactions around statements
/// are a [`session::Session`]'s.
#[derive(Debug)]
pub struct Engine {
    /// The data.
    pub db: Database,
    /// `now()` for this session's transactions.
    pub now: NaiveDateTime,
    /// State of `gen_random_uuid()`.
    pub random: u64,
    /// The session's `currval`/`lastval` state (never rolled back).
    pub(crate) sequence_session: expr::functions::sequence_session::SequenceSession,
    /// Inside a transaction block or an implicit transaction (statements such as CREATE
    /// INDEX CONCURRENTLY refuse to run): set by the [`session::Session`] that owns the
    /// engine, and by nothing else.
    pub(crate) in_transaction: bool,
    /// Rows the last INSERT, UPDATE or DELETE wrote (PostgreSQL's command tag count).
    pub affected: usize,
    /// The unique keys of the table the last INSERT wrote, kept while only INSERTs into
    /// that table follow (they only append rows), so loading sample data does not
    /// re-read the table per statement. Any other statement drops it.
    pub(crate) unique_cache: Option<(String, rows::UniqueKeys)>,
    /// The statement's budget for function calls and PL/pgSQL statements.
    pub(crate) calls: routines::CallBudget,
    /// What the last data statement's RETURNING list returned (`None` without one).
    pub(crate) returned: Option<dml::returning::Returned>,
    /// While a statement of a data-modifying WITH runs: its snapshot of the table it
    /// writes (the rows earlier statements wrote are read, checked, then skipped).
    pub(crate) snapshot: Option<dml::snapshot_scan::TargetSnapshot>,
    /// While a data-modifying WITH runs: how far each of its statements runs.
    pub(crate) stage: Option<dml::stage::Stage>,
    /// The rows each table's statement wrote, when the last statement was a
    /// data-modifying WITH (several statements; `affected` is the main one's).
    pub(crate) written: Vec<(String, usize)>,
    /// The statements PL/pgSQL bodies ran (see [`routines::dynamic_log`]).
    pub(crate) dynamic: routines::dynamic_log::StatementLog,
}

impl Clone for Engine {
    /// A copy sharing the tables' rows (see [`crate::shared::Shared`]); the unique keys
    /// kept for the next INSERT stay behind (a copy rebuilds them if it needs them:
    /// copying them would cost as much as the table is big).
    fn clone(&self) -> Self {
        Engine {
            db: self.db.clone(),
            now: self.now,
            random: self.random,
            sequence_session: self.sequence_session.clone(),
            in_transaction: self.in_transaction,
            affected: self.affected,
            unique_cache: None,
            calls: self.calls,
            returned: None,
            snapshot: self.snapshot.clone(),
            stage: self.stage,
            written: self.written.clone(),
            dynamic: Default::default(),
        }
    }
}

impl Engine {
    /// An empty database whose clock reads `now`.
    pub fn new(now: NaiveDateTime) -> Self {
        Engine {
            db: Database::default(),
            now,
            random: 0x5eed,
            sequence_session: Default::default(),
            in_transaction: false,
            affected: 0,
            unique_cache: None,
            calls: routines::CallBudget::default(),
            returned: None,
            snapshot: None,
            stage: None,
            written: Vec::new(),
            dynamic: Default::default(),
        }
    }

    /// Executes one statement as a client query: what PGlite's `query()` returns —
    /// the command, the output columns and rows of a SELECT, and the rows written.
    pub fn query(&mut self, statement: &Statement) -> Result<QueryOutput, Failure> {
        use ast::Statement as S;
        self.affected = 0;
        self.returned = None;
        // PostgreSQL's grammar raises these while parsing, before any other error.
        sql::frame_bounds::check_statement(statement)?;
        if let StatementKind::Sql(ast) = &statement.kind {
            // WITH ... INSERT / UPDATE is a data statement, run below.
            let reads = |q: &ast::Query| {
                !matches!(
                    q.body.as_ref(),
                    ast::SetExpr::Insert(_) | ast::SetExpr::Update(_)
                )
            };
            if let S::Query(query) = ast.as_ref() {
                if reads(query) {
                    let _functions = routines::user_calls::install(self);
                    // A SELECT changes no rows; the sequences it advances stay advanced.
                    let (names, types, rows) =
                        dml::select::evaluate_named(self, query).map_err(|error| {
                            let failure = ddl::alter_type::unsafe_use(self, error).into();
                            dml::nested_with::resolve(self, statement, failure)
                        })?;
                    return Ok(QueryOutput {
                        command: "SELECT".into(),
                        fields: names.into_iter().zip(types).collect(),
                        affected: rows.len(),
                        rows,
                    });
                }
            }
        }
        if let StatementKind::Sql(ast) = &statement.kind {
            if let S::ShowVariable { variable } = ast.as_ref() {
                // The engine keeps no settings, so it has no value to return.
                settings::show(variable)?;
                return Err(PgError::unsupported("the value SHOW returns").into());
            }
        }
        self.execute(statement)?;
        let returned = self.returned.take().unwrap_or_default();
        Ok(QueryOutput {
            command: command_tag(statement),
            fields: returned.fields,
            rows: returned.rows,
            affected: self.affected,
        })
    }

    /// Executes one statement. On error the database is unchanged.
    pub fn execute(&mut self, statement: &Statement) -> StatementResult {
        self.calls = routines::CallBudget::default();
        self.written.clear();
        // An INSERT only appends rows to its table and advances sequences, so undoing
        // it is cheap; copying the whole database first would make loading sample data
        // quadratic (each INSERT copying every row inserted before it).
        // (Not with triggers: they may write other tables.)
        let has_triggers = |t: &String| {
            self.db
                .tables
                .get(t)
                .is_some_and(|t| !t.triggers.is_empty())
        };
        if let Some(table) = insert_target(statement).filter(|t| !has_triggers(t)) {
            let rows = self.db.tables.get(&table).map(|t| t.rows.len());
            let result = self.dispatch(statement);
            if result.is_err() {
                // Values the INSERT drew from sequences stay drawn, as in PostgreSQL
                // (nextval is never rolled back); its rows go.
                self.unique_cache = None;
                if let (Some(t), Some(len)) = (self.db.tables.get_mut(&table), rows) {
                    t.rows.truncate(len);
                }
            }
            return result;
        }
        self.unique_cache = None;
        let mut work = self.clone();
        match work.dispatch(statement) {
            Ok(lost) => {
                *self = work;
                Ok(lost)
            }
            Err(failure) => {
                if !self.in_transaction {
                    self.keep_invalid_index(&work, statement);
                }
                // Everything else is undone, but sequences that existed before keep the
                // values the statement drew (nextval is never rolled back).
                for (name, seq) in &mut self.db.sequences {
                    if let Some(drawn) = work.db.sequences.get(name) {
                        seq.last = drawn.last;
                        seq.session_id = drawn.session_id;
                    }
                }
                self.random = work.random;
                self.sequence_session = work.sequence_session;
                self.dynamic = std::mem::take(&mut work.dynamic);
                Err(failure)
            }
        }
    }

    /// A CREATE INDEX CONCURRENTLY that failed after entering the index in the catalog
    /// (while building it: duplicates, an expression's error) leaves it behind INVALID,
    /// as PostgreSQL does: its first phase had already committed.
    fn keep_invalid_index(&mut self, failed: &Engine, statement: &Statement) {
        let StatementKind::Sql(ast) = &statement.kind else {
            return;
        };
        let ast::Statement::CreateIndex(create) = ast.as_ref() else {
            return;
        };
        if !create.concurrently {
            return;
        }
        let table = object_name(&create.table_name);
        let (Some(before), Some(after)) =
            (self.db.tables.get(&table), failed.db.tables.get(&table))
        else {
            return;
        };
        let left: Vec<_> = after
            .indexes
            .iter()
            .filter(|i| !before.indexes.iter().any(|b| b.name == i.name))
            .cloned()
            .collect();
        if let Some(t) = self.db.tables.get_mut(&table) {
            t.indexes.extend(left.into_iter().map(|mut i| {
                i.valid = false;
                i
            }));
        }
    }

    /// Runs a statement without the copy that makes it atomic: for callers that work on
    /// a throwaway copy anyway (the deployed code's queries).
    pub fn dispatch(&mut self, statement: &Statement) -> StatementResult {
        let _functions = routines::user_calls::install(self);
        self.dispatch_statement(statement).map_err(|mut failure| {
            if !self.db.enums_pending.is_empty() {
                failure.error = ddl::alter_type::unsafe_use(self, failure.error);
            }
            failure.error = ddl::sequences::read_as_relation(self, statement, failure.error);
            dml::nested_with::resolve(self, statement, failure)
        })
    }

    fn dispatch_statement(&mut self, statement: &Statement) -> StatementResult {
        use ast::Statement as S;
        // PostgreSQL's grammar raises these while parsing, before any other error.
        sql::frame_bounds::check_statement(statement)?;
        let ast = match &statement.kind {
            StatementKind::AlterType(alter) => return ddl::alter_type::run(self, alter),
            StatementKind::ValidateConstraint { table, name } => {
                return ddl::constraints::validate(self, table, name)
            }
            StatementKind::Unsupported(command) => return Err(PgError::unsupported(command).into()),
            StatementKind::Reindex {
                target,
                name,
                concurrently,
            } => return ddl::indexes::reindex(self, *target, name.as_deref(), *concurrently),
            StatementKind::DropExtension {
                names, if_exists, ..
            } => return ddl::extensions::drop(self, names, *if_exists),
            StatementKind::Lock(lock) => return sql::lock::run(self, lock),
            StatementKind::AlterGeneration(alter) => return generated::alter(self, alter),
            StatementKind::Reset(name) => {
                settings::reset(name.as_deref())?;
                return Ok(Vec::new());
            }
            StatementKind::SequenceOwnedBy {
                sequence,
                if_exists,
                owner,
            } => return ddl::sequences::owned_by(self, sequence, *if_exists, owner.as_ref()),
            StatementKind::RenameSequence {
                sequence,
                if_exists,
                to,
            } => return ddl::sequences::rename(self, sequence, *if_exists, to),
            StatementKind::OwnerTo { object, name } => {
                return ddl::sequences::owner_to(self, object, name)
            }
            StatementKind::AlterSequence(alter) => return ddl::sequence_options::run(self, alter),
            StatementKind::CopyFromStdin {
                table,
                columns,
                lines,
            } => return dml::copy::from_stdin(self, table, columns.as_deref(), lines),
            StatementKind::Do { language, body } => {
                return routines::do_block::run(self, language.as_deref(), body)
            }
            StatementKind::View(command) => return ddl::views::run(self, command),
            StatementKind::CommentOn(comment) => {
                ddl::comments::run_on(self, comment)?;
                return Ok(Vec::new());
            }
            StatementKind::ModifyingWith(with) => return dml::modifying_with::run(self, with),
            StatementKind::Sql(ast) => ast,
        };
        match ast.as_ref() {
            S::CreateTable(create) => {
                ddl::create_table::run(self, create, &statement.nulls_not_distinct)
            }
            S::AlterTable {
                name,
                if_exists,
                operations,
                ..
            } => ddl::alter_table::run(
                self,
                &object_name(name),
                *if_exists,
                operations,
                statement.not_valid,
                statement.identity_sequence.as_deref(),
                &statement.nulls_not_distinct,
            ),
            S::CreateIndex(create) => ddl::indexes::create(self, create, &statement.opclasses),
            S::AlterIndex {
                name,
                operation: ast::AlterIndexOperation::RenameIndex { index_name },
            } => ddl::indexes::rename(self, &object_name(name), &object_name(index_name)),
            S::Drop {
                object_type,
                if_exists,
                names,
                cascade,
                ..
            } => ddl::drop::run(
                self,
                object_type,
                *if_exists,
                names,
                *cascade,
                statement.concurrently,
            ),
            S::CreateType {
                name,
                representation: ast::UserDefinedTypeRepresentation::Enum { labels },
            } => ddl::drop::create_enum(self, &object_name(name), labels),
            S::Insert(insert) => dml::insert::run_with_later(
                self,
                insert,
                &statement.insert,
                statement.later_rows.as_deref(),
            ),
            S::Update {
                table,
                assignments,
                from,
                selection,
                returning,
                ..
            } => dml::update::run(
                self,
                table,
                assignments,
                from.as_ref(),
                selection.as_ref(),
                returning.as_deref(),
            ),
            S::Delete(delete) => dml::delete::run(self, delete),
            S::Truncate { table_names, .. } => dml::delete::truncate(self, table_names),
            S::Comment {
                object_type,
                object_name,
                comment,
                ..
            } => {
                ddl::comments::run(self, object_type, object_name, comment.as_deref())?;
                Ok(Vec::new())
            }
            // Settings change nothing the engine models (it never waits for a lock;
            // the analysis notes the timeouts): see `settings`.
            S::SetVariable {
                variables, value, ..
            } if variables.len() == 1
                && variables
                    .iter()
                    .all(|v| settings::is_setting(&object_name(v))) =>
            {
                let name = variables.iter().map(object_name).next().unwrap_or_default();
                settings::set(&name, value)?;
                Ok(Vec::new())
            }
            S::ShowVariable { variable } => {
                settings::show(variable)?;
                Ok(Vec::new())
            }
            S::Query(query) if settings::set_config(query).is_some() => {
                settings::set_config(query).unwrap_or(Ok(()))?;
                Ok(Vec::new())
            }
            S::CreateExtension {
                name,
                if_not_exists,
                schema,
                version,
                ..
            } => ddl::extensions::create(
                self,
                name,
                *if_not_exists,
                schema.as_ref(),
                version.as_ref(),
            ),
            S::CreateSequence {
                temporary,
                if_not_exists,
                name,
                data_type,
                sequence_options,
                owned_by,
            } => ddl::sequences::create(
                self,
                *temporary,
                *if_not_exists,
                name,
                data_type.as_ref(),
                sequence_options,
                owned_by.as_ref(),
            ),
            S::Grant { objects, .. } | S::Revoke { objects, .. } => {
                ddl::sequences::privileges(self, objects)
            }
            S::Query(query) => dml::select::run(self, query),
            S::CreateFunction {
                or_replace,
                temporary: false,
                if_not_exists: false,
                name,
                args,
                return_type,
                function_body,
                behavior,
                called_on_null,
                language,
                using: None,
                options: None,
                remote_connection: None,
                ..
            } => routines::create_function(
                self,
                routines::CreateFunction {
                    or_replace: *or_replace,
                    name,
                    args: args.as_deref(),
                    return_type: return_type.as_ref(),
                    body: function_body.as_ref(),
                    language: language.as_ref(),
                    behavior: behavior.as_ref(),
                    called_on_null: called_on_null.as_ref(),
                },
            ),
            S::DropFunction {
                if_exists,
                func_desc,
                option,
            } => routines::drop_function(
                self,
                *if_exists,
                func_desc,
                matches!(option, Some(ast::ReferentialAction::Cascade)),
            ),
            S::CreateTrigger {
                or_replace,
                is_constraint,
                name,
                period,
                events,
                table_name,
                referenced_table_name: None,
                referencing,
                trigger_object,
                condition,
                exec_body,
                characteristics: None,
                ..
            } => routines::triggers::create(
                self,
                routines::triggers::CreateTrigger {
                    or_replace: *or_replace,
                    is_constraint: *is_constraint,
                    name,
                    period,
                    events,
                    table: table_name,
                    referencing: !referencing.is_empty(),
                    object: trigger_object,
                    condition: condition.as_ref(),
                    exec: exec_body,
                },
            ),
            S::DropTrigger {
                if_exists,
                trigger_name,
                table_name,
                ..
            } => routines::triggers::drop(
                self,
                *if_exists,
                &object_name(trigger_name),
                &object_name(table_name),
            ),
            other => Err(PgError::unsupported(format!(
                "the statement `{}`",
                first_words(&other.to_string())
            ))
            .into()),
        }
    }

    /// The table called `name`, or PostgreSQL's "relation does not exist".
    pub fn table(&self, name: &str) -> Result<&Table, PgError> {
        self.not_a_view(name)?;
        self.db
            .tables
            .get(name)
            .ok_or_else(|| PgError::undefined_table(name))
    }

    /// Mutable access to a table.
    pub fn table_mut(&mut self, name: &str) -> Result<&mut Table, PgError> {
        self.not_a_view(name)?;
        self.db
            .tables
            .get_mut(name)
            .ok_or_else(|| PgError::undefined_table(name))
    }

    /// Statements that write or alter a table do not simulate a view in its place
    /// (PostgreSQL writes through simple views; its other errors are not worded here).
    fn not_a_view(&self, name: &str) -> Result<(), PgError> {
        match self.db.views.get(name) {
            Some(v) => Err(PgError::unsupported(format!(
                "this statement on {} {name} (writing through a view, or altering it as a table)",
                views::depend::kind(v)
            ))),
            None => Ok(()),
        }
    }

    /// A scope over a table's columns (or no columns for `None`).
    pub fn scope<'a>(&'a self, table: Option<&'a Table>) -> Scope<'a> {
        Scope {
            table: table.map_or("", |t| t.name.as_str()),
            columns: table.map(|t| t.scope_columns()).unwrap_or_default(),
            enums: &self.db.enums,
            extensions: Some(&self.db.extensions),
            joined: Vec::new(),
            query: None,
        }
    }

    /// The rows the last statement wrote in `table`: PostgreSQL's row count, or for a
    /// data-modifying WITH the count of its `nth` statement writing the table (in the
    /// order of the clause, the main statement last).
    pub fn rows_written(&self, table: &str, nth: usize) -> usize {
        if self.written.is_empty() {
            return self.affected;
        }
        self.written
            .iter()
            .filter(|(t, _)| t == table)
            .nth(nth)
            .map_or(0, |(_, n)| *n)
    }

    /// The statement's snapshot of `table` when a data-modifying WITH runs it (taken
    /// out while the statement runs, so statements its triggers run scan the heap).
    pub(crate) fn take_snapshot(
        &mut self,
        table: &str,
    ) -> Option<dml::snapshot_scan::TargetSnapshot> {
        self.snapshot.take_if(|s| s.table == table)
    }

    /// Splits the engine into the tables (mutable) and an evaluation environment.
    pub fn split(&mut self) -> (&mut std::collections::BTreeMap<String, Table>, Env<'_>) {
        let Database {
            tables,
            sequences,
            enums,
            ..
        } = &mut self.db;
        (
            tables,
            Env {
                now: self.now,
                enums,
                sequences,
                random: &mut self.random,
                sequence_session: &mut self.sequence_session,
                work: expr::query::MAX_QUERY_WORK,
                before_collations: false,
            },
        )
    }
}

/// The unqualified, case-folded name (the parser already folds unquoted identifiers'
/// case only for keywords, so fold here as PostgreSQL does).
pub fn object_name(name: &ast::ObjectName) -> String {
    name.0.last().map(ident).unwrap_or_default()
}

/// An identifier as PostgreSQL stores it: unquoted ones are folded to lower case.
pub fn ident(id: &ast::Ident) -> String {
    let name = if id.quote_style.is_some() {
        id.value.clone()
    } else {
        id.value.to_lowercase()
    };
    truncate_identifier(name)
}

/// PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN - 1).
pub fn truncate_identifier(mut name: String) -> String {
    if name.len() > 63 {
        let mut end = 63;
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        name.truncate(end);
    }
    name
}

fn first_words(sql: &str) -> String {
    sql.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

/// Foreign keys (table, constraint) referencing `table`.
pub fn ddl_dependents(engine: &Engine, table: &str) -> Vec<(String, String)> {
    ddl::constraints::dependent_foreign_keys(engine, table, None)
}
