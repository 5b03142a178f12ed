//! PostgreSQL commands sqlparser 0.52 has no grammar for, read on the token stream:
//! `REINDEX`, `DROP EXTENSION`, `ALTER SEQUENCE ... OWNED BY | RENAME TO`, `ALTER <object> ...
//! OWNER TO` for objects other than tables, and the header of `COPY ... FROM stdin`
//! (whose data [`super::psql`] has taken out of the text).
//!
//! Each reader answers `None` when the tokens are not the form it reads exactly; the
//! caller then lets sqlparser try, so an unexpected spelling is still a syntax error
//! or a refusal, never a guess.

use super::{ident_text, word, ReindexTarget, StatementKind};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// A word token's text, lower case unless quoted.
fn name(t: Option<&TokenWithLocation>) -> Option<String> {
    t.and_then(|t| ident_text(&t.token))
}

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// A possibly schema-qualified name at `at`: the last part, and the index after it.
fn qualified(tokens: &[TokenWithLocation], at: usize) -> Option<(String, usize)> {
    let mut last = name(tokens.get(at))?;
    let mut i = at + 1;
    while tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
        last = name(tokens.get(i + 1))?;
        i += 2;
    }
    Some((last, i))
}

/// `REINDEX [ ( option [, ...] ) ] { INDEX | TABLE | SCHEMA | DATABASE | SYSTEM }
/// [ CONCURRENTLY ] [ name ]`.
pub(super) fn reindex(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if !is_word(tokens.first(), "reindex") {
        return None;
    }
    let mut i = 1;
    let mut concurrently = false;
    if tokens.get(i).map(|t| &t.token) == Some(&Token::LParen) {
        // Options: VERBOSE [bool], CONCURRENTLY [bool], TABLESPACE name.
        let close = i + tokens[i..].iter().position(|t| t.token == Token::RParen)?;
        let options = &tokens[i + 1..close];
        for option in options.split(|t| t.token == Token::Comma) {
            let value = option.get(1).map(|t| match &t.token {
                Token::Word(w) => w.value.to_ascii_lowercase(),
                Token::Number(n, _) => n.clone(),
                _ => String::new(),
            });
            let on = match value.as_deref() {
                None | Some("true" | "on" | "1") => true,
                Some("false" | "off" | "0") => false,
                _ => return None,
            };
            match option.first().map(|t| &t.token) {
                Some(Token::Word(w)) if w.value.eq_ignore_ascii_case("verbose") => {}
                Some(Token::Word(w)) if w.value.eq_ignore_ascii_case("concurrently") => {
                    concurrently = on
                }
                _ => return None,
            }
        }
        i = close + 1;
    }
    let target = match tokens.get(i).and_then(|t| word(&t.token)) {
        Some(Keyword::INDEX) => ReindexTarget::Index,
        Some(Keyword::TABLE) => ReindexTarget::Table,
        Some(Keyword::SCHEMA) => ReindexTarget::Schema,
        Some(Keyword::DATABASE) => ReindexTarget::Database,
        Some(Keyword::SYSTEM) => ReindexTarget::System,
        _ => return None,
    };
    i += 1;
    if tokens.get(i).and_then(|t| word(&t.token)) == Some(Keyword::CONCURRENTLY) {
        concurrently = true;
        i += 1;
    }
    let (object, end) = match tokens.get(i) {
        None => (None, i),
        Some(_) => {
            let (n, end) = qualified(tokens, i)?;
            (Some(n), end)
        }
    };
    if end != tokens.len() {
        return None;
    }
    Some(StatementKind::Reindex {
        target,
        name: object,
        concurrently,
    })
}

