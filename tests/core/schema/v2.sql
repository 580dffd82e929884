-- Schema step 2 exactly as released (core/storeschema.cpp at ab46d0e): frozen, never edit.
-- One statement per paragraph; tst_storemigration compares it with the step and builds old stores from it.

CREATE VIRTUAL TABLE product_search USING fts5( sku, barcodes, name, category, tokenize = 'unicode61
remove_diacritics 2')

INSERT INTO product_search (rowid, sku, barcodes, name, category) SELECT p.num, p.sku, COALESCE((SELECT
group_concat(b.barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id), ''), p.name, p.category FROM
products p

CREATE INDEX movements_hlc ON movements (hlc)
