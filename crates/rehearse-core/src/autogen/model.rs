//! SQLAlchemy declarative models read as SQLAlchemy builds their `MetaData`: 2.0 style
//! (`id: Mapped[int] = mapped_column(primary_key=True)`) and 1.x style
//! (`id = Column(Integer, primary_key=True)`), parsed with the same Python parser as
//! migrations and never executed.
//!
//! **Invariant:** a construct that would change the metadata and is not modelled here
//! (a mixin, a naming convention, a type this module cannot render) is an
//! [`InputError`] at its line and column, never silently dropped. Methods,
//! `relationship()` and docstrings do not touch the schema and are passed over.

use super::schema::{
    ColumnSpec, ForeignKeySpec, IndexKey, IndexSpec, Name, TableSpec, TypeSpec, UniqueSpec,
};
use crate::alembic::py::str_repr;
use crate::alembic::py::{Call, Evaluator, Py};
use crate::alembic::sa;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;
use rustpython_parser::ast::{self, Ranged};

const SOURCE: Source = Source::Model;

/// Keyword arguments of `mapped_column()` that only concern the ORM or dataclasses.
const ORM_ONLY_KWARGS: &[&str] = &[
    "init",
    "repr",
    "default_factory",
    "compare",
    "kw_only",
    "hash",
    "sort_order",
    "deferred",
    "deferred_group",
    "deferred_raiseload",
    "active_history",
    "use_existing_column",
    "insert_default",
    "dataclass_metadata",
];

fn model_error(mut e: InputError) -> InputError {
    e.source = SOURCE;
    e
}

/// Reads a model file into the tables its metadata holds, in file order.
pub fn parse(source: &str) -> Result<Vec<TableSpec>, InputError> {
    let (suite, ev) = crate::alembic::py::parse_module(source, "model.py", SOURCE)?;
    let mut bases: Vec<String> = Vec::new();
    let mut tables = Vec::new();
    for stmt in &suite {
        match stmt {
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => ev.names.import(stmt),
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {}
            ast::Stmt::Assign(a) => {
                // `Base = declarative_base()`
                let value = ev.eval(&a.value).map_err(model_error)?;
                let is_base =
                    matches!(&value, Py::Call(c) if c.func.ends_with(".declarative_base"));
                match (a.targets.as_slice(), is_base) {
                    ([ast::Expr::Name(n)], true) => bases.push(n.id.to_string()),
                    _ => {
                        return Err(error(
                            &ev,
                            stmt,
                            "only `Base = declarative_base()` is understood at module level",
                        ))
                    }
                }
            }
            ast::Stmt::ClassDef(c) => {
                let parents: Vec<String> = c.bases.iter().map(|b| ev.text(b)).collect();
                let declarative = c.bases.iter().any(|b| {
                    matches!(ev.eval(b), Ok(Py::Name(n)) if n.ends_with(".DeclarativeBase") || n.ends_with(".DeclarativeBaseNoMeta"))
                });
                if declarative {
                    check_base_body(&ev, c)?;
                    bases.push(c.name.to_string());
                } else if parents.iter().any(|p| bases.contains(p)) {
                    if parents.len() > 1 {
                        return Err(error(&ev, stmt, format!("class {}: mixins are not supported; declare the columns on the model itself", c.name)));
                    }
                    let (table, pending) = model_class(&ev, c)?;
                    if tables
                        .iter()
                        .any(|(t, _): &(TableSpec, _)| t.name == table.name)
                    {
                        return Err(error(
                            &ev,
                            stmt,
                            format!(
                                "table \"{}\" is already defined by another model",
                                table.name
                            ),
                        ));
                    }
                    tables.push((table, pending));
                } else {
                    return Err(error(
                        &ev,
                        stmt,
                        format!(
                            "class {} is neither a declarative base nor a model (a subclass of {})",
                            c.name,
                            if bases.is_empty() {
                                "a declarative base".to_string()
                            } else {
                                bases.join(" or ")
                            }
                        ),
                    ));
                }
            }
            ast::Stmt::FunctionDef(_) | ast::Stmt::Pass(_) => {}
            _ => {
                return Err(error(
                    &ev,
                    stmt,
                    format!(
                        "`{}` is not something a model file may contain here",
                        first_line(&ev.text(stmt))
                    ),
                ))
            }
        }
    }
    resolve_foreign_key_types(&mut tables);
    if tables.is_empty() && bases.is_empty() {
        return Err(InputError::new(SOURCE, Span::new(1, 1), "no declarative base found: define `class Base(DeclarativeBase): pass` (or `Base = declarative_base()`) and models that subclass it"));
    }
    Ok(tables.into_iter().map(|(t, _)| t).collect())
}

