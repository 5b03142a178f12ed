//! Equality by a type's btree operator class where it is not the values' own: citext's
//! `citext_eq` (lower-cased text). Foreign keys compare with it (the operator
//! PostgreSQL's `ATAddForeignKeyConstraint` takes from the referenced index's operator
//! class, and which key types it can implement at all), and so do `IN` lists and the
//! comparison operators over citext.
//!
//! Invariants:
//! - The operator is chosen by the referenced column's type (its index's operator
//!   class), as PostgreSQL does: a citext key (`citext_ops`) compares lower-cased text
//!   (`citext_eq`) whichever side holds it; a citext column referencing text or
//!   varchar is cast to text (its implicit cast) and compared by text's equality,
//!   case and all.
//! - citext has implicit casts only *to* text and varchar (citext--1.4.sql); every other
//!   pair with a citext side has no operator PostgreSQL can use: 42804 at creation.
//! - The referenced side's "did the key change" test is not this equality: PostgreSQL
//!   compares the old and new referenced key byte for byte (`ri_KeysEqual`), so
//!   `'Foo'` to `'FOO'` fires ON UPDATE actions; callers use `Value::same_key` there.

use crate::types::SqlType;
use crate::value::Value;

/// One key column's equality operator (`pfeqop`/`ppeqop`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEquality {
    /// The type's own equality (the values' order).
    Plain,
    /// citext's `citext_eq`: the texts lower-cased, then compared.
    CaseFolded,
}

impl KeyEquality {
    /// The operator for a key whose referenced column (or compared operands) are of
    /// type `referenced`.
    pub fn of(referenced: &SqlType) -> KeyEquality {
        match referenced {
            SqlType::Citext => KeyEquality::CaseFolded,
            _ => KeyEquality::Plain,
        }
    }

    /// `a = b` under this operator; NULL equals nothing.
    pub fn equal(self, a: &Value, b: &Value) -> bool {
        match (self, a, b) {
            (KeyEquality::CaseFolded, Value::Text(x), Value::Text(y)) => {
                x == y || fold(x) == fold(y)
            }
            _ => a.same_key(b),
        }
    }
}

/// citext's case folding (`str_tolower` under the database's collation), as its unique
/// indexes fold their keys too.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// The operators of a key whose referenced columns have types `referenced`.
pub fn operators<'a>(referenced: impl IntoIterator<Item = &'a SqlType>) -> Vec<KeyEquality> {
    referenced.into_iter().map(KeyEquality::of).collect()
}

/// Whether every column of `a` equals its partner in `b` under `ops`.
pub fn keys_equal(ops: &[KeyEquality], a: &[&Value], b: &[&Value]) -> bool {
    ops.iter()
        .zip(a.iter().zip(b))
        .all(|(op, (x, y))| op.equal(x, y))
}

/// `Some(answer)` when a citext column takes part in a key pair (`referencing` column
/// referencing a `referenced` one): whether PostgreSQL finds an equality operator for
/// it. `None` leaves the pair to the other types' rules.
pub fn citext_pair_implementable(referencing: &SqlType, referenced: &SqlType) -> Option<bool> {
    let (a, b) = (referencing.without_typmod(), referenced.without_typmod());
    match (&a, &b) {
        (SqlType::Citext, SqlType::Citext) => Some(true),
        // citext's implicit casts (to text and varchar): text's btree class.
        (SqlType::Citext, SqlType::Text | SqlType::Varchar(_)) => Some(true),
        (SqlType::Citext, _) | (_, SqlType::Citext) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn a_citext_key_folds_case_and_a_text_key_does_not() {
        let ci = KeyEquality::of(&SqlType::Citext);
        assert!(ci.equal(&text("Foo"), &text("fOO")));
        assert!(!ci.equal(&text("Foo"), &text("Fob")));
        assert!(!ci.equal(&Value::Null, &Value::Null));
        let plain = KeyEquality::of(&SqlType::Text);
        assert!(!plain.equal(&text("Foo"), &text("foo")));
        assert!(keys_equal(
            &[ci, plain],
            &[&text("A"), &text("b")],
            &[&text("a"), &text("b")]
        ));
    }

    #[test]
    fn citext_pairs_are_implemented_as_its_casts_allow() {
        use SqlType::*;
        assert_eq!(citext_pair_implementable(&Citext, &Citext), Some(true));
        assert_eq!(citext_pair_implementable(&Citext, &Text), Some(true));
        assert_eq!(
            citext_pair_implementable(&Citext, &Varchar(Some(3))),
            Some(true)
        );
        assert_eq!(citext_pair_implementable(&Citext, &Char(5)), Some(false));
        assert_eq!(citext_pair_implementable(&Text, &Citext), Some(false));
        assert_eq!(
            citext_pair_implementable(&Varchar(None), &Citext),
            Some(false)
        );
        assert_eq!(citext_pair_implementable(&Text, &Varchar(None)), None);
    }
}
