-- ClickNBack demo data (spec 12 and 99 O1), loaded by `make seed` (scripts/seed.sh) and by the
-- nightly reset on the VPS (scripts/nightly-reset.sh). Never loaded by start-up, migration,
-- compose or CD.
--
-- Assumes a migrated, empty schema: `make migrate` (or the migrate job) first. One transaction,
-- so a failure (for example on a database that already holds these rows) leaves nothing behind.
--
-- Accounts (passwords are documented here on purpose: this is public demo data):
--   admin@clicknback.com  demo1234     admin  the live demo's admin (99 O1; fails the
--                                              registration password policy, so seed-only)
--   carol@clicknback.com  Str0ng!Pass  admin  the original's demo admin
--   jero@clicknback.com   Str0ng!Pass  admin  admin without a wallet
--   alice@clicknback.com  Str0ng!Pass  user   main demo user with wallet and history
--   bob@clicknback.com    Str0ng!Pass  user   second user
--   dave@clicknback.com   Str0ng!Pass  user   auto-confirm disabled for him
-- Each hash was made by the project's own code: printf '%s\n' 'Str0ng!Pass' | make hash-password
--
-- Differences from spec 12, on purpose:
--   * ids are native uuids (99 D6): the cashback transactions' ct000001-…-0000000000NN become
--     cb000001-0000-0000-0000-0000000000NN (same NN, same order); every other id is unchanged.
--   * admin@clicknback.com is added (99 O1), id ad000000-0000-4000-8000-000000000001.
--   * purchases.cashback_amount carries the cashback of its transaction row instead of 0.00,
--     and dave's pending balance is 10.50 (the sum of his pending rows) instead of 11.25, so
--     every wallet matches its cashback rows. alice's paid 50.00 stays as in spec 12, without a
--     payout row.

\set ON_ERROR_STOP on

BEGIN;

SET LOCAL TIME ZONE 'UTC';

INSERT INTO users (id, email, hashed_password, role, active) VALUES
  ('ad000000-0000-4000-8000-000000000001', 'admin@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:rGu6WwYyLlW92O1s3JcpQyeevI/FtycNNv/BP63Lt8A=:gxCHTTSU8g23NuAqVqMgXqwnzQkJV/jI6Bs3ADd3e6E=',
   'admin', true),
  ('b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'alice@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:2h3dtMpx7Ur+E8Vns3+RBY0dnLvy9LRqbxo1iDPBptA=:YaQSxNUBdjG+wsoF1e8dxQM36zstw+1lP9yDzRGizU4=',
   'user', true),
  ('c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'bob@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:epYzfnooFj0D6aJfNzporPg2u791HoG3dCbGW2t8m2Y=:XqFev+WLe2wzXbgHh7Eu0e8H8uz/kRkIZK8/5C1/VQE=',
   'user', true),
  ('d9f4b3c2-6b5c-5d4e-7c3b-6a5e4d3c2b1a', 'carol@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:/64AOIIIIBUST9G65iU8taRTzQPxmm8dRKHBu9B9fD0=:wV1HEIk+KzWAIj4m4qvQSu5JFFClh6O3ZMQYO9cUpRE=',
   'admin', true),
  ('d9f4b3c2-6b5c-5d4e-7c3b-6a5e4d3c2b1b', 'jero@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:ejtHSbewLpPJIQpaR9k1rPvyH42HMtaq/7TaZBLmwKE=:kXy5dkEeStbZRHlpz/GslKVM8cT7JMxyVeg3WkmBBCk=',
   'admin', true),
  ('e0e1e2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 'dave@clicknback.com',
   'PBKDF2WithHmacSHA256:210000:7bDVGs8PF7MigSu4xcMhWpllb6dF69g4ta3iYvYhE6o=:5Sn3PKbQVEiMxAMelrJUZA5G+FoRheQrbBB35Tg1j08=',
   'user', true);

