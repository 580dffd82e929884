#pragma once

#include "loginflow.h"
#include "profile.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace depot::app {

class SessionContext;

/// Signs in to a company: server address, company identifier, email or phone, password. Enter
/// signs in; errors (wrong password, unreachable server, suspended company, outdated app...) are
/// shown in the dialog, which stays open. A self-signed server's SHA-256 fingerprint is shown for
/// confirmation the first time (then pinned); a password the server marks as temporary is changed
/// here before going on; without the server, a user who signed in here before unlocks offline.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString &root, CredentialStoreKind credentials, const CompanyProfile &prefill,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// After accept(): the session (signed in or unlocked offline).
    std::unique_ptr<SessionContext> takeSession();
    bool unlockedOffline() const { return m_offline; }
    /// What the sign-in said when it succeeded (for example "Unlocked offline...").
    QString resultMessage() const { return m_resultMessage; }
    /// Shortens the session's retry policy (tests).
    void setRetryPolicy(int baseMs, int maxAttempts);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *signInButton() const { return m_signIn; }
    QGroupBox *trustPanel() const { return m_trustPanel; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *distrustButton() const { return m_distrust; }
    QGroupBox *changePanel() const { return m_changePanel; }
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QLineEdit *confirmPasswordEdit() const { return m_confirmPassword; }
    QPushButton *changeButton() const { return m_change; }

public slots:
    void accept() override;

signals:
    /// A step finished and the dialog waits for the user (a message, the trust or change panel).
    void waitingForUser();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void showError(const QString &message);
    void submitNewPassword();

    QString m_root;
    CompanyProfile m_prefill;
    CredentialStoreKind m_credentials;
    int m_retryBaseMs = 2000;
    int m_retryMaxAttempts = 8;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_trustPanel = nullptr;
    QLabel *m_trustText = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_distrust = nullptr;
    QGroupBox *m_changePanel = nullptr;
    QLabel *m_changeText = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
    QPushButton *m_change = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    LoginFlow *m_flow = nullptr;
    std::unique_ptr<SessionContext> m_session;
    bool m_offline = false;
    QString m_resultMessage;
};

} // namespace depot::app
