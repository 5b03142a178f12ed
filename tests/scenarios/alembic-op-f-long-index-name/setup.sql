CREATE TABLE customer_subscription_billing_history (id serial PRIMARY KEY, external_payment_provider_reference text);
