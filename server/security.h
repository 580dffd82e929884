#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace depot::server {

/// Password hashing with argon2id (libsodium crypto_pwhash_str). The cost profile is
/// "interactive" in production; "min" exists only to keep the test suite fast.
class PasswordHasher
{
public:
    enum class Profile {
        Interactive,
        Moderate,
        Min
    };
    explicit PasswordHasher(Profile profile = Profile::Interactive) : m_profile(profile) { }
    static std::optional<Profile> profileFromString(QStringView text);

    core::Result<QString> hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    /// Spends about the time of a verification, for unknown users (no user enumeration by timing).
    void dummyVerify(const QString &password) const;
    /// Minimum 10 characters, at most 200; returns a message or empty when acceptable.
    static QString weakness(const QString &password);

private:
    Profile m_profile;
};

/// The claims of a Depot access token.
struct AccessClaims
{
    QUuid userId;
    QUuid tenantId; ///< null for a platform-admin token
    QString deviceId;
    bool mustChangePassword = false;
    bool platformAdmin = false;
    qint64 expiresAt = 0; ///< seconds since epoch
};

/// Issues and verifies HS256 access tokens with libjwt. Verification pins the algorithm (HS256),
/// and checks the header typ ("JWT"), the token kind (claim typ = "access"), iss, aud and exp;
/// any other token is refused.
class TokenService
{
public:
    static constexpr qint64 kAccessLifetimeS = 15 * 60;
    static constexpr const char *kIssuer = "depot-server";
    static constexpr const char *kAudience = "depot-api";
    static constexpr const char *kTokenType = "access";

    explicit TokenService(QByteArray secret, qint64 accessLifetimeS = kAccessLifetimeS)
        : m_secret(std::move(secret)),
          m_accessLifetimeS(accessLifetimeS)
    { }

    /// How long the access tokens issued by issue(claims) live (--access-token-lifetime-s).
    qint64 accessLifetimeS() const { return m_accessLifetimeS; }
    core::Result<QString> issue(const AccessClaims &claims) const { return issue(claims, m_accessLifetimeS); }
    core::Result<QString> issue(const AccessClaims &claims, qint64 lifetimeS) const;
    core::Result<AccessClaims> verify(const QByteArray &token) const;

private:
    QByteArray m_secret;
    qint64 m_accessLifetimeS;
};

/// Random bytes from libsodium, base64url without padding.
QString randomToken(int bytes);
/// SHA-256 hex of a token: refresh tokens are stored only as this hash.
QString tokenHash(const QString &token);

/// Builds a tenant slug by the rules of DESIGN §2 (without the collision suffix).
QString slugify(const QString &name);

} // namespace depot::server
