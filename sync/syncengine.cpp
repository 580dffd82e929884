#include "syncengine.h"

#include "apiclient.h"

#include "protocol/jsonwriter.h"
#include "protocol/protocol.h"
#include "protocol/pullpage.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QUrlQuery>

namespace depot::sync {

Q_LOGGING_CATEGORY(lcSync, "depot.sync")

namespace proto = protocol;

namespace {

constexpr int kTransferTimeoutMs = 60000;

std::optional<proto::CatalogType> catalogTypeOfEntity(const QString &entity)
{
    if (entity == u"product")
        return proto::CatalogType::Product;
    if (entity == u"location")
        return proto::CatalogType::Location;
    if (entity == u"supplier")
        return proto::CatalogType::Supplier;
    return std::nullopt;
}

QString entityOfCatalogType(proto::CatalogType type)
{
    switch (type) {
    case proto::CatalogType::Product:
        return QStringLiteral("product");
    case proto::CatalogType::Location:
        return QStringLiteral("location");
    case proto::CatalogType::Supplier:
        return QStringLiteral("supplier");
    }
    return {};
}

core::PushResult::Status pushStatus(proto::ItemResult::Status status)
{
    switch (status) {
    case proto::ItemResult::Status::Accepted:
        return core::PushResult::Status::Accepted;
    case proto::ItemResult::Status::Duplicate:
        return core::PushResult::Status::Duplicate;
    case proto::ItemResult::Status::Rejected:
        break;
    }
    return core::PushResult::Status::Rejected;
}

} // namespace

QString errorCategoryToString(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Network:
        return QStringLiteral("network");
    case ErrorCategory::Tls:
        return QStringLiteral("tls");
    case ErrorCategory::Authentication:
        return QStringLiteral("authentication");
    case ErrorCategory::Protocol:
        return QStringLiteral("protocol");
    case ErrorCategory::Tenant:
        return QStringLiteral("tenant");
    case ErrorCategory::Rejected:
        return QStringLiteral("rejected");
    case ErrorCategory::Local:
        return QStringLiteral("local");
    }
    return {};
}

QString SyncEngine::Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString SyncEngine::Reply::errorMessage() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

SyncEngine::SyncEngine(core::TenantStore &store, Account account, QNetworkAccessManager *network,
                       CredentialStore *credentials, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_account(std::move(account)),
      m_network(network),
      m_credentials(credentials)
{
    qRegisterMetaType<depot::sync::ErrorCategory>();
    if (m_account.deviceId.isEmpty())
        m_account.deviceId = m_store.deviceId();
    m_account.pinnedSha256 = normalizeFingerprint(m_account.pinnedSha256);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::startSync);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            sync();
    });
}

void SyncEngine::setAutoSyncInterval(int ms)
{
    if (ms <= 0) {
        m_autoTimer.stop();
        m_autoTimer.setInterval(0);
        return;
    }
    m_autoTimer.start(ms);
}

SyncEngine::~SyncEngine()
{
    m_inFlight << m_refreshReply;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString SyncEngine::normalizeFingerprint(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Transport

QNetworkReply *SyncEngine::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                bool authenticated, Handler handler, bool refreshed, const QByteArray &accept)
{
    return sendJson(method, path, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                    authenticated, std::move(handler), refreshed, accept);
}

QNetworkReply *SyncEngine::sendJson(const QByteArray &method, const QString &path, const QByteArray &body,
                                    bool authenticated, Handler handler, bool refreshed, const QByteArray &accept)
{
    const quint64 epoch = m_epoch;
    if (!tls::isSecureUrl(m_account.serverUrl)) {
        // Passwords and tokens never go out in clear text, whatever the caller checked.
        Reply r;
        r.insecureUrl = true;
        QTimer::singleShot(0, this, [=, this] {
            if (epoch == m_epoch)
                handler(r);
        });
        return nullptr;
    }
    if (authenticated && m_account.accessToken.isEmpty() && !refreshed) {
        refresh([=, this](const Reply *failure) {
            if (epoch != m_epoch)
                return; // aborted meanwhile
            if (failure)
                handler(*failure);
            else
                sendJson(method, path, body, authenticated, handler, true, accept);
        });
        return nullptr;
    }
    QUrl url = m_account.serverUrl;
    const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + QStringLiteral("/api/v1") + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader(proto::kProtocolHeader, QByteArray::number(proto::kProtocolVersion));
    request.setRawHeader(proto::kDeviceTimeHeader,
                         QByteArray::number(m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("Accept", accept);
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_account.accessToken.toUtf8());
    request.setSslConfiguration(tls::configuration(m_account));

    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(request, method, body);
    }
    ++m_stats.requests;
    m_inFlight << reply;
    const QString pin = m_account.pinnedSha256;
    tls::enforcePin(reply, pin);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        m_inFlight.removeOne(reply);
        if (m_refreshReply == reply)
            m_refreshReply = nullptr;
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        r.networkMessage = reply->errorString();
        r.tlsRefused = tls::refused(reply, pin);
        if (r.tlsRefused) {
            r.status = 0;
            r.tlsPeerSha256 = tls::refusedPeerFingerprint(reply);
            r.tlsReason = tls::refusedReason(reply);
        }
        // An answer cut short (the connection dropped after the status line, mid-body) is a
        // network failure to retry, not the server's word: what arrived of it cannot be trusted.
        if (r.networkError > QNetworkReply::NoError && r.networkError < QNetworkReply::ContentAccessDenied)
            r.status = 0;
        r.retryAfter = reply->rawHeader("Retry-After");
        if (r.status != 0) {
            // Errors are JSON whatever was asked for; a CBOR body is kept for its reader.
            r.cbor =
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().startsWith(proto::kCborContentType);
            if (r.cbor)
                r.body = reply->readAll();
            else
                r.json = QJsonDocument::fromJson(reply->readAll()).object();
        }
        qCDebug(lcSync) << method << path << "->" << r.status << r.errorCode();
        if (r.status == 401 && authenticated && !refreshed) {
            refresh([=, this](const Reply *failure) {
                if (epoch != m_epoch)
                    return;
                if (failure)
                    handler(*failure);
                else
                    sendJson(method, path, body, authenticated, handler, true, accept);
            });
            return;
        }
        handler(r);
    });
    return reply;
}

