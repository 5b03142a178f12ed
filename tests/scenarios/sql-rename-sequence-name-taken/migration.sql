ALTER SEQUENCE build_new_id_seq RENAME TO taken;