/// Gives each such column the referenced column's type, as SQLAlchemy does when the
/// metadata is complete. (A reference outside the model keeps the annotation's type;
/// SQLAlchemy would leave it untyped.)
fn resolve_foreign_key_types(tables: &mut [(TableSpec, Vec<(usize, TypeSpec)>)]) {
    // A chain (a.b_id -> b.c_id -> c.id) resolves from its far end: repeat until
    // nothing changes, at most once per pending column.
    let rounds: usize = tables.iter().map(|(_, p)| p.len()).sum();
    for _ in 0..=rounds {
        let lookup: Vec<(String, String, TypeSpec)> = tables
            .iter()
            .flat_map(|(t, _)| {
                t.columns
                    .iter()
                    .map(move |c| (t.name.clone(), c.name.clone(), c.ty.clone()))
            })
            .collect();
        let mut changed = false;
        for (table, pending) in tables.iter_mut() {
            for (index, fallback) in pending.iter() {
                let Some(column) = table.columns.get(*index) else {
                    continue;
                };
                let name = column.name.clone();
                let target = table
                    .foreign_keys
                    .iter()
                    .find(|fk| fk.columns == [name.clone()])
                    .and_then(|fk| {
                        lookup.iter().find(|(t, c, _)| {
                            *t == fk.ref_table && Some(c) == fk.ref_columns.first()
                        })
                    })
                    .map(|(_, _, ty)| ty.clone())
                    .unwrap_or_else(|| fallback.clone());
                if table.columns[*index].ty != target {
                    table.columns[*index].ty = target;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

fn error(ev: &Evaluator, node: &impl Ranged, message: impl Into<String>) -> InputError {
    InputError::new(SOURCE, ev.span(node), message)
}

/// A declarative base may only hold `pass`, a docstring, or a plain type annotation map;
/// a `metadata = MetaData(naming_convention=...)` would change every generated name.
fn check_base_body(ev: &Evaluator, c: &ast::StmtClassDef) -> Result<(), InputError> {
    for stmt in &c.body {
        match stmt {
            ast::Stmt::Pass(_) => {}
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {}
            _ => {
                return Err(error(ev, stmt, format!("the declarative base {} may only contain `pass`: `{}` (e.g. a naming convention) is not supported", c.name, first_line(&ev.text(stmt)))))
            }
        }
    }
    Ok(())
}

/// What a `Mapped[...]` annotation says: the Python type and whether `None` is allowed.
struct Annotation {
    python_type: Option<String>,
    optional: bool,
    /// `Mapped[list[...]]` and the like: a relationship's unless a column is given.
    collection: bool,
}

fn annotation(ev: &Evaluator, e: &ast::Expr) -> Result<Annotation, InputError> {
    let ast::Expr::Subscript(s) = e else {
        return Err(error(
            ev,
            e,
            format!("annotation `{}`: expected Mapped[...]", ev.text(e)),
        ));
    };
    let outer = ev.text(s.value.as_ref());
    if !matches!(ev.eval(&s.value), Ok(Py::Name(n)) if n.ends_with(".Mapped")) && outer != "Mapped"
    {
        return Err(error(
            ev,
            e,
            format!("annotation `{}`: expected Mapped[...]", ev.text(e)),
        ));
    }
    inner_annotation(ev, &s.slice)
}

fn inner_annotation(ev: &Evaluator, e: &ast::Expr) -> Result<Annotation, InputError> {
    match e {
        // Optional[X], Union[X, None]
        ast::Expr::Subscript(s) => {
            let outer = ev.text(s.value.as_ref());
            let outer = outer.rsplit('.').next().unwrap_or_default();
            match outer {
                "Optional" => Ok(Annotation {
                    optional: true,
                    ..inner_annotation(ev, &s.slice)?
                }),
                "Union" => union(ev, e, &s.slice),
                "list" | "List" | "set" | "Set" | "dict" | "Dict" => Ok(Annotation {
                    python_type: Some(outer.to_lowercase()),
                    optional: false,
                    collection: true,
                }),
                _ => Err(error(
                    ev,
                    e,
                    format!("annotation `{}` is not understood", ev.text(e)),
                )),
            }
        }
        // X | None
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::BitOr) => {
            let is_none = |x: &ast::Expr| matches!(x, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None));
            let (value, none) = if is_none(&b.right) {
                (&b.left, true)
            } else if is_none(&b.left) {
                (&b.right, true)
            } else {
                (&b.left, false)
            };
            if !none {
                return Err(error(
                    ev,
                    e,
                    format!(
                        "annotation `{}`: only `X | None` unions are understood",
                        ev.text(e)
                    ),
                ));
            }
            Ok(Annotation {
                optional: true,
                ..inner_annotation(ev, value)?
            })
        }
        // Mapped["User"]: a relationship to a class by name.
        ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_)) => Ok(Annotation {
            python_type: None,
            optional: false,
            collection: true,
        }),
        ast::Expr::Name(_) | ast::Expr::Attribute(_) => {
            let text = ev.text(e);
            let resolved = match ev.eval(e) {
                Ok(Py::Name(n)) => n,
                _ => text.clone(),
            };
            Ok(Annotation {
                python_type: Some(resolved),
                optional: false,
                collection: false,
            })
        }
        _ => Err(error(
            ev,
            e,
            format!("annotation `{}` is not understood", ev.text(e)),
        )),
    }
}

fn union(ev: &Evaluator, whole: &ast::Expr, slice: &ast::Expr) -> Result<Annotation, InputError> {
    let ast::Expr::Tuple(t) = slice else {
        return inner_annotation(ev, slice);
    };
    let is_none = |x: &ast::Expr| matches!(x, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None));
    let rest: Vec<&ast::Expr> = t.elts.iter().filter(|x| !is_none(x)).collect();
    match rest.as_slice() {
        [one] if rest.len() + 1 == t.elts.len() => Ok(Annotation {
            optional: true,
            ..inner_annotation(ev, one)?
        }),
        _ => Err(error(
            ev,
            whole,
            format!(
                "annotation `{}`: only Union[X, None] is understood",
                ev.text(whole)
            ),
        )),
    }
}

