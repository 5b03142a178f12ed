buildset = sa.table("zuul_buildset", sa.column("result"), sa.column("score", sa.Integer))
op.execute(
    buildset.update()
    .where(buildset.c.result == op.inline_literal("MERGER_FAILURE"))
    .values({"result": op.inline_literal("MERGE_CONFLICT")})
)
op.execute(
    buildset.update()
    .where(sa.and_(buildset.c.score > op.inline_literal(1), buildset.c.result != op.inline_literal("it's")))
    .values(score=op.inline_literal(-5))
)
op.execute(buildset.delete().where(buildset.c.result == op.inline_literal("it's")))
