#include "schema.h"

namespace depot::server::schema {

QStringList tenantTables()
{
    return {QStringLiteral("tenant_counters"), QStringLiteral("memberships"), QStringLiteral("devices"),
            QStringLiteral("refresh_tokens"),  QStringLiteral("suppliers"),   QStringLiteral("locations"),
            QStringLiteral("products"),        QStringLiteral("movements"),   QStringLiteral("audit_log")};
}

namespace {

/// One DDL text for both backends: ID and JSON are the only type differences.
QString ddl(Backend backend, QString text)
{
    const bool pg = backend == Backend::Postgres;
    text.replace(QLatin1String("$ID"), pg ? QLatin1String("UUID") : QLatin1String("TEXT"));
    text.replace(QLatin1String("$TEXT"), QLatin1String("TEXT"));
    return text;
}

/// The movement log. Version 1 had foreign keys to products and locations; version 2 drops them
/// (see migrationSteps).
QString movementsTable(Backend backend, const QString &name, bool foreignKeys)
{
    QString text = QStringLiteral("CREATE TABLE %1 ("
                                  " tenant_id $ID NOT NULL,"
                                  " id $ID NOT NULL,"
                                  " seq BIGINT NOT NULL,"
                                  " product_id $ID NOT NULL,"
                                  " location_id $ID NOT NULL,"
                                  " kind TEXT NOT NULL,"
                                  " quantity BIGINT NOT NULL,"
                                  " unit_cost TEXT NOT NULL DEFAULT '',"
                                  " reason TEXT NOT NULL DEFAULT '',"
                                  " reference TEXT NOT NULL DEFAULT '',"
                                  " note TEXT NOT NULL DEFAULT '',"
                                  " user_ref TEXT NOT NULL DEFAULT '',"
                                  " device_ref TEXT NOT NULL DEFAULT '',"
                                  " hlc BIGINT NOT NULL,"
                                  " transfer_id $ID,"
                                  " reverses_id $ID,"
                                  " pushed_by $ID NOT NULL,"
                                  " recorded_at BIGINT NOT NULL,"
                                  " PRIMARY KEY (tenant_id, id)")
                       .arg(name);
    if (foreignKeys) {
        text += QLatin1String(", FOREIGN KEY (tenant_id, product_id) REFERENCES products(tenant_id, id),"
                              " FOREIGN KEY (tenant_id, location_id) REFERENCES locations(tenant_id, id)");
    }
    return ddl(backend, text + QLatin1Char(')'));
}

QStringList movementsIndexes()
{
    return {QStringLiteral("CREATE UNIQUE INDEX movements_seq ON movements(tenant_id, seq)"),
            QStringLiteral("CREATE INDEX movements_stock ON movements(tenant_id, product_id, location_id, hlc)"),
            QStringLiteral(
                "CREATE INDEX movements_reverses ON movements(tenant_id, reverses_id) WHERE reverses_id IS NOT NULL")};
}

/// Triggers that refuse any UPDATE or DELETE of `table` (PostgreSQL: through depot_append_only()).
QStringList appendOnlyTriggers(Backend backend, const QString &table)
{
    if (backend == Backend::Postgres) {
        return {QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION depot_append_only()")
                    .arg(table)};
    }
    QStringList s;
    for (const char *op : {"UPDATE", "DELETE"}) {
        s << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN "
                            "SELECT RAISE(ABORT, '%1 is append-only'); END")
                 .arg(table, QString::fromLatin1(op).toLower(), QLatin1String(op));
    }
    return s;
}

/// Version 2: the movement log without its two foreign keys. On PostgreSQL they cost about half of
/// the database's time per pushed movement (two per-row lookups with a row lock each; measured in
/// docs/server.md), and the push already checks every reference inside the same transaction and
/// tenant scope. What those keys guaranteed is kept by triggers: a product or location is never
/// deleted (it is archived or merged) and never changes its id or tenant, so a reference that was
/// checked once cannot dangle.
QStringList version2(Backend backend)
{
    QStringList s;
    const bool pg = backend == Backend::Postgres;
    if (pg) {
        s << QStringLiteral("ALTER TABLE movements DROP CONSTRAINT IF EXISTS movements_tenant_id_product_id_fkey, "
                            "DROP CONSTRAINT IF EXISTS movements_tenant_id_location_id_fkey");
        s << QStringLiteral(
            "CREATE OR REPLACE FUNCTION depot_keep_identity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '% rows are archived, never deleted', TG_TABLE_NAME; END IF; "
            "IF NEW.tenant_id <> OLD.tenant_id OR NEW.id <> OLD.id THEN "
            "RAISE EXCEPTION '% rows keep their id and tenant', TG_TABLE_NAME; END IF; "
            "RETURN NEW; END $$");
    } else {
        // SQLite cannot drop a constraint: the table is rebuilt (its rows copied in one statement).
        s << movementsTable(backend, QStringLiteral("movements_v2"), false);
        s << QStringLiteral("INSERT INTO movements_v2 SELECT * FROM movements");
        s << QStringLiteral("DROP TABLE movements");
        s << QStringLiteral("ALTER TABLE movements_v2 RENAME TO movements");
        s << movementsIndexes();
        s << appendOnlyTriggers(backend, QStringLiteral("movements"));
    }
    for (const char *table : {"products", "locations"}) {
        const QString t = QLatin1String(table);
        if (pg) {
            s << QStringLiteral("CREATE TRIGGER %1_keep_identity BEFORE UPDATE OF tenant_id, id OR DELETE ON %1 "
                                "FOR EACH ROW EXECUTE FUNCTION depot_keep_identity()")
                     .arg(t);
        } else {
            s << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
                                "SELECT RAISE(ABORT, '%1 rows are archived, never deleted'); END")
                     .arg(t);
            s << QStringLiteral("CREATE TRIGGER %1_keep_identity BEFORE UPDATE OF tenant_id, id ON %1 "
                                "WHEN NEW.tenant_id IS NOT OLD.tenant_id OR NEW.id IS NOT OLD.id BEGIN "
                                "SELECT RAISE(ABORT, '%1 rows keep their id and tenant'); END")
                     .arg(t);
        }
    }
    return s;
}

} // namespace

