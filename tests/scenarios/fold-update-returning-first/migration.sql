UPDATE t SET n = '2023-12-31' + 100 RETURNING length(id);
