//! Changing a sequence's options after the fact, which sqlparser 0.52 has no grammar
//! for: `ALTER SEQUENCE [IF EXISTS] name { RESTART [[WITH] n] | INCREMENT [BY] n |
//! START [WITH] n } ...` and an identity column's `ALTER TABLE [IF EXISTS] [ONLY] t
//! ALTER [COLUMN] c { RESTART [[WITH] n] | SET GENERATED { ALWAYS | BY DEFAULT } |
//! SET INCREMENT [BY] n | SET START [WITH] n } ...` (gram.y's `SeqOptElem` and
//! `alter_identity_column_option`), read as the whole statement. The usual
//! "renumber after an import" step (`ALTER TABLE t ALTER COLUMN id RESTART WITH
//! 100`) was a parse error before. Other ALTER SEQUENCE options (MINVALUE, CYCLE,
//! AS type, ...) are Rehearse's refusal, named.

use super::{ident_text, StatementKind};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// What a statement changes.
#[derive(Debug, Clone, PartialEq)]
pub enum SequenceTarget {
    /// `ALTER SEQUENCE name`.
    Sequence(String),
    /// `ALTER TABLE table ALTER COLUMN column`: the identity column's sequence.
    Identity {
        /// Table.
        table: String,
        /// Column.
        column: String,
    },
}

/// One option, in the order written (PostgreSQL applies RESTART after the others:
/// `SET START WITH 100 RESTART` restarts at 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SequenceChange {
    /// `RESTART` (at START) or `RESTART WITH n`.
    Restart(Option<i64>),
    /// `INCREMENT BY n`.
    IncrementBy(i64),
    /// `START WITH n`.
    StartWith(i64),
    /// `SET GENERATED ALWAYS` (true) or `BY DEFAULT` (false): identity columns only.
    SetGenerated(bool),
}

/// `ALTER SEQUENCE ...` or an identity column's `ALTER TABLE ... ALTER COLUMN ...`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlterSequence {
    /// What it changes.
    pub target: SequenceTarget,
    /// IF EXISTS.
    pub if_exists: bool,
    /// The options in order.
    pub changes: Vec<SequenceChange>,
}