void SyncEngine::refreshAccessToken()
{
    refresh([this](const Reply *failure) { emit accessTokenRefreshed(failure == nullptr); });
}

void SyncEngine::refresh(std::function<void(const Reply *)> callerDone)
{
    m_refreshWaiters.append(std::move(callerDone));
    if (m_refreshWaiters.size() > 1)
        return; // joins the exchange in flight
    const auto done = [this](const Reply *failure) {
        for (const auto &waiter : std::exchange(m_refreshWaiters, {}))
            waiter(failure);
    };
    if (m_account.refreshToken.isEmpty() && m_credentials) {
        auto stored = m_credentials->read(m_account.credentialKey());
        if (stored)
            m_account.refreshToken = *stored;
    }
    if (m_account.refreshToken.isEmpty()) {
        Reply r;
        r.status = 401;
        r.json = QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_signed_in")},
                                                  {QStringLiteral("message"),
                                                   tr("This device is not signed in to the server. Sign in first.")}}}};
        emit authenticationRequired();
        done(&r);
        return;
    }
    ++m_stats.refreshes;
    // The exchange itself is not aborted with the sync's requests: the server may already have
    // rotated the token, and only its answer tells the new one.
    m_refreshReply = send("POST", QStringLiteral("/auth/refresh"),
                          QJsonObject{{QStringLiteral("refresh_token"), m_account.refreshToken}}, false,
                          [this, done](const Reply &r) {
                              if (r.status == 200) {
                                  const QJsonObject data = r.data().toObject();
                                  m_account.accessToken = data.value(QStringLiteral("access_token")).toString();
                                  m_account.refreshToken = data.value(QStringLiteral("refresh_token")).toString();
                                  storeRefreshToken();
                                  done(nullptr);
                                  return;
                              }
                              if (r.status == 401) {
                                  // The token is over (expired, revoked, reused): only a new sign-in helps.
                                  m_account.accessToken.clear();
                                  m_account.refreshToken.clear();
                                  if (m_credentials)
                                      (void)m_credentials->remove(m_account.credentialKey());
                                  emit authenticationRequired();
                              }
                              // A 402/403 (company suspended, cancelled, trial ended, membership paused) is about the
                              // account, not the token: the server rolled the exchange back, so the stored refresh
                              // token still works once the account is active again. Keep it.
                              done(&r);
                          });
    m_inFlight.removeOne(m_refreshReply);
}

void SyncEngine::storeRefreshToken()
{
    if (!m_credentials)
        return;
    auto written = m_credentials->write(m_account.credentialKey(), m_account.refreshToken);
    if (!written)
        qCWarning(lcSync).noquote() << "cannot store the refresh token:" << written.error().message;
}

// ---------------------------------------------------------------------------------------------
// Operations

void SyncEngine::login(const QString &password)
{
    if (m_busy)
        return;
    m_busy = true;
    m_operation = Op::Login;
    m_lastErrorCode.clear();
    m_refusedCertificateSha256.clear();
    m_stats = {};
    const QJsonObject body{{QStringLiteral("tenant"), m_account.tenant},
                           {QStringLiteral("identifier"), m_account.user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), m_account.deviceId},
                           {QStringLiteral("device_name"), QSysInfo::machineHostName().left(100)}};
    send("POST", QStringLiteral("/auth/login"), body, false, [this](const Reply &r) {
        if (r.status != 200) {
            failWith(r);
            return;
        }
        const QJsonObject data = r.data().toObject();
        m_account.accessToken = data.value(QStringLiteral("access_token")).toString();
        m_account.refreshToken = data.value(QStringLiteral("refresh_token")).toString();
        if (m_account.accessToken.isEmpty() || m_account.refreshToken.isEmpty()) {
            fail(QStringLiteral("invalid_response"), tr("The server answered the sign-in without tokens."),
                 ErrorCategory::Rejected);
            return;
        }
        if (m_credentials) {
            auto written = m_credentials->write(m_account.credentialKey(), m_account.refreshToken);
            if (!written) {
                fail(written.error().code, written.error().message, ErrorCategory::Local);
                return;
            }
        }
        finishOperation(true);
    });
}

