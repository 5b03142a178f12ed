from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Keep(Base):
    __tablename__ = "keep"

    id: Mapped[int] = mapped_column(primary_key=True)