/// SQLAlchemy's default `type_annotation_map`: the type a bare `Mapped[X]` gets.
fn type_for_python(python_type: &str) -> Option<&'static str> {
    Some(match python_type {
        "int" => "sa.Integer",
        "str" => "sa.String",
        "bool" => "sa.Boolean",
        "float" => "sa.Float",
        "bytes" => "sa.LargeBinary",
        "decimal.Decimal" | "Decimal" => "sa.Numeric",
        "datetime.datetime" | "datetime" => "sa.DateTime",
        "datetime.date" | "date" => "sa.Date",
        "datetime.time" | "time" => "sa.Time",
        "datetime.timedelta" | "timedelta" => "sa.Interval",
        "uuid.UUID" | "UUID" => "sa.Uuid",
        _ => return None,
    })
}

fn is_type_value(v: &Py) -> bool {
    let func = match v {
        Py::Name(n) => n.as_str(),
        Py::Call(c) => c.func.as_str(),
        _ => return false,
    };
    !matches!(
        func,
        "sa.ForeignKey" | "sa.Identity" | "sa.CheckConstraint" | "sa.Computed" | "sa.Sequence"
    )
}

/// One attribute of a model class that maps a column.
struct Attribute {
    name: String,
    annotation: Option<Annotation>,
    /// `mapped_column(...)` or `Column(...)`; `None` for a bare `x: Mapped[int]`.
    call: Option<Call>,
    span: Span,
}

