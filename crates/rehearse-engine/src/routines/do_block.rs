//! `DO [LANGUAGE plpgsql] $$ ... $$`: an anonymous PL/pgSQL block run once with the
//! engine (migrations' `IF NOT EXISTS (...) THEN CREATE TYPE ...` guards).

use super::plpgsql::exec::{self, Frame, Host, Outcome};
use crate::error::PgError;
use crate::{Engine, StatementResult};

/// Runs a DO block.
pub fn run(engine: &mut Engine, language: Option<&str>, body: &str) -> StatementResult {
    match language {
        None | Some("plpgsql") => {}
        Some(other) => {
            return Err(PgError::unsupported(format!("DO blocks in LANGUAGE {other}")).into())
        }
    }
    let block = super::plpgsql::parse::parse(body)?;
    let mut frame = Frame::new(Vec::new(), None, None);
    engine.calls.depth += 1;
    let outcome = exec::run(&mut Host::Engine(engine), &mut frame, &block);
    engine.calls.depth -= 1;
    match outcome? {
        Outcome::End | Outcome::Nothing | Outcome::Exit(_) | Outcome::Continue(_) => Ok(Vec::new()),
        Outcome::Row(_) | Outcome::Value(..) => {
            Err(PgError::unsupported("RETURN with a value in a DO block").into())
        }
    }
}