void SyncEngine::logout()
{
    if (m_busy)
        return;
    m_busy = true;
    m_operation = Op::Logout;
    m_lastErrorCode.clear();
    m_refusedCertificateSha256.clear();
    const auto forget = [this](bool confirmed) {
        m_account.accessToken.clear();
        m_account.refreshToken.clear();
        if (m_credentials) {
            auto removed = m_credentials->remove(m_account.credentialKey());
            if (!removed)
                emit syncError(removed.error().message, ErrorCategory::Local);
        }
        m_busy = false;
        m_operation = Op::None;
        emit loggedOut(confirmed);
    };
    if (m_account.refreshToken.isEmpty() && m_credentials) {
        auto stored = m_credentials->read(m_account.credentialKey());
        if (stored)
            m_account.refreshToken = *stored;
    }
    if (m_account.refreshToken.isEmpty() && m_account.accessToken.isEmpty()) {
        forget(false);
        return;
    }
    QJsonObject body;
    send("POST", QStringLiteral("/auth/logout"), body, true, [this, forget](const Reply &r) {
        if (r.status != 200)
            m_lastErrorCode = r.errorCode().isEmpty() ? QStringLiteral("network_error") : r.errorCode();
        forget(r.status == 200);
    });
}

void SyncEngine::abortInFlight()
{
    ++m_epoch;
    m_pullRequests.clear();
    m_pushInFlight = 0;
    m_pushBarrierInFlight = false;
    for (const QPointer<QNetworkReply> &reply : std::exchange(m_inFlight, {})) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncEngine::cancel()
{
    m_retryTimer.stop();
    abortInFlight();
    if (m_busy) {
        m_lastErrorCode = QStringLiteral("cancelled");
        finishOperation(false);
    }
}

void SyncEngine::sync()
{
    if (m_busy)
        return;
    m_busy = true;
    m_operation = Op::Sync;
    m_attempt = 0;
    m_stats = {};
    startSync();
}

void SyncEngine::startSync()
{
    m_lastErrorCode.clear();
    m_refusedCertificateSha256.clear();
    m_pushedBefore = 0;
    planPush();
}

void SyncEngine::planPush()
{
    // The plan: every pending item of the window once (its latest outbox entry in it), catalog
    // before movements so that the server knows the products and locations the movements point at.
    // The outbox is in creation order, so what a movement points at is in its window or an earlier one.
    const QList<core::OutboxItem> pending = m_store.pendingOutboxItems(m_outboxWindow);
    struct Span
    {
        qsizetype latest; ///< position in `pending` of the entity's latest entry
        qint64 firstSeq;
    };
    QHash<QUuid, Span> spans;
    spans.reserve(pending.size());
    QList<QUuid> order;
    order.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const core::OutboxEntry &entry = pending.at(i).entry;
        const auto span = spans.find(entry.entityId);
        if (span == spans.end()) {
            spans.insert(entry.entityId, Span{i, entry.seq});
            order << entry.entityId;
        } else {
            span->latest = i;
        }
    }
    QList<PushItem> catalog;
    QList<PushItem> movements;
    movements.reserve(order.size());
    QList<QUuid> reversed; // per movement of the plan: what it reverses
    reversed.reserve(order.size());
    for (const QUuid &id : std::as_const(order)) {
        const Span span = spans.value(id);
        const core::OutboxItem &pendingItem = pending.at(span.latest);
        PushItem item;
        item.entry = pendingItem.entry;
        item.firstOutboxSeq = span.firstSeq;
        if (item.entry.entity == u"movement") {
            if (!pendingItem.movement) {
                qCWarning(lcSync) << "outbox entry without movement" << id;
                continue;
            }
            item.json.reserve(512);
            proto::appendMovementJson(item.json, *pendingItem.movement);
            reversed << pendingItem.movement->reversesId;
            movements << std::move(item);
            continue;
        }
        const auto type = catalogTypeOfEntity(item.entry.entity);
        const auto record = type ? m_store.catalogRecord(item.entry.entity, id) : std::nullopt;
        if (!record) {
            qCWarning(lcSync) << "outbox entry without record" << item.entry.entity << id;
            continue;
        }
        proto::CatalogItem wire;
        wire.type = *type;
        wire.id = id;
        wire.fields = record->fields;
        wire.stamps = record->stamps;
        for (const core::Hlc &stamp : std::as_const(record->stamps)) {
            if (wire.createdHlc.isNull() || stamp < wire.createdHlc)
                wire.createdHlc = stamp;
        }
        item.catalog = true;
        QJsonObject json = proto::catalogItemToJson(wire);
        json.remove(QStringLiteral("merged_into")); // the server decides merges
        item.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
        catalog << std::move(item);
    }
    const qsizetype movementsFrom = catalog.size();
    m_plan = std::move(catalog);
    m_plan.append(std::move(movements));
    // A reversal must reach the server after the movement it reverses (other devices apply
    // movements in server order and refuse a reversal of an unknown movement).
    QHash<QUuid, qsizetype> movementPositions;
    movementPositions.reserve(m_plan.size() - movementsFrom);
    for (qsizetype i = movementsFrom; i < m_plan.size(); ++i) {
        PushItem &item = m_plan[i];
        const QUuid &reverses = reversed.at(i - movementsFrom);
        if (!reverses.isNull())
            item.dependsOn = movementPositions.value(reverses, -1);
        movementPositions.insert(item.entry.entityId, i);
    }
    m_planPos = 0;
    m_pushResend.clear();
    m_pushInFlight = 0;
    m_pushBarrierInFlight = false;
    m_pushStored = 0;
    // A full window may have more behind it. An empty plan (entries without their record) cannot
    // make progress: stop there rather than read the same window again.
    m_planMore = pending.size() >= m_outboxWindow && !m_plan.isEmpty();
    m_pushTotal = m_pushedBefore + int(m_plan.size())
                  + (m_planMore ? int(qMax<qint64>(0, m_store.pendingOutboxCount() - pending.size())) : 0);
    emit progress(m_pushedBefore, m_pushTotal, QStringLiteral("push"));
    if (m_plan.isEmpty()) {
        pull();
        return;
    }
    fillPushPipeline();
}

