//! Sequences as SQLAlchemy's PostgreSQL compiler writes them: the identity options
//! `sa.Identity` and `sa.Sequence` share (`get_identity_options`), and
//! `CreateSequence(Sequence(...))` / `DropSequence(...)` executed as DDL.

use super::{err, quote, sa_type};
use crate::alembic::py::{Call, Py};
use rehearse_engine::error::InputError;

/// `get_identity_options`: `INCREMENT BY`, `START WITH`, `MINVALUE`, `MAXVALUE`,
/// `NO MINVALUE`, `NO MAXVALUE`, `CACHE`, `CYCLE`/`NO CYCLE`, in that order, from
/// `c`'s keyword arguments (`what` names the construct in messages). SQLAlchemy
/// tests `is not None`: `nominvalue=False` still writes `NO MINVALUE`.
pub fn identity_options(c: &Call, what: &str) -> Result<Vec<String>, InputError> {
    let int = |kw: &str| -> Result<Option<i64>, InputError> {
        match c.kw(kw) {
            Some(Py::Int(i)) => Ok(Some(*i)),
            None | Some(Py::None) => Ok(None),
            Some(other) => Err(err(
                c.span,
                format!(
                    "{what}({kw}=...) must be an integer, found {}",
                    other.describe()
                ),
            )),
        }
    };
    let set = |k: &str| c.kw(k).is_some_and(|v| *v != Py::None);
    let mut opts = Vec::new();
    for (kw, sql) in [
        ("increment", "INCREMENT BY"),
        ("start", "START WITH"),
        ("minvalue", "MINVALUE"),
        ("maxvalue", "MAXVALUE"),
    ] {
        if let Some(i) = int(kw)? {
            opts.push(format!("{sql} {i}"));
        }
    }
    if set("nominvalue") {
        opts.push("NO MINVALUE".into());
    }
    if set("nomaxvalue") {
        opts.push("NO MAXVALUE".into());
    }
    if let Some(i) = int("cache")? {
        opts.push(format!("CACHE {i}"));
    }
    match c.kw("cycle") {
        Some(Py::Bool(true)) => opts.push("CYCLE".into()),
        Some(Py::Bool(false)) => opts.push("NO CYCLE".into()),
        None | Some(Py::None) => {}
        Some(other) => {
            return Err(err(
                c.span,
                format!(
                    "{what}(cycle=...) must be True or False, found {}",
                    other.describe()
                ),
            ))
        }
    }
    Ok(opts)
}

/// The options `identity_options` writes, shared by `sa.Identity` and `sa.Sequence`.
pub const IDENTITY_OPTIONS: &[&str] = &[
    "start",
    "increment",
    "minvalue",
    "maxvalue",
    "nominvalue",
    "nomaxvalue",
    "cycle",
    "cache",
];

/// `Sequence(...)`'s other arguments: `data_type` changes its DDL; `order` is
/// Oracle's, `optional` and `metadata` matter only to table creation.
const SEQUENCE_PARAMS: &[&str] = &["data_type", "order", "optional", "metadata", "schema"];

/// The SQL of `op.execute(CreateSequence(Sequence(...)))` or
/// `op.execute(DropSequence(...))`; `None` when `v` is neither.
pub fn sequence_ddl(v: &Py) -> Option<Result<String, InputError>> {
    let statement = v.as_call_of(&["sa.CreateSequence", "sa.DropSequence"])?;
    Some(sequence_statement(&statement))
}

