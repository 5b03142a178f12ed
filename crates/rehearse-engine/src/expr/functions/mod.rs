//! The built-in functions the engine evaluates, in one table: [`FUNCTIONS`] has an entry
//! per name, saying which argument counts it takes, how its arguments are typed and its
//! result type chosen (binding), how it is evaluated, and whether the planner may fold
//! it. Adding a function is adding an entry (and its case in the tests below).
//!
//! A name missing from the table (or called with a count its entry does not take) is
//! not an error of the engine's own: `builtins::no_function` answers it, with
//! PostgreSQL's 42883 when no PostgreSQL 18 built-in could match, else Rehearse's
//! "cannot simulate".
//!
//! The families live beside this file: `text` (string functions), `math` (numeric
//! ones), `conditional` (COALESCE, GREATEST/LEAST, NULLIF: expressions in PostgreSQL's
//! grammar, functions here), `arrays`, `env` (the clock, sequences and the uuid
//! generator: everything that reads or advances [`Env`]) and `trigram` (pg_trgm's
//! `similarity`).
//!
//! **Invariant:** a bound call's arguments already have the types its evaluation reads
//! (a `Texts` function gets text values, `TextThenIntegers` an integer after the text),
//! so evaluation never converts; a value of another shape is treated as NULL or passed
//! through, never a panic.