bool SyncEngine::pushBatchIsBarrier(qsizetype begin, qsizetype end) const
{
    for (qsizetype i = begin; i < end; ++i) {
        const PushItem &item = m_plan.at(i);
        if (item.catalog || (item.dependsOn >= 0 && item.dependsOn < begin))
            return true;
    }
    return false;
}

void SyncEngine::fillPushPipeline()
{
    // Two requests on two connections may reach the server, and commit, in either order. A batch
    // that later ones may depend on (catalog records that movements point at; a movement that a
    // later one reverses, which other devices must pull first) therefore goes out alone, after
    // every earlier batch was answered (the server answers after committing), and nothing else
    // goes out until it is answered. The plan puts catalog records first, so such batches are
    // at its head and the movements behind them then go out m_pushConcurrency at a time.
    while (m_pushInFlight < m_pushConcurrency && !m_pushBarrierInFlight) {
        qsizetype begin = 0;
        qsizetype end = 0;
        const bool resend = !m_pushResend.isEmpty();
        if (resend) {
            begin = m_pushResend.first().first;
            end = qMin(m_pushResend.first().second, begin + m_batchSize);
        } else if (m_planPos < m_plan.size()) {
            begin = m_planPos;
            end = qMin(m_plan.size(), begin + m_batchSize);
        } else {
            return;
        }
        const bool barrier = pushBatchIsBarrier(begin, end);
        if (barrier && m_pushInFlight > 0)
            return; // waits for the batches in flight to be answered
        if (!resend)
            m_planPos = end;
        else if (end >= m_pushResend.first().second)
            m_pushResend.removeFirst();
        else
            m_pushResend.first().first = end;
        sendPushBatch(begin, end, barrier);
    }
}

void SyncEngine::sendPushBatch(qsizetype begin, qsizetype end, bool barrier)
{
    // The body is written from the items' own JSON: DESIGN §5's push, compact.
    QList<qsizetype> catalogIndex;
    QList<qsizetype> movementIndex;
    movementIndex.reserve(end - begin);
    qsizetype size = 200;
    for (qsizetype i = begin; i < end; ++i) {
        (m_plan.at(i).catalog ? catalogIndex : movementIndex) << i;
        size += m_plan.at(i).json.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body += "{\"protocol\":";
    body += QByteArray::number(proto::kProtocolVersion);
    body += ",\"device\":";
    proto::appendJsonString(body, m_account.deviceId);
    body += ",\"hlc\":";
    proto::appendJsonString(body, m_store.clock().now().toString());
    const auto appendItems = [&](const char *name, const QList<qsizetype> &indexes) {
        body += ",\"";
        body += name;
        body += "\":[";
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            if (k > 0)
                body += ',';
            body += m_plan.at(indexes.at(k)).json;
        }
        body += ']';
    };
    appendItems("movements", movementIndex);
    appendItems("catalog", catalogIndex);
    body += '}';
    ++m_pushInFlight;
    m_pushBarrierInFlight = m_pushBarrierInFlight || barrier;
    m_stats.maxPushesInFlight = qMax(m_stats.maxPushesInFlight, m_pushInFlight);
    sendJson("POST", QStringLiteral("/sync/push"), body, true,
             [=, this](const Reply &r) { pushAnswered(begin, end, barrier, catalogIndex, movementIndex, r); });
}

