notes = sa.table("notes", sa.column("id", sa.Integer), sa.column("body", sa.Text), sa.column("tag", sa.String))
op.bulk_insert(notes, [
    {"id": 1, "body": "it's \"quoted\"", "tag": ""},
    {"id": 2, "body": "back\\slash and %s and :param", "tag": None},
    {"id": 3, "body": "line one\nline two\ttab", "tag": "😀"},
    {"id": 4, "body": "", "tag": "0123456789"},
])
