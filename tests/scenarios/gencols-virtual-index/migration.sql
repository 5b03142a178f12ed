CREATE INDEX t_v ON t (v);
