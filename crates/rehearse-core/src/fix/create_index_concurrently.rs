//! `create-index-concurrently`: CREATE INDEX becomes CREATE INDEX CONCURRENTLY, run
//! outside the migration's transaction (which CONCURRENTLY requires): in Alembic
//! inside `with op.get_context().autocommit_block():`, in SQL between COMMIT and
//! BEGIN, which is exactly what that block writes.

use super::{add_keyword, Context, Edit};
use crate::analysis::Hazard;

/// The edits.
pub fn edits(cx: &Context, step: usize, _hazard: &Hazard) -> Option<(Vec<Edit>, String)> {
    let planned = cx.plan.upgrade.get(step)?;
    let (start, end) = cx.range(planned)?;
    let call = &cx.source[start..end];
    let indent = cx.indent(start);
    let text = if cx.alembic {
        if !call.starts_with("op.create_index(") || call.contains("postgresql_concurrently") {
            return None;
        }
        let call = add_keyword(call, "postgresql_concurrently=True")?;
        let body = call.replace('\n', "\n    ");
        format!("with op.get_context().autocommit_block():\n{indent}    {body}")
    } else {
        let upper = call.to_ascii_uppercase();
        let at = upper.find("INDEX")? + "INDEX".len();
        if upper[at..].trim_start().starts_with("CONCURRENTLY") {
            return None;
        }
        format!(
            "COMMIT;\n{} CONCURRENTLY{};\nBEGIN",
            &call[..at],
            &call[at..]
        )
    };
    Some((
        vec![Edit { start, end, text }],
        "build the index CONCURRENTLY, outside the transaction".to_string(),
    ))
}
