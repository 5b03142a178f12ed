//! Rehearse's core: parse a migration (Alembic revision, bare `op.*` snippet, or SQL),
//! run it step by step on sample data with PostgreSQL 18's semantics, and report what
//! happened.
//!
//! Pipeline: [`input`] → [`alembic`] / SQL front end → steps ([`plan`], each with the
//! exact SQL PostgreSQL receives) → the engine, driven by [`run`] → [`report`].
//!
//! **Architecture Invariant:** the core does no I/O and knows nothing of the browser,
//! the CLI or JSON files; it never panics on user input.

pub mod alembic;
pub mod analysis;
pub mod assume;
pub mod autogen;
pub mod clock;
pub mod diff;
pub mod fix;
pub mod input;
pub mod lock_queue;
pub mod missing_table;
pub mod plan;
pub mod plural;
pub mod production;
pub mod report;
pub mod row_order;
pub mod run;
pub mod scenario;
pub mod setup;
pub mod share;
pub mod snapshot;
pub mod text;
pub mod verify;

pub use assume::Assumption;
pub use input::MigrationKind;
pub use rehearse_engine::error::{InputError, OpenCondition, PgError, Source};
pub use report::Report;
pub use run::{run, run_sequence, run_with_progress, Progress};
pub use scenario::Scenario;
