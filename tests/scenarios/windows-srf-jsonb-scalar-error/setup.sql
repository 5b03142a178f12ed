CREATE TABLE flat (v jsonb);
