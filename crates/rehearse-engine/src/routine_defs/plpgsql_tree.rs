//! The PL/pgSQL tree (a body as the catalog keeps it), apart from the interpreter
//! (`routines::plpgsql`) so the catalog depends on no code that reads it.

use sqlparser::ast;

/// A `[<<label>>] [DECLARE ...] BEGIN ... [EXCEPTION ...] END` block.
#[derive(Debug, Clone, Default)]
pub struct Block {
    /// `<<label>>` (case-folded).
    pub label: Option<String>,
    /// Its variables, in order.
    pub declarations: Vec<Declaration>,
    /// Its statements.
    pub body: Vec<Stmt>,
    /// Its EXCEPTION clauses, in order (none: the block is no subtransaction).
    pub handlers: Vec<Handler>,
}

/// One `WHEN condition [OR ...] THEN statements` of an EXCEPTION section.
#[derive(Debug, Clone)]
pub struct Handler {
    /// The conditions it catches.
    pub conditions: Vec<Condition>,
    /// What runs when it catches.
    pub body: Vec<Stmt>,
}

/// A condition an EXCEPTION clause names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// OTHERS: every error but query_canceled and assert_failure.
    Others,
    /// A SQLSTATE (a named condition resolved, or `SQLSTATE 'xxxxx'`); one ending in
    /// `000` is a class and catches its whole class.
    Sqlstate(String),
}

impl Block {
    /// Every SQL statement the block holds, nested ones included, in order.
    pub fn embedded(&self) -> Vec<&crate::sql::Statement> {
        let mut out = Vec::new();
        collect(&self.body, &mut out);
        out
    }
}

fn collect<'b>(body: &'b [Stmt], out: &mut Vec<&'b crate::sql::Statement>) {
    for s in body {
        match s {
            Stmt::Sql(e) => out.push(&e.statement),
            Stmt::Block(b) => {
                collect(&b.body, out);
                for h in &b.handlers {
                    collect(&h.body, out);
                }
            }
            Stmt::Loop(l) => {
                if let LoopKind::Query(e) = &l.kind {
                    out.push(&e.statement);
                }
                collect(&l.body, out);
            }
            Stmt::If(branches, otherwise) => {
                for (_, b) in branches {
                    collect(b, out);
                }
                if let Some(b) = otherwise {
                    collect(b, out);
                }
            }
            Stmt::Assign(..)
            | Stmt::Return(_)
            | Stmt::Raise(_)
            | Stmt::Null
            | Stmt::Exit(_)
            | Stmt::Execute(_)
            | Stmt::GetDiagnostics(..)
            | Stmt::Reraise => {}
        }
    }
}

/// One variable of a DECLARE section.
#[derive(Debug, Clone)]
pub struct Declaration {
    /// Name (case-folded).
    pub name: String,
    /// Its type as written.
    pub data_type: ast::DataType,
    /// CONSTANT.
    pub constant: bool,
    /// NOT NULL.
    pub not_null: bool,
    /// DEFAULT / `:=` expression.
    pub default: Option<ast::Expr>,
}

/// Where an assignment or `INTO` stores.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A variable.
    Variable(String),
    /// A field of `NEW` or `OLD`: (record, column).
    Field(String, String),
}

/// What `RETURN` gives back.
#[derive(Debug, Clone)]
pub enum Returned {
    /// `RETURN;`
    Nothing,
    /// `RETURN NEW` / `RETURN OLD` (the record's name).
    Record(String),
    /// `RETURN NULL`.
    Null,
    /// `RETURN expr`.
    Expr(ast::Expr),
}

/// `RAISE`'s severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// DEBUG, LOG, INFO, NOTICE, WARNING: a message, execution goes on.
    Message,
    /// EXCEPTION (the default): an error.
    Exception,
}

/// A `USING` option of `RAISE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RaiseOption {
    /// MESSAGE.
    Message,
    /// DETAIL.
    Detail,
    /// HINT.
    Hint,
    /// ERRCODE.
    Errcode,
}

/// A `RAISE` statement.
#[derive(Debug, Clone)]
pub struct Raise {
    /// Its level.
    pub level: Level,
    /// The condition named instead of a format (`RAISE unique_violation ...`,
    /// `RAISE SQLSTATE '22000'`): its SQLSTATE and its name (the default message).
    pub condition: Option<(String, String)>,
    /// The format string.
    pub format: Option<String>,
    /// The format's arguments.
    pub args: Vec<ast::Expr>,
    /// `USING` options.
    pub options: Vec<(RaiseOption, ast::Expr)>,
}

