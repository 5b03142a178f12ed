op.create_table_comment("accounts", "User accounts")
op.add_column("accounts", sa.Column("nickname", sa.String(40), nullable=True, comment="shown in the UI"))
op.alter_column("accounts", "email", existing_type=sa.Text(), comment="login e-mail")
op.create_table(
    "notes",
    sa.Column("id", sa.Integer(), primary_key=True, comment="note key"),
    sa.Column("body", sa.Text()),
    comment="Free-form notes",
)
op.drop_table_comment("accounts", existing_comment="User accounts")
