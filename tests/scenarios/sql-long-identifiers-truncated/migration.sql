CREATE TABLE customer_subscription_billing_history_entries_for_reporting (
    id serial PRIMARY KEY,
    subscription_identifier_from_external_payment_provider_system text UNIQUE,
    amount_in_cents_including_all_applicable_taxes_and_fees integer CHECK (amount_in_cents_including_all_applicable_taxes_and_fees >= 0)
);
CREATE INDEX ON customer_subscription_billing_history_entries_for_reporting (amount_in_cents_including_all_applicable_taxes_and_fees);
CREATE TABLE this_table_name_is_exactly_sixty_four_characters_long_abcdefghij (x integer);
ALTER TABLE this_table_name_is_exactly_sixty_four_characters_long_abcdefghi ADD COLUMN y integer;
INSERT INTO customer_subscription_billing_history_entries_for_reporting (subscription_identifier_from_external_payment_provider_system, amount_in_cents_including_all_applicable_taxes_and_fees) VALUES ('sub_1', 100), ('sub_1', 5);
