#pragma once

#include "certificateprobe.h"
#include "profile.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace depot::app {

class SessionContext;

/// The steps of signing in to a company, shared by the login dialog and `depot --server ...`:
/// checks the fields, finds the company's folder under the app data folder, asks once to trust a
/// self-signed server's fingerprint (then pinned in the profile), signs in, makes the user change a
/// password the server marked must_change_password, keeps an offline verifier of the password, and,
/// when the server cannot be reached, unlocks offline if this user signed in here before.
///
/// Never stores the password; on any failure nothing is written.
class LoginFlow : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString root; ///< the app data folder (company folders are under it)
        QString server;
        QString tenant;
        QString user;
        QString password;
        QString pin; ///< a fingerprint given in advance (command line), else empty
        CredentialStoreKind credentials = CredentialStoreKind::Keychain;
        /// Ask about an untrusted certificate (fingerprintConfirmationNeeded) rather than refuse it.
        bool interactive = true;
        /// Retry policy of the session's sync (tests shorten it).
        int retryBaseMs = 2000;
        int retryMaxAttempts = 8;
    };

    explicit LoginFlow(Request request, QObject *parent = nullptr);
    ~LoginFlow() override;

    void start();
    /// The answer to fingerprintConfirmationNeeded().
    void confirmFingerprint(bool trusted);
    /// The answer to passwordChangeRequired(); an empty password abandons the sign-in.
    void changePassword(const QString &next);

    /// After finished(true): the session (signed in, or unlocked offline) and its profile.
    std::unique_ptr<SessionContext> takeSession();
    CompanyProfile profile() const { return m_profile; }
    bool unlockedOffline() const { return m_offline; }

signals:
    void statusChanged(const QString &text);
    /// `fingerprint` in the AB:CD:... form.
    void fingerprintConfirmationNeeded(const QString &fingerprint);
    void passwordChangeRequired();
    /// The server refused the new password (too weak...); ask again.
    void passwordChangeFailed(const QString &message);
    void finished(bool ok, const QString &message);

private:
    void fail(const QString &message);
    void signIn();
    void tryOffline(const QString &reason);
    void complete(const QString &message);
    void saveAndComplete();

    Request m_request;
    CompanyProfile m_profile;
    std::unique_ptr<SessionContext> m_session;
    QString m_probedFingerprint;
    bool m_offline = false;
    bool m_done = false;
};

} // namespace depot::app
