#pragma once

#include "store.h"

#include <QStringList>

namespace depot::server::schema {

/// The tables that hold tenant data: tenant_id leads their primary key and every foreign key,
/// and on PostgreSQL each has Row-Level Security enabled and forced.
QStringList tenantTables();

/// The statements that bring an empty database to schema version `version` from `version - 1`.
QStringList migrationSteps(Backend backend, int version);

/// PostgreSQL: creates the application role if needed, grants it DML on every table, enables and
/// forces RLS with the tenant_isolation policy on every tenant table. Idempotent.
QStringList postgresSecurity(const QString &appRole, const QString &loginRole, bool loginIsSuperuser);

} // namespace depot::server::schema
