//! The query's windows bound (`transformWindowDefinitions`): `WINDOW` definitions and
//! each call's `OVER`, a reference to a named window resolved, PARTITION BY, ORDER BY
//! and the frame with its errors; windows whose keys are a prefix of another's share
//! its sort.

use super::{aggregate, default_frame, Bound, Call, Frame, Key, Pending, Units, Window, Windows};
use crate::error::PgError;
use crate::expr::query::order::same;
use crate::expr::query::{Clause, Context};
use crate::expr::{Expr, Scope};
use crate::sql::frame_exclusion::{self, Exclusion};
use crate::types::{CastContext, SqlType};
use sqlparser::ast;

/// The frame errors PostgreSQL's grammar raises (before anything is bound): checked
/// for a whole statement before it runs (`sql::frame_bounds`), and again here for a
/// query bound later (a view's).
pub(super) fn check_frame_syntax(frame: &ast::WindowFrame) -> Result<(), PgError> {
    crate::sql::frame_bounds::check(frame)
}

/// Binds the query's windows (`WINDOW` definitions, then each call's `OVER`), as
/// `transformWindowDefinitions` does after the rest of the query.
pub(crate) fn bind_definitions(
    scope: &Scope,
    context: &Context,
) -> Result<Option<Windows>, PgError> {
    let pending = context.windows.take();
    let definitions = context.named_windows;
    if pending.is_empty() && definitions.is_empty() {
        return Ok(None);
    }
    let clause = context.clause.replace(Clause::Window);
    let bound = bind_all(scope, definitions, pending);
    context.clause.set(clause);
    bound
}

fn bind_all(
    scope: &Scope,
    definitions: &[ast::NamedWindowDefinition],
    pending: Vec<Pending>,
) -> Result<Option<Windows>, PgError> {
    // The named windows, each as written (a later one may refer to an earlier one).
    let mut named: Vec<(String, ast::WindowSpec, Option<Exclusion>)> = Vec::new();
    for ast::NamedWindowDefinition(name, expr) in definitions {
        let name = crate::ident(name);
        if named.iter().any(|(n, ..)| *n == name) {
            return Err(PgError::new(
                "42P20",
                format!("window \"{name}\" is already defined"),
            ));
        }
        let ast::NamedWindowExpr::WindowSpec(spec) = expr else {
            return Err(PgError::unsupported(format!(
                "the window definition {expr}"
            )));
        };
        let mut spec = spec.clone();
        let exclusion = frame_exclusion::take(&mut spec);
        if let Some(frame) = &spec.window_frame {
            check_frame_syntax(frame)?;
        }
        let spec = resolve(&named, &spec)?;
        named.push((name, spec, exclusion));
    }
    let mut windows: Vec<Window> = Vec::new();
    let mut window_of =
        |spec: &ast::WindowSpec, exclusion: Option<Exclusion>| -> Result<usize, PgError> {
            let w = bind_window(scope, spec, exclusion)?;
            if let Some(i) = windows
                .iter()
                .position(|x| format!("{x:?}") == format!("{w:?}"))
            {
                return Ok(i);
            }
            windows.push(w);
            Ok(windows.len() - 1)
        };
    // PostgreSQL binds every WINDOW definition, used or not.
    for (_, spec, exclusion) in &named {
        window_of(spec, *exclusion)?;
    }
    let mut calls = Vec::new();
    for p in pending {
        let (spec, exclusion) = match &p.over {
            ast::WindowType::NamedWindow(w) => {
                let w = crate::ident(w);
                named
                    .iter()
                    .find(|(n, ..)| *n == w)
                    .map(|(_, s, e)| (s.clone(), *e))
                    .ok_or_else(|| {
                        PgError::new("42704", format!("window \"{w}\" does not exist"))
                    })?
            }
            ast::WindowType::WindowSpec(spec) => {
                let mut spec = spec.clone();
                let exclusion = frame_exclusion::take(&mut spec);
                (resolve(&named, &spec)?, exclusion)
            }
        };
        let window = window_of(&spec, exclusion)?;
        calls.push(Call {
            name: p.name,
            function: p.function,
            args: p.args,
            window,
        });
    }
    // Windows whose keys are a prefix of another's share its sort (longest first).
    let mut by_length: Vec<usize> = (0..windows.len()).collect();
    by_length.sort_by_key(|&w| std::cmp::Reverse(windows[w].keys().len()));
    let mut sorts: Vec<Vec<Key>> = Vec::new();
    let mut sort_of = vec![0; windows.len()];
    for w in by_length {
        let keys = windows[w].keys();
        let shared = sorts.iter().position(|sort| {
            keys.iter().zip(sort).all(|(a, b)| {
                same(&a.expr, &b.expr)
                    && a.descending == b.descending
                    && a.nulls_first == b.nulls_first
            })
        });
        sort_of[w] = match shared {
            Some(i) => i,
            None => {
                sorts.push(keys);
                sorts.len() - 1
            }
        };
    }
    // Unused WINDOW definitions need no sort of their own.
    let used: Vec<usize> = calls.iter().map(|c| sort_of[c.window]).collect();
    let mut renumber = vec![None; sorts.len()];
    let mut kept = Vec::new();
    for (i, sort) in sorts.into_iter().enumerate() {
        if used.contains(&i) {
            renumber[i] = Some(kept.len());
            kept.push(sort);
        }
    }
    let sort_of = sort_of
        .into_iter()
        .map(|s| renumber[s].unwrap_or(0))
        .collect();
    Ok(Some(Windows {
        windows,
        calls,
        sorts: kept,
        sort_of,
    }))
}