use super::{Env, Expr, Node, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;
use std::ops::RangeInclusive;

mod array_more;
mod arrays;
mod call_volatility;
mod characters;
mod conditional;
mod datetime;
mod env;
mod extract;
mod format;
pub(crate) mod json;
mod json_build;
pub(crate) mod json_elements;
mod jsonb_edit;
mod math;
mod overload;
mod regexp;
pub(crate) mod regexp_matches;
pub(crate) mod sequence_session;
mod serial_sequence;
mod size_pretty;
mod text;
mod to_char;
mod to_char_num;
mod to_date;
mod trigram;

use Eval::{FirstNonNull, Strict, Values};
use Signature::{CommonType, Custom, NoArgs, Numeric, SameAs, TextThenIntegers, Texts};
use SqlType::{Boolean, Date, Integer, Real, Text, Timestamp, TimestampTz, Uuid};
use Volatility::{Immutable, Stable, Volatile};

/// Any number of arguments.
const MANY: usize = usize::MAX;

/// Every built-in function the engine evaluates, by the (lower-case) name it is called
/// with: volatility (`pg_proc.provolatile`: only immutable calls fold), name, argument
/// counts, how the call binds, how it evaluates.
// A table: one line a function, in columns (rustfmt would give each five lines).
#[rustfmt::skip]
static FUNCTIONS: &[Function] = &[
    // The transaction's clock: one value for the whole transaction, as PostgreSQL's.
    entry(Stable,    "now",                   0..=0,    NoArgs(TimestampTz),              Values(env::now)),
    entry(Stable,    "current_timestamp",     0..=0,    NoArgs(TimestampTz),              Values(env::now)),
    entry(Stable,    "transaction_timestamp", 0..=0,    NoArgs(TimestampTz),              Values(env::now)),
    entry(Stable,    "statement_timestamp",   0..=0,    NoArgs(TimestampTz),              Values(env::now)),
    entry(Stable,    "localtimestamp",        0..=0,    NoArgs(Timestamp),                Values(env::now)),
    entry(Stable,    "current_date",          0..=0,    NoArgs(Date),                     Values(env::current_date)),
    // The wall clock in PostgreSQL; the transaction's clock here (both are the clock).
    entry(Volatile,  "clock_timestamp",       0..=0,    NoArgs(TimestampTz),              Values(env::now)),
    entry(Stable,    "localtime",             0..=0,    NoArgs(SqlType::Time(None)),      Values(env::local_time)),
    entry(Stable,    "current_time",          0..=0,    NoArgs(SqlType::TimeTz(None)),    Values(env::current_time)),
    // Dates and times.
    entry(Immutable, "date_part",             2..=2,    Custom(extract::bind_date_part),  Strict(extract::date_part)),
    entry(Immutable, "extract",               2..=2,    Custom(extract::bind_extract),    Strict(extract::extract)),
    entry(Immutable, "date_trunc",            2..=3,    Custom(datetime::bind_date_trunc), Strict(datetime::date_trunc)),
    entry(Immutable, "timezone",              2..=2,    Custom(datetime::bind_timezone),  Strict(datetime::timezone)),
    entry(Immutable, "make_date",             3..=3,    Custom(bind_integers),            Strict(datetime::make_date)),
    entry(Immutable, "make_time",             3..=3,    Custom(bind_clock),               Strict(datetime::make_time)),
    entry(Immutable, "make_timestamp",        6..=6,    Custom(bind_clock),               Strict(datetime::make_timestamp)),
    entry(Stable,    "make_timestamptz",      6..=7,    Custom(bind_clock),               Strict(datetime::make_timestamp)),
    entry(Immutable, "make_interval",         0..=7,    Custom(datetime::bind_make_interval), Strict(datetime::make_interval)),
    entry(Immutable, "justify_days",          1..=1,    Custom(bind_interval),            Strict(datetime::justify_days)),
    entry(Immutable, "justify_hours",         1..=1,    Custom(bind_interval),            Strict(datetime::justify_hours)),
    entry(Immutable, "justify_interval",      1..=1,    Custom(bind_interval),            Strict(datetime::justify_interval)),
    entry(Immutable, "isfinite",              1..=1,    Custom(datetime::bind_isfinite),  Strict(datetime::isfinite)),
    // age(x) reads the clock (from today's midnight), so the entry is stable.
    entry(Stable,    "age",                   1..=2,    Custom(datetime::bind_age),       Strict(datetime::age)),
    entry(Immutable, "date_bin",              3..=3,    Custom(datetime::bind_date_bin),  Strict(datetime::date_bin)),
    entry(Stable,    "to_char",               2..=2,    Custom(to_char::bind),            Strict(to_char::to_char)),
    entry(Stable,    "to_timestamp",          1..=2,    Custom(bind_epoch),               Strict(to_timestamp)),
    entry(Stable,    "to_date",               2..=2,    Texts(Date),                      Strict(to_date::to_date)),
    // State a call advances.
    entry(Volatile,  "gen_random_uuid",       0..=0,    NoArgs(Uuid),                     Values(env::gen_random_uuid)),
    // uuid-ossp's (callable once the extension is installed: see `call`).
    entry(Volatile,  "uuid_generate_v4",      0..=0,    NoArgs(Uuid),                     Values(env::gen_random_uuid)),
    entry(Immutable, "uuid_nil",              0..=0,    NoArgs(Uuid),                     Values(env::uuid_nil)),
    entry(Immutable, "uuid_ns_dns",           0..=0,    NoArgs(Uuid),                     Values(env::uuid_ns_dns)),
    entry(Immutable, "uuid_ns_url",           0..=0,    NoArgs(Uuid),                     Values(env::uuid_ns_url)),
    entry(Immutable, "uuid_ns_oid",           0..=0,    NoArgs(Uuid),                     Values(env::uuid_ns_oid)),
    entry(Immutable, "uuid_ns_x500",          0..=0,    NoArgs(Uuid),                     Values(env::uuid_ns_x500)),
    entry(Volatile,  "nextval",               1..=1,    Custom(env::bind_nextval),        Values(env::nextval)),
    entry(Volatile,  "setval",                2..=3,    Custom(env::bind_setval),         Values(env::setval)),
    entry(Volatile,  "currval",               1..=1,    Custom(sequence_session::bind_currval), Strict(sequence_session::currval)),
    entry(Stable,    "pg_get_serial_sequence", 2..=2,   Custom(serial_sequence::bind),    Values(serial_sequence::eval)),
    entry(Volatile,  "lastval",               0..=0,    NoArgs(SqlType::BigInt),          Values(sequence_session::lastval)),
    // Conditional expressions.
    entry(Immutable, "coalesce",              1..=MANY, CommonType,                       FirstNonNull),
    entry(Immutable, "greatest",              1..=MANY, CommonType,                       Values(conditional::greatest)),
    entry(Immutable, "least",                 1..=MANY, CommonType,                       Values(conditional::least)),
    entry(Immutable, "nullif",                2..=2,    Custom(conditional::bind_nullif), Values(conditional::nullif)),
    // Strings.
    entry(Immutable, "lower",                 1..=1,    Texts(Text),                      Strict(text::lower)),
    entry(Immutable, "upper",                 1..=1,    Texts(Text),                      Strict(text::upper)),
    entry(Immutable, "initcap",               1..=1,    Texts(Text),                      Strict(text::initcap)),
    entry(Immutable, "btrim",                 1..=2,    Texts(Text),                      Strict(text::btrim)),
    entry(Immutable, "ltrim",                 1..=2,    Texts(Text),                      Strict(text::ltrim)),
    entry(Immutable, "rtrim",                 1..=2,    Texts(Text),                      Strict(text::rtrim)),
    entry(Immutable, "length",                1..=1,    Custom(text::bind_length),        Strict(text::length)),
    entry(Immutable, "char_length",           1..=1,    SameAs("length"),                 Strict(text::length)),
    entry(Immutable, "character_length",      1..=1,    SameAs("length"),                 Strict(text::length)),
    entry(Immutable, "strpos",                2..=2,    Texts(Integer),                   Strict(text::strpos)),
    entry(Immutable, "replace",               3..=3,    Texts(Text),                      Strict(text::replace)),
    entry(Immutable, "substr",                2..=3,    TextThenIntegers,                 Strict(text::substr)),
    entry(Immutable, "left",                  2..=2,    TextThenIntegers,                 Strict(text::left)),
    entry(Immutable, "right",                 2..=2,    TextThenIntegers,                 Strict(text::right)),
    entry(Immutable, "repeat",                2..=2,    TextThenIntegers,                 Strict(text::repeat)),
    // STABLE in pg_proc: it prints its arguments with their output functions.
    entry(Stable,    "concat",                0..=MANY, Custom(text::bind_concat),        Values(text::concat)),
    entry(Immutable, "md5",                   1..=1,    Texts(Text),                      Strict(text::md5)),
    entry(Immutable, "split_part",            3..=3,    Custom(regexp::bind_to_text),     Strict(characters::split_part)),
    entry(Immutable, "translate",             3..=3,    Texts(Text),                      Strict(characters::translate)),
    entry(Immutable, "reverse",               1..=1,    Texts(Text),                      Strict(characters::reverse)),
    entry(Immutable, "lpad",                  2..=3,    Custom(regexp::bind_to_text),     Strict(characters::lpad)),
    entry(Immutable, "rpad",                  2..=3,    Custom(regexp::bind_to_text),     Strict(characters::rpad)),
    entry(Immutable, "starts_with",           2..=2,    Texts(Boolean),                   Strict(characters::starts_with)),
    entry(Immutable, "ascii",                 1..=1,    Texts(Integer),                   Strict(characters::ascii)),
    entry(Immutable, "chr",                   1..=1,    Custom(characters::bind_chr),     Strict(characters::chr)),
    entry(Immutable, "to_hex",                1..=1,    Custom(characters::bind_to_hex),  Strict(characters::to_hex)),
    entry(Stable,    "concat_ws",             1..=MANY, Custom(characters::bind_concat_ws), Values(characters::concat_ws)),
    entry(Stable,    "format",                1..=MANY, Custom(format::bind_format),      Values(format::format)),
    entry(Immutable, "quote_ident",           1..=1,    Texts(Text),                      Strict(format::quote_ident)),
    // Immutable for text, as volatile as the argument's text otherwise (`call_volatility`).
    entry(Stable,    "quote_literal",         1..=1,    Custom(format::bind_quote),       Strict(format::quote_literal)),
    entry(Stable,    "quote_nullable",        1..=1,    Custom(format::bind_quote),       Values(format::quote_nullable)),
    // Regular expressions (`crate::regex`), and the rewriters under SIMILAR TO / LIKE ... ESCAPE.
    entry(Immutable, "regexp_replace",        3..=6,    Custom(regexp::bind_to_text),     Strict(regexp::regexp_replace)),
    entry(Immutable, "regexp_match",          2..=3,    Custom(regexp::bind_to_text_array), Strict(regexp::regexp_match)),
    entry(Immutable, "regexp_count",          2..=4,    Custom(regexp::bind_to_integer),  Strict(regexp::regexp_count)),
    entry(Immutable, "regexp_like",           2..=3,    Custom(regexp::bind_to_boolean),  Strict(regexp::regexp_like)),
    entry(Immutable, "regexp_substr",         2..=6,    Custom(regexp::bind_to_text),     Strict(regexp::regexp_substr)),
    entry(Immutable, "regexp_instr",          2..=7,    Custom(regexp::bind_to_integer),  Strict(regexp::regexp_instr)),
    entry(Immutable, "similar_to_escape",     1..=2,    Texts(Text),                      Strict(regexp::similar_to_escape)),
    entry(Immutable, "like_escape",           2..=2,    Texts(Text),                      Strict(regexp::like_escape)),
    // `substring(t FROM pattern)`, `substring(t SIMILAR pattern ESCAPE e)` (and the integer forms called by name).
    entry(Immutable, "substring",             2..=3,    Custom(regexp::bind_substring),   Strict(regexp::substring)),
    // JSON.
    entry(Stable,    "to_json",               1..=1,    Custom(json::bind_to_json),       Strict(json::to_json)),
    entry(Stable,    "to_jsonb",              1..=1,    Custom(json::bind_to_json),       Strict(json::to_jsonb)),
    entry(Immutable, "json_typeof",           1..=1,    Custom(json::bind_typeof),        Strict(json::json_typeof)),
    entry(Immutable, "jsonb_typeof",          1..=1,    Custom(json::bind_typeof),        Strict(json::json_typeof)),
    entry(Immutable, "jsonb_set",             3..=4,    Custom(jsonb_edit::bind_set),     Strict(jsonb_edit::jsonb_set)),
    entry(Immutable, "jsonb_insert",          3..=4,    Custom(jsonb_edit::bind_set),     Strict(jsonb_edit::jsonb_insert)),
    entry(Immutable, "jsonb_set_lax",         3..=5,    Custom(jsonb_edit::bind_set_lax), Values(jsonb_edit::jsonb_set_lax)),
    entry(Immutable, "jsonb_strip_nulls",     1..=1,    Custom(jsonb_edit::bind_one),     Strict(jsonb_edit::jsonb_strip_nulls)),
    entry(Immutable, "jsonb_pretty",          1..=1,    Custom(jsonb_edit::bind_one),     Strict(jsonb_edit::jsonb_pretty)),
    entry(Immutable, "jsonb_array_length",    1..=1,    Custom(jsonb_edit::bind_one),     Strict(jsonb_edit::array_length)),
    entry(Immutable, "json_array_length",     1..=1,    Custom(jsonb_edit::bind_one),     Strict(jsonb_edit::array_length)),
    entry(Immutable, "jsonb_extract_path",    2..=MANY, Custom(jsonb_edit::bind_extract_path), Values(jsonb_edit::extract_path)),
    entry(Immutable, "jsonb_extract_path_text", 2..=MANY, Custom(jsonb_edit::bind_extract_path), Values(jsonb_edit::extract_path)),
    entry(Immutable, "json_extract_path",     2..=MANY, Custom(json_elements::bind_extract_path), Values(json_elements::extract_path)),
    entry(Immutable, "json_extract_path_text", 2..=MANY, Custom(json_elements::bind_extract_path), Values(json_elements::extract_path)),
    entry(Immutable, "json_strip_nulls",      1..=2,    Custom(json_elements::bind_strip_nulls), Strict(json_elements::strip_nulls)),
    entry(Stable,    "jsonb_build_object",    0..=MANY, Custom(json_build::bind_build),   Values(json_build::build_object)),
    entry(Stable,    "json_build_object",     0..=MANY, Custom(json_build::bind_build),   Values(json_build::build_object)),
    entry(Stable,    "jsonb_build_array",     0..=MANY, Custom(json_build::bind_build),   Values(json_build::build_array)),
    entry(Stable,    "json_build_array",      0..=MANY, Custom(json_build::bind_build),   Values(json_build::build_array)),
    entry(Immutable, "jsonb_object",          1..=2,    Custom(json_build::bind_object),  Strict(json_build::object)),
    entry(Immutable, "json_object",           1..=2,    Custom(json_build::bind_object),  Strict(json_build::object)),
    // pg_trgm's (callable once the extension is installed: see `call`).
    entry(Immutable, "similarity",            2..=2,    Texts(Real),                      Strict(trigram::similarity)),
    entry(Immutable, "pg_size_pretty",        1..=1,    Custom(size_pretty::bind),        Strict(size_pretty::pg_size_pretty)),
    // Numbers.
    entry(Immutable, "abs",                   1..=1,    Numeric,                          Strict(math::abs)),
    entry(Immutable, "ceil",                  1..=1,    Numeric,                          Strict(math::ceil)),
    entry(Immutable, "ceiling",               1..=1,    Numeric,                          Strict(math::ceil)),
    entry(Immutable, "floor",                 1..=1,    Numeric,                          Strict(math::floor)),
    entry(Immutable, "round",                 1..=2,    Custom(math::bind_round),         Strict(math::round)),
    entry(Immutable, "trunc",                 1..=2,    Custom(math::bind_round),         Strict(math::trunc)),
    // Arrays.
    entry(Immutable, "array_length",          2..=2,    Custom(arrays::bind_array_length), Strict(arrays::array_length)),
    entry(Immutable, "cardinality",           1..=1,    Custom(arrays::bind_cardinality), Strict(arrays::cardinality)),
    entry(Immutable, "array_append",          2..=2,    Custom(arrays::bind_array_append), Values(arrays::array_append)),
    entry(Immutable, "array_ndims",           1..=1,    Custom(array_more::bind_shape),   Strict(array_more::ndims)),
    entry(Immutable, "array_dims",            1..=1,    Custom(array_more::bind_shape),   Strict(array_more::dims)),
    entry(Immutable, "array_lower",           2..=2,    Custom(array_more::bind_shape),   Strict(array_more::lower)),
    entry(Immutable, "array_upper",           2..=2,    Custom(array_more::bind_shape),   Strict(array_more::upper)),
    entry(Immutable, "array_position",        2..=3,    Custom(array_more::bind_search),  Values(array_more::position)),
    entry(Immutable, "array_positions",       2..=2,    Custom(array_more::bind_search),  Values(array_more::positions)),
    entry(Immutable, "array_remove",          2..=2,    Custom(array_more::bind_search),  Values(array_more::remove)),
    entry(Immutable, "array_replace",         3..=3,    Custom(array_more::bind_search),  Values(array_more::replace)),
    entry(Immutable, "array_prepend",         2..=2,    Custom(array_more::bind_prepend), Values(array_more::prepend)),
    entry(Immutable, "array_cat",             2..=2,    Custom(array_more::bind_cat),     Values(array_more::cat)),
    entry(Stable,    "array_to_string",       2..=3,    Custom(array_more::bind_to_string), Values(array_more::to_string)),
    entry(Immutable, "string_to_array",       2..=3,    Custom(array_more::bind_string_to_array), Values(array_more::string_to_array)),
];

/// A built-in function: one entry of [`FUNCTIONS`].
pub struct Function {
    /// The name it is called by, lower case (what deparsing prints).
    pub(super) name: &'static str,
    /// The argument counts it takes; other counts are `builtins::no_function`'s.
    pub(super) args: RangeInclusive<usize>,
    /// How its arguments are typed and its result type chosen.
    pub(super) signature: Signature,
    /// How a call is evaluated.
    pub(super) eval: Eval,
    /// Whether the planner may fold a call with constant arguments.
    pub(super) volatility: Volatility,
}

impl Function {
    /// The name it is called by, lower case.
    pub fn name(&self) -> &'static str {
        self.name
    }
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}()", self.name)
    }
}

