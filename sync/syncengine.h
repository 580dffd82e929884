#pragma once

#include "account.h"
#include "credentialstore.h"

#include "core/tenantstore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

class QNetworkAccessManager;

namespace depot::sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

/// What kind of failure a syncError() is, so a UI can react (retry later, ask to sign in, ...).
enum class ErrorCategory {
    Network,        ///< server unreachable, timeout, 5xx, 429: retried with backoff
    Tls,            ///< certificate not trusted or not the pinned one: never retried
    Authentication, ///< wrong password, session ended: the user must sign in again
    Protocol,       ///< 426 (this client is older than the server), or a push answer not about the items sent
    Tenant,         ///< company suspended, cancelled or trial ended: the outbox is kept
    Rejected,       ///< any other refusal by the server (4xx)
    Local           ///< the local store failed
};
QString errorCategoryToString(ErrorCategory category);

/// Synchronises one TenantStore with depot-server (DESIGN §5) over HTTPS: login, then
/// push the outbox in bounded batches (catalog first, then movements), then pull pages from the
/// store's cursor until the server has nothing more, applying each page with its cursor in one
/// local transaction.
///
/// Guarantees:
/// - nothing local is lost on any failure: an item leaves the outbox only with the server's answer
///   for it (accepted, duplicate, or rejected and then kept as a rejection and reported);
/// - a repeated sync is a no-op (the server deduplicates by id, pulls are idempotent);
/// - an expired access token is refreshed once and the request retried; a refused refresh emits
///   authenticationRequired() and the store stays usable offline;
/// - transient failures (network, 5xx, 429) are retried by a timer with exponential backoff and
///   jitter, even when nothing new is written locally;
/// - with a pinned certificate fingerprint, a TLS peer with another certificate is refused, and
///   nothing is ever sent to a server URL that is not https://;
/// - one sync() sends the whole outbox (window after window), and records a push answer only when
///   each of its items is about the item sent at that position.
///
/// Used from the thread of the store; reports only through signals.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct RetryPolicy
    {
        int baseMs = 2000;     ///< first retry after about this long
        int maxMs = 5 * 60000; ///< the delay never grows beyond this
        int maxAttempts = 8;   ///< 0: never retry; after this many, finished(false)
    };

    SyncEngine(core::TenantStore &store, Account account, QNetworkAccessManager *network, CredentialStore *credentials,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    const Account &account() const { return m_account; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    /// Items per push request (the server refuses more than its max-batch, 1000 by default; the
    /// engine lowers its batch to a smaller max-batch the server reports).
    void setBatchSize(int items) { m_batchSize = qBound(1, items, 1000); }
    /// Movements and records asked for per pull page (the server clamps; 20,000 at most, about
    /// 7.5 MB of JSON: a device on a slow or flaky link may want smaller pages).
    void setPageSize(int items) { m_pageSize = qBound(1, items, 20000); }
    /// Outbox entries read at once to plan a push (100,000 by default, the store's maximum); a
    /// sync plans window after window until the outbox holds nothing that was there when it began.
    void setOutboxWindow(int entries) { m_outboxWindow = qBound(1, entries, 100000); }
    /// Push batches in flight at once (4 by default, 1 to 4): while the server applies one batch,
    /// it decodes the next ones and the engine stores the answer of another (on a 2-core machine,
    /// 100,000 movements: 17,000/s with two, 20,000 with three, 33,000 with four after the server's
    /// checkpoints were spaced out). Batches that others depend on still go one at a time (see
    /// pushBatchIsBarrier()).
    void setPushConcurrency(int batches) { m_pushConcurrency = qBound(1, batches, 4); }
    /// How pull pages travel: CBOR (the default; smaller, and read without a document) or JSON.
    /// Both carry the same page (docs/sync.md); a server that does not offer CBOR answers JSON.
    enum class PullEncoding {
        Cbor,
        Json
    };
    void setPullEncoding(PullEncoding encoding) { m_pullEncoding = encoding; }
    /// Pull pages asked for ahead of the one being applied (2 by default, 0 to 4), at the cursor
    /// each would start at if the server's sequence had no gap: the server builds them while the
    /// store writes. Pages are applied in cursor order whatever order they arrive in; one asked
    /// for at a cursor the pull does not reach is dropped (Stats::pagesDiscarded).
    void setPullPagesAhead(int pages) { m_pullAhead = qBound(0, pages, 4); }
    /// A pull of at least this many movements (20,000 by default), when that is also more than the
    /// store holds, applies its pages without balance updates and rebuilds the balances once at
    /// its end (TenantStore::PulledBalances::Defer): a new device's initial sync.
    void setBulkPullMinimum(qint64 movements) { m_bulkPullMinimum = qMax<qint64>(1, movements); }
    bool isBusy() const { return m_busy; }
    /// The device wall clock (Unix ms) sent with every request for the server's clock-skew check;
    /// the system clock by default (tests make a device look skewed with it).
    void setWallClock(std::function<qint64()> nowMs) { m_wallClock = std::move(nowMs); }
    /// Syncs by itself every `ms` while idle (0, the default: only when sync() is called). A sync
    /// that ended on an error that needs the user (sign-in, TLS, protocol, company blocked) stops
    /// the timer until the next successful sync() or login().
    void setAutoSyncInterval(int ms);
    /// Counters of the last sync (for reports and tests).
    struct Stats
    {
        int pushed = 0;
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int pulledMovements = 0;
        int pulledCatalog = 0;
        int pages = 0;
        /// Pull pages asked for ahead at a cursor the pull did not reach (a gap in the sequence).
        int pagesDiscarded = 0;
        /// The most pull pages that were asked for and not applied yet at the same time.
        int maxPagesInFlight = 0;
        int requests = 0;
        int refreshes = 0;
        int retries = 0;
        /// The most push batches that were in flight at the same time.
        int maxPushesInFlight = 0;
        /// The device clock's offset from the server's (ms) when the server flagged it, else 0.
        qint64 clockSkewMs = 0;
    };
    Stats stats() const { return m_stats; }
    /// The last error of the last operation (code from the server or the engine), empty after success.
    QString lastErrorCode() const { return m_lastErrorCode; }
    /// After a `tls_refused` error: the SHA-256 fingerprint ("AB:CD:...") of the certificate the
    /// server presented, for the user to compare with the administrator's and pin (trust on first
    /// use); empty otherwise.
    QString refusedCertificateSha256() const { return m_refusedCertificateSha256; }

    /// Normalises a fingerprint ("AB:CD:..." or "abcd...") to lowercase hex without separators.
    static QString normalizeFingerprint(const QString &text);

public Q_SLOTS:
    /// Signs in with the account's tenant and user; stores the refresh token in the credential store.
    /// Ends with loginFinished(ok) (and syncError() on failure).
    void login(const QString &password);
    /// Push then pull. Ends with finished(ok).
    void sync();
    /// Ends the session on the server (best effort) and forgets the tokens locally. Ends with
    /// loggedOut(serverConfirmed).
    void logout();
    /// Stops any request and pending retry.
    void cancel();
    /// Exchanges the refresh token for a new access token (account().accessToken), for other
    /// clients of the same session (ApiClient): refresh tokens rotate, so only this engine may use
    /// them, one exchange at a time. Ends with accessTokenRefreshed(ok).
    void refreshAccessToken();

Q_SIGNALS:
    /// `push`: items sent of the planned total; `pull`: server sequences received since the pull
    /// began, of the company's last one (total 0 when the server does not say).
    void progress(int done, int total, const QString &phase);
    void itemRejected(const QString &entity, const QUuid &id, const QString &code, const QString &message);
    void syncError(const QString &message, depot::sync::ErrorCategory category);
    void finished(bool ok);
    void loginFinished(bool ok);
    void loggedOut(bool serverConfirmed);
    void authenticationRequired();
    /// The server found this device's clock more than 5 minutes off (`skewMs` > 0: ahead). Counts
    /// are ordered by clock, so the user should fix the clock. Emitted at most once per sync.
    void clockSkewDetected(qint64 skewMs);
    /// A retry is scheduled in `delayMs`.
    void retryScheduled(int attempt, int delayMs);
    void accessTokenRefreshed(bool ok);

private:
    struct Reply
    {
        int status = 0; ///< HTTP status, 0 when no HTTP answer
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkMessage;
        bool tlsRefused = false;
        QString tlsPeerSha256;    ///< the certificate refused, "AB:CD:..."
        QString tlsReason;        ///< why it was refused (TLS errors)
        bool insecureUrl = false; ///< not sent: the server URL is not https://
        QJsonObject json;         ///< a JSON answer (every error is one)
        bool cbor = false;        ///< a CBOR answer, in body
        QByteArray body;
        QByteArray retryAfter;
        QJsonValue data() const { return json.value(QStringLiteral("data")); }
        QString errorCode() const;
        QString errorMessage() const;
    };
    using Handler = std::function<void(const Reply &)>;
    enum class Op {
        None,
        Login,
        Sync,
        Logout
    };

    /// Sends a request; the reply when it went out at once (nullptr when it waits for a refresh
    /// or was refused before sending).
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body, bool authenticated,
                        Handler handler, bool refreshed = false, const QByteArray &accept = "application/json");
    /// The same with a body already written as JSON (a push, written directly from its rows).
    QNetworkReply *sendJson(const QByteArray &method, const QString &path, const QByteArray &body,
                            bool authenticated, Handler handler, bool refreshed = false,
                            const QByteArray &accept = "application/json");
    /// Exchanges the refresh token; `done(nullptr)` on success, else with the failed reply.
    void refresh(std::function<void(const Reply *)> done);
    void finishOperation(bool ok);
    void startSync();
    /// Plans the next window of the outbox and starts pushing it.
    void planPush();
    /// Sends batches of the window until the pipeline is full or a barrier batch must wait.
    void fillPushPipeline();
    /// True when the batch [begin, end) of the plan must go out alone: it carries a catalog record
    /// (later movements may point at it), or a movement that reverses one of an earlier batch.
    bool pushBatchIsBarrier(qsizetype begin, qsizetype end) const;
    void sendPushBatch(qsizetype begin, qsizetype end, bool barrier);
    void pushAnswered(qsizetype begin, qsizetype end, bool barrier, const QList<qsizetype> &catalogIndex,
                      const QList<qsizetype> &movementIndex, const Reply &r);
    void pull();
    /// Asks for the page after cursor `since`, unless it is asked for already.
    void requestPage(qint64 since);
    /// Applies, in cursor order, every page that has arrived for the pull's cursor.
    void applyArrivedPages();
    /// Applies one page asked for at `since` (the cursor); false when the pull ended (done or failed).
    bool applyPage(qint64 since, const Reply &reply);
    /// Asks for the pages after the cursor at the sequences they start at if the sequence has no gap.
    void requestPagesAhead();
    /// Drops the pages asked for that are neither at the cursor nor guessed from it.
    void dropPagesOffCursor();
    /// Reports the server's `clock_skew` verdict of a push or pull answer, once per sync.
    void noteClockSkew(const QJsonObject &skew);
    /// Drops every request in flight without calling their handlers (a token refresh in flight
    /// completes, so that a rotated refresh token is not lost, but what waited for it is dropped).
    void abortInFlight();
    void succeed();
    /// Rebuilds balances that a pull left stale (deferred), whatever ended it; false on failure.
    bool settleBalances();
    /// Reports a failed reply; transient ones schedule a retry of the whole sync.
    void failWith(const Reply &reply);
    void fail(const QString &code, const QString &message, ErrorCategory category);
    void scheduleRetry(int minimumMs);
    void storeRefreshToken();

    struct PushItem
    {
        core::OutboxEntry entry;  ///< the entity's latest entry in the window
        qint64 firstOutboxSeq = 0; ///< its first entry in the window (the push covers both and between)
        bool catalog = false;
        QByteArray json;           ///< the item's wire form, compact JSON
        qsizetype dependsOn = -1;  ///< plan position of the movement this one reverses, if in the plan
    };

    core::TenantStore &m_store;
    Account m_account;
    QNetworkAccessManager *m_network;
    CredentialStore *m_credentials;
    RetryPolicy m_retry;
    int m_batchSize = 1000;
    int m_pageSize = 20000;
    int m_outboxWindow = 100000;
    bool m_busy = false;
    Op m_operation = Op::None;
    int m_attempt = 0;
    QTimer m_retryTimer;
    QTimer m_autoTimer;
    int m_pushConcurrency = 4;
    qint64 m_bulkPullMinimum = 20000;
    PullEncoding m_pullEncoding = PullEncoding::Cbor;
    QList<PushItem> m_plan;
    qsizetype m_planPos = 0; ///< the first plan position not sent yet
    /// Ranges of the plan to send again (a 413 with a smaller max_batch), in plan order.
    QList<QPair<qsizetype, qsizetype>> m_pushResend;
    int m_pushInFlight = 0;
    bool m_pushBarrierInFlight = false;
    qsizetype m_pushStored = 0; ///< items of this window whose answers are stored
    bool m_planMore = false;    ///< the window was full: plan another once this one is pushed
    int m_pushedBefore = 0;     ///< items of the earlier windows of this sync
    int m_pushTotal = 0;
    qint64 m_pullStart = 0;  ///< the cursor this sync's pull began at
    qint64 m_pullCursor = 0; ///< the cursor of the next page to apply
    std::optional<qint64> m_pullLastSeq; ///< the company's last sequence, as the pages said
    int m_pullAhead = 2;
    /// A pull page asked for, by its cursor: in flight (reply, or null while a token refresh
    /// comes first), or arrived and waiting for its turn (answer).
    struct PullRequest
    {
        quint64 serial = 0;
        QPointer<QNetworkReply> reply;
        std::optional<Reply> answer;
    };
    std::map<qint64, PullRequest> m_pullRequests;
    quint64 m_pullSerial = 0;
    /// This pull fills the store: pages go in without balance updates, rebuilt once at its end.
    std::optional<bool> m_deferBalances;
    Stats m_stats;
    QString m_lastErrorCode;
    QString m_refusedCertificateSha256;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QPointer<QNetworkReply> m_refreshReply; ///< not aborted with the others (see abortInFlight())
    quint64 m_epoch = 0;                    ///< bumped by abortInFlight(): older continuations are dropped
    std::function<qint64()> m_wallClock;
    /// Callers waiting for the refresh in flight (a second concurrent refresh would reuse the token).
    QList<std::function<void(const Reply *)>> m_refreshWaiters;
};

} // namespace depot::sync

Q_DECLARE_METATYPE(depot::sync::ErrorCategory)