/// An `OVER (w ...)` spec with its reference to a named window applied.
fn resolve(
    named: &[(String, ast::WindowSpec, Option<Exclusion>)],
    spec: &ast::WindowSpec,
) -> Result<ast::WindowSpec, PgError> {
    let Some(reference) = &spec.window_name else {
        return Ok(spec.clone());
    };
    let reference = crate::ident(reference);
    let Some((_, base, _)) = named.iter().find(|(n, ..)| *n == reference) else {
        return Err(PgError::new(
            "42704",
            format!("window \"{reference}\" does not exist"),
        ));
    };
    if !spec.partition_by.is_empty() {
        return Err(PgError::new(
            "42P20",
            format!("cannot override PARTITION BY clause of window \"{reference}\""),
        ));
    }
    if !spec.order_by.is_empty() && !base.order_by.is_empty() {
        return Err(PgError::new(
            "42P20",
            format!("cannot override ORDER BY clause of window \"{reference}\""),
        ));
    }
    if base.window_frame.is_some() {
        let mut e = PgError::new(
            "42P20",
            format!("cannot copy window \"{reference}\" because it has a frame clause"),
        );
        if spec.order_by.is_empty() && spec.window_frame.is_none() {
            e.hint = Some("Omit the parentheses in this OVER clause.".into());
        }
        return Err(e);
    }
    Ok(ast::WindowSpec {
        window_name: None,
        partition_by: base.partition_by.clone(),
        order_by: if spec.order_by.is_empty() {
            base.order_by.clone()
        } else {
            spec.order_by.clone()
        },
        window_frame: spec.window_frame.clone(),
    })
}

