ALTER TABLE orders ADD COLUMN amount_eur numeric(12,2);
UPDATE orders SET amount_eur = to_eur(amount_cents, currency);
