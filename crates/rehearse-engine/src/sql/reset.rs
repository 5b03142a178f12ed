//! `RESET name` and `RESET ALL`, which sqlparser 0.52 cannot parse, read on the token
//! stream (running them is [`crate::settings::reset`]).

use super::{ident_text, StatementKind};
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// Reads `RESET name | ALL`; `None` for any other form (`RESET ROLE`, `RESET SESSION
/// AUTHORIZATION` and dotted custom names read as names, and are refused as settings
/// Rehearse does not know).
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    let [first, second] = tokens else {
        return None;
    };
    let is_reset = matches!(&first.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("reset"));
    if !is_reset {
        return None;
    }
    let all = matches!(&second.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("all"));
    let name = if all {
        None
    } else {
        Some(ident_text(&second.token)?)
    };
    Some(StatementKind::Reset(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Source;

    #[test]
    fn reads_a_name_or_all() {
        let kinds: Vec<StatementKind> =
            crate::sql::parse_script("RESET lock_timeout; reset ALL", Source::Migration)
                .unwrap()
                .into_iter()
                .map(|s| s.kind)
                .collect();
        assert_eq!(
            kinds,
            [
                StatementKind::Reset(Some("lock_timeout".into())),
                StatementKind::Reset(None)
            ]
        );
    }
}