/// How a call's arguments are typed (the casts put on them) and its result type chosen.
pub(super) enum Signature {
    /// No arguments; this result type.
    NoArgs(SqlType),
    /// Every argument text (a string type or an unknown literal, cast to text); this
    /// result type.
    Texts(SqlType),
    /// A text, then integers; the result is text.
    TextThenIntegers,
    /// One number (an unknown literal reads as double precision); the result is its type
    /// without a modifier.
    Numeric,
    /// Every argument cast to their common type, which is the result's
    /// (`select_common_type`, its errors naming the function in capitals).
    CommonType,
    /// Bound as the named function, which the call becomes (`char_length` prints as
    /// `length`); errors still name the function as called.
    SameAs(&'static str),
    /// A rule of its own: the arguments as the node keeps them, and the result type.
    Custom(fn(&Scope, &str, Vec<Expr>) -> Result<Bound, PgError>),
}

/// A call's arguments as the node keeps them (cast as the function takes them), and
/// its result type.
pub(super) type Bound = (Vec<Expr>, SqlType);

/// How a call is evaluated.
pub(super) enum Eval {
    /// NULL when any argument is NULL, without calling (PostgreSQL's STRICT functions);
    /// else the function of the argument values.
    Strict(fn(Args) -> Result<Value, PgError>),
    /// The function of the argument values, NULLs included.
    Values(fn(Args) -> Result<Value, PgError>),
    /// COALESCE: the first non-NULL argument; the ones after it are never evaluated
    /// (nor folded), so their errors are never raised.
    FirstNonNull,
}

/// `pg_proc.provolatile`: what constant folding may do with a call.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Volatility {
    /// The same arguments give the same result: folded when they are constant.
    Immutable,
    /// Fixed within a statement (the clock): never folded, as PostgreSQL folds only
    /// immutable functions.
    Stable,
    /// Changes state (sequences, the uuid generator): never folded.
    Volatile,
}

