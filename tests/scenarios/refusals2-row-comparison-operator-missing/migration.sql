UPDATE prices SET note = 'x' WHERE (id, currency) IS DISTINCT FROM (currency, id);
