from alembic import op
import sqlalchemy as sa
import enum


class Status(enum.Enum):
    active = "active"
    retired = "retired"


products = sa.table(
    "products",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("price", sa.Numeric(10, 2)),
    sa.column("status", sa.String),
)


def upgrade():
    conn = op.get_bind()
    conn.execute(
        sa.text("UPDATE products SET status = :s WHERE price = :p").bindparams(s="free", p=0)
    )
    conn.execute(sa.text("UPDATE products SET name = upper(name)"))
    op.execute(
        products.update()
        .where(products.c.status.is_(None))
        .values(status=Status.active.value)
    )
    op.execute(products.delete().where(products.c.name.in_(["X", "Y"])))
    op.execute(products.insert().values(name="d", price=2.5, status="new"))
    op.create_check_constraint("ck_products_price", "products", sa.column("price") >= 0)
    op.create_check_constraint(
        "ck_products_status",
        "products",
        sa.or_(sa.column("status") != "old", sa.column("price") < 1),
    )
    op.execute(
        products.update()
        .where(sa.and_(products.c.price > 4, products.c.status == "new"))
        .values(price=products.c.price + 1)
    )


def downgrade():
    op.drop_constraint("ck_products_status", "products", type_="check")
    op.drop_constraint("ck_products_price", "products", type_="check")
