#include "storeschema.h"

namespace depot::core::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE suppliers ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
                       " archived INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE locations ("
                       " id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " type TEXT NOT NULL DEFAULT 'WAREHOUSE' CHECK (type IN ('WAREHOUSE', 'SHOP', 'ZONE')),"
                       " parent_id TEXT REFERENCES locations (id), archived INTEGER NOT NULL DEFAULT 0,"
                       " stamps TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID"),
        // num is a stable integer key for the full-text index (a plain rowid may change on VACUUM).
        QStringLiteral(
            "CREATE TABLE products ("
            " num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            " category TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT 'pcs',"
            " cost_minor INTEGER, cost_currency TEXT, sale_minor INTEGER, sale_currency TEXT,"
            " reorder_point INTEGER, reorder_quantity INTEGER,"
            " preferred_supplier_id TEXT REFERENCES suppliers (id), archived INTEGER NOT NULL DEFAULT 0,"
            " merged_into TEXT REFERENCES products (id), stamps TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE product_barcodes ("
                       " barcode TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products (id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX product_barcodes_product ON product_barcodes (product_id)"),
        QStringLiteral(
            "CREATE TABLE movements ("
            " id TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products (id),"
            " location_id TEXT NOT NULL REFERENCES locations (id),"
            " kind TEXT NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE', 'ADJUSTMENT', 'LOSS', 'RETURN',"
            " 'TRANSFER_OUT', 'TRANSFER_IN', 'COUNT')),"
            " quantity INTEGER NOT NULL, unit_cost_minor INTEGER, unit_cost_currency TEXT,"
            " reason TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
            " user_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,"
            " transfer_id TEXT, reverses_id TEXT REFERENCES movements (id), recorded_at INTEGER NOT NULL)"
            " WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX movements_stock ON movements (product_id, location_id, hlc)"),
        QStringLiteral("CREATE INDEX movements_reverses ON movements (reverses_id) WHERE reverses_id IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER movements_append_only_update BEFORE UPDATE ON movements BEGIN"
                       " SELECT RAISE(ABORT, 'movements are append-only: record a reversing movement instead');"
                       " END"),
        QStringLiteral("CREATE TRIGGER movements_append_only_delete BEFORE DELETE ON movements BEGIN"
                       " SELECT RAISE(ABORT, 'movements are append-only: record a reversing movement instead');"
                       " END"),
        QStringLiteral("CREATE TABLE movement_acks ("
                       " movement_id TEXT PRIMARY KEY REFERENCES movements (id), server_seq INTEGER NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE balances ("
                       " product_id TEXT NOT NULL REFERENCES products (id),"
                       " location_id TEXT NOT NULL REFERENCES locations (id),"
                       " quantity INTEGER NOT NULL, last_count_hlc INTEGER, last_count_id TEXT,"
                       " PRIMARY KEY (product_id, location_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY,"
                       " entity TEXT NOT NULL CHECK (entity IN ('movement', 'product', 'location', 'supplier')),"
                       " entity_id TEXT NOT NULL, created_at INTEGER NOT NULL)"),
    };
}

// Version 2: full-text product search and a journal index on time.
QStringList version2()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5("
                       " sku, barcodes, name, category, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO product_search (rowid, sku, barcodes, name, category)"
                       " SELECT p.num, p.sku,"
                       " COALESCE((SELECT group_concat(b.barcode, ' ') FROM product_barcodes b"
                       " WHERE b.product_id = p.id), ''), p.name, p.category FROM products p"),
        QStringLiteral("CREATE INDEX movements_hlc ON movements (hlc)"),
    };
}

// Version 3: items the server rejected, kept with their reason.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE sync_rejections ("
                       " entity_id TEXT PRIMARY KEY, entity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,"
                       " rejected_at INTEGER NOT NULL, discarded INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
    };
}

