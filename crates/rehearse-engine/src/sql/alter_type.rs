//! `ALTER TYPE` on enum types, which sqlparser 0.52 cannot read: `ADD VALUE`,
//! `RENAME TO` and `RENAME VALUE`, recognised on the token stream. Other `ALTER TYPE`
//! forms (attributes of composite types, `SET SCHEMA`, ...) are left to the caller,
//! which refuses them by name.

use sqlparser::tokenizer::{Token, TokenWithLocation};

/// Where `ADD VALUE` puts the new label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// At the end (no `BEFORE`/`AFTER`).
    Last,
    /// `BEFORE 'label'`.
    Before(String),
    /// `AFTER 'label'`.
    After(String),
}

/// One `ALTER TYPE name ...` on an enum type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterType {
    /// `ADD VALUE [IF NOT EXISTS] 'label' [BEFORE | AFTER 'label']`.
    AddValue {
        /// The type.
        name: String,
        /// The new label.
        label: String,
        /// `IF NOT EXISTS`.
        if_not_exists: bool,
        /// Where it goes.
        placement: Placement,
    },
    /// `RENAME TO new_name`.
    Rename {
        /// The type.
        name: String,
        /// Its new name.
        to: String,
    },
    /// `RENAME VALUE 'old' TO 'new'`.
    RenameValue {
        /// The type.
        name: String,
        /// The label renamed.
        from: String,
        /// Its new text.
        to: String,
    },
}

fn keyword(t: Option<&TokenWithLocation>, word: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(word))
}

fn string(t: Option<&TokenWithLocation>) -> Option<String> {
    match t.map(|t| &t.token) {
        Some(Token::SingleQuotedString(s)) => Some(s.clone()),
        _ => None,
    }
}

fn identifier(t: Option<&TokenWithLocation>) -> Option<String> {
    match t.map(|t| &t.token) {
        Some(Token::Word(w)) if w.quote_style.is_some() => Some(w.value.clone()),
        Some(Token::Word(w)) => Some(w.value.to_lowercase()),
        _ => None,
    }
}

/// Whether the statement starts `ALTER TYPE`.
pub fn is_alter_type(tokens: &[TokenWithLocation]) -> bool {
    keyword(tokens.first(), "alter") && keyword(tokens.get(1), "type")
}

/// Reads `ALTER TYPE [public.]name ...` in one of the enum forms; `None` for anything
/// else (another form, or a syntax this reader does not know).
pub fn parse(tokens: &[TokenWithLocation]) -> Option<AlterType> {
    if !is_alter_type(tokens) {
        return None;
    }
    let mut i = 2;
    let mut name = identifier(tokens.get(i))?;
    if tokens.get(i + 1).map(|t| &t.token) == Some(&Token::Period) {
        // Only the one schema Rehearse simulates.
        if name != "public" {
            return None;
        }
        name = identifier(tokens.get(i + 2))?;
        i += 2;
    }
    i += 1;
    let at = |k: usize| tokens.get(k);
    let parsed = if keyword(at(i), "add") && keyword(at(i + 1), "value") {
        i += 2;
        let if_not_exists =
            keyword(at(i), "if") && keyword(at(i + 1), "not") && keyword(at(i + 2), "exists");
        if if_not_exists {
            i += 3;
        }
        let label = string(at(i))?;
        i += 1;
        let placement = if keyword(at(i), "before") {
            i += 2;
            Placement::Before(string(at(i - 1))?)
        } else if keyword(at(i), "after") {
            i += 2;
            Placement::After(string(at(i - 1))?)
        } else {
            Placement::Last
        };
        AlterType::AddValue {
            name,
            label,
            if_not_exists,
            placement,
        }
    } else if keyword(at(i), "rename") && keyword(at(i + 1), "to") {
        i += 3;
        AlterType::Rename {
            name,
            to: identifier(at(i - 1))?,
        }
    } else if keyword(at(i), "rename") && keyword(at(i + 1), "value") && keyword(at(i + 3), "to") {
        i += 5;
        AlterType::RenameValue {
            name,
            from: string(at(i - 3))?,
            to: string(at(i - 1))?,
        }
    } else {
        return None;
    };
    (i == tokens.len()).then_some(parsed)
}
