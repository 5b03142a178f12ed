//! Types of SQLAlchemy's other dialects (`sqlalchemy.dialects.mysql.VARCHAR`, ...),
//! as migrations written for several databases name them in `existing_type=`: there
//! Alembic only builds a throwaway table to find the constraints the type carries, and
//! only the schema types (`Enum`, `Boolean` and their subclasses) carry any. The
//! lists are each module's `TypeEngine` classes in SQLAlchemy 2.1, schema types apart.

use crate::alembic::py::Py;

/// Each dialect module's type classes that are not schema types.
const PLAIN_TYPES: &[(&str, &[&str])] = &[
    (
        "mysql",
        &[
            "BIGINT",
            "BINARY",
            "BIT",
            "BLOB",
            "CHAR",
            "DATE",
            "DATETIME",
            "DECIMAL",
            "DOUBLE",
            "FLOAT",
            "INET4",
            "INET6",
            "INTEGER",
            "JSON",
            "LONGBLOB",
            "LONGTEXT",
            "MEDIUMBLOB",
            "MEDIUMINT",
            "MEDIUMTEXT",
            "NCHAR",
            "NUMERIC",
            "NVARCHAR",
            "REAL",
            "SET",
            "SMALLINT",
            "TEXT",
            "TIME",
            "TIMESTAMP",
            "TINYBLOB",
            "TINYINT",
            "TINYTEXT",
            "VARBINARY",
            "VARCHAR",
            "YEAR",
        ],
    ),
    (
        "sqlite",
        &[
            "BLOB",
            "CHAR",
            "DATE",
            "DATETIME",
            "DECIMAL",
            "FLOAT",
            "INTEGER",
            "JSON",
            "JSONB",
            "NUMERIC",
            "REAL",
            "SMALLINT",
            "TEXT",
            "TIME",
            "TIMESTAMP",
            "VARCHAR",
        ],
    ),
    (
        "mssql",
        &[
            "BIGINT",
            "BINARY",
            "CHAR",
            "DATE",
            "DATETIME",
            "DATETIME2",
            "DATETIMEOFFSET",
            "DECIMAL",
            "DOUBLE_PRECISION",
            "FLOAT",
            "IMAGE",
            "INTEGER",
            "JSON",
            "MONEY",
            "NCHAR",
            "NTEXT",
            "NUMERIC",
            "NVARCHAR",
            "REAL",
            "ROWVERSION",
            "SMALLDATETIME",
            "SMALLINT",
            "SMALLMONEY",
            "SQL_VARIANT",
            "TEXT",
            "TIME",
            "TIMESTAMP",
            "TINYINT",
            "UNIQUEIDENTIFIER",
            "VARBINARY",
            "VARCHAR",
            "XML",
        ],
    ),
    (
        "oracle",
        &[
            "BFILE",
            "BINARY_DOUBLE",
            "BINARY_FLOAT",
            "BLOB",
            "CHAR",
            "CLOB",
            "DATE",
            "DOUBLE_PRECISION",
            "FLOAT",
            "INTERVAL",
            "JSON",
            "LONG",
            "NCHAR",
            "NCLOB",
            "NUMBER",
            "NVARCHAR",
            "NVARCHAR2",
            "RAW",
            "REAL",
            "ROWID",
            "TIMESTAMP",
            "VARCHAR",
            "VARCHAR2",
            "VECTOR",
        ],
    ),
];

/// Whether `value` is (an instance of) another dialect's type that is not a schema
/// type: one that carries no constraint, so as an `existing_type` it changes nothing
/// Alembic writes for PostgreSQL.
pub fn is_other_dialect_plain_type(value: &Py) -> bool {
    let path = match value {
        Py::Call(c) => c.func.as_str(),
        Py::Name(n) => n.as_str(),
        _ => return false,
    };
    let Some(rest) = path
        .strip_prefix("sqlalchemy.dialects.")
        .or_else(|| path.strip_prefix("sa.dialects."))
    else {
        return false;
    };
    let Some((module, name)) = rest.split_once('.') else {
        return false;
    };
    PLAIN_TYPES
        .iter()
        .any(|(m, names)| *m == module && names.contains(&name))
}

#[cfg(test)]
mod tests {
    use crate::alembic::parse;

    #[test]
    fn another_dialects_existing_type_changes_nothing() {
        // ironic's 2fb93ffd2af1, as Alembic rendered it.
        let rev = parse(concat!(
            "from sqlalchemy.dialects import mysql\n",
            "import sqlalchemy.dialects.sqlite\n",
            "def upgrade():\n",
            "    op.alter_column('nodes', 'name', existing_type=mysql.VARCHAR(length=63),\n",
            "                    type_=sa.String(length=255), existing_nullable=True)\n",
            "    op.alter_column('nodes', 'x', existing_type=sqlalchemy.dialects.sqlite.TEXT, nullable=False)\n",
        ))
        .map_err(|e| e.message);
        let sql: Vec<String> = rev
            .expect("parses")
            .upgrade
            .into_iter()
            .flat_map(|s| s.sql)
            .collect();
        assert_eq!(
            sql,
            vec![
                "ALTER TABLE nodes ALTER COLUMN name TYPE VARCHAR(255)",
                "ALTER TABLE nodes ALTER COLUMN x SET NOT NULL",
            ]
        );
        // A schema type (a CHECK of its own) or a name the module lacks: refused.
        for source in [
            "from sqlalchemy.dialects import mysql\nop.alter_column('t', 'c', existing_type=mysql.ENUM('a'), type_=sa.Text)\n",
            "from sqlalchemy.dialects import mysql\nop.alter_column('t', 'c', existing_type=mysql.VARCHAR2(3), type_=sa.Text)\n",
            "from sqlalchemy.dialects import mysql\nop.add_column('t', sa.Column('c', mysql.VARCHAR(3)))\n",
        ] {
            assert!(parse(source).is_err(), "{source}");
        }
    }
}