/// An entry of [`FUNCTIONS`] (a function, so the table reads as rows).
const fn entry(
    volatility: Volatility,
    name: &'static str,
    args: RangeInclusive<usize>,
    signature: Signature,
    eval: Eval,
) -> Function {
    Function {
        name,
        args,
        signature,
        eval,
        volatility,
    }
}

/// The entry called `name` (the first: see [`lookup_for`] for a name with entries per
/// argument count).
fn lookup(name: &str) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.name == name)
}

/// The entry called `name` that takes `count` arguments, else the first called `name`.
fn lookup_for(name: &str, count: usize) -> Option<&'static Function> {
    FUNCTIONS
        .iter()
        .find(|f| f.name == name && f.args.contains(&count))
        .or_else(|| lookup(name))
}

/// Integer arguments (`make_date`), an integer result type chosen by the entry.
fn bind_integers(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let bound = args
        .into_iter()
        .map(|a| scope.coerce(a, &Integer, CastContext::Implicit))
        .collect::<Result<Vec<_>, _>>()?;
    let _ = name;
    Ok((bound, Date))
}

/// `make_time(h, m, sec)`, `make_timestamp(y, mo, d, h, mi, sec)`,
/// `make_timestamptz(..., zone)`: integers, then double precision seconds, then text.
fn bind_clock(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let seconds = if name == "make_time" { 2 } else { 5 };
    let mut bound = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        bound.push(match i {
            i if i < seconds => scope.coerce(a, &Integer, CastContext::Implicit)?,
            i if i == seconds => scope.coerce(a, &SqlType::Double, CastContext::Implicit)?,
            _ => scope.text_arg(a, name)?,
        });
    }
    let ty = match name {
        "make_time" => SqlType::Time(None),
        "make_timestamp" => Timestamp,
        _ => TimestampTz,
    };
    Ok((bound, ty))
}

