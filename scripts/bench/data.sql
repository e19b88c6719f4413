-- The benchmark data set, loaded by scripts/bench.sh into its own migrated, empty database
-- (DB_INSTANCE=bench): 100 merchants with one live offer each, 1,000 users with wallets and
-- 10,000 purchases (10 per user). Never loaded anywhere else.
--
-- Every user's password is the seed file's 'Str0ng!Pass' (its hash is copied from
-- seeds/all.sql, so no hashing here; login costs the full PBKDF2 work as in production).
-- Emails: bench-0001@bench.clicknback.com ... bench-1000@bench.clicknback.com.
--
-- The purchases are all confirmed with an available cashback row, so the verification job has
-- nothing to do during the run, and every wallet matches its cashback rows: available_balance is
-- the sum of its available rows, pending_balance (0.00) the sum of its pending ones. The bench
-- checks the same invariant after the ingestion scenario.

\set ON_ERROR_STOP on

BEGIN;

SET LOCAL TIME ZONE 'UTC';

-- Merchant i: b0000000-0000-4000-8000-<i as 12 hex digits>; offer i: c0000000-…-<i>.
INSERT INTO merchants (id, name, default_cashback_percentage, active)
SELECT ('b0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       'Bench Merchant ' || lpad(i::text, 3, '0'), 1 + (i % 10), true
FROM generate_series(1, 100) AS i;

-- Every fourth offer pays a fixed amount, the others a percentage; all are live today.
INSERT INTO offers (id, merchant_id, percentage, fixed_amount, start_date, end_date,
                    monthly_cap_per_user, active)
SELECT ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('b0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       CASE WHEN i % 4 = 0 THEN 0.0 ELSE 1 + (i % 10) END,
       CASE WHEN i % 4 = 0 THEN 2.50 END,
       current_date - 30, current_date + 365, 1000.0, true
FROM generate_series(1, 100) AS i;

INSERT INTO users (id, email, hashed_password, role, active)
SELECT ('a0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       'bench-' || lpad(i::text, 4, '0') || '@bench.clicknback.com',
       'PBKDF2WithHmacSHA256:210000:2h3dtMpx7Ur+E8Vns3+RBY0dnLvy9LRqbxo1iDPBptA=:YaQSxNUBdjG+wsoF1e8dxQM36zstw+1lP9yDzRGizU4=',
       'user', true
FROM generate_series(1, 1000) AS i;

-- Purchase n (1..10,000) belongs to user ((n - 1) % 1000) + 1 and merchant ((n - 1) % 100) + 1;
-- 10 % cashback of amounts between 10.00 and 109.99, spread over the last 60 days.
INSERT INTO purchases (id, external_id, user_id, merchant_id, offer_id, amount, currency, status,
                       cashback_amount, created_at)
SELECT ('d0000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'bench-seed-' || n,
       ('a0000000-0000-4000-8000-' || lpad(to_hex((n - 1) % 1000 + 1), 12, '0'))::uuid,
       ('b0000000-0000-4000-8000-' || lpad(to_hex((n - 1) % 100 + 1), 12, '0'))::uuid,
       ('c0000000-0000-4000-8000-' || lpad(to_hex((n - 1) % 100 + 1), 12, '0'))::uuid,
       10 + (n % 10000) / 100.0, 'EUR', 'confirmed',
       round((10 + (n % 10000) / 100.0) * 0.10, 2),
       now()::timestamp - make_interval(mins => n * 8)
FROM generate_series(1, 10000) AS n;

INSERT INTO cashback_transactions (id, user_id, purchase_id, amount, status, created_at)
SELECT ('e0000000-0000-4000-8000-' || substr(p.id::text, 25))::uuid,
       p.user_id, p.id, p.cashback_amount, 'available', p.created_at
FROM purchases p;

INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance)
SELECT u.id, 0.00, coalesce(sum(ct.amount), 0.00), 0.00
FROM users u
LEFT JOIN cashback_transactions ct ON ct.user_id = u.id AND ct.status = 'available'
GROUP BY u.id;

COMMIT;

ANALYZE merchants, offers, users, purchases, cashback_transactions, wallets;
