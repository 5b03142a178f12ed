UPDATE prices SET note = 'x' WHERE (currency, amount) = ('EUR', 10, 1);