/// `DROP EXTENSION [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]`.
pub(super) fn drop_extension(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if tokens.first().and_then(|t| word(&t.token)) != Some(Keyword::DROP)
        || tokens.get(1).and_then(|t| word(&t.token)) != Some(Keyword::EXTENSION)
    {
        return None;
    }
    let mut i = 2;
    let if_exists = tokens.get(i).and_then(|t| word(&t.token)) == Some(Keyword::IF)
        && tokens.get(i + 1).and_then(|t| word(&t.token)) == Some(Keyword::EXISTS);
    if if_exists {
        i += 2;
    }
    let mut names = Vec::new();
    loop {
        names.push(name(tokens.get(i))?);
        i += 1;
        if tokens.get(i).map(|t| &t.token) == Some(&Token::Comma) {
            i += 1;
        } else {
            break;
        }
    }
    let cascade = match tokens.get(i).and_then(|t| word(&t.token)) {
        Some(Keyword::CASCADE) => {
            i += 1;
            true
        }
        Some(Keyword::RESTRICT) => {
            i += 1;
            false
        }
        _ => false,
    };
    (i == tokens.len()).then_some(StatementKind::DropExtension {
        names,
        if_exists,
        cascade,
    })
}

/// `ALTER SEQUENCE [ IF EXISTS ] name { OWNED BY { table.column | NONE } | RENAME TO
/// new_name }` and
/// `ALTER { SEQUENCE | TYPE | SCHEMA | EXTENSION | ... } name OWNER TO role`
/// (tables are sqlparser's).
pub(super) fn alter_owner(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if tokens.first().and_then(|t| word(&t.token)) != Some(Keyword::ALTER) {
        return None;
    }
    let object = match &tokens.get(1)?.token {
        Token::Word(w) if w.quote_style.is_none() => w.value.to_ascii_lowercase(),
        _ => return None,
    };
    if object == "table" {
        return None;
    }
    let mut i = 2;
    let if_exists = tokens.get(i).and_then(|t| word(&t.token)) == Some(Keyword::IF)
        && tokens.get(i + 1).and_then(|t| word(&t.token)) == Some(Keyword::EXISTS);
    if if_exists {
        i += 2;
    }
    let (object_name, after) = qualified(tokens, i)?;
    let rest = &tokens[after..];
    if is_word(rest.first(), "owner")
        && rest.get(1).and_then(|t| word(&t.token)) == Some(Keyword::TO)
    {
        return (rest.len() == 3 && name(rest.get(2)).is_some()).then_some(
            StatementKind::OwnerTo {
                object,
                name: object_name,
            },
        );
    }
    if object == "sequence"
        && is_word(rest.first(), "rename")
        && rest.get(1).and_then(|t| word(&t.token)) == Some(Keyword::TO)
    {
        let to = name(rest.get(2))?;
        return (rest.len() == 3).then_some(StatementKind::RenameSequence {
            sequence: object_name,
            if_exists,
            to,
        });
    }
    if object == "sequence"
        && is_word(rest.first(), "owned")
        && rest.get(1).and_then(|t| word(&t.token)) == Some(Keyword::BY)
    {
        if rest.len() == 3 && is_word(rest.get(2), "none") {
            return Some(StatementKind::SequenceOwnedBy {
                sequence: object_name,
                if_exists,
                owner: None,
            });
        }
        // [schema.]table.column
        let parts: Vec<String> = rest[2..]
            .chunks(2)
            .map(|pair| {
                let ok = pair.len() == 1 || pair[1].token == Token::Period;
                ok.then(|| name(pair.first())).flatten()
            })
            .collect::<Option<_>>()?;
        let n = parts.len();
        if !(2..=3).contains(&n) {
            return None;
        }
        return Some(StatementKind::SequenceOwnedBy {
            sequence: object_name,
            if_exists,
            owner: Some((parts[n - 2].clone(), parts[n - 1].clone())),
        });
    }
    None
}

