#pragma once

#include <QStringList>

namespace depot::core::schema {

/// The SQL of each schema step: steps[0] creates version 1, steps[n] migrates version n to n + 1.
/// Steps are cumulative and never edited once released: a change is a new step. What each released step
/// created is frozen in tests/core/schema/, which tst_storemigration checks the steps against.
const QList<QStringList> &migrationSteps();

} // namespace depot::core::schema
