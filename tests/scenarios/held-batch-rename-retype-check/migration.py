from alembic import op
import sqlalchemy as sa


def upgrade():
    with op.batch_alter_table("courses") as batch_op:
        batch_op.alter_column("title", new_column_name="name", existing_type=sa.String(40), type_=sa.String(120))
        batch_op.alter_column(
            "max_students",
            existing_type=sa.Text(),
            type_=sa.Integer(),
            postgresql_using="trim(max_students)::integer",
        )
        batch_op.alter_column("archived", existing_type=sa.Boolean(), server_default=sa.false(), nullable=False)
        batch_op.create_check_constraint("ck_courses_capacity", "max_students > 0")