-- 25 active (including BankSimFail, the rejection-simulation merchant of REJECTION_MERCHANT_ID)
-- and 3 inactive merchants.
INSERT INTO merchants (id, name, default_cashback_percentage, active) VALUES
  ('a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'Shoply', 5.0, true),
  ('b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'QuickCart', 3.5, true),
  ('c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f', 'UrbanMart', 2.0, true),
  ('d4e5f6a7-b8c9-4d0e-1f2a-3b4c5d6e7f8a', 'MegaGoods', 4.0, true),
  ('e5f6a7b8-c9d0-4e1f-2a3b-4c5d6e7f8a9b', 'ElectroHub', 2.5, true),
  ('f6a7b8c9-d0e1-4f2a-3b4c-5d6e7f8a9b0c', 'TechZone', 6.0, true),
  ('a7b8c9d0-e1f2-4a3b-4c5d-6e7f8a9b0c1d', 'FreshMarket', 1.5, true),
  ('b8c9d0e1-f2a3-4b4c-5d6e-7f8a9b0c1d2e', 'StyleHub', 8.0, true),
  ('c9d0e1f2-a3b4-4c5d-6e7f-8a9b0c1d2e3f', 'HomePlus', 3.0, true),
  ('d0e1f2a3-b4c5-4d6e-7f8a-9b0c1d2e3f4a', 'SportsPro', 5.5, true),
  ('e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', 'BeautyWell', 7.0, true),
  ('f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c', 'GadgetWorld', 4.5, true),
  ('a3b4c5d6-e7f8-4a9b-0c1d-2e3f4a5b6c7d', 'FoodiesFresh', 2.0, true),
  ('b4c5d6e7-f8a9-4b0c-1d2e-3f4a5b6c7d8e', 'TravelGear', 6.5, true),
  ('c5d6e7f8-a9b0-4c1d-2e3f-4a5b6c7d8e9f', 'PetParadise', 3.5, true),
  ('d6e7f8a9-b0c1-4d2e-3f4a-5b6c7d8e9f0a', 'BookHaven', 1.0, true),
  ('e7f8a9b0-c1d2-4e3f-4a5b-6c7d8e9f0a1b', 'FitnessPeak', 9.0, true),
  ('f8a9b0c1-d2e3-4f4a-5b6c-7d8e9f0a1b2c', 'GreenGrocer', 2.5, true),
  ('a9b0c1d2-e3f4-4a5b-6c7d-8e9f0a1b2c3d', 'ToyLand', 4.0, true),
  ('b0c1d2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 'JewelryBox', 10.0, true),
  ('c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', 'AutoParts Plus', 1.5, true),
  ('d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a', 'KidsCloset', 5.0, true),
  ('e3f4a5b6-c7d8-4e9f-0a1b-2c3d4e5f6a7b', 'ChefSupplies', 3.0, true),
  ('f4a5b6c7-d8e9-4f0a-1b2c-3d4e5f6a7b8c', 'OutdoorEscape', 7.5, true),
  ('a5b6c7d8-e9f0-4a1b-2c3d-4e5f6a7b8c9d', 'LuxWatches', 15.0, false),
  ('b6c7d8e9-f0a1-4b2c-3d4e-5f6a7b8c9d0e', 'VintageVault', 12.0, false),
  ('c7d8e9f0-a1b2-4c3d-4e5f-6a7b8c9d0e1f', 'NightOwl Electronics', 8.5, false),
  ('f0000000-0000-0000-0000-000000000001', 'BankSimFail', 0.0, true);

-- 29 offers: 25 active-flagged, 4 inactive; at most one active offer per merchant. Percent
-- offers store fixed_amount NULL; the fixed offer stores percentage 0.0. Dates as in spec 12.
INSERT INTO offers (id, merchant_id, percentage, fixed_amount, start_date, end_date, monthly_cap_per_user, active) VALUES
  ('f0e1d2c3-b4a5-4678-9012-3456789abcde', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 5.0, NULL, '2026-01-01', '2026-12-31', 50.0, true),
  ('a1b2c3d4-e5f6-4789-0abc-def012345678', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 0.0, 3.00, '2026-02-01', '2026-11-30', 20.0, true),
  ('b2c3d4e5-f6a7-4890-abcd-ef1234567890', 'c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f', 2.0, NULL, '2025-01-01', '2025-12-31', 15.0, false),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000001', 'c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f', 2.0, NULL, '2026-03-01', '2026-12-31', 15.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000002', 'd4e5f6a7-b8c9-4d0e-1f2a-3b4c5d6e7f8a', 4.0, NULL, '2026-01-01', '2026-12-31', 40.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000003', 'e5f6a7b8-c9d0-4e1f-2a3b-4c5d6e7f8a9b', 2.5, NULL, '2026-01-01', '2026-12-31', 25.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000004', 'f6a7b8c9-d0e1-4f2a-3b4c-5d6e7f8a9b0c', 6.0, NULL, '2026-02-01', '2026-12-31', 60.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000005', 'a7b8c9d0-e1f2-4a3b-4c5d-6e7f8a9b0c1d', 1.5, NULL, '2026-01-01', '2026-12-31', 10.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000006', 'b8c9d0e1-f2a3-4b4c-5d6e-7f8a9b0c1d2e', 8.0, NULL, '2026-01-15', '2026-12-31', 80.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000007', 'c9d0e1f2-a3b4-4c5d-6e7f-8a9b0c1d2e3f', 3.0, NULL, '2026-01-01', '2026-12-31', 30.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000008', 'd0e1f2a3-b4c5-4d6e-7f8a-9b0c1d2e3f4a', 5.5, NULL, '2026-02-01', '2026-12-31', 55.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000009', 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', 7.0, NULL, '2026-01-01', '2026-12-31', 70.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000010', 'f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c', 4.5, NULL, '2026-01-01', '2026-12-31', 45.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000011', 'a3b4c5d6-e7f8-4a9b-0c1d-2e3f4a5b6c7d', 2.0, NULL, '2026-03-01', '2026-12-31', 20.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000012', 'b4c5d6e7-f8a9-4b0c-1d2e-3f4a5b6c7d8e', 6.5, NULL, '2026-01-01', '2026-12-31', 65.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000013', 'c5d6e7f8-a9b0-4c1d-2e3f-4a5b6c7d8e9f', 3.5, NULL, '2026-01-01', '2026-12-31', 35.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000014', 'd6e7f8a9-b0c1-4d2e-3f4a-5b6c7d8e9f0a', 1.0, NULL, '2026-02-01', '2026-12-31', 10.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000015', 'e7f8a9b0-c1d2-4e3f-4a5b-6c7d8e9f0a1b', 9.0, NULL, '2026-01-01', '2026-12-31', 90.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000016', 'f8a9b0c1-d2e3-4f4a-5b6c-7d8e9f0a1b2c', 2.5, NULL, '2026-01-01', '2026-12-31', 25.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000017', 'a9b0c1d2-e3f4-4a5b-6c7d-8e9f0a1b2c3d', 4.0, NULL, '2026-03-01', '2026-12-31', 40.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000018', 'b0c1d2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 10.0, NULL, '2026-01-01', '2026-12-31', 100.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000019', 'a5b6c7d8-e9f0-4a1b-2c3d-4e5f6a7b8c9d', 15.0, NULL, '2025-01-01', '2025-12-31', 150.0, false),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000020', 'b6c7d8e9-f0a1-4b2c-3d4e-5f6a7b8c9d0e', 12.0, NULL, '2025-01-01', '2025-12-31', 120.0, false),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000021', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', 1.5, NULL, '2026-01-01', '2026-02-28', 15.0, true),
  ('c3d4e5f6-a7b8-4c9d-1111-000000000022', 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a', 5.0, NULL, '2100-04-01', '2100-12-31', 50.0, true),
  ('c1d2e3f4-0000-0000-0001-000000000001', 'f4a5b6c7-d8e9-4f0a-1b2c-3d4e5f6a7b8c', 3.0, NULL, '2026-01-01', '2026-12-31', 30.0, true),
  ('c1d2e3f4-0000-0000-0002-000000000002', 'e3f4a5b6-c7d8-4e9f-0a1b-2c3d4e5f6a7b', 2.0, NULL, '2026-01-01', '2026-12-31', 20.0, false),
  ('d0000001-0000-0000-0000-000000000001', 'a5b6c7d8-e9f0-4a1b-2c3d-4e5f6a7b8c9d', 5.0, NULL, '2026-01-01', '2026-12-31', 50.0, true),
  ('f0000000-0000-0000-0001-000000000001', 'f0000000-0000-0000-0000-000000000001', 5.0, NULL, '2026-01-01', '2099-12-31', 100.0, true);

-- 15 purchases in EUR: 11 pending, 2 confirmed, 2 reversed. created_at is UTC wall-clock time
-- (the column has no time zone), relative to the load.
INSERT INTO purchases (id, external_id, user_id, merchant_id, offer_id, amount, currency, status, cashback_amount, created_at) VALUES
  ('aa000001-0000-0000-0000-000000000001', 'txn_seed_001', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'f0e1d2c3-b4a5-4678-9012-3456789abcde', 100.00, 'EUR', 'pending', 5.00, LOCALTIMESTAMP - INTERVAL '5 days'),
  ('aa000001-0000-0000-0000-000000000002', 'txn_seed_002', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'f0e1d2c3-b4a5-4678-9012-3456789abcde', 50.00, 'EUR', 'pending', 2.50, LOCALTIMESTAMP - INTERVAL '4 days'),
  ('aa000001-0000-0000-0000-000000000003', 'txn_seed_003', 'c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'a1b2c3d4-e5f6-4789-0abc-def012345678', 75.00, 'EUR', 'pending', 3.00, LOCALTIMESTAMP - INTERVAL '3 days'),
  ('aa000001-0000-0000-0000-000000000004', 'txn_seed_004', 'd9f4b3c2-6b5c-5d4e-7c3b-6a5e4d3c2b1a', 'f6a7b8c9-d0e1-4f2a-3b4c-5d6e7f8a9b0c', 'c3d4e5f6-a7b8-4c9d-1111-000000000004', 200.00, 'EUR', 'pending', 12.00, LOCALTIMESTAMP - INTERVAL '2 days'),
  ('aa000001-0000-0000-0000-000000000005', 'txn_seed_005', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'f0e1d2c3-b4a5-4678-9012-3456789abcde', 300.00, 'EUR', 'confirmed', 15.00, LOCALTIMESTAMP - INTERVAL '10 days'),
  ('aa000001-0000-0000-0000-000000000006', 'txn_seed_006', 'c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'a1b2c3d4-e5f6-4789-0abc-def012345678', 40.00, 'EUR', 'reversed', 3.00, LOCALTIMESTAMP - INTERVAL '8 days'),
  ('aa000001-0000-0000-0000-000000000007', 'txn_seed_007', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'a1b2c3d4-e5f6-4789-0abc-def012345678', 80.00, 'EUR', 'pending', 3.00, LOCALTIMESTAMP - INTERVAL '1 day'),
  ('aa000001-0000-0000-0000-000000000008', 'txn_seed_008', 'c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'f0e1d2c3-b4a5-4678-9012-3456789abcde', 120.00, 'EUR', 'confirmed', 6.00, LOCALTIMESTAMP - INTERVAL '11 days'),
  ('aa000001-0000-0000-0000-000000000009', 'txn_seed_009', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'f6a7b8c9-d0e1-4f2a-3b4c-5d6e7f8a9b0c', 'c3d4e5f6-a7b8-4c9d-1111-000000000004', 60.00, 'EUR', 'pending', 3.60, LOCALTIMESTAMP - INTERVAL '6 days'),
  ('aa000001-0000-0000-0000-000000000010', 'txn_seed_010', 'd9f4b3c2-6b5c-5d4e-7c3b-6a5e4d3c2b1a', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'a1b2c3d4-e5f6-4789-0abc-def012345678', 250.00, 'EUR', 'reversed', 3.00, LOCALTIMESTAMP - INTERVAL '9 days'),
  ('aa000001-0000-0000-0000-000000000011', 'txn_seed_011', 'c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'f6a7b8c9-d0e1-4f2a-3b4c-5d6e7f8a9b0c', 'c3d4e5f6-a7b8-4c9d-1111-000000000004', 90.00, 'EUR', 'pending', 5.40, LOCALTIMESTAMP - INTERVAL '7 days'),
  ('bb000001-0000-0000-0000-000000000001', 'txn_seed_reject_001', 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 'f0000000-0000-0000-0000-000000000001', 'f0000000-0000-0000-0001-000000000001', 99.00, 'EUR', 'pending', 4.95, LOCALTIMESTAMP - INTERVAL '1 hour'),
  ('bb000001-0000-0000-0000-000000000002', 'txn_seed_reject_002', 'c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 'f0000000-0000-0000-0000-000000000001', 'f0000000-0000-0000-0001-000000000001', 49.50, 'EUR', 'pending', 2.48, LOCALTIMESTAMP - INTERVAL '2 hours'),
  ('cc000001-0000-0000-0000-000000000001', 'txn_seed_manual_001', 'e0e1e2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'f0e1d2c3-b4a5-4678-9012-3456789abcde', 150.00, 'EUR', 'pending', 7.50, LOCALTIMESTAMP - INTERVAL '2 days'),
  ('cc000001-0000-0000-0000-000000000002', 'txn_seed_manual_002', 'e0e1e2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', 'a1b2c3d4-e5f6-4789-0abc-def012345678', 85.00, 'EUR', 'pending', 3.00, LOCALTIMESTAMP - INTERVAL '1 day');

-- One wallet per user with cashback; jero has none on purpose (the API answers zeros).
INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance) VALUES
  ('b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d', 19.05, 15.00, 50.00),
  ('c8d3e2b1-5a4b-4c3d-8b2a-7e6f5d4c3b2a', 10.88, 6.00, 0.00),
  ('d9f4b3c2-6b5c-5d4e-7c3b-6a5e4d3c2b1a', 12.00, 0.00, 0.00),
  ('e0e1e2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e', 10.50, 0.00, 0.00);

-- One cashback transaction per purchase, in the order above, created with its purchase.
INSERT INTO cashback_transactions (id, user_id, purchase_id, amount, status, created_at)
SELECT ct.id::uuid, p.user_id, p.id, ct.amount, ct.status, p.created_at
FROM (VALUES
  ('cb000001-0000-0000-0000-000000000001', 'aa000001-0000-0000-0000-000000000001', 5.00, 'pending'),
  ('cb000001-0000-0000-0000-000000000002', 'aa000001-0000-0000-0000-000000000002', 2.50, 'pending'),
  ('cb000001-0000-0000-0000-000000000003', 'aa000001-0000-0000-0000-000000000003', 3.00, 'pending'),
  ('cb000001-0000-0000-0000-000000000004', 'aa000001-0000-0000-0000-000000000004', 12.00, 'pending'),
  ('cb000001-0000-0000-0000-000000000005', 'aa000001-0000-0000-0000-000000000005', 15.00, 'available'),
  ('cb000001-0000-0000-0000-000000000006', 'aa000001-0000-0000-0000-000000000006', 3.00, 'reversed'),
  ('cb000001-0000-0000-0000-000000000007', 'aa000001-0000-0000-0000-000000000007', 3.00, 'pending'),
  ('cb000001-0000-0000-0000-000000000008', 'aa000001-0000-0000-0000-000000000008', 6.00, 'available'),
  ('cb000001-0000-0000-0000-000000000009', 'aa000001-0000-0000-0000-000000000009', 3.60, 'pending'),
  ('cb000001-0000-0000-0000-000000000010', 'aa000001-0000-0000-0000-000000000010', 3.00, 'reversed'),
  ('cb000001-0000-0000-0000-000000000011', 'aa000001-0000-0000-0000-000000000011', 5.40, 'pending'),
  ('cb000001-0000-0000-0000-000000000012', 'bb000001-0000-0000-0000-000000000001', 4.95, 'pending'),
  ('cb000001-0000-0000-0000-000000000013', 'bb000001-0000-0000-0000-000000000002', 2.48, 'pending'),
  ('cb000001-0000-0000-0000-000000000014', 'cc000001-0000-0000-0000-000000000001', 7.50, 'pending'),
  ('cb000001-0000-0000-0000-000000000015', 'cc000001-0000-0000-0000-000000000002', 3.00, 'pending')
) AS ct (id, purchase_id, amount, status)
JOIN purchases p ON p.id = ct.purchase_id::uuid;

-- purchase_auto_confirm: on globally, off for dave and for BankSimFail (user scope wins over
-- merchant scope, which wins over global: 99 M5).
INSERT INTO feature_flags (id, key, enabled, scope_type, scope_id, description) VALUES
  ('ff000001-0000-0000-0000-000000000001', 'purchase_auto_confirm', true, 'global', NULL,
   'Purchases are confirmed by the verification job by default'),
  ('ff000001-0000-0000-0000-000000000003', 'purchase_auto_confirm', false, 'user', 'e0e1e2e3-f4a5-4b6c-7d8e-9f0a1b2c3d4e',
   'dave''s purchases stay pending until an admin confirms them'),
  ('ff000001-0000-0000-0000-000000000002', 'purchase_auto_confirm', false, 'merchant', 'f0000000-0000-0000-0000-000000000001',
   'BankSimFail purchases are kept out of automatic confirmation');

COMMIT;
