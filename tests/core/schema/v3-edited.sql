-- A version-3 store as the edited steps 1-3 created it (core/storeschema.cpp at 8c6347d..12a72cd, before the
-- released steps were restored): development builds wrote such stores, so schema 4 must reconcile them too.
-- Frozen, never edit. One statement per paragraph.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID

CREATE TABLE suppliers ( id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT
NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL
DEFAULT '{}') WITHOUT ROWID

CREATE TABLE locations ( id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT
NULL DEFAULT 'WAREHOUSE' CHECK (type IN ('WAREHOUSE', 'SHOP', 'ZONE')), parent_id TEXT REFERENCES locations
(id), archived INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID

CREATE TABLE products ( num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sku TEXT NOT NULL, name TEXT NOT
NULL, category TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT 'pcs', cost_minor INTEGER, cost_currency
TEXT, sale_minor INTEGER, sale_currency TEXT, reorder_point INTEGER, reorder_quantity INTEGER,
preferred_supplier_id TEXT REFERENCES suppliers (id), archived INTEGER NOT NULL DEFAULT 0, merged_into TEXT
REFERENCES products (id), stamps TEXT NOT NULL DEFAULT '{}')

CREATE UNIQUE INDEX products_sku ON products (sku) WHERE merged_into IS NULL

CREATE TABLE product_barcodes ( barcode TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products (id))
WITHOUT ROWID

CREATE INDEX product_barcodes_product ON product_barcodes (product_id)

CREATE TABLE movements ( id TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products (id), location_id
TEXT NOT NULL REFERENCES locations (id), kind TEXT NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE', 'ADJUSTMENT',
'LOSS', 'RETURN', 'TRANSFER_OUT', 'TRANSFER_IN', 'COUNT')), quantity INTEGER NOT NULL, unit_cost_minor
INTEGER, unit_cost_currency TEXT, reason TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', note
TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL, transfer_id
TEXT, reverses_id TEXT REFERENCES movements (id), recorded_at INTEGER NOT NULL) WITHOUT ROWID

CREATE INDEX movements_stock ON movements (product_id, location_id, hlc)

CREATE INDEX movements_reverses ON movements (reverses_id) WHERE reverses_id IS NOT NULL

CREATE TRIGGER movements_append_only_update BEFORE UPDATE ON movements BEGIN SELECT RAISE(ABORT, 'movements
are append-only: record a reversing movement instead'); END

CREATE TRIGGER movements_append_only_delete BEFORE DELETE ON movements BEGIN SELECT RAISE(ABORT, 'movements
are append-only: record a reversing movement instead'); END

CREATE TABLE movement_acks ( movement_id TEXT PRIMARY KEY REFERENCES movements (id), server_seq INTEGER NOT
NULL) WITHOUT ROWID

CREATE TABLE balances ( product_id TEXT NOT NULL, location_id TEXT NOT NULL, quantity INTEGER NOT NULL,
last_count_hlc INTEGER, last_count_id TEXT, PRIMARY KEY (product_id, location_id)) WITHOUT ROWID

CREATE TABLE outbox ( seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, created_at
INTEGER NOT NULL)

CREATE VIRTUAL TABLE product_search USING fts5( sku, barcodes, name, category, tokenize = 'unicode61
remove_diacritics 2')

INSERT INTO product_search (rowid, sku, barcodes, name, category) SELECT p.num, p.sku, COALESCE((SELECT
group_concat(b.barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id), ''), p.name, p.category FROM
products p

CREATE INDEX movements_hlc ON movements (hlc)

CREATE TABLE sync_rejections ( entity_id TEXT PRIMARY KEY, entity TEXT NOT NULL, code TEXT NOT NULL, message
TEXT NOT NULL, rejected_at INTEGER NOT NULL, discarded INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID

CREATE INDEX products_merged_into ON products (merged_into) WHERE merged_into IS NOT NULL
