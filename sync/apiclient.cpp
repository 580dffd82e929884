#include "apiclient.h"

#include "syncengine.h"

#include "protocol/protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace depot::sync {

namespace {

constexpr int kTransferTimeoutMs = 60000;
constexpr const char *kTlsRefusedProperty = "depotTlsRefused";
constexpr const char *kTlsPeerProperty = "depotTlsPeerSha256";
constexpr const char *kTlsReasonProperty = "depotTlsReason";

ApiResult clientError(int status, const QString &code, const QString &message)
{
    ApiResult r;
    r.status = status;
    r.code = code;
    r.message = message;
    return r;
}

bool matchesPin(const QSslCertificate &certificate, const QString &pin)
{
    return !certificate.isNull() && QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()) == pin;
}

} // namespace

bool tls::isSecureUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty();
}

QString tls::insecureUrlMessage(const QUrl &url)
{
    return ApiClient::tr("The server address must start with https:// (got '%1'): Depot sends passwords and "
                         "company data only over TLS. Nothing was sent.")
        .arg(url.toString());
}

QSslConfiguration tls::configuration(const Account &account)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!account.caCertificates.isEmpty())
        ssl.setCaCertificates(ssl.caCertificates() + account.caCertificates);
    return ssl;
}

QString tls::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += u':';
        out += QLatin1StringView(hex.mid(i, 2));
    }
    return out;
}

namespace {

/// Aborts `reply` for its certificate, keeping what trust on first use needs to show the user.
void refuse(QNetworkReply *reply, const QSslCertificate &peer, const QString &reason)
{
    reply->setProperty(kTlsRefusedProperty, true);
    if (!peer.isNull())
        reply->setProperty(kTlsPeerProperty, tls::fingerprint(peer));
    reply->setProperty(kTlsReasonProperty, reason);
    reply->abort();
}

} // namespace

void tls::enforcePin(QNetworkReply *reply, const QString &pin)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pin.isEmpty() && matchesPin(peer, pin)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &error : errors) {
            reasons << error.errorString();
            if (peer.isNull())
                peer = error.certificate();
        }
        reasons.removeDuplicates();
        refuse(reply, peer, reasons.join(QStringLiteral("; ")));
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        // A CA-trusted certificate that is not the pinned one is refused too.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pin.isEmpty() && !matchesPin(peer, pin))
            refuse(reply, peer, QString());
    });
}

QString tls::refusedPeerFingerprint(const QNetworkReply *reply)
{
    const QString kept = reply->property(kTlsPeerProperty).toString();
    if (!kept.isEmpty())
        return kept;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    return peer.isNull() ? QString() : fingerprint(peer);
}

QString tls::refusedReason(const QNetworkReply *reply)
{
    return reply->property(kTlsReasonProperty).toString();
}

bool tls::refused(const QNetworkReply *reply, const QString &pin)
{
    if (reply->property(kTlsRefusedProperty).toBool())
        return true;
    // A reused connection skips the handshake signals: check the peer again.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return !pin.isEmpty() && status != 0 && !peer.isNull() && !matchesPin(peer, pin);
}