fn model_class(
    ev: &Evaluator,
    c: &ast::StmtClassDef,
) -> Result<(TableSpec, Vec<(usize, TypeSpec)>), InputError> {
    let mut tablename = None;
    let mut table_args = None;
    let mut attributes = Vec::new();
    for stmt in &c.body {
        match stmt {
            ast::Stmt::Pass(_) | ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) => {}
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {}
            ast::Stmt::Assign(a) => {
                let [ast::Expr::Name(target)] = a.targets.as_slice() else {
                    return Err(error(
                        ev,
                        stmt,
                        "only `name = ...` assignments are understood in a model",
                    ));
                };
                match target.id.as_str() {
                    "__tablename__" => match ev.eval(&a.value).map_err(model_error)? {
                        Py::Str(s) => tablename = Some(s),
                        _ => return Err(error(ev, &*a.value, "__tablename__ must be a string")),
                    },
                    "__table_args__" => {
                        table_args =
                            Some((ev.eval(&a.value).map_err(model_error)?, ev.span(&*a.value)))
                    }
                    "__abstract__" => {
                        return Err(error(ev, stmt, "abstract models are not supported"))
                    }
                    name if name.starts_with("__") => {
                        return Err(error(
                            ev,
                            stmt,
                            format!("`{name}` is not supported in a model"),
                        ))
                    }
                    name => {
                        let value = ev.eval(&a.value).map_err(model_error)?;
                        match value {
                            Py::Call(call) if is_column_call(&call) => attributes.push(Attribute { name: name.to_string(), annotation: None, call: Some(*call), span: ev.span(stmt) }),
                            Py::Call(call) if is_orm_only(&call) => {}
                            _ => return Err(error(ev, &*a.value, format!("`{name} = {}` is not a column (Column(...) or mapped_column(...))", first_line(&ev.text(&*a.value))))),
                        }
                    }
                }
            }
            ast::Stmt::AnnAssign(a) => {
                let ast::Expr::Name(target) = a.target.as_ref() else {
                    return Err(error(
                        ev,
                        stmt,
                        "only `name: Mapped[...] = ...` is understood in a model",
                    ));
                };
                let ann = annotation(ev, &a.annotation)?;
                let call = match &a.value {
                    None => None,
                    Some(v) => match ev.eval(v).map_err(model_error)? {
                        Py::Call(call) if is_column_call(&call) => Some(*call),
                        Py::Call(call) if is_orm_only(&call) => continue,
                        _ => {
                            return Err(error(
                                ev,
                                v.as_ref(),
                                format!(
                                    "`{}` is not mapped_column(...)",
                                    first_line(&ev.text(v.as_ref()))
                                ),
                            ))
                        }
                    },
                };
                // `Mapped[list["Child"]]` without a column is a relationship's; with
                // `mapped_column(JSONB)` it is a column holding a list or dict.
                if ann.collection && call.is_none() {
                    continue;
                }
                attributes.push(Attribute {
                    name: target.id.to_string(),
                    annotation: Some(ann),
                    call,
                    span: ev.span(stmt),
                });
            }
            _ => {
                return Err(error(
                    ev,
                    stmt,
                    format!(
                        "`{}` is not understood in a model class",
                        first_line(&ev.text(stmt))
                    ),
                ))
            }
        }
    }
    let Some(name) = tablename else {
        return Err(error(
            ev,
            c,
            format!("class {} has no __tablename__", c.name),
        ));
    };
    build_table(name, attributes, table_args)
}

fn is_column_call(c: &Call) -> bool {
    c.func == "sa.Column" || c.func.ends_with(".mapped_column")
}

/// Calls that map no column: relationships, column properties, synonyms.
fn is_orm_only(c: &Call) -> bool {
    [
        "relationship",
        "column_property",
        "synonym",
        "association_proxy",
        "backref",
        "deferred",
    ]
    .iter()
    .any(|f| c.func.ends_with(&format!(".{f}")))
}

fn build_table(
    name: String,
    attributes: Vec<Attribute>,
    table_args: Option<(Py, Span)>,
) -> Result<(TableSpec, Vec<(usize, TypeSpec)>), InputError> {
    let mut table = TableSpec {
        name: name.clone(),
        ..TableSpec::default()
    };
    let mut pk = Vec::new();
    let mut serial_candidates = Vec::new();
    let mut resolved = Vec::new();
    let mut pending = Vec::new();
    let mut user_nullable = Vec::new();
    for attr in attributes {
        let Resolved {
            spec: column,
            sa_col,
            fks,
            type_from_fk,
            user_nullable: defined,
        } = column(&attr)?;
        user_nullable.push(defined);
        if type_from_fk {
            pending.push((resolved.len(), column.ty.clone()));
        }
        if sa_col.primary_key {
            pk.push(column.name.clone());
        }
        table.foreign_keys.extend(fks);
        resolved.push((column, sa_col, attr.span));
    }
    for (column, sa_col, _) in &resolved {
        if sa_col.is_serial(pk.len()) {
            serial_candidates.push(column.name.clone());
        }
        if sa_col.index {
            table.indexes.push(IndexSpec {
                name: Name::Conv(format!("ix_{name}_{}", column.name)),
                columns: vec![IndexKey::Column(column.name.clone())],
                unique: sa_col.unique,
            });
        } else if sa_col.unique {
            table.uniques.push(UniqueSpec {
                name: Name::None,
                columns: vec![column.name.clone()],
                reflected: false,
            });
        }
    }
    table.autoincrement_column = serial_candidates.into_iter().next();
    if !pk.is_empty() {
        table.primary_key = Some((Name::None, pk));
    }
    for (column, _, span) in &resolved {
        if table
            .columns
            .iter()
            .any(|c: &ColumnSpec| c.name == column.name)
        {
            return Err(InputError::new(
                SOURCE,
                *span,
                format!(
                    "column \"{}\" is declared twice in table \"{name}\"",
                    column.name
                ),
            ));
        }
        table.columns.push(column.clone());
    }
    let table_args_span = table_args.as_ref().map(|(_, s)| *s).unwrap_or_default();
    if let Some((args, span)) = table_args {
        apply_table_args(&mut table, &args, span)?;
    }
    // A primary key makes its columns NOT NULL unless their nullability was given.
    if let Some((_, pk)) = &table.primary_key {
        for (c, defined) in table.columns.iter_mut().zip(&user_nullable) {
            if pk.contains(&c.name) && !defined {
                c.nullable = false;
            }
        }
    }
    check_constraint_columns(&table, table_args_span)?;
    Ok((table, pending))
}

