from sqlalchemy import Column, Integer, SmallInteger, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    isbn = Column(String(13), index=True)
    pages = Column(SmallInteger)
