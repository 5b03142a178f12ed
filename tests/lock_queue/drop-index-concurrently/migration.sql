COMMIT;
DROP INDEX CONCURRENTLY users_name; -- rehearse: hold 100ms