/// SQLAlchemy refuses a constraint or index naming a column the table does not have.
fn check_constraint_columns(table: &TableSpec, span: Span) -> Result<(), InputError> {
    let mut named: Vec<(&str, &String)> = Vec::new();
    if let Some((_, cols)) = &table.primary_key {
        named.extend(cols.iter().map(|c| ("PrimaryKeyConstraint", c)));
    }
    for u in &table.uniques {
        named.extend(u.columns.iter().map(|c| ("UniqueConstraint", c)));
    }
    for f in &table.foreign_keys {
        named.extend(f.columns.iter().map(|c| ("ForeignKeyConstraint", c)));
    }
    for i in &table.indexes {
        named.extend(i.columns.iter().filter_map(|k| match k {
            IndexKey::Column(c) => Some(("Index", c)),
            IndexKey::Expression(_) => None,
        }));
    }
    match named.into_iter().find(|(_, c)| table.column(c).is_none()) {
        Some((what, c)) => Err(InputError::new(
            SOURCE,
            span,
            format!("{what}(): table \"{}\" has no column \"{c}\"", table.name),
        )),
        None => Ok(()),
    }
}

/// A model attribute resolved to its column.
struct Resolved {
    spec: ColumnSpec,
    sa_col: sa::SaColumn,
    fks: Vec<ForeignKeySpec>,
    /// No type given and a foreign key: SQLAlchemy takes the referenced column's type.
    type_from_fk: bool,
    /// `nullable=` given, or set by a `Mapped[...]` annotation: a primary key declared
    /// in `__table_args__` leaves it alone.
    user_nullable: bool,
}

fn column(attr: &Attribute) -> Result<Resolved, InputError> {
    let mut call = attr.call.clone().unwrap_or(Call {
        func: "sqlalchemy.orm.mapped_column".into(),
        args: Vec::new(),
        kwargs: Vec::new(),
        span: attr.span,
    });
    let span = call.span;
    let is_mapped = call.func != "sa.Column";
    call.kwargs
        .retain(|(k, _)| !ORM_ONLY_KWARGS.contains(&k.as_str()));
    if !matches!(call.args.first(), Some(Py::Str(_))) {
        call.args.insert(0, Py::Str(attr.name.clone()));
    }
    let has_type = call.args.iter().skip(1).any(is_type_value) || call.kw("type_").is_some();
    if !has_type {
        let python_type = attr.annotation.as_ref().and_then(|a| a.python_type.clone());
        let Some(sa_type) = python_type.as_deref().and_then(type_for_python) else {
            return Err(InputError::new(SOURCE, span, format!(
                "column \"{}\": no SQL type given and none can be inferred from {}; pass one, e.g. mapped_column(String(50))",
                attr.name,
                python_type.map(|t| format!("`{t}`")).unwrap_or_else(|| "its annotation".into())
            )));
        };
        call.args.insert(1, Py::Name(sa_type.to_string()));
    }
    let optional = attr.annotation.as_ref().map(|a| a.optional);
    let primary_key = matches!(call.kw("primary_key"), Some(Py::Bool(true)));
    let type_value = call
        .kw("type_")
        .cloned()
        .or_else(|| call.args.iter().skip(1).find(|a| is_type_value(a)).cloned())
        .unwrap_or(Py::None);
    let raw_default = call.kw("server_default").cloned();
    let ty = model_type(&type_value, span)?;
    let has_fk = call
        .args
        .iter()
        .any(|a| matches!(a, Py::Call(c) if c.func == "sa.ForeignKey"));
    let type_from_fk = !has_type && has_fk;
    call.func = "sa.Column".into();
    let sa_col = sa::column(&Py::Call(Box::new(call.clone())), span).map_err(model_error)?;
    if !sa_col.checks.is_empty() {
        return Err(InputError::new(
            SOURCE,
            span,
            format!(
                "column \"{}\": CheckConstraint() is not supported by the autogenerate simulation",
                sa_col.name
            ),
        ));
    }
    let identity = match call.args.iter().find_map(|a| match a {
        Py::Call(c) if c.func == "sa.Identity" => Some(c),
        _ => None,
    }) {
        Some(c) => Some(identity(c)?),
        None => None,
    };
    // SQLAlchemy: an explicit `nullable=` wins, then the annotation (Optional or not);
    // otherwise a primary key or an identity column is NOT NULL.
    let user_nullable = match (sa_col.nullable, is_mapped, optional) {
        (Some(n), ..) => Some(n),
        (None, true, Some(o)) => Some(o),
        _ => None,
    };
    let nullable = user_nullable.unwrap_or(!(primary_key || identity.is_some()));
    let server_default = match raw_default {
        None | Some(Py::None) => None,
        Some(Py::Str(s)) => Some(str_repr(strip_one_quote(&s))),
        Some(_) => sa_col
            .server_default
            .as_ref()
            .map(|sql| format!("sa.text({})", str_repr(sql))),
    };
    let autoincrement = match &sa_col.autoincrement {
        None => None,
        Some(Py::Bool(b)) => Some(if *b { "True" } else { "False" }.to_string()),
        Some(Py::Str(s)) if s == "auto" => None,
        Some(Py::Str(s)) => Some(str_repr(s)),
        Some(other) => {
            return Err(InputError::new(
                SOURCE,
                span,
                format!("autoincrement={} is not understood", other.describe()),
            ))
        }
    };
    let spec = ColumnSpec {
        name: sa_col.name.clone(),
        ty,
        nullable,
        server_default,
        identity,
        autoincrement,
        comment: sa_col.comment.clone(),
    };
    let fks = foreign_keys(&call, &spec.name)?;
    Ok(Resolved {
        spec,
        sa_col,
        fks,
        type_from_fk,
        user_nullable: user_nullable.is_some(),
    })
}