void SyncEngine::pushAnswered(qsizetype begin, qsizetype end, bool barrier, const QList<qsizetype> &catalogIndex,
                              const QList<qsizetype> &movementIndex, const Reply &r)
{
    --m_pushInFlight;
    if (barrier)
        m_pushBarrierInFlight = false;
    const int serverMax = r.json.value(QStringLiteral("error"))
                              .toObject()
                              .value(QStringLiteral("details"))
                              .toObject()
                              .value(QStringLiteral("max_batch"))
                              .toInt();
    if (r.status == 413 && r.errorCode() == u"batch_too_large" && serverMax > 0 && end - begin > serverMax) {
        // A server with a lower --max-batch: this range goes again in smaller batches (nothing of
        // it was applied). Another batch in flight may get the same answer; it is split too.
        m_batchSize = qMin(m_batchSize, serverMax);
        const auto at = std::lower_bound(
            m_pushResend.begin(), m_pushResend.end(), begin,
            [](const QPair<qsizetype, qsizetype> &range, qsizetype position) { return range.first < position; });
        m_pushResend.insert(at, qMakePair(begin, end));
        fillPushPipeline();
        return;
    }
    if (r.status != 200) {
        failWith(r); // drops the other batches in flight: their items stay in the outbox
        return;
    }
    const QJsonObject data = r.data().toObject();
    const QJsonArray catalogResults = data.value(QStringLiteral("catalog")).toArray();
    const QJsonArray movementResults = data.value(QStringLiteral("movements")).toArray();
    if (catalogResults.size() != catalogIndex.size() || movementResults.size() != movementIndex.size()) {
        fail(QStringLiteral("invalid_response"), tr("The server answered a push with the wrong number of results."),
             ErrorCategory::Protocol);
        return;
    }
    QList<core::PushResult> results;
    QList<core::PushResult> rejectedItems;
    Stats counted;
    QString mismatch;
    const auto collect = [&](const QJsonArray &answers, const QList<qsizetype> &indexes) {
        for (qsizetype k = 0; k < answers.size() && mismatch.isEmpty(); ++k) {
            const PushItem &item = m_plan.at(indexes.at(k));
            auto parsed = proto::itemResultFromJson(answers.at(k).toObject());
            // Answers are matched to items by position: one about another item means the
            // answer cannot be trusted at all, so nothing of this batch is recorded.
            if (parsed && core::uuidFromText(parsed->id) != item.entry.entityId) {
                mismatch = tr("The server answered a push with the result of %1 where %2 %3 was expected.")
                               .arg(parsed->id, item.entry.entity, core::uuidToText(item.entry.entityId));
                return;
            }
            core::PushResult result;
            result.entity = item.entry.entity;
            result.entityId = item.entry.entityId;
            result.outboxSeq = item.entry.seq;
            result.firstOutboxSeq = item.firstOutboxSeq;
            if (!parsed) {
                result.status = core::PushResult::Status::Rejected;
                result.code = QStringLiteral("invalid_response");
                result.message = parsed.error().message;
            } else {
                result.status = pushStatus(parsed->status);
                result.serverSeq = parsed->seq;
                result.code = parsed->code;
                result.message = parsed->message;
            }
            ++counted.pushed;
            switch (result.status) {
            case core::PushResult::Status::Accepted:
                ++counted.accepted;
                break;
            case core::PushResult::Status::Duplicate:
                ++counted.duplicates;
                break;
            case core::PushResult::Status::Rejected:
                ++counted.rejected;
                rejectedItems << result;
                break;
            }
            results << result;
        }
    };
    collect(catalogResults, catalogIndex);
    collect(movementResults, movementIndex);
    if (!mismatch.isEmpty()) {
        fail(QStringLiteral("invalid_response"), mismatch, ErrorCategory::Protocol);
        return;
    }
    // More batches (or the first pull) go out before this answer is stored, so the server works
    // while the store writes. If storing fails, the requests in flight are dropped: their items
    // stay in the outbox and a later push gets "duplicate" for those the server applied.
    // The next window is read only once every batch of this one is stored (else it would hold
    // some of them again).
    const bool windowAnswered = m_pushInFlight == 0 && m_pushResend.isEmpty() && m_planPos >= m_plan.size();
    if (!windowAnswered)
        fillPushPipeline();
    else if (!m_planMore)
        pull();
    auto recorded = m_store.recordPushResults(results);
    if (!recorded) {
        abortInFlight();
        fail(recorded.error().code, recorded.error().message, ErrorCategory::Local);
        return;
    }
    m_stats.pushed += counted.pushed;
    m_stats.accepted += counted.accepted;
    m_stats.duplicates += counted.duplicates;
    m_stats.rejected += counted.rejected;
    if (const auto hlc = proto::hlcFromJson(data.value(QStringLiteral("server_hlc"))))
        m_store.clock().observe(*hlc);
    noteClockSkew(data.value(QStringLiteral("clock_skew")).toObject());
    for (const core::PushResult &rejected : std::as_const(rejectedItems))
        emit itemRejected(rejected.entity, rejected.entityId, rejected.code, rejected.message);
    // Answers may come back in another order than their batches went out: progress counts the
    // items stored, so it only grows.
    m_pushStored += end - begin;
    emit progress(m_pushedBefore + int(m_pushStored), m_pushTotal, QStringLiteral("push"));
    if (windowAnswered && m_planMore) {
        m_pushedBefore += int(m_plan.size());
        planPush();
    }
}