/// A SQL statement inside the body, with the variables it reads substituted when it
/// runs.
#[derive(Debug, Clone)]
pub struct Embedded {
    /// The statement.
    pub statement: crate::sql::Statement,
    /// `SELECT ... INTO targets`: where the first row goes.
    pub into: Vec<Target>,
    /// PERFORM (a SELECT whose rows are discarded).
    pub perform: bool,
}

/// One PL/pgSQL statement.
#[derive(Debug, Clone)]
pub enum Stmt {
    /// `target := expr`.
    Assign(Target, ast::Expr),
    /// IF / ELSIF branches and ELSE.
    If(Vec<(ast::Expr, Vec<Stmt>)>, Option<Vec<Stmt>>),
    /// RETURN.
    Return(Returned),
    /// RAISE.
    Raise(Box<Raise>),
    /// A SQL statement (or PERFORM).
    Sql(Box<Embedded>),
    /// A nested block.
    Block(Block),
    /// NULL;
    Null,
    /// LOOP, WHILE, FOR or FOREACH.
    Loop(Box<Loop>),
    /// EXIT or CONTINUE.
    Exit(Box<Exit>),
    /// EXECUTE (dynamic SQL).
    Execute(Box<Execute>),
    /// `GET [CURRENT | STACKED] DIAGNOSTICS target = item, ...`.
    GetDiagnostics(bool, Vec<(Target, DiagnosticsItem)>),
    /// `RAISE;` (re-throws the error its handler caught).
    Reraise,
}

/// A loop: its label, what drives it and its body.
#[derive(Debug, Clone)]
pub struct Loop {
    /// `<<label>>` (case-folded).
    pub label: Option<String>,
    /// What drives the iterations.
    pub kind: LoopKind,
    /// The body.
    pub body: Vec<Stmt>,
}

/// What drives a loop.
#[derive(Debug, Clone)]
pub enum LoopKind {
    /// `LOOP`: until EXIT.
    Forever,
    /// `WHILE condition LOOP`.
    While(ast::Expr),
    /// `FOR var IN [REVERSE] low .. high [BY step] LOOP`: an integer variable of the
    /// loop's own.
    Range {
        /// The loop variable (case-folded).
        var: String,
        /// REVERSE.
        reverse: bool,
        /// Lower bound (upper with REVERSE: the first value).
        low: ast::Expr,
        /// The bound it stops at.
        high: ast::Expr,
        /// BY.
        step: Option<ast::Expr>,
    },
    /// `FOR targets IN SELECT ... LOOP` (the query's `into` are the targets).
    Query(Box<Embedded>),
    /// `FOR targets IN EXECUTE text [USING ...] LOOP`.
    Dynamic {
        /// The loop's targets: a record variable or scalar variables.
        targets: Vec<Target>,
        /// The query text's expression.
        query: ast::Expr,
        /// USING's parameters.
        using: Vec<ast::Expr>,
    },
    /// `FOREACH var IN ARRAY expr LOOP`.
    Foreach {
        /// The variable each element goes to.
        var: Target,
        /// The array.
        array: ast::Expr,
    },
}

/// `EXIT` or `CONTINUE` `[label] [WHEN condition]`.
#[derive(Debug, Clone)]
pub struct Exit {
    /// CONTINUE (else EXIT).
    pub is_continue: bool,
    /// The loop or block it leaves (case-folded).
    pub label: Option<String>,
    /// WHEN.
    pub when: Option<ast::Expr>,
}

/// `EXECUTE text [INTO [STRICT] targets] [USING expr, ...]`.
#[derive(Debug, Clone)]
pub struct Execute {
    /// The statement text's expression.
    pub query: ast::Expr,
    /// INTO targets.
    pub into: Vec<Target>,
    /// INTO STRICT.
    pub strict: bool,
    /// USING's parameters (`$1`, `$2`, ...).
    pub using: Vec<ast::Expr>,
}

/// An item `GET DIAGNOSTICS` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticsItem {
    /// ROW_COUNT (current).
    RowCount,
    /// RETURNED_SQLSTATE (stacked).
    ReturnedSqlstate,
    /// MESSAGE_TEXT (stacked).
    MessageText,
    /// PG_EXCEPTION_DETAIL (stacked).
    ExceptionDetail,
    /// PG_EXCEPTION_HINT (stacked).
    ExceptionHint,
}
