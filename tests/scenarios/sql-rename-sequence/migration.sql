ALTER TABLE build_new RENAME TO build;
alter sequence build_new_id_seq
    rename to build_id_seq;
INSERT INTO build (name) VALUES ('c');
ALTER SEQUENCE IF EXISTS no_such_seq RENAME TO other_seq;
