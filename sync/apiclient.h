#pragma once

#include "account.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

class QSslCertificate;
class QSslConfiguration;

namespace depot::sync {

class SyncEngine;

/// TLS trust shared by SyncEngine and ApiClient (DESIGN §5): the system CAs plus the account's extra
/// ones, or, with a pinned SHA-256 fingerprint, exactly that certificate whatever the CAs say.
namespace tls {
/// Whether `url` is an https:// URL with a host: nothing is ever sent to any other.
bool isSecureUrl(const QUrl &url);
/// The error text for a server URL that is not https://.
QString insecureUrlMessage(const QUrl &url);
/// TLS 1.2 or later, system CAs plus `account.caCertificates`.
QSslConfiguration configuration(const Account &account);
/// Makes `reply` accept the pinned certificate despite CA errors and abort on any other peer.
void enforcePin(QNetworkReply *reply, const QString &pin);
/// Whether the finished `reply` was refused for its certificate, including a reused connection whose
/// peer is not the pinned one (a reply without a peer certificate did not come over TLS: a test double).
bool refused(const QNetworkReply *reply, const QString &pin);
/// For a refused `reply`: the SHA-256 fingerprint of the certificate the server presented, in the
/// "AB:CD:..." form depot-server prints (empty when none arrived), for trust on first use.
QString refusedPeerFingerprint(const QNetworkReply *reply);
/// For a refused `reply`: why the certificate was not trusted (the TLS errors), empty when unknown.
QString refusedReason(const QNetworkReply *reply);
/// "AB:CD:..." of `certificate`'s SHA-256 digest.
QString fingerprint(const QSslCertificate &certificate);
} // namespace tls

/// The answer to one REST call: the `data` of the DESIGN §5 envelope, or an error code and message.
/// Codes are the server's (`forbidden`, `not_found`, ...) or the client's own: `network_error`
/// (no HTTP answer), `tls_refused` (certificate not trusted / not the pinned one),
/// `invalid_response` (not an envelope), `not_signed_in`, `session_expired` (the refresh was refused),
/// `insecure_url` (the server URL is not https://: nothing was sent).
struct ApiResult
{
    int status = 0; ///< HTTP status; 0 when the server was not reached
    QJsonValue data;
    QString code;    ///< empty on success
    QString message; ///< the server's message, or the client's
    QJsonObject details;

    bool ok() const { return code.isEmpty(); }
    /// The server could not be reached at all (offline, refused, timed out, TLS refused).
    bool unreachable() const { return code == u"network_error" || code == u"tls_refused"; }
    /// `items` of a list answer.
    QJsonArray items() const { return data.toObject().value(QStringLiteral("items")).toArray(); }
};

/// An authenticated JSON client for depot-server's REST API (`/api/v1`), for admin screens.
///
/// Guarantees:
/// - every answer comes back as an ApiResult, exactly once per call, on the client's thread, and
///   never after `context` is destroyed;
/// - TLS as SyncEngine: a pinned SHA-256 fingerprint is the only certificate accepted; extra CAs are
///   added to the system ones;
/// - it never exchanges a refresh token itself (they rotate, and a reuse revokes the whole session):
///   on 401 it asks the injected refresher (the signed-in SyncEngine), once for all the calls that
///   failed together, then retries each call once with the new access token.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    /// Gets a new access token; calls `done(ok)` once.
    using Refresher = std::function<void(std::function<void(bool ok)> done)>;
    using TokenSource = std::function<QString()>;

    /// `account` gives the server URL, the TLS trust and (unless a token source is set) the access token.
    ApiClient(Account account, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    /// Takes the access token from `engine` at each call and refreshes through it.
    void useSyncEngine(SyncEngine *engine);
    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }
    void setAccessToken(const QString &token) { m_account.accessToken = token; }
    QString accessToken() const;
    const Account &account() const { return m_account; }
    /// Longest wait for a refresher before the calls fail with session_expired.
    void setRefreshTimeout(int ms) { m_refreshTimeoutMs = ms; }

    /// Calls in flight (including those waiting for a refresh).
    int pendingCount() const { return m_pending; }
    /// Access tokens obtained through the refresher since construction.
    int refreshCount() const { return m_refreshes; }

    /// `path` is relative to /api/v1 and may carry a query ("/audit?limit=50").
    void request(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                 Callback callback);
    void get(const QString &path, QObject *context, Callback callback);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void patch(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void deleteResource(const QString &path, QObject *context, Callback callback);
    /// GET `path` with `limit` and `offset` added to its query (the server clamps the page size).
    void getPage(const QString &path, int offset, int limit, QObject *context, Callback callback);

    /// Platform-administrator sign-in (no company): keeps the access token, which has no refresh
    /// token; after it expires the calls fail with session_expired.
    void signInPlatformAdmin(const QString &identifier, const QString &password, QObject *context, Callback callback);

Q_SIGNALS:
    /// Emitted when the first call starts and when the last one ends (for a busy indicator).
    void busyChanged(bool busy);
    /// A refresh was refused: the user must sign in again.
    void sessionExpired();

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        bool authenticated = true;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        bool retried = false;
    };
    void send(Call call);
    void finish(const Call &call, const ApiResult &result);
    void refreshThenRetry(Call call);
    void endRefresh(bool ok);
    void begin();

    Account m_account;
    QNetworkAccessManager *m_network;
    TokenSource m_tokenSource;
    Refresher m_refresher;
    int m_refreshTimeoutMs = 90000;
    int m_pending = 0;
    int m_refreshes = 0;
    bool m_refreshing = false;
    quint64 m_refreshGeneration = 0;
    QList<Call> m_waitingForRefresh;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace depot::sync
