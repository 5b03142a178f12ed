//! The PL/pgSQL tree (a body as the catalog keeps it), apart from the interpreter
//! (`routines::plpgsql`) so the catalog depends on no code that reads it.

use sqlparser::ast;

/// A `[DECLARE ...] BEGIN ... END` block.
#[derive(Debug, Clone)]
pub struct Block {
    /// Its variables, in order.
    pub declarations: Vec<Declaration>,
    /// Its statements.
    pub body: Vec<Stmt>,
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
            Stmt::Block(b) => collect(&b.body, out),
            Stmt::If(branches, otherwise) => {
                for (_, b) in branches {
                    collect(b, out);
                }
                if let Some(b) = otherwise {
                    collect(b, out);
                }
            }
            Stmt::Assign(..) | Stmt::Return(_) | Stmt::Raise(_) | Stmt::Null => {}
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
}