void SyncEngine::noteClockSkew(const QJsonObject &skew)
{
    if (skew.value(QStringLiteral("flagged")).toBool() && m_stats.clockSkewMs == 0) {
        m_stats.clockSkewMs = qint64(skew.value(QStringLiteral("skew_ms")).toDouble());
        if (m_stats.clockSkewMs != 0)
            emit clockSkewDetected(m_stats.clockSkewMs);
    }
}

void SyncEngine::pull()
{
    m_pullStart = m_store.pullCursor();
    m_pullCursor = m_pullStart;
    m_pullLastSeq.reset();
    m_pullRequests.clear();
    m_deferBalances.reset();
    requestPage(m_pullStart);
}

void SyncEngine::requestPage(qint64 since)
{
    if (m_pullRequests.contains(since))
        return;
    const quint64 serial = ++m_pullSerial;
    m_pullRequests[since].serial = serial;
    m_stats.maxPagesInFlight = qMax(m_stats.maxPagesInFlight, int(m_pullRequests.size()));
    const QString path = QStringLiteral("/sync/pull?since=%1&limit=%2").arg(since).arg(m_pageSize);
    // CBOR pages are smaller and cheaper to read; a server that does not speak it answers JSON.
    const QByteArray accept = m_pullEncoding == PullEncoding::Cbor
                                  ? QByteArray(proto::kCborContentType) + ", application/json;q=0.5"
                                  : QByteArray("application/json");
    QNetworkReply *reply = send(
        "GET", path, {}, true,
        [this, since, serial](const Reply &r) {
            const auto it = m_pullRequests.find(since);
            if (it == m_pullRequests.end() || it->second.serial != serial)
                return; // a page asked for ahead at a cursor the pull went past
            it->second.reply = nullptr;
            it->second.answer = r;
            applyArrivedPages();
        },
        false, accept);
    if (const auto it = m_pullRequests.find(since); it != m_pullRequests.end() && it->second.serial == serial)
        it->second.reply = reply;
}

void SyncEngine::applyArrivedPages()
{
    // Pages are applied strictly in cursor order, whatever order they arrive in: a page asked for
    // ahead waits here until the pull's cursor reaches its `since`.
    for (;;) {
        const auto it = m_pullRequests.find(m_pullCursor);
        if (it == m_pullRequests.end() || !it->second.answer)
            return;
        const Reply r = std::move(*it->second.answer);
        m_pullRequests.erase(it);
        if (!applyPage(m_pullCursor, r))
            return;
    }
}

void SyncEngine::requestPagesAhead()
{
    // A page asked for at cursor `since` holds the `limit` smallest sequences after it, so with
    // no gap in the sequence (most of a log: gaps come from catalog records edited since) the
    // next page starts `limit` further on. Pages asked for at such a guess are real answers for
    // their cursor, computed a little earlier than a sequential pull would have; a guess the
    // cursor does not reach is dropped.
    if (!m_pullLastSeq)
        return;
    for (int k = 1; k <= m_pullAhead; ++k) {
        const qint64 guess = m_pullCursor + qint64(k) * m_pageSize;
        if (guess >= *m_pullLastSeq)
            break;
        requestPage(guess);
    }
}