/// `sa.Identity(...)` as Alembic renders a model's identity: `always` first, then the
/// options given, in SQLAlchemy's attribute order.
fn identity(c: &Call) -> Result<String, InputError> {
    const ORDER: [&str; 6] = [
        "start",
        "increment",
        "minvalue",
        "maxvalue",
        "cycle",
        "cache",
    ];
    if let Some((k, _)) = c
        .kwargs
        .iter()
        .find(|(k, _)| k != "always" && !ORDER.contains(&k.as_str()))
    {
        return Err(InputError::new(
            SOURCE,
            c.span,
            format!("Identity({k}=...) is not supported by the autogenerate simulation"),
        ));
    }
    if !c.args.is_empty() {
        return Err(InputError::new(
            SOURCE,
            c.span,
            "Identity(): pass its options as keywords",
        ));
    }
    let value = |v: &Py| match v {
        Py::Bool(b) => Ok(if *b { "True" } else { "False" }.to_string()),
        Py::Int(i) => Ok(i.to_string()),
        other => Err(InputError::new(
            SOURCE,
            c.span,
            format!("Identity(): {} is not understood", other.describe()),
        )),
    };
    let mut parts = vec![format!(
        "always={}",
        value(c.kw("always").unwrap_or(&Py::Bool(false)))?
    )];
    for k in ORDER {
        if let Some(v) = c.kw(k) {
            parts.push(format!("{k}={}", value(v)?));
        }
    }
    Ok(format!("sa.Identity({})", parts.join(", ")))
}

/// `re.sub(r"^'|'$", "", s)`, as Alembic renders a string server default.
fn strip_one_quote(s: &str) -> &str {
    let s = s.strip_prefix('\'').unwrap_or(s);
    s.strip_suffix('\'').unwrap_or(s)
}

fn foreign_keys(call: &Call, column: &str) -> Result<Vec<ForeignKeySpec>, InputError> {
    let mut out = Vec::new();
    for a in &call.args {
        let Py::Call(fk) = a else { continue };
        if fk.func != "sa.ForeignKey" {
            continue;
        }
        if let Some((k, _)) = fk
            .kwargs
            .iter()
            .find(|(k, _)| !matches!(k.as_str(), "name" | "ondelete" | "onupdate"))
        {
            return Err(InputError::new(
                SOURCE,
                fk.span,
                format!("ForeignKey({k}=...) is not supported by the autogenerate simulation"),
            ));
        }
        let target = match fk.args.first() {
            Some(Py::Str(s)) => s.clone(),
            _ => {
                return Err(InputError::new(
                    SOURCE,
                    fk.span,
                    "ForeignKey() needs \"table.column\" as a string",
                ))
            }
        };
        let Some((table, col)) = target.rsplit_once('.') else {
            return Err(InputError::new(
                SOURCE,
                fk.span,
                format!("ForeignKey(\"{target}\"): expected \"table.column\""),
            ));
        };
        out.push(ForeignKeySpec {
            name: match fk.kw("name") {
                Some(Py::Str(n)) => Name::Plain(n.clone()),
                _ => Name::None,
            },
            columns: vec![column.to_string()],
            ref_table: table.to_string(),
            ref_columns: vec![col.to_string()],
            ondelete: string_kw(fk, "ondelete"),
            onupdate: string_kw(fk, "onupdate"),
        });
    }
    Ok(out)
}

