op.drop_column("memberships", "user_email")
op.execute("INSERT INTO memberships (org_slug, role) VALUES ('acme', 'member')")