void SyncEngine::dropPagesOffCursor()
{
    // Kept: the page at the cursor and the guesses requestPagesAhead() makes from it. A guess
    // made from an earlier cursor that a gap put off this grid is hardly ever reached.
    for (auto it = m_pullRequests.begin(); it != m_pullRequests.end();) {
        const qint64 offset = it->first - m_pullCursor;
        if (offset >= 0 && offset % m_pageSize == 0 && offset / m_pageSize <= m_pullAhead) {
            ++it;
            continue;
        }
        if (QNetworkReply *reply = it->second.reply) {
            m_inFlight.removeOne(reply);
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        ++m_stats.pagesDiscarded;
        it = m_pullRequests.erase(it);
    }
}

bool SyncEngine::applyPage(qint64 since, const Reply &r)
{
    if (r.status != 200) {
        failWith(r);
        return false;
    }
    proto::PullPage page;
    const auto problem =
        r.cbor ? proto::pullPageFromCbor(r.body, &page) : proto::pullPageFromJson(r.data().toObject(), &page);
    if (problem) {
        const QString &message = problem->error.message;
        switch (problem->part) {
        case proto::PullPageError::Part::Catalog:
            fail(problem->error.code, tr("The server sent a catalog record this client cannot read: %1").arg(message),
                 ErrorCategory::Rejected);
            return false;
        case proto::PullPageError::Part::Movement:
            fail(problem->error.code, tr("The server sent a movement this client cannot read: %1").arg(message),
                 ErrorCategory::Rejected);
            return false;
        case proto::PullPageError::Part::Page:
            fail(problem->error.code, tr("The server sent a pull page this client cannot read: %1").arg(message),
                 ErrorCategory::Rejected);
            return false;
        }
    }
    const qint64 next = page.next;
    if (next < since) {
        fail(QStringLiteral("invalid_response"), tr("The server sent an invalid pull cursor."),
             ErrorCategory::Rejected);
        return false;
    }
    QList<core::CatalogRecord> catalog;
    catalog.reserve(page.catalog.size());
    for (const proto::CatalogItem &item : std::as_const(page.catalog)) {
        core::CatalogRecord record;
        record.entity = entityOfCatalogType(item.type);
        record.id = item.id;
        record.fields = item.fields;
        record.stamps = item.stamps;
        record.mergedInto = item.mergedInto;
        catalog << record;
    }
    if (page.serverHlc)
        m_store.clock().observe(*page.serverHlc);
    // Pulls carry the skew check too: a device with nothing to push is told about its clock.
    noteClockSkew(page.clockSkew);
    const bool more = page.hasMore && next > since;
    const bool lastOk = page.lastSeq.has_value();
    const qint64 last = page.lastSeq.value_or(0);
    if (lastOk)
        m_pullLastSeq = qMax(m_pullLastSeq.value_or(0), last);
    if (!m_deferBalances) {
        // Decided on the first page. When what comes is large and more than the store holds
        // (a new device, or one offline for long), one rebuild at the end costs less than
        // keeping every balance up to date row by row.
        const qint64 coming = lastOk ? last - m_pullStart : 0;
        m_deferBalances = more && coming >= m_bulkPullMinimum && coming >= m_store.movementCount();
    }
    // The next pages are asked for before this one is applied, so the server builds them while
    // the store writes this one (the cursor is only stored with a page, so a failure loses
    // nothing).
    if (more) {
        m_pullCursor = next;
        dropPagesOffCursor();
        requestPage(next);
        requestPagesAhead();
    }
    auto applied = m_store.applyPulledPage(catalog, page.movements, next,
                                           *m_deferBalances ? core::PulledBalances::Defer
                                                            : core::PulledBalances::Maintain);
    if (!applied) {
        fail(applied.error().code, applied.error().message, ErrorCategory::Local);
        return false;
    }
    ++m_stats.pages;
    m_stats.pulledMovements += *applied;
    m_stats.pulledCatalog += int(catalog.size());
    // Progress in server sequence numbers since this pull began, of the company's last one
    // (a server without last_seq: movements received, total unknown).
    const quint64 epoch = m_epoch;
    if (lastOk) {
        const qint64 done = next - m_pullStart;
        const qint64 total = qMax(last - m_pullStart, done);
        emit progress(int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)), QStringLiteral("pull"));
    } else {
        emit progress(m_stats.pulledMovements, 0, QStringLiteral("pull"));
    }
    if (epoch != m_epoch)
        return false; // cancelled from a progress slot
    if (!more) {
        succeed();
        return false;
    }
    return true;
}

bool SyncEngine::settleBalances()
{
    auto rebuilt = m_store.rebuildStaleBalances();
    if (!rebuilt)
        qCWarning(lcSync).noquote() << "cannot rebuild the balances:" << rebuilt.error().message;
    return rebuilt.ok();
}

void SyncEngine::succeed()
{
    if (auto rebuilt = m_store.rebuildStaleBalances(); !rebuilt) {
        fail(rebuilt.error().code, rebuilt.error().message, ErrorCategory::Local);
        return;
    }
    auto stamped = m_store.setLastSyncAt(QDateTime::currentDateTimeUtc());
    if (!stamped) {
        fail(stamped.error().code, stamped.error().message, ErrorCategory::Local);
        return;
    }
    m_attempt = 0;
    finishOperation(true);
}