/// Binds a window's PARTITION BY, ORDER BY and frame.
fn bind_window(
    scope: &Scope,
    spec: &ast::WindowSpec,
    exclusion: Option<Exclusion>,
) -> Result<Window, PgError> {
    let key = |e: &ast::Expr| -> Result<Expr, PgError> {
        let bound = scope.bind(e)?;
        let bound = if bound.ty == SqlType::Unknown {
            scope.coerce(bound, &SqlType::Text, CastContext::Implicit)?
        } else {
            bound
        };
        if bound.ty == SqlType::Citext || matches!(bound.ty, SqlType::Json) {
            return Err(PgError::unsupported(format!(
                "a window sorted or partitioned by {}",
                bound.ty.format()
            )));
        }
        Ok(bound)
    };
    let partition = spec
        .partition_by
        .iter()
        .map(key)
        .collect::<Result<Vec<_>, _>>()?;
    let mut order = Vec::new();
    for item in &spec.order_by {
        let descending = item.asc == Some(false);
        order.push(Key {
            expr: key(&item.expr)?,
            descending,
            nulls_first: item.nulls_first.unwrap_or(descending),
        });
    }
    use ast::WindowFrameBound as B;
    let frame = match &spec.window_frame {
        None => default_frame(),
        Some(f) => {
            let units = match f.units {
                ast::WindowFrameUnits::Rows => Units::Rows,
                ast::WindowFrameUnits::Range => Units::Range,
                ast::WindowFrameUnits::Groups => Units::Groups,
            };
            if units == Units::Groups && order.is_empty() {
                return Err(PgError::new(
                    "42P20",
                    "GROUPS mode requires an ORDER BY clause",
                ));
            }
            let has_offset = |b: &ast::WindowFrameBound| {
                matches!(b, B::Preceding(Some(_)) | B::Following(Some(_)))
            };
            // transformWindowDefinitions: a RANGE offset is measured along the one
            // ORDER BY column (a repeated column is one sort clause).
            let mut range = None;
            if units == Units::Range
                && (has_offset(&f.start_bound) || f.end_bound.as_ref().is_some_and(has_offset))
            {
                let mut distinct: Vec<&Key> = Vec::new();
                for k in &order {
                    if !distinct.iter().any(|d| same(&d.expr, &k.expr)) {
                        distinct.push(k);
                    }
                }
                let [key] = distinct.as_slice() else {
                    return Err(PgError::new(
                        "42P20",
                        "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column",
                    ));
                };
                range = Some((*key).clone());
            }
            let mut support = None;
            let mut bind_bound = |b: &ast::WindowFrameBound| -> Result<Bound, PgError> {
                match (&range, b) {
                    (Some(key), B::Preceding(Some(e)) | B::Following(Some(e))) => {
                        let (s, offset) = super::range::bind_offset(scope, &key.expr.ty, e)?;
                        support = Some(s);
                        Ok(if matches!(b, B::Preceding(_)) {
                            Bound::Preceding(offset)
                        } else {
                            Bound::Following(offset)
                        })
                    }
                    _ => bound(scope, units, b),
                }
            };
            let start = bind_bound(&f.start_bound)?;
            let end = match &f.end_bound {
                Some(b) => bind_bound(b)?,
                None => Bound::CurrentRow,
            };
            let range = match (range, support) {
                (Some(key), Some(support)) => Some(super::range::RangeOrder {
                    support,
                    descending: key.descending,
                    nulls_first: key.nulls_first,
                }),
                _ => None,
            };
            Frame {
                units,
                start,
                end,
                range,
                exclusion,
            }
        }
    };
    Ok(Window {
        partition,
        order,
        frame,
    })
}

/// A ROWS or GROUPS frame bound; an offset is a variable-free bigint (a RANGE
/// offset is bound by `range::bind_offset`).
fn bound(scope: &Scope, units: Units, b: &ast::WindowFrameBound) -> Result<Bound, PgError> {
    use ast::WindowFrameBound as B;
    let unit = match units {
        Units::Rows => "ROWS",
        Units::Range => "RANGE",
        Units::Groups => "GROUPS",
    };
    let offset = |e: &ast::Expr| -> Result<Expr, PgError> {
        if field_interval(e) {
            return Err(quoted_offset(e));
        }
        if units == Units::Range {
            return Err(PgError::unsupported(
                "a RANGE frame offset without its ORDER BY column",
            ));
        }
        let bound = scope.bind(e)?;
        let mut reads_columns = false;
        aggregate::visit_columns(&bound, &mut |_| reads_columns = true);
        if reads_columns {
            return Err(PgError::new(
                "42P10",
                format!("argument of {unit} must not contain variables"),
            ));
        }
        match bound.ty {
            SqlType::SmallInt | SqlType::Integer | SqlType::BigInt | SqlType::Unknown => {
                scope.coerce(bound, &SqlType::BigInt, CastContext::Implicit)
            }
            // coerce_to_specific_type casts in assignment context (`ROWS 1.5
            // PRECEDING` rounds to 2).
            SqlType::Numeric(_) | SqlType::Real | SqlType::Double => {
                scope.coerce(bound, &SqlType::BigInt, CastContext::Assignment)
            }
            ref other => Err(PgError::new(
                "42804",
                format!(
                    "argument of {unit} must be type bigint, not type {}",
                    other.base_name()
                ),
            )),
        }
    };
    Ok(match b {
        B::CurrentRow => Bound::CurrentRow,
        B::Preceding(None) => Bound::UnboundedPreceding,
        B::Following(None) => Bound::UnboundedFollowing,
        B::Preceding(Some(e)) => Bound::Preceding(offset(e)?),
        B::Following(Some(e)) => Bound::Following(offset(e)?),
    })
}

/// Whether `e` is an interval literal with fields (`'1' DAY`): sqlparser reads a
/// quoted frame offset followed by a field so (`sql::frame_offset` parenthesises a
/// bare quoted offset), a form PostgreSQL's grammar has no reading of as an offset.
pub(super) fn field_interval(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Interval(i) if i.leading_field.is_some() || i.last_field.is_some())
}

/// The refusal of a [`field_interval`] offset.
pub(super) fn quoted_offset(e: &ast::Expr) -> PgError {
    PgError::unsupported(format!("the frame offset {e}"))
}
