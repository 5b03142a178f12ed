CREATE TABLE words (w text, n bigint);
