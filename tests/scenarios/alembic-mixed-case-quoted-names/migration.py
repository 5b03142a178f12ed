op.add_column("Users", sa.Column("updatedAt", sa.DateTime(), nullable=True))
op.execute('UPDATE "Users" SET "updatedAt" = "createdAt"')
op.create_index("ix_Users_userName", "Users", ["userName"], unique=True)
op.create_table(
    "UserProfiles",
    sa.Column("profileId", sa.Integer(), primary_key=True),
    sa.Column("UserId", sa.Integer(), sa.ForeignKey("Users.Id"), nullable=False),
    sa.Column("Bio", sa.Text()),
)
op.execute('INSERT INTO "UserProfiles" ("profileId", "UserId", "Bio") VALUES (1, 1, \'hi\')')
op.alter_column("Users", "userName", new_column_name="UserName")
op.execute('INSERT INTO "Users" ("UserName") VALUES (\'ADA\'), (\'Ada\')')