/// One interval argument (`justify_*`).
fn bind_interval(scope: &Scope, _: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let bound = args
        .into_iter()
        .map(|a| scope.coerce(a, &SqlType::Interval, CastContext::Implicit))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((bound, SqlType::Interval))
}

/// `to_timestamp(double precision)` (seconds since 1970) or `to_timestamp(text, text)`.
fn bind_epoch(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let texts = args.len() == 2;
    let bound = args
        .into_iter()
        .map(|a| {
            if texts {
                scope.text_arg(a, name)
            } else {
                scope.coerce(a, &SqlType::Double, CastContext::Implicit)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((bound, TimestampTz))
}

fn to_timestamp(a: Args) -> Result<Value, PgError> {
    if a.values.len() == 2 {
        to_date::to_timestamp(a)
    } else {
        datetime::to_timestamp_epoch(a)
    }
}

/// The entry of a function the binder names itself (SQL's special forms: `SUBSTRING`,
/// `POSITION`, `TRIM`). The table has each (a test checks), so the error is never seen.
pub(super) fn builtin(name: &str) -> Result<&'static Function, PgError> {
    lookup(name).ok_or_else(|| PgError::unsupported(format!("the function {name}()")))
}

/// What a function's evaluation gets.
pub(super) struct Args<'a, 'e> {
    /// The arguments' values, in order.
    values: Vec<Value>,
    /// The bound arguments (`concat` prints each value as its type outputs it).
    exprs: &'a [Expr],
    /// The call's result type (`abs(integer)` checks its range).
    ty: &'a SqlType,
    /// The clock, sequences and random state.
    env: &'a mut Env<'e>,
}

impl Args<'_, '_> {
    /// Argument `i` when it is text.
    fn text(&self, i: usize) -> Option<&str> {
        match self.values.get(i) {
            Some(Value::Text(s)) => Some(s),
            _ => None,
        }
    }

    /// Argument `i` when it is an integer.
    fn int(&self, i: usize) -> Option<i64> {
        match self.values.get(i) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        }
    }
}

impl Scope<'_> {
    /// Binds a function call: its arguments first (their errors come first, as in
    /// PostgreSQL), then the call by [`FUNCTIONS`].
    pub(super) fn function(&self, f: &ast::Function) -> Result<Expr, PgError> {
        let name = f
            .name
            .0
            .last()
            .map(|i| i.value.to_lowercase())
            .unwrap_or_default();
        if let Some(call) = self.user_call(f) {
            return call;
        }
        let windowed = f.over.is_some()
            || crate::expr::query::window::is_window_function(&name) && f.name.0.len() == 1;
        if windowed {
            return match self.query {
                Some(context) => crate::expr::query::window::bind(self, context, &name, f),
                None => Err(PgError::unsupported(format!(
                    "the window function {name}() outside a query"
                ))),
            };
        }
        if crate::expr::query::srf::is_set_returning(&name) && f.name.0.len() == 1 {
            if let Some(context) = self.query {
                return crate::expr::query::srf::bind_target(self, context, &name, f);
            }
        }
        if crate::expr::query::aggregate::is_aggregate(&name) && f.name.0.len() == 1 {
            if let Some(context) = self.query {
                return crate::expr::query::aggregate::bind(self, context, &name, f);
            }
        }
        if name == "make_interval" {
            return self.make_interval(f);
        }
        let args: Vec<Expr> = match &f.args {
            ast::FunctionArguments::None => Vec::new(),
            ast::FunctionArguments::List(list) => list
                .args
                .iter()
                .map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => self.bind(e),
                    other => Err(PgError::unsupported(format!(
                        "the function argument `{other}`"
                    ))),
                })
                .collect::<Result<_, _>>()?,
            ast::FunctionArguments::Subquery(_) => return Err(PgError::unsupported("subqueries")),
        };
        self.call(&name, args)
    }

    /// `make_interval(years => 1, ...)`: named (or positional) arguments put in the
    /// parameters' places, the missing ones 0.
    fn make_interval(&self, f: &ast::Function) -> Result<Expr, PgError> {
        let params = datetime::MAKE_INTERVAL_PARAMS;
        let mut slots: Vec<Option<Expr>> = vec![None; params.len()];
        if let ast::FunctionArguments::List(list) = &f.args {
            for (i, a) in list.args.iter().enumerate() {
                let (slot, e) = match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => (i, e),
                    ast::FunctionArg::Named {
                        name,
                        arg: ast::FunctionArgExpr::Expr(e),
                        ..
                    } => {
                        let n = name.value.to_lowercase();
                        match params.iter().position(|p| *p == n) {
                            Some(slot) => (slot, e),
                            None => {
                                return Err(PgError::unsupported(format!(
                                    "make_interval() with the argument {n}"
                                )))
                            }
                        }
                    }
                    other => {
                        return Err(PgError::unsupported(format!(
                            "the function argument `{other}`"
                        )))
                    }
                };
                if slot >= params.len() || slots[slot].is_some() {
                    return Err(PgError::unsupported("make_interval() with these arguments"));
                }
                slots[slot] = Some(self.bind(e)?);
            }
        }
        let args = slots
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                a.unwrap_or_else(|| {
                    let zero = if i == 6 {
                        Value::Float(0.0)
                    } else {
                        Value::Int(0)
                    };
                    let ty = if i == 6 {
                        SqlType::Double
                    } else {
                        SqlType::Integer
                    };
                    Expr::constant(zero, ty)
                })
            })
            .collect();
        self.call("make_interval", args)
    }

    /// Binds a call of `name` with bound arguments.
    pub(super) fn call(&self, name: &str, args: Vec<Expr>) -> Result<Expr, PgError> {
        // An extension's function exists once the extension is installed; where the
        // catalog is not at hand, it is refused (`builtins::no_function`).
        if let Some(extension) = crate::extensions::provides_function(name) {
            let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
            return match (self.extensions, lookup(name)) {
                (Some(installed), Some(f))
                    if installed.contains(extension) && f.args.contains(&args.len()) =>
                {
                    self.bind_call(f, args)
                }
                (Some(installed), _) if !installed.contains(extension) => {
                    let types: Vec<String> = types.iter().map(SqlType::base_name).collect();
                    Err(PgError::undefined_function(name, &types))
                }
                _ => Err(builtins::no_function(name, &types)),
            };
        }
        match lookup_for(name, args.len()) {
            Some(f) if f.args.contains(&args.len()) => {
                self.as_postgres_resolves(name, args, |args| self.bind_call(f, args))
            }
            // Real PostgreSQL functions the engine does not implement are refused as
            // such; only calls no built-in could accept get PostgreSQL's "does not exist".
            _ => {
                let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
                Err(builtins::no_function(name, &types))
            }
        }
    }

    fn bind_call(&self, called: &'static Function, args: Vec<Expr>) -> Result<Expr, PgError> {
        let name = called.name;
        let f = match called.signature {
            SameAs(target) => builtin(target)?,
            _ => called,
        };
        let (args, ty) = match &f.signature {
            NoArgs(ty) => (args, ty.clone()),
            Texts(ty) => {
                let args = args
                    .into_iter()
                    .map(|a| self.text_arg(a, name))
                    .collect::<Result<_, _>>()?;
                (args, ty.clone())
            }
            TextThenIntegers => {
                let mut bound = Vec::new();
                for (i, a) in args.into_iter().enumerate() {
                    bound.push(if i == 0 {
                        self.text_arg(a, name)?
                    } else {
                        self.coerce(a, &SqlType::Integer, CastContext::Implicit)?
                    });
                }
                (bound, SqlType::Text)
            }
            Numeric => {
                let arg = math::numeric_arg(self, args, name)?;
                let ty = arg.ty.without_typmod();
                (vec![arg], ty)
            }
            CommonType => conditional::common(self, name, args)?,
            Custom(bind) => bind(self, name, args)?,
            SameAs(_) => return Err(PgError::unsupported(format!("the function {name}()"))),
        };
        Ok(Expr::new(Node::Func(f, args), ty))
    }
}

/// Evaluates a call of `f` (its result type `ty`) against one row.
pub(super) fn evaluate(
    f: &Function,
    args: &[Expr],
    ty: &SqlType,
    row: &[Value],
    env: &mut Env,
) -> Result<Value, PgError> {
    let eval = match f.eval {
        Strict(eval) | Values(eval) => eval,
        FirstNonNull => {
            for a in args {
                let v = a.eval(row, env)?;
                if !v.is_null() {
                    return Ok(v);
                }
            }
            return Ok(Value::Null);
        }
    };
    let values = args
        .iter()
        .map(|a| a.eval(row, env))
        .collect::<Result<Vec<_>, _>>()?;
    if matches!(f.eval, Strict(_)) && values.iter().any(Value::is_null) {
        return Ok(Value::Null);
    }
    eval(Args {
        values,
        exprs: args,
        ty,
        env,
    })
}

#[cfg(test)]
mod recorded;
#[cfg(test)]
mod string_tests;
#[cfg(test)]
mod tests;
