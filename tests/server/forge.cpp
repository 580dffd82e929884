#include "forge.h"

#include <jwt.h>

#include <cstdlib>

namespace depot::server::test {

QString forgeJwt(const QString &alg, const QByteArray &claimsJson, const QByteArray &secret)
{
    jwt_t *jwt = nullptr;
    if (jwt_new(&jwt) != 0)
        return {};
    jwt_add_grants_json(jwt, claimsJson.constData());
    jwt_set_alg(jwt, jwt_str_alg(alg.toLatin1().constData()),
                reinterpret_cast<const unsigned char *>(secret.constData()), int(secret.size()));
    char *out = jwt_encode_str(jwt);
    const QString token = out ? QString::fromLatin1(out) : QString();
    free(out);
    jwt_free(jwt);
    return token;
}

} // namespace depot::server::test