ApiClient::ApiClient(Account account, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_account(std::move(account)),
      m_network(network)
{
    m_account.pinnedSha256 = SyncEngine::normalizeFingerprint(m_account.pinnedSha256);
}

ApiClient::~ApiClient()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ApiClient::useSyncEngine(SyncEngine *engine)
{
    const QPointer<SyncEngine> guarded(engine);
    m_tokenSource = [guarded] { return guarded ? guarded->account().accessToken : QString(); };
    m_refresher = [guarded, this](std::function<void(bool)> done) {
        if (!guarded) {
            done(false);
            return;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(guarded.data(), &SyncEngine::accessTokenRefreshed, this, [connection, done](bool ok) {
            QObject::disconnect(*connection);
            done(ok);
        });
        guarded->refreshAccessToken();
    };
}

QString ApiClient::accessToken() const
{
    return m_tokenSource ? m_tokenSource() : m_account.accessToken;
}

void ApiClient::get(const QString &path, QObject *context, Callback callback)
{
    request("GET", path, {}, context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback callback)
{
    request("POST", path, body, context, std::move(callback));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, QObject *context, Callback callback)
{
    request("PATCH", path, body, context, std::move(callback));
}

void ApiClient::deleteResource(const QString &path, QObject *context, Callback callback)
{
    request("DELETE", path, {}, context, std::move(callback));
}

void ApiClient::getPage(const QString &path, int offset, int limit, QObject *context, Callback callback)
{
    const qsizetype q = path.indexOf(u'?');
    QUrlQuery query(q >= 0 ? path.mid(q + 1) : QString());
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(qMax(1, limit)));
    query.addQueryItem(QStringLiteral("offset"), QString::number(qMax(0, offset)));
    request("GET", path.left(q >= 0 ? q : path.size()) + u'?' + query.toString(QUrl::FullyEncoded), {}, context,
            std::move(callback));
}

void ApiClient::request(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                        Callback callback)
{
    begin();
    Call call;
    call.method = method;
    call.path = path;
    call.body = body;
    call.context = context;
    call.hasContext = context != nullptr;
    call.callback = std::move(callback);
    send(std::move(call));
}

void ApiClient::signInPlatformAdmin(const QString &identifier, const QString &password, QObject *context,
                                    Callback callback)
{
    begin();
    Call call;
    call.method = "POST";
    call.path = QStringLiteral("/auth/login");
    call.body = QJsonObject{{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}};
    call.authenticated = false;
    call.context = context;
    call.hasContext = context != nullptr;
    call.callback = [this, callback = std::move(callback)](const ApiResult &result) {
        if (result.ok()) {
            const QString token = result.data.toObject().value(QStringLiteral("access_token")).toString();
            if (token.isEmpty()) {
                callback(clientError(result.status, QStringLiteral("invalid_response"),
                                     tr("The server answered the sign-in without a token.")));
                return;
            }
            m_tokenSource = {};
            m_refresher = {};
            m_account.accessToken = token;
        }
        callback(result);
    };
    send(std::move(call));
}

void ApiClient::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void ApiClient::finish(const Call &call, const ApiResult &result)
{
    --m_pending;
    if (!call.hasContext || call.context)
        call.callback(result);
    if (m_pending == 0)
        emit busyChanged(false);
}

void ApiClient::send(Call call)
{
    if (!tls::isSecureUrl(m_account.serverUrl)) {
        finish(call, clientError(0, QStringLiteral("insecure_url"), tls::insecureUrlMessage(m_account.serverUrl)));
        return;
    }
    const QString token = call.authenticated ? accessToken() : QString();
    if (call.authenticated && token.isEmpty()) {
        if (m_refresher && !call.retried) {
            refreshThenRetry(std::move(call));
            return;
        }
        finish(call, clientError(401, QStringLiteral("not_signed_in"),
                                 tr("This device is not signed in to the server. Sign in first.")));
        return;
    }

    QUrl url = m_account.serverUrl;
    const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = call.path.indexOf(u'?');
    url.setPath(base + QStringLiteral("/api/v1") + call.path.left(query));
    if (query >= 0)
        url.setQuery(call.path.mid(query + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader(protocol::kProtocolHeader, QByteArray::number(protocol::kProtocolVersion));
    request.setRawHeader(protocol::kDeviceTimeHeader, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("Accept", "application/json");
    if (call.authenticated)
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setSslConfiguration(tls::configuration(m_account));

    QNetworkReply *reply = nullptr;
    if (call.method == "GET") {
        reply = m_network->get(request);
    } else if (call.method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply =
            m_network->sendCustomRequest(request, call.method, QJsonDocument(call.body).toJson(QJsonDocument::Compact));
    }
    m_replies.removeAll(nullptr);
    m_replies << reply;

    const QString pin = m_account.pinnedSha256;
    tls::enforcePin(reply, pin);
    connect(reply, &QNetworkReply::finished, this, [this, reply, token, pin, call]() mutable {
        reply->deleteLater();
        m_replies.removeAll(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (tls::refused(reply, pin)) {
            finish(call, clientError(0, QStringLiteral("tls_refused"),
                                     tr("The server's certificate is not the trusted one: the connection was "
                                        "refused.")));
            return;
        }
        if (status == 0) {
            finish(call, clientError(0, QStringLiteral("network_error"),
                                     tr("The server cannot be reached: %1").arg(reply->errorString())));
            return;
        }
        if (status == 401 && call.authenticated && !call.retried) {
            const QString current = accessToken();
            if (!current.isEmpty() && current != token) {
                // The owner refreshed meanwhile (a sync did): no need for another exchange.
                call.retried = true;
                send(std::move(call));
                return;
            }
            if (m_refresher) {
                refreshThenRetry(std::move(call));
                return;
            }
        }
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll(), &parseError).object();
        ApiResult result;
        result.status = status;
        if (parseError.error != QJsonParseError::NoError || !json.contains(QStringLiteral("success"))) {
            finish(call, clientError(status, QStringLiteral("invalid_response"),
                                     tr("The server answered with HTTP %1 and no readable content.").arg(status)));
            return;
        }
        if (json.value(QStringLiteral("success")).toBool() && status >= 200 && status < 300) {
            result.data = json.value(QStringLiteral("data"));
        } else {
            const QJsonObject error = json.value(QStringLiteral("error")).toObject();
            result.code = error.value(QStringLiteral("code")).toString();
            result.message = error.value(QStringLiteral("message")).toString();
            result.details = error.value(QStringLiteral("details")).toObject();
            if (result.code.isEmpty())
                result.code = QStringLiteral("invalid_response");
            if (result.message.isEmpty())
                result.message = tr("The server refused the request (HTTP %1).").arg(status);
        }
        if (status == 401 && call.authenticated)
            emit sessionExpired();
        finish(call, result);
    });
}

void ApiClient::refreshThenRetry(Call call)
{
    call.retried = true;
    if (!m_refresher) {
        emit sessionExpired();
        finish(call, clientError(401, QStringLiteral("session_expired"),
                                 tr("The session with the server has ended. Sign in again.")));
        return;
    }
    m_waitingForRefresh << std::move(call);
    if (m_refreshing)
        return; // one exchange for every call that failed together
    m_refreshing = true;
    const quint64 generation = ++m_refreshGeneration;
    QTimer::singleShot(m_refreshTimeoutMs, this, [this, generation] {
        if (m_refreshing && generation == m_refreshGeneration)
            endRefresh(false);
    });
    const QPointer<ApiClient> guard(this);
    m_refresher([guard, generation](bool ok) {
        if (guard && guard->m_refreshing && generation == guard->m_refreshGeneration)
            guard->endRefresh(ok);
    });
}

void ApiClient::endRefresh(bool ok)
{
    m_refreshing = false;
    const QList<Call> waiting = std::exchange(m_waitingForRefresh, {});
    if (ok) {
        ++m_refreshes;
        for (const Call &call : waiting)
            send(call);
        return;
    }
    emit sessionExpired();
    for (const Call &call : waiting)
        finish(call, clientError(401, QStringLiteral("session_expired"),
                                 tr("The session with the server has ended. Sign in again.")));
}

} // namespace depot::sync