QStringList migrationSteps(Backend backend, int version)
{
    if (version == 2)
        return version2(backend);
    QStringList s;
    if (version != 1)
        return s;
    const bool pg = backend == Backend::Postgres;
    // Platform registry: not tenant data (a tenant is looked up by slug before anyone is authenticated).
    s << ddl(backend, QStringLiteral("CREATE TABLE tenants ("
                                     " id $ID PRIMARY KEY,"
                                     " slug TEXT NOT NULL UNIQUE,"
                                     " name TEXT NOT NULL,"
                                     " email TEXT NOT NULL,"
                                     " status TEXT NOT NULL,"
                                     " plan TEXT NOT NULL,"
                                     " trial_ends_at BIGINT,"
                                     " created_at BIGINT NOT NULL,"
                                     " updated_at BIGINT NOT NULL)"));
    s << ddl(backend, QStringLiteral("CREATE TABLE users ("
                                     " id $ID PRIMARY KEY,"
                                     " email TEXT UNIQUE,"
                                     " phone TEXT UNIQUE,"
                                     " password_hash TEXT NOT NULL,"
                                     " first_name TEXT NOT NULL DEFAULT '',"
                                     " last_name TEXT NOT NULL DEFAULT '',"
                                     " must_change_password INTEGER NOT NULL DEFAULT 0,"
                                     " platform_admin INTEGER NOT NULL DEFAULT 0,"
                                     " tenant_count INTEGER NOT NULL DEFAULT 0,"
                                     " created_at BIGINT NOT NULL,"
                                     " CHECK (email IS NOT NULL OR phone IS NOT NULL))"));
    // Tenant data: tenant_id first in every key.
    s << ddl(backend, QStringLiteral("CREATE TABLE tenant_counters ("
                                     " tenant_id $ID PRIMARY KEY REFERENCES tenants(id),"
                                     " last_seq BIGINT NOT NULL DEFAULT 0)"));
    s << ddl(backend, QStringLiteral("CREATE TABLE memberships ("
                                     " tenant_id $ID NOT NULL REFERENCES tenants(id),"
                                     " user_id $ID NOT NULL REFERENCES users(id),"
                                     " role TEXT NOT NULL,"
                                     " active INTEGER NOT NULL DEFAULT 1,"
                                     " seq BIGINT NOT NULL,"
                                     " created_at BIGINT NOT NULL,"
                                     " PRIMARY KEY (tenant_id, user_id))"));
    s << QStringLiteral("CREATE INDEX memberships_user ON memberships(user_id)");
    s << ddl(backend, QStringLiteral("CREATE TABLE devices ("
                                     " tenant_id $ID NOT NULL REFERENCES tenants(id),"
                                     " id TEXT NOT NULL,"
                                     " user_id $ID NOT NULL,"
                                     " name TEXT NOT NULL DEFAULT '',"
                                     " created_at BIGINT NOT NULL,"
                                     " last_seen_at BIGINT NOT NULL,"
                                     " last_ip TEXT NOT NULL DEFAULT '',"
                                     " clock_skew_ms BIGINT NOT NULL DEFAULT 0,"
                                     " revoked_at BIGINT,"
                                     " PRIMARY KEY (tenant_id, id),"
                                     " FOREIGN KEY (tenant_id, user_id) REFERENCES memberships(tenant_id, user_id))"));
    s << ddl(backend, QStringLiteral("CREATE TABLE refresh_tokens ("
                                     " tenant_id $ID NOT NULL REFERENCES tenants(id),"
                                     " id $ID NOT NULL,"
                                     " family_id $ID NOT NULL,"
                                     " user_id $ID NOT NULL,"
                                     " device_id TEXT NOT NULL,"
                                     " token_hash TEXT NOT NULL,"
                                     " created_at BIGINT NOT NULL,"
                                     " expires_at BIGINT NOT NULL,"
                                     " used_at BIGINT,"
                                     " revoked_at BIGINT,"
                                     " PRIMARY KEY (tenant_id, id),"
                                     " FOREIGN KEY (tenant_id, user_id) REFERENCES memberships(tenant_id, user_id))"));
    s << QStringLiteral("CREATE UNIQUE INDEX refresh_tokens_hash ON refresh_tokens(tenant_id, token_hash)");
    s << QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens(tenant_id, family_id)");
    for (const char *table : {"suppliers", "locations", "products"}) {
        const QString t = QLatin1String(table);
        QString extra;
        if (t == u"products")
            extra = QStringLiteral(" sku TEXT NOT NULL, merged_into $ID,");
        else if (t == u"locations")
            extra = QStringLiteral(" code TEXT NOT NULL,");
        s << ddl(backend, QStringLiteral("CREATE TABLE %1 ("
                                         " tenant_id $ID NOT NULL REFERENCES tenants(id),"
                                         " id $ID NOT NULL,"
                                         "%2"
                                         " name TEXT NOT NULL DEFAULT '',"
                                         " data TEXT NOT NULL,"
                                         " stamps TEXT NOT NULL,"
                                         " created_hlc BIGINT NOT NULL,"
                                         " archived INTEGER NOT NULL DEFAULT 0,"
                                         " seq BIGINT NOT NULL,"
                                         " updated_at BIGINT NOT NULL,"
                                         " PRIMARY KEY (tenant_id, id))")
                              .arg(t, extra));
        s << QStringLiteral("CREATE INDEX %1_seq ON %1(tenant_id, seq)").arg(t);
    }
    s << QStringLiteral("CREATE UNIQUE INDEX products_sku ON products(tenant_id, sku) WHERE merged_into IS NULL");
    s << QStringLiteral("CREATE UNIQUE INDEX locations_code ON locations(tenant_id, code)");
    s << movementsTable(backend, QStringLiteral("movements"), true);
    s << movementsIndexes();
    s << ddl(backend, QStringLiteral("CREATE TABLE audit_log ("
                                     " tenant_id $ID NOT NULL REFERENCES tenants(id),"
                                     " id $ID NOT NULL,"
                                     " at BIGINT NOT NULL,"
                                     " actor TEXT NOT NULL,"
                                     " actor_ip TEXT NOT NULL DEFAULT '',"
                                     " action TEXT NOT NULL,"
                                     " target TEXT NOT NULL DEFAULT '',"
                                     " details TEXT NOT NULL DEFAULT '{}',"
                                     " PRIMARY KEY (tenant_id, id))"));
    // Append-only: movements and the audit log are never updated or deleted.
    for (const char *table : {"movements", "audit_log"})
        s << appendOnlyTriggers(backend, QLatin1String(table));
    if (pg) {
        s.prepend(
            QStringLiteral("CREATE OR REPLACE FUNCTION depot_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"));
    }
    return s;
}