fn sequence_statement(statement: &Call) -> Result<String, InputError> {
    let create = statement.func == "sa.CreateSequence";
    let (what, flag) = if create {
        ("CreateSequence", "if_not_exists")
    } else {
        ("DropSequence", "if_exists")
    };
    statement.only_kwargs(&[flag])?;
    let Some(seq) = statement
        .args
        .first()
        .and_then(|s| s.as_call_of(&["sa.Sequence"]))
    else {
        return Err(err(
            statement.span,
            format!("{what}() needs a sa.Sequence(...)"),
        ));
    };
    let exists_clause = match statement.kw(flag) {
        Some(Py::Bool(true)) => {
            if create {
                "IF NOT EXISTS "
            } else {
                "IF EXISTS "
            }
        }
        None | Some(Py::Bool(false)) => "",
        Some(other) => {
            return Err(err(
                statement.span,
                format!(
                    "{what}({flag}=...) must be True or False, found {}",
                    other.describe()
                ),
            ))
        }
    };
    // Sequence(name, start=None, increment=None, ...): the first two options may be
    // positional; keyword them so the options read one way.
    let mut seq = seq.clone();
    let mut positional = std::mem::take(&mut seq.args).into_iter();
    let Some(Py::Str(name)) = positional.next() else {
        return Err(err(seq.span, "sa.Sequence() needs the sequence name first"));
    };
    for (kw, v) in ["start", "increment"].into_iter().zip(positional.by_ref()) {
        if seq.kw(kw).is_some() {
            return Err(err(
                seq.span,
                format!("TypeError: Sequence.__init__() got multiple values for argument '{kw}'"),
            ));
        }
        seq.kwargs.push((kw.to_string(), v));
    }
    if positional.next().is_some() {
        return Err(err(
            seq.span,
            "sa.Sequence(): pass the options after `increment` by keyword",
        ));
    }
    if seq.kw("schema").is_some_and(|s| *s != Py::None) {
        return Err(err(
            seq.span,
            "sa.Sequence(schema=...) is not supported: the playground simulates a single schema",
        ));
    }
    let mut allowed = SEQUENCE_PARAMS.to_vec();
    allowed.extend(IDENTITY_OPTIONS);
    seq.only_kwargs(&allowed)?;
    if !create {
        return Ok(format!("DROP SEQUENCE {exists_clause}{}", quote(&name)));
    }
    let mut sql = format!("CREATE SEQUENCE {exists_clause}{}", quote(&name));
    if let Some(t) = seq.kw("data_type").filter(|t| **t != Py::None) {
        sql.push_str(&format!(" AS {}", sa_type(t, seq.span)?.ddl));
    }
    let opts = identity_options(&seq, "sa.Sequence")?;
    if !opts.is_empty() {
        sql.push(' ');
        sql.push_str(&opts.join(" "));
    }
    Ok(sql)
}

#[cfg(test)]
mod tests {
    use crate::alembic::parse;

    fn sql(body: &str) -> Result<Vec<String>, String> {
        let source = format!(
            "from sqlalchemy.schema import CreateSequence, DropSequence, Sequence\ndef upgrade():\n{body}"
        );
        parse(&source)
            .map(|rev| rev.upgrade.into_iter().flat_map(|s| s.sql).collect())
            .map_err(|e| e.message)
    }

    #[test]
    fn create_and_drop_sequence_compile_as_sqlalchemy_does() {
        // Measured with SQLAlchemy 2.1's PostgreSQL dialect.
        assert_eq!(
            sql(concat!(
                // invenio's dbdbc1b19cf2: every PostgreSQL dialect supports sequences.
                "    if op._proxy.migration_context.dialect.supports_sequences:\n",
                "        op.execute(CreateSequence(Sequence('transaction_id_seq')))\n",
                "    op.execute(CreateSequence(Sequence('s', 5, 2, minvalue=1, maxvalue=100, cycle=True, cache=10)))\n",
                "    op.execute(CreateSequence(Sequence('s', nominvalue=True, nomaxvalue=False, cycle=False)))\n",
                "    op.execute(CreateSequence(Sequence('S x', data_type=sa.BigInteger, start=0), if_not_exists=True))\n",
                "    op.execute(DropSequence(Sequence('S x')))\n",
                "    op.execute(sa.schema.DropSequence(sa.Sequence('s'), if_exists=True))\n",
            )),
            Ok(vec![
                "CREATE SEQUENCE transaction_id_seq".to_string(),
                "CREATE SEQUENCE s INCREMENT BY 2 START WITH 5 MINVALUE 1 MAXVALUE 100 CACHE 10 CYCLE".into(),
                "CREATE SEQUENCE s NO MINVALUE NO MAXVALUE NO CYCLE".into(),
                "CREATE SEQUENCE IF NOT EXISTS \"S x\" AS BIGINT START WITH 0".into(),
                "DROP SEQUENCE \"S x\"".into(),
                "DROP SEQUENCE IF EXISTS s".into(),
            ])
        );
    }

    #[test]
    fn other_sequences_are_refused_by_name() {
        for (body, needle) in [
            (
                "    op.execute(CreateSequence(Sequence('s', schema='x')))\n",
                "single schema",
            ),
            (
                "    op.execute(CreateSequence(Sequence('s', start='1')))\n",
                "must be an integer",
            ),
            (
                "    op.execute(CreateSequence(Sequence('s', quote=True)))\n",
                "quote=",
            ),
            (
                "    op.execute(CreateSequence('s'))\n",
                "needs a sa.Sequence",
            ),
        ] {
            let message = sql(body).expect_err(body);
            assert!(message.contains(needle), "{body}: {message}");
        }
    }
}
