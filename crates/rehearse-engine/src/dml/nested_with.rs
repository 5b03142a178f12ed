//! PostgreSQL's answer for a data-modifying WITH below the top level of a statement
//! (`sql::nested_modifying_with` put a marker relation in each such WITH query's place):
//! when the binder reaches the marker, every error PostgreSQL's analysis raises before
//! has been raised; what remains is the WITH query's own analysis, then 0A000.

use crate::error::PgError;
use crate::sql::nested_modifying_with::{body, with_query_names, MARKER};
use crate::sql::Statement;
use crate::{Engine, Failure};

/// `failure`, or PostgreSQL's error when it is the marker's 42P01.
pub(crate) fn resolve(engine: &Engine, statement: &Statement, failure: Failure) -> Failure {
    let Some(n) = marker_index(&failure.error) else {
        return failure;
    };
    let Some(body) = body(&statement.text, n) else {
        return PgError::unsupported("a data-modifying WITH below the top level of a statement")
            .into();
    };
    match super::modifying_with::analyse_alone(engine, &body, &with_query_names(&statement.text)) {
        Err(failure) => failure,
        Ok(()) => PgError::new(
            "0A000",
            "WITH clause containing a data-modifying statement must be at the top level",
        )
        .into(),
    }
}

/// Which marker a 42P01 names, if it names one.
fn marker_index(error: &PgError) -> Option<usize> {
    if error.sqlstate != "42P01" {
        return None;
    }
    error
        .message
        .strip_prefix("relation \"")?
        .strip_prefix(MARKER)?
        .strip_suffix("\" does not exist")?
        .parse()
        .ok()
}