// Version 4 (a) reconciles every store written before it, whether by the released steps 1-3 or by the
// development builds that had edited them in place (tests/core/schema/ holds both): products, balances
// and the outbox are rebuilt to one definition (SQLite's create-copy-drop-rename; applySteps() runs it
// with foreign keys off and checks them before committing). products keeps num, the search rowid.
// (b) The search index keeps prefix indexes of 1 to 3 characters, so that the first letters typed in a
// search read one list of matches instead of merging every term they begin; barcodes leave the
// tokenised text (found by a prefix range on product_barcodes instead). (c) Alert acknowledgements.
// (d) Journal indexes on kind and on user.
QStringList version4()
{
    return {
        // A product merged into another (SKU collision, DESIGN §5) keeps its SKU but frees it: the
        // column-level UNIQUE of step 1 becomes a partial index.
        QStringLiteral("CREATE TABLE products_v4 ("
                       " num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sku TEXT NOT NULL, name TEXT NOT NULL,"
                       " category TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT 'pcs',"
                       " cost_minor INTEGER, cost_currency TEXT, sale_minor INTEGER, sale_currency TEXT,"
                       " reorder_point INTEGER, reorder_quantity INTEGER,"
                       " preferred_supplier_id TEXT REFERENCES suppliers (id), archived INTEGER NOT NULL DEFAULT 0,"
                       " merged_into TEXT REFERENCES products (id), stamps TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("INSERT INTO products_v4 (num, id, sku, name, category, unit, cost_minor, cost_currency,"
                       " sale_minor, sale_currency, reorder_point, reorder_quantity, preferred_supplier_id, archived,"
                       " merged_into, stamps) SELECT num, id, sku, name, category, unit, cost_minor, cost_currency,"
                       " sale_minor, sale_currency, reorder_point, reorder_quantity, preferred_supplier_id, archived,"
                       " merged_into, stamps FROM products"),
        QStringLiteral("DROP TABLE products"),
        QStringLiteral("ALTER TABLE products_v4 RENAME TO products"),
        QStringLiteral("CREATE UNIQUE INDEX products_sku ON products (sku) WHERE merged_into IS NULL"),
        // Looking a SKU up, merged products included (productBySku, every search): the partial index
        // above cannot answer "sku = ?" alone, which scanned the whole catalog.
        QStringLiteral("CREATE INDEX products_sku_lookup ON products (sku)"),
        // Stock of a merged product counts for its survivor: find the merged ones quickly.
        QStringLiteral("CREATE INDEX products_merged_into ON products (merged_into) WHERE merged_into IS NOT NULL"),
        // Derived from movements (whose references are checked), rebuilt by rebuildBalances():
        // no foreign keys here, they would be checked a second time on every movement.
        QStringLiteral("CREATE TABLE balances_v4 ("
                       " product_id TEXT NOT NULL, location_id TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL, last_count_hlc INTEGER, last_count_id TEXT,"
                       " PRIMARY KEY (product_id, location_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO balances_v4 (product_id, location_id, quantity, last_count_hlc, last_count_id)"
                       " SELECT product_id, location_id, quantity, last_count_hlc, last_count_id FROM balances"),
        QStringLiteral("DROP TABLE balances"),
        QStringLiteral("ALTER TABLE balances_v4 RENAME TO balances"),
        // The entity is checked by the code that queues it, so new kinds of entries need no migration.
        QStringLiteral("CREATE TABLE outbox_v4 ("
                       " seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO outbox_v4 (seq, entity, entity_id, created_at)"
                       " SELECT seq, entity, entity_id, created_at FROM outbox"),
        QStringLiteral("DROP TABLE outbox"),
        QStringLiteral("ALTER TABLE outbox_v4 RENAME TO outbox"),
        QStringLiteral("DROP TABLE product_search"),
        // Barcodes are kept for display but not tokenised: every EAN-13 of a shop starts alike, so a
        // prefix of six digits had to merge the terms of the whole catalog. They are found by a
        // prefix range on product_barcodes' primary key instead.
        QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5("
                       " sku, barcodes UNINDEXED, name, category, tokenize = 'unicode61 remove_diacritics 2',"
                       " prefix = '1 2 3')"),
        QStringLiteral("INSERT INTO product_search (rowid, sku, barcodes, name, category)"
                       " SELECT p.num, p.sku,"
                       " COALESCE((SELECT group_concat(b.barcode, ' ') FROM product_barcodes b"
                       " WHERE b.product_id = p.id), ''), p.name, p.category FROM products p"),
        // (c) Acknowledgements of alerts, events as DESIGN §3 says (append-only; not synced yet).
        // An acknowledgement covers one alert (kind, product, location; '' for "stocked nowhere") at the
        // quantity the user saw, until a later movement there or another quantity brings it back.
        QStringLiteral("CREATE TABLE alert_acks ("
                       " id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('LOW_STOCK', 'NEGATIVE_STOCK')),"
                       " product_id TEXT NOT NULL REFERENCES products (id), location_id TEXT NOT NULL DEFAULT '',"
                       " quantity INTEGER NOT NULL, user_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                       " hlc INTEGER NOT NULL, acked_at INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX alert_acks_alert ON alert_acks (product_id, location_id, kind, hlc)"),
        QStringLiteral("CREATE TRIGGER alert_acks_append_only_update BEFORE UPDATE ON alert_acks BEGIN"
                       " SELECT RAISE(ABORT, 'alert acknowledgements are append-only'); END"),
        QStringLiteral("CREATE TRIGGER alert_acks_append_only_delete BEFORE DELETE ON alert_acks BEGIN"
                       " SELECT RAISE(ABORT, 'alert acknowledgements are append-only'); END"),
        // (d) The journal filtered on a kind or a user: read in the journal's order from the first
        // row of the page (their entries end with hlc, then the id, the order key), and counted
        // from the index alone, instead of a scan of the whole log.
        QStringLiteral("CREATE INDEX movements_kind ON movements (kind, hlc)"),
        QStringLiteral("CREATE INDEX movements_user ON movements (user_id, hlc)"),
    };
}

// Version 5: a pulled movement's server sequence in its own row. Until now every pulled row
// wrote a second B-tree (movement_acks), about a fifth of what a new device's initial sync costs
// per movement. movement_acks stays for this device's own movements, whose sequence comes with
// the push result after the row was written (the log is append-only); a movement's sequence is
// the one of either place (readers take COALESCE(a.server_seq, m.server_seq)).
QStringList version5()
{
    return {QStringLiteral("ALTER TABLE movements ADD COLUMN server_seq INTEGER")};
}

// Version 6: the log as a rowid table, its id a unique key. WITHOUT ROWID kept whole rows (about
// 280 bytes) in the order of their random ids, so each new movement wrote a random leaf of a tree
// larger than the page cache, and each secondary index was built by scanning it. Rows are now
// appended in the order they come (num), only the id index (about 50 bytes an entry) takes random
// writes, and the secondary entries end with the 8-byte num. The journal's order key (hlc, id) is
// spelled out in each index, since a rowid table's entries no longer end with the id. The copy
// reads the old table in id order, so the new id index is built in order (1,000,000 movements: half
// the time of a copy in HLC order). A partial index on transfer_id (transfers only) finds the other
// leg of a transfer being reversed.
QStringList version6()
{
    return {
        QStringLiteral(
            "CREATE TABLE movements_v6 ("
            " num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, product_id TEXT NOT NULL REFERENCES products (id),"
            " location_id TEXT NOT NULL REFERENCES locations (id),"
            " kind TEXT NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE', 'ADJUSTMENT', 'LOSS', 'RETURN',"
            " 'TRANSFER_OUT', 'TRANSFER_IN', 'COUNT')),"
            " quantity INTEGER NOT NULL, unit_cost_minor INTEGER, unit_cost_currency TEXT,"
            " reason TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
            " user_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,"
            " transfer_id TEXT, reverses_id TEXT REFERENCES movements (id), recorded_at INTEGER NOT NULL,"
            " server_seq INTEGER)"),
        QStringLiteral("INSERT INTO movements_v6 (id, product_id, location_id, kind, quantity, unit_cost_minor,"
                       " unit_cost_currency, reason, reference, note, user_id, device_id, hlc, transfer_id,"
                       " reverses_id, recorded_at, server_seq) SELECT id, product_id, location_id, kind, quantity,"
                       " unit_cost_minor, unit_cost_currency, reason, reference, note, user_id, device_id, hlc,"
                       " transfer_id, reverses_id, recorded_at, server_seq FROM movements"),
        QStringLiteral("DROP TABLE movements"),
        QStringLiteral("ALTER TABLE movements_v6 RENAME TO movements"),
        QStringLiteral("CREATE INDEX movements_stock ON movements (product_id, location_id, hlc)"),
        QStringLiteral("CREATE INDEX movements_reverses ON movements (reverses_id) WHERE reverses_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX movements_hlc ON movements (hlc)"),
        QStringLiteral("CREATE INDEX movements_kind ON movements (kind, hlc)"),
        QStringLiteral("CREATE INDEX movements_user ON movements (user_id, hlc)"),
        // Reversing one leg of a transfer finds the other by transfer_id: it scanned the log.
        QStringLiteral("CREATE INDEX movements_transfer ON movements (transfer_id) WHERE transfer_id IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER movements_append_only_update BEFORE UPDATE ON movements BEGIN"
                       " SELECT RAISE(ABORT, 'movements are append-only: record a reversing movement instead');"
                       " END"),
        QStringLiteral("CREATE TRIGGER movements_append_only_delete BEFORE DELETE ON movements BEGIN"
                       " SELECT RAISE(ABORT, 'movements are append-only: record a reversing movement instead');"
                       " END"),
    };
}

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {version1(), version2(), version3(), version4(), version5(),
                                                  version6()};
    return steps;
}

} // namespace depot::core::schema