/// The header `COPY [ONLY]? name [ ( column [, ...] ) ] FROM stdin` of a statement whose
/// data followed it: table and columns.
pub(super) fn copy_header(tokens: &[TokenWithLocation]) -> Option<(String, Option<Vec<String>>)> {
    if !is_word(tokens.first(), "copy") {
        return None;
    }
    let (table, mut i) = qualified(tokens, 1)?;
    let mut columns = None;
    if tokens.get(i).map(|t| &t.token) == Some(&Token::LParen) {
        let mut cols = Vec::new();
        i += 1;
        loop {
            cols.push(name(tokens.get(i))?);
            i += 1;
            match tokens.get(i).map(|t| &t.token) {
                Some(Token::Comma) => i += 1,
                Some(Token::RParen) => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
        columns = Some(cols);
    }
    let from = tokens.get(i).and_then(|t| word(&t.token)) == Some(Keyword::FROM);
    (from && is_word(tokens.get(i + 1), "stdin") && tokens.len() == i + 2)
        .then_some((table, columns))
}

/// Takes the operator classes out of `CREATE [UNIQUE] INDEX ... ( key [opclass] ... )`,
/// which sqlparser cannot read, and returns them per key (`None`: the default). Keys
/// are `column`, `(expression)` or `function(...)`, optionally followed by an
/// operator class (`name` or `schema.name`), then ASC/DESC and NULLS FIRST/LAST.
pub(super) fn take_opclasses(tokens: &mut Vec<TokenWithLocation>) -> Vec<Option<String>> {
    let is_create_index = tokens.first().and_then(|t| word(&t.token)) == Some(Keyword::CREATE)
        && tokens
            .iter()
            .take(3)
            .any(|t| word(&t.token) == Some(Keyword::INDEX));
    if !is_create_index {
        return Vec::new();
    }
    // The key list: the first parenthesis after ON.
    let Some(on) = tokens
        .iter()
        .position(|t| word(&t.token) == Some(Keyword::ON))
    else {
        return Vec::new();
    };
    let Some(open) = tokens[on..]
        .iter()
        .position(|t| t.token == Token::LParen)
        .map(|p| p + on)
    else {
        return Vec::new();
    };
    let mut opclasses = Vec::new();
    let mut remove = Vec::new();
    let mut depth = 0usize;
    let mut key_start = open + 1;
    let mut i = open;
    while i < tokens.len() {
        match tokens[i].token {
            Token::LParen => depth += 1,
            Token::RParen | Token::Comma if depth == 1 => {
                opclasses.push(key_opclass(&tokens[key_start..i]).map(|(name, at, len)| {
                    remove.push((key_start + at, len));
                    name
                }));
                key_start = i + 1;
                if tokens[i].token == Token::RParen {
                    break;
                }
            }
            Token::RParen => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    for (at, len) in remove.into_iter().rev() {
        tokens.drain(at..at + len);
    }
    if opclasses.iter().all(Option::is_none) {
        opclasses.clear();
    }
    opclasses
}

/// The operator class of one key: its name, where it starts in the key, how many
/// tokens it takes.
fn key_opclass(key: &[TokenWithLocation]) -> Option<(String, usize, usize)> {
    // Drop the trailing ordering options.
    let mut end = key.len();
    if end >= 2
        && word(&key[end - 2].token) == Some(Keyword::NULLS)
        && matches!(
            word(&key[end - 1].token),
            Some(Keyword::FIRST | Keyword::LAST)
        )
    {
        end -= 2;
    }
    if end >= 1
        && matches!(
            word(&key[end - 1].token),
            Some(Keyword::ASC | Keyword::DESC)
        )
    {
        end -= 1;
    }
    // `expression opclass` or `expression schema.opclass`: a name right after a
    // complete operand (a word or a closing parenthesis), with nothing between.
    let (start, opclass) = if end >= 4 && key[end - 2].token == Token::Period {
        (end - 3, name(key.get(end - 1))?)
    } else if end >= 2 {
        (end - 1, name(key.get(end - 1))?)
    } else {
        return None;
    };
    let operand_ends = matches!(key[start - 1].token, Token::Word(_) | Token::RParen);
    if !operand_ends || word(&key[start - 1].token) == Some(Keyword::COLLATE) {
        return None;
    }
    if let Token::Word(w) = &key[start].token {
        if w.quote_style.is_none()
            && matches!(w.keyword, Keyword::COLLATE | Keyword::ASC | Keyword::DESC)
        {
            return None;
        }
    }
    Some((opclass, start, end - start))
}