fn string_kw(c: &Call, name: &str) -> Option<String> {
    match c.kw(name) {
        Some(Py::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

/// A model type: its DDL (from the migration front end's compiler) and its repr as
/// SQLAlchemy's `generic_repr` prints it (keywords that differ from the defaults).
pub fn model_type(value: &Py, span: Span) -> Result<TypeSpec, InputError> {
    let ddl = sa::sa_type(value, span).map_err(model_error)?.ddl;
    let call = sa::type_call(value, span).map_err(model_error)?;
    let (module, name) = call
        .func
        .rsplit_once('.')
        .unwrap_or(("", call.func.as_str()));
    let arg = |pos: usize, kw: &str| call.args.get(pos).or_else(|| call.kw(kw)).cloned();
    let int = |pos: usize, kw: &str| match arg(pos, kw) {
        Some(Py::Int(i)) => Ok(Some(i)),
        None | Some(Py::None) => Ok(None),
        Some(other) => Err(InputError::new(
            SOURCE,
            span,
            format!(
                "{}(): {kw} must be an integer, found {}",
                call.func,
                other.describe()
            ),
        )),
    };
    let flag = |kw: &str| matches!(call.kw(kw), Some(Py::Bool(true)));
    let allowed: &[&str] = match name {
        "String" | "VARCHAR" | "CHAR" | "Unicode" | "Text" | "TEXT" | "UnicodeText"
        | "LargeBinary" => &["length"],
        "Numeric" | "NUMERIC" | "DECIMAL" => &["precision", "scale"],
        "Float" | "FLOAT" => &["precision"],
        "DateTime" | "TIMESTAMP" | "Time" | "TIME" => &["timezone"],
        _ => &[],
    };
    if let Some((k, _)) = call
        .kwargs
        .iter()
        .find(|(k, _)| !allowed.contains(&k.as_str()))
    {
        return Err(InputError::new(
            SOURCE,
            span,
            format!(
                "{}({k}=...) is not supported by the autogenerate simulation",
                call.func
            ),
        ));
    }
    let sa_module = module == "sa";
    let keywords = |pairs: Vec<(&str, Option<String>)>| {
        pairs
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unsupported = || {
        InputError::new(
            SOURCE,
            span,
            format!(
                "the type {} is not supported by the autogenerate simulation",
                call.func
            ),
        )
    };
    let repr = match name {
        _ if !sa_module => match (module, name) {
            ("postgresql", "JSONB" | "JSON") if call.args.is_empty() && call.kwargs.is_empty() => {
                format!("postgresql.{name}(astext_type=sa.Text())")
            }
            _ => return Err(unsupported()),
        },
        "Integer" | "BigInteger" | "SmallInteger" | "Boolean" | "Date" | "Uuid" | "JSON"
        | "REAL" | "INTEGER" | "BIGINT" | "SMALLINT" | "BOOLEAN" | "DATE" | "UUID" | "Interval"
        | "INTERVAL" => {
            if !call.args.is_empty() {
                return Err(InputError::new(
                    SOURCE,
                    span,
                    format!(
                        "{}() with arguments is not supported by the autogenerate simulation",
                        call.func
                    ),
                ));
            }
            format!("sa.{name}()")
        }
        "String" | "VARCHAR" | "CHAR" | "Unicode" | "Text" | "TEXT" | "UnicodeText"
        | "LargeBinary" => {
            format!(
                "sa.{name}({})",
                keywords(vec![("length", int(0, "length")?.map(|n| n.to_string()))])
            )
        }
        "Numeric" | "NUMERIC" | "DECIMAL" => format!(
            "sa.{name}({})",
            keywords(vec![
                ("precision", int(0, "precision")?.map(|n| n.to_string())),
                ("scale", int(1, "scale")?.map(|n| n.to_string()))
            ])
        ),
        "Float" | "FLOAT" => format!(
            "sa.{name}({})",
            keywords(vec![(
                "precision",
                int(0, "precision")?.map(|n| n.to_string())
            )])
        ),
        "DateTime" | "TIMESTAMP" | "Time" | "TIME" => {
            if !call.args.is_empty() {
                return Err(InputError::new(
                    SOURCE,
                    span,
                    format!("{}(): pass timezone= as a keyword", call.func),
                ));
            }
            format!(
                "sa.{name}({})",
                keywords(vec![(
                    "timezone",
                    flag("timezone").then(|| "True".to_string())
                )])
            )
        }
        _ => return Err(unsupported()),
    };
    Ok(TypeSpec { repr, ddl })
}

fn strings(v: &Py, what: &str, span: Span) -> Result<Vec<String>, InputError> {
    let items = match v {
        Py::List(items) => items.clone(),
        Py::Str(_) => vec![v.clone()],
        _ => {
            return Err(InputError::new(
                SOURCE,
                span,
                format!("{what}: expected column names as strings"),
            ))
        }
    };
    items
        .into_iter()
        .map(|i| match i {
            Py::Str(s) => Ok(s),
            other => Err(InputError::new(
                SOURCE,
                span,
                format!(
                    "{what}: expected a column name as a string, found {}",
                    other.describe()
                ),
            )),
        })
        .collect()
}

fn constraint_name(c: &Call) -> Name {
    match c.kw("name") {
        Some(Py::Str(n)) => Name::Plain(n.clone()),
        _ => Name::None,
    }
}

/// `__table_args__ = (Index(...), UniqueConstraint(...), ForeignKeyConstraint(...),
/// PrimaryKeyConstraint(...))`.
fn apply_table_args(table: &mut TableSpec, args: &Py, span: Span) -> Result<(), InputError> {
    let items = match args {
        Py::List(items) => items.clone(),
        Py::Dict(d) if d.is_empty() => Vec::new(),
        other => {
            return Err(InputError::new(
                SOURCE,
                span,
                format!(
                    "__table_args__ must be a tuple of constraints and indexes, found {}",
                    other.describe()
                ),
            ))
        }
    };
    for item in items {
        let Py::Call(c) = &item else {
            return Err(InputError::new(
                SOURCE,
                span,
                format!("__table_args__: {} is not supported", item.describe()),
            ));
        };
        let only = |allowed: &[&str]| match c
            .kwargs
            .iter()
            .find(|(k, _)| !allowed.contains(&k.as_str()))
        {
            Some((k, _)) => Err(InputError::new(
                SOURCE,
                c.span,
                format!(
                    "{}({k}=...) is not supported by the autogenerate simulation",
                    c.func
                ),
            )),
            None => Ok(()),
        };
        match c.func.as_str() {
            "sa.Index" => {
                only(&["unique"])?;
                let Some(Py::Str(name)) = c.args.first() else {
                    return Err(InputError::new(
                        SOURCE,
                        c.span,
                        "Index() needs a name as its first argument",
                    ));
                };
                let columns = strings(&Py::List(c.args[1..].to_vec()), "Index()", c.span)?;
                let unique = matches!(c.kw("unique"), Some(Py::Bool(true)));
                table.indexes.push(IndexSpec {
                    name: Name::Plain(name.clone()),
                    columns: columns.into_iter().map(IndexKey::Column).collect(),
                    unique,
                });
            }
            "sa.UniqueConstraint" => {
                only(&["name"])?;
                let columns = strings(&Py::List(c.args.clone()), "UniqueConstraint()", c.span)?;
                table.uniques.push(UniqueSpec {
                    name: constraint_name(c),
                    columns,
                    reflected: false,
                });
            }
            "sa.PrimaryKeyConstraint" => {
                only(&["name"])?;
                let columns = strings(&Py::List(c.args.clone()), "PrimaryKeyConstraint()", c.span)?;
                table.primary_key = Some((constraint_name(c), columns));
            }
            "sa.ForeignKeyConstraint" => {
                only(&["name", "ondelete", "onupdate"])?;
                let (Some(cols), Some(refs)) = (c.args.first(), c.args.get(1)) else {
                    return Err(InputError::new(SOURCE, c.span, "ForeignKeyConstraint() needs the local columns and the referenced \"table.column\"s"));
                };
                let columns = strings(cols, "ForeignKeyConstraint()", c.span)?;
                let refs = strings(refs, "ForeignKeyConstraint()", c.span)?;
                let mut ref_table = String::new();
                let mut ref_columns = Vec::new();
                for r in refs {
                    let Some((t, col)) = r.rsplit_once('.') else {
                        return Err(InputError::new(
                            SOURCE,
                            c.span,
                            format!("ForeignKeyConstraint(): \"{r}\" is not \"table.column\""),
                        ));
                    };
                    ref_table = t.to_string();
                    ref_columns.push(col.to_string());
                }
                table.foreign_keys.push(ForeignKeySpec {
                    name: constraint_name(c),
                    columns,
                    ref_table,
                    ref_columns,
                    ondelete: string_kw(c, "ondelete"),
                    onupdate: string_kw(c, "onupdate"),
                });
            }
            other => {
                return Err(InputError::new(
                    SOURCE,
                    c.span,
                    format!(
                        "__table_args__: {other}() is not supported by the autogenerate simulation"
                    ),
                ))
            }
        }
    }
    Ok(())
}
