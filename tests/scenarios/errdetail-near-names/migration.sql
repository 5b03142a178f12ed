-- Near names in every relation of the range table: PostgreSQL offers two, or none.
SELECT cod FROM accounts, events;
