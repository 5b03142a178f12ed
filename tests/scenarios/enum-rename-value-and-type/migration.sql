ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'new';
ALTER TYPE order_status RENAME TO payment_state;
ALTER TYPE payment_state ADD VALUE 'void' BEFORE 'new';
ALTER TYPE payment_state ADD VALUE 'x' AFTER 'missing';
