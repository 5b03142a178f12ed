TRUNCATE import_batches;
