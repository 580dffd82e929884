#pragma once

#include <QByteArray>
#include <QString>

namespace depot::server::test {

/// Signs `claimsJson` with libjwt using `alg` ("HS256", "HS512", ...) and `secret`: for token attacks.
QString forgeJwt(const QString &alg, const QByteArray &claimsJson, const QByteArray &secret);

} // namespace depot::server::test