void SyncEngine::finishOperation(bool ok)
{
    if (ok && m_autoTimer.interval() > 0 && !m_autoTimer.isActive())
        m_autoTimer.start();
    const Op op = m_operation;
    m_operation = Op::None;
    m_busy = false;
    m_retryTimer.stop();
    abortInFlight(); // a failure in one of several requests in flight ends the others
    if (op == Op::Sync)
        settleBalances(); // a pull cut short leaves no stale balances behind
    switch (op) {
    case Op::Login:
        emit loginFinished(ok);
        break;
    case Op::Sync:
        emit finished(ok);
        break;
    case Op::Logout:
        emit loggedOut(false);
        break;
    case Op::None:
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// Failures

void SyncEngine::fail(const QString &code, const QString &message, ErrorCategory category)
{
    m_lastErrorCode = code;
    if (category != ErrorCategory::Network && category != ErrorCategory::Rejected && category != ErrorCategory::Local)
        m_autoTimer.stop(); // only the user can fix this; do not hammer the server meanwhile
    qCInfo(lcSync).noquote() << "sync error" << errorCategoryToString(category) << code << message;
    emit syncError(message, category);
    finishOperation(false);
}

void SyncEngine::failWith(const Reply &r)
{
    const QString code = r.errorCode();
    const QString serverMessage = r.errorMessage();
    if (r.insecureUrl) {
        fail(QStringLiteral("insecure_url"), tls::insecureUrlMessage(m_account.serverUrl), ErrorCategory::Tls);
        return;
    }
    if (r.tlsRefused || r.networkError == QNetworkReply::SslHandshakeFailedError) {
        m_refusedCertificateSha256 = r.tlsPeerSha256;
        const QString presented =
            r.tlsPeerSha256.isEmpty()
                ? QString()
                : tr(" The server presented the certificate with SHA-256 fingerprint %1.").arg(r.tlsPeerSha256);
        fail(QStringLiteral("tls_refused"),
             m_account.pinnedSha256.isEmpty()
                 ? tr("The server's certificate is not trusted (%1).%2 Pin its fingerprint or give its CA.")
                       .arg(r.tlsReason.isEmpty() ? r.networkMessage : r.tlsReason, presented)
                 : tr("The server's certificate does not match the pinned fingerprint.%1 The connection was "
                      "refused.")
                       .arg(presented),
             ErrorCategory::Tls);
        return;
    }
    if (r.status == 0 || r.status == 429 || r.status >= 500) {
        const QString message =
            r.status == 0 ? tr("Cannot reach the server: %1").arg(r.networkMessage)
            : serverMessage.isEmpty()
                ? tr("The server is busy or failing (HTTP %1).").arg(r.status)
                : tr("The server is busy or failing (HTTP %1): %2").arg(r.status).arg(serverMessage);
        const QString errorCode =
            r.status == 0 ? QStringLiteral("network_error") : (code.isEmpty() ? QStringLiteral("server_error") : code);
        if (m_operation == Op::Sync && m_attempt < m_retry.maxAttempts) {
            m_lastErrorCode = errorCode;
            emit syncError(message, ErrorCategory::Network);
            scheduleRetry(r.retryAfter.toInt() * 1000);
            return;
        }
        fail(errorCode, message, ErrorCategory::Network);
        return;
    }
    if (r.status == 426) {
        fail(code.isEmpty() ? QStringLiteral("unsupported_protocol") : code,
             tr("The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your "
                "local data and unsent changes are kept.")
                 .arg(serverMessage),
             ErrorCategory::Protocol);
        return;
    }
    if (code == u"tenant_suspended" || code == u"tenant_cancelled" || code == u"trial_expired"
        || code == u"tenant_pending") {
        fail(code,
             tr("%1 Nothing was lost: %n change(s) wait in the outbox until the account is active again.", nullptr,
                int(m_store.pendingOutboxCount()))
                 .arg(serverMessage),
             ErrorCategory::Tenant);
        return;
    }
    if (r.status == 401) {
        fail(code.isEmpty() ? QStringLiteral("unauthorized") : code,
             (serverMessage.isEmpty() ? tr("The server refused the credentials.") : serverMessage)
                 + (m_operation == Op::Login ? QString() : tr(" You can keep working offline.")),
             ErrorCategory::Authentication);
        return;
    }
    fail(code.isEmpty() ? QStringLiteral("http_%1").arg(r.status) : code,
         serverMessage.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(r.status) : serverMessage,
         ErrorCategory::Rejected);
}

void SyncEngine::scheduleRetry(int minimumMs)
{
    abortInFlight(); // the whole sync starts again; other batches in flight are dropped
    settleBalances();
    ++m_attempt;
    ++m_stats.retries;
    // Exponential backoff with "equal jitter": half the delay fixed, half random, so that many
    // devices cut off together do not come back together.
    const qint64 exponential = qint64(m_retry.baseMs) << qMin(m_attempt - 1, 20);
    const qint64 capped = qMin<qint64>(exponential, m_retry.maxMs);
    qint64 delay = capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1);
    delay = qMax<qint64>(delay, minimumMs);
    qCInfo(lcSync) << "retry" << m_attempt << "in" << delay << "ms";
    emit retryScheduled(m_attempt, int(delay));
    m_retryTimer.start(int(delay));
}

} // namespace depot::sync