QStringList postgresSecurity(const QString &appRole, const QString &loginRole, bool loginIsSuperuser)
{
    QStringList s;
    // Role names come from configuration: quote them as identifiers.
    auto ident = [](QString name) {
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    const QString app = ident(appRole);
    QString literal = appRole;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                        "CREATE ROLE %2 LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE; END IF; END $$")
             .arg(literal, app);
    s << QStringLiteral("ALTER ROLE %1 NOSUPERUSER NOBYPASSRLS").arg(app);
    if (!loginIsSuperuser)
        s << QStringLiteral("GRANT %1 TO %2").arg(app, ident(loginRole));
    s << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(app);
    s << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON tenants, users TO %1").arg(app);
    s << QStringLiteral("GRANT SELECT ON schema_version TO %1").arg(app);
    for (const QString &table : tenantTables()) {
        const bool appendOnly = table == u"movements" || table == u"audit_log";
        s << QStringLiteral("GRANT SELECT, INSERT%1 ON %2 TO %3")
                 .arg(appendOnly ? QString() : QStringLiteral(", UPDATE"), table, app);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("DROP POLICY IF EXISTS tenant_isolation ON %1").arg(table);
        // The setting is read in a scalar subquery: evaluated once per statement (an InitPlan)
        // instead of once per row, which a batch of 1,000 inserted movements notices.
        s << QStringLiteral(
                 "CREATE POLICY tenant_isolation ON %1 "
                 "USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)) "
                 "WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))")
                 .arg(table);
    }
    // A signed-in user may list their own memberships across tenants (GET /me/tenants), read-only.
    s << QStringLiteral("DROP POLICY IF EXISTS member_self ON memberships");
    s << QStringLiteral("CREATE POLICY member_self ON memberships FOR SELECT "
                        "USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)");
    return s;
}

} // namespace depot::server::schema
