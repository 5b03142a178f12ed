from alembic import op
import sqlalchemy as sa

with op.batch_alter_table("applications") as batch_op:
    batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
    batch_op.alter_column(
        "email",
        new_column_name="contact_email",
        existing_type=sa.String(200),
    )
    batch_op.alter_column("status", existing_type=sa.String(20), type_=sa.String(50))
    batch_op.create_index("ix_applications_contact_email", ["contact_email"])
    batch_op.drop_column("created_at")
op.execute("UPDATE applications SET notes = 'migrated' WHERE contact_email IS NULL")
