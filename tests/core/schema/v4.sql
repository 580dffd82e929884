-- Schema step 4 exactly as released (core/storeschema.cpp at 28d44f3): frozen, never edit.
-- One statement per paragraph; tst_storemigration compares it with the step and builds old stores from it.

CREATE TABLE products_v4 ( num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sku TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT 'pcs', cost_minor INTEGER, cost_currency TEXT, sale_minor INTEGER, sale_currency TEXT, reorder_point INTEGER, reorder_quantity INTEGER, preferred_supplier_id TEXT REFERENCES suppliers (id), archived INTEGER NOT NULL DEFAULT 0, merged_into TEXT REFERENCES products (id), stamps TEXT NOT NULL DEFAULT '{}')

INSERT INTO products_v4 (num, id, sku, name, category, unit, cost_minor, cost_currency, sale_minor, sale_currency, reorder_point, reorder_quantity, preferred_supplier_id, archived, merged_into, stamps) SELECT num, id, sku, name, category, unit, cost_minor, cost_currency, sale_minor, sale_currency, reorder_point, reorder_quantity, preferred_supplier_id, archived, merged_into, stamps FROM products

DROP TABLE products

ALTER TABLE products_v4 RENAME TO products

CREATE UNIQUE INDEX products_sku ON products (sku) WHERE merged_into IS NULL

CREATE INDEX products_sku_lookup ON products (sku)

CREATE INDEX products_merged_into ON products (merged_into) WHERE merged_into IS NOT NULL

CREATE TABLE balances_v4 ( product_id TEXT NOT NULL, location_id TEXT NOT NULL, quantity INTEGER NOT NULL, last_count_hlc INTEGER, last_count_id TEXT, PRIMARY KEY (product_id, location_id)) WITHOUT ROWID

INSERT INTO balances_v4 (product_id, location_id, quantity, last_count_hlc, last_count_id) SELECT product_id, location_id, quantity, last_count_hlc, last_count_id FROM balances

DROP TABLE balances

ALTER TABLE balances_v4 RENAME TO balances

CREATE TABLE outbox_v4 ( seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, created_at INTEGER NOT NULL)

INSERT INTO outbox_v4 (seq, entity, entity_id, created_at) SELECT seq, entity, entity_id, created_at FROM outbox

DROP TABLE outbox

ALTER TABLE outbox_v4 RENAME TO outbox

DROP TABLE product_search

CREATE VIRTUAL TABLE product_search USING fts5( sku, barcodes UNINDEXED, name, category, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')

INSERT INTO product_search (rowid, sku, barcodes, name, category) SELECT p.num, p.sku, COALESCE((SELECT group_concat(b.barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id), ''), p.name, p.category FROM products p

CREATE TABLE alert_acks ( id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('LOW_STOCK', 'NEGATIVE_STOCK')), product_id TEXT NOT NULL REFERENCES products (id), location_id TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL, user_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL, acked_at INTEGER NOT NULL) WITHOUT ROWID

CREATE INDEX alert_acks_alert ON alert_acks (product_id, location_id, kind, hlc)

CREATE TRIGGER alert_acks_append_only_update BEFORE UPDATE ON alert_acks BEGIN SELECT RAISE(ABORT, 'alert acknowledgements are append-only'); END

CREATE TRIGGER alert_acks_append_only_delete BEFORE DELETE ON alert_acks BEGIN SELECT RAISE(ABORT, 'alert acknowledgements are append-only'); END

CREATE INDEX movements_kind ON movements (kind, hlc)

CREATE INDEX movements_user ON movements (user_id, hlc)
