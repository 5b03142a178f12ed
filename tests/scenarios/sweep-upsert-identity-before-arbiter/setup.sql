CREATE TABLE accounts (name integer, n int GENERATED ALWAYS AS IDENTITY);