fn keyword(tokens: &[TokenWithLocation], i: usize) -> Option<Keyword> {
    match &tokens.get(i)?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

fn is_word(tokens: &[TokenWithLocation], i: usize, text: &str) -> bool {
    matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// A signed integer at `i`: the value and the index after it.
fn integer(tokens: &[TokenWithLocation], i: usize) -> Option<(i64, usize)> {
    let (negative, at) = match tokens.get(i).map(|t| &t.token) {
        Some(Token::Minus) => (true, i + 1),
        Some(Token::Plus) => (false, i + 1),
        _ => (false, i),
    };
    match tokens.get(at).map(|t| &t.token) {
        Some(Token::Number(text, _)) => {
            let v: i64 = text.parse().ok()?;
            Some((if negative { v.checked_neg()? } else { v }, at + 1))
        }
        _ => None,
    }
}

/// `[schema.]name` at `i`: the name and the index after it.
fn name(tokens: &[TokenWithLocation], i: usize) -> Option<(String, usize)> {
    let first = ident_text(&tokens.get(i)?.token)?;
    if tokens.get(i + 1).map(|t| &t.token) == Some(&Token::Period) {
        let second = ident_text(&tokens.get(i + 2)?.token)?;
        // Only the public schema holds the user's objects.
        return (first == "public").then_some((second, i + 3));
    }
    Some((first, i + 1))
}

/// The options from `i` to the end; `None` at anything else.
fn changes(
    tokens: &[TokenWithLocation],
    mut i: usize,
    identity: bool,
) -> Option<Vec<SequenceChange>> {
    let mut out = Vec::new();
    while i < tokens.len() {
        // An identity column writes SET before every option but RESTART.
        let set = identity && keyword(tokens, i) == Some(Keyword::SET);
        if set {
            i += 1;
        }
        match keyword(tokens, i)? {
            Keyword::RESTART if !set => {
                i += 1;
                if keyword(tokens, i) == Some(Keyword::WITH) {
                    let (v, next) = integer(tokens, i + 1)?;
                    out.push(SequenceChange::Restart(Some(v)));
                    i = next;
                } else if let Some((v, next)) = integer(tokens, i) {
                    out.push(SequenceChange::Restart(Some(v)));
                    i = next;
                } else {
                    out.push(SequenceChange::Restart(None));
                }
            }
            Keyword::INCREMENT if set == identity => {
                i += 1;
                if keyword(tokens, i) == Some(Keyword::BY) {
                    i += 1;
                }
                let (v, next) = integer(tokens, i)?;
                out.push(SequenceChange::IncrementBy(v));
                i = next;
            }
            Keyword::START if set == identity => {
                i += 1;
                if keyword(tokens, i) == Some(Keyword::WITH) {
                    i += 1;
                }
                let (v, next) = integer(tokens, i)?;
                out.push(SequenceChange::StartWith(v));
                i = next;
            }
            Keyword::GENERATED if set => {
                if keyword(tokens, i + 1) == Some(Keyword::ALWAYS) {
                    out.push(SequenceChange::SetGenerated(true));
                    i += 2;
                } else if keyword(tokens, i + 1) == Some(Keyword::BY)
                    && keyword(tokens, i + 2) == Some(Keyword::DEFAULT)
                {
                    out.push(SequenceChange::SetGenerated(false));
                    i += 3;
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Reads the statement, if it is one of these forms.
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if keyword(tokens, 0) != Some(Keyword::ALTER) {
        return None;
    }
    let sequence = keyword(tokens, 1) == Some(Keyword::SEQUENCE);
    if !sequence && keyword(tokens, 1) != Some(Keyword::TABLE) {
        return None;
    }
    let mut i = 2;
    let if_exists =
        keyword(tokens, i) == Some(Keyword::IF) && keyword(tokens, i + 1) == Some(Keyword::EXISTS);
    if if_exists {
        i += 2;
    }
    if sequence {
        let (name, after) = name(tokens, i)?;
        // OWNED BY, RENAME TO and OWNER TO are read in `commands`.
        if is_word(tokens, after, "owned")
            || is_word(tokens, after, "rename")
            || is_word(tokens, after, "owner")
        {
            return None;
        }
        return Some(match changes(tokens, after, false) {
            Some(changes) => StatementKind::AlterSequence(AlterSequence {
                target: SequenceTarget::Sequence(name),
                if_exists,
                changes,
            }),
            None => StatementKind::Unsupported("this form of ALTER SEQUENCE".into()),
        });
    }
    if keyword(tokens, i) == Some(Keyword::ONLY) {
        i += 1;
    }
    let (table, after) = name(tokens, i)?;
    if keyword(tokens, after) != Some(Keyword::ALTER) {
        return None;
    }
    let mut at = after + 1;
    if keyword(tokens, at) == Some(Keyword::COLUMN) {
        at += 1;
    }
    let column = ident_text(&tokens.get(at)?.token)?;
    let identity_option = keyword(tokens, at + 1) == Some(Keyword::RESTART)
        || (keyword(tokens, at + 1) == Some(Keyword::SET)
            && matches!(
                keyword(tokens, at + 2),
                Some(Keyword::GENERATED | Keyword::INCREMENT | Keyword::START)
            ));
    if !identity_option {
        return None;
    }
    Some(match changes(tokens, at + 1, true) {
        Some(changes) => StatementKind::AlterSequence(AlterSequence {
            target: SequenceTarget::Identity { table, column },
            if_exists,
            changes,
        }),
        None => StatementKind::Unsupported("this form of ALTER COLUMN ... identity options".into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn read_sql(sql: &str) -> Option<StatementKind> {
        let tokens: Vec<TokenWithLocation> = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap_or_default()
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect();
        read(&tokens)
    }

    #[test]
    fn reads_identity_and_sequence_options() {
        use SequenceChange::*;
        let Some(StatementKind::AlterSequence(a)) = read_sql(
            "ALTER TABLE ONLY t ALTER COLUMN id SET GENERATED ALWAYS RESTART WITH 7 SET INCREMENT BY -2",
        ) else {
            panic!("not read");
        };
        assert_eq!(
            a.target,
            SequenceTarget::Identity {
                table: "t".into(),
                column: "id".into()
            }
        );
        assert_eq!(
            a.changes,
            vec![SetGenerated(true), Restart(Some(7)), IncrementBy(-2)]
        );
        let Some(StatementKind::AlterSequence(a)) =
            read_sql("ALTER SEQUENCE IF EXISTS public.s START 5 RESTART")
        else {
            panic!("not read");
        };
        assert!(a.if_exists);
        assert_eq!(a.changes, vec![StartWith(5), Restart(None)]);
        assert_eq!(
            read_sql("ALTER SEQUENCE s MAXVALUE 10"),
            Some(StatementKind::Unsupported(
                "this form of ALTER SEQUENCE".into()
            ))
        );
        assert_eq!(read_sql("ALTER SEQUENCE s OWNED BY t.c"), None);
        assert_eq!(read_sql("ALTER TABLE t ALTER COLUMN c SET NOT NULL"), None);
        assert_eq!(
            read_sql("ALTER TABLE t ALTER COLUMN c RESTART WITH 1.5"),
            Some(StatementKind::Unsupported(
                "this form of ALTER COLUMN ... identity options".into()
            ))
        );
    }
}
