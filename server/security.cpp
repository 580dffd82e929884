#include "security.h"

#include "log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <jwt.h>
#include <sodium.h>

#include <cerrno>
#include <memory>

namespace depot::server {

using core::Error;
using core::Result;

namespace {

struct SodiumInit
{
    SodiumInit()
    {
        if (sodium_init() < 0)
            qFatal("libsodium failed to initialise");
    }
};

void ensureSodium()
{
    static SodiumInit init;
}

std::pair<unsigned long long, size_t> costOf(PasswordHasher::Profile profile)
{
    switch (profile) {
    case PasswordHasher::Profile::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case PasswordHasher::Profile::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case PasswordHasher::Profile::Min:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

struct JwtDeleter
{
    void operator()(jwt_t *j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

} // namespace

std::optional<PasswordHasher::Profile> PasswordHasher::profileFromString(QStringView text)
{
    if (text == u"interactive")
        return Profile::Interactive;
    if (text == u"moderate")
        return Profile::Moderate;
    if (text == u"min")
        return Profile::Min;
    return std::nullopt;
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto [ops, mem] = costOf(m_profile);
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{QStringLiteral("internal_error"), QStringLiteral("password hashing failed (out of memory)")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::dummyVerify(const QString &password) const
{
    static const QString dummy = [this] {
        auto h = hash(QStringLiteral("dummy-password-for-timing"));
        return h.ok() ? *h : QString();
    }();
    verify(dummy, password);
}

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < 10)
        return QStringLiteral("The password must have at least 10 characters.");
    if (password.size() > 200)
        return QStringLiteral("The password must have at most 200 characters.");
    return {};
}

Result<QString> TokenService::issue(const AccessClaims &c, qint64 lifetimeS) const
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return Error{QStringLiteral("internal_error"), QStringLiteral("cannot create a token")};
    JwtPtr jwt(raw);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray sub = c.userId.toByteArray(QUuid::WithoutBraces);
    const QByteArray tid = c.tenantId.isNull() ? QByteArray() : c.tenantId.toByteArray(QUuid::WithoutBraces);
    const QByteArray dev = c.deviceId.toUtf8();
    const QByteArray jti = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    // libjwt writes the header typ "JWT" itself; the token kind is the "typ" claim.
    bool ok =
        jwt_add_grant(jwt.get(), "typ", kTokenType) == 0 && jwt_add_grant(jwt.get(), "iss", kIssuer) == 0
        && jwt_add_grant(jwt.get(), "aud", kAudience) == 0 && jwt_add_grant(jwt.get(), "sub", sub.constData()) == 0
        && jwt_add_grant(jwt.get(), "jti", jti.constData()) == 0 && jwt_add_grant_int(jwt.get(), "iat", long(now)) == 0
        && jwt_add_grant_int(jwt.get(), "exp", long(now + lifetimeS)) == 0
        && jwt_add_grant_bool(jwt.get(), "mcp", c.mustChangePassword) == 0
        && jwt_add_grant_bool(jwt.get(), "pa", c.platformAdmin) == 0;
    if (ok && !tid.isEmpty())
        ok = jwt_add_grant(jwt.get(), "tid", tid.constData()) == 0;
    if (ok && !dev.isEmpty())
        ok = jwt_add_grant(jwt.get(), "dev", dev.constData()) == 0;
    if (ok)
        ok = jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                         int(m_secret.size()))
             == 0;
    char *encoded = ok ? jwt_encode_str(jwt.get()) : nullptr;
    if (!encoded)
        return Error{QStringLiteral("internal_error"), QStringLiteral("cannot sign a token")};
    const QString token = QString::fromLatin1(encoded);
    free(encoded);
    return token;
}

Result<AccessClaims> TokenService::verify(const QByteArray &token) const
{
    const Error invalid{QStringLiteral("invalid_token"), QStringLiteral("The access token is invalid. Sign in again.")};
    // Pin the algorithm before libjwt sees the token: the header must say HS256, nothing else.
    const int dot = token.indexOf('.');
    if (dot <= 0 || token.size() > 4096)
        return invalid;
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(token.left(dot), QByteArray::Base64UrlEncoding)).object();
    if (header.value(QLatin1String("alg")).toString() != u"HS256"
        || header.value(QLatin1String("typ")).toString() != u"JWT")
        return invalid;
    jwt_t *raw = nullptr;
    const QByteArray terminated = token; // QByteArray is NUL-terminated
    if (jwt_decode(&raw, terminated.constData(), reinterpret_cast<const unsigned char *>(m_secret.constData()),
                   int(m_secret.size()))
        != 0)
        return invalid;
    JwtPtr jwt(raw);
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return invalid;
    const char *typ = jwt_get_header(jwt.get(), "typ");
    const char *kind = jwt_get_grant(jwt.get(), "typ");
    const char *iss = jwt_get_grant(jwt.get(), "iss");
    const char *aud = jwt_get_grant(jwt.get(), "aud");
    const char *sub = jwt_get_grant(jwt.get(), "sub");
    if (!typ || qstrcmp(typ, "JWT") != 0 || !kind || qstrcmp(kind, kTokenType) != 0 || !iss
        || qstrcmp(iss, kIssuer) != 0 || !aud || qstrcmp(aud, kAudience) != 0 || !sub)
        return invalid;
    errno = 0;
    const long exp = jwt_get_grant_int(jwt.get(), "exp");
    if (errno == ENOENT || exp <= 0)
        return invalid;
    if (exp <= QDateTime::currentSecsSinceEpoch())
        return Error{QStringLiteral("token_expired"), QStringLiteral("The access token has expired. Refresh it.")};
    AccessClaims c;
    c.userId = QUuid::fromString(QLatin1String(sub));
    if (c.userId.isNull())
        return invalid;
    if (const char *tid = jwt_get_grant(jwt.get(), "tid")) {
        c.tenantId = QUuid::fromString(QLatin1String(tid));
        if (c.tenantId.isNull())
            return invalid;
    }
    if (const char *dev = jwt_get_grant(jwt.get(), "dev"))
        c.deviceId = QString::fromUtf8(dev);
    c.mustChangePassword = jwt_get_grant_bool(jwt.get(), "mcp") == 1;
    c.platformAdmin = jwt_get_grant_bool(jwt.get(), "pa") == 1;
    c.expiresAt = exp;
    return c;
}

QString randomToken(int bytes)
{
    ensureSodium();
    QByteArray buffer(bytes, Qt::Uninitialized);
    randombytes_buf(buffer.data(), size_t(bytes));
    return QString::fromLatin1(buffer.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString slugify(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool pendingDash = false;
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !out.isEmpty())
                out += QLatin1Char('-');
            pendingDash = false;
            out += c;
        } else if (c.isSpace() || c == u'-' || c == u'_') {
            pendingDash = true;
        }
        // Anything else (accents after decomposition, punctuation, non-Latin letters) is dropped.
    }
    out.truncate(40);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("tenant-") + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(8));
    return out;
}

} // namespace depot::server
