UPDATE payments SET amount = amount * 2;
UPDATE payments SET payer = NULL WHERE settled;
