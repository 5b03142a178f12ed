tags = sa.table("tags", sa.column("slug", sa.String()), sa.column("weight", sa.Integer()))
op.bulk_insert(tags, [{"slug": "go", "weight": 3}, {"slug": "sql", "weight": 5}], multiinsert=False)
op.bulk_insert(tags, [{"slug": "zig", "weight": 1}, {"slug": "rust", "weight": 2}])
