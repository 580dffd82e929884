#include "logindialog.h"

#include "sessioncontext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace depot::app {

LoginDialog::LoginDialog(const QString &root, CredentialStoreKind credentials, const CompanyProfile &prefill,
                         QWidget *parent)
    : QDialog(parent),
      m_root(root),
      m_prefill(prefill),
      m_credentials(credentials)
{
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    const auto field = [this, form](QLabel *&label, QLineEdit *&edit, const char *name) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    field(m_serverLabel, m_server, "server");
    field(m_companyLabel, m_company, "company");
    field(m_userLabel, m_user, "user");
    field(m_passwordLabel, m_password, "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(QStringLiteral("https://depot.example.com:8443"));
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_trustPanel = new QGroupBox(this);
    m_trustPanel->setObjectName(QStringLiteral("trustPanel"));
    auto *trustLayout = new QVBoxLayout(m_trustPanel);
    m_trustText = new QLabel(m_trustPanel);
    m_trustText->setWordWrap(true);
    m_fingerprint = new QLabel(m_trustPanel);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setStyleSheet(QStringLiteral("font-family: monospace; font-weight: bold;"));
    auto *trustButtons = new QHBoxLayout;
    m_trust = new QPushButton(m_trustPanel);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_distrust = new QPushButton(m_trustPanel);
    m_distrust->setObjectName(QStringLiteral("distrust"));
    trustButtons->addWidget(m_trust);
    trustButtons->addWidget(m_distrust);
    trustButtons->addStretch(1);
    trustLayout->addWidget(m_trustText);
    trustLayout->addWidget(m_fingerprint);
    trustLayout->addLayout(trustButtons);
    m_trustPanel->hide();
    layout->addWidget(m_trustPanel);

    m_changePanel = new QGroupBox(this);
    m_changePanel->setObjectName(QStringLiteral("changePanel"));
    auto *changeLayout = new QVBoxLayout(m_changePanel);
    m_changeText = new QLabel(m_changePanel);
    m_changeText->setWordWrap(true);
    changeLayout->addWidget(m_changeText);
    auto *changeForm = new QFormLayout;
    m_newLabel = new QLabel(m_changePanel);
    m_newPassword = new QLineEdit(m_changePanel);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newLabel->setBuddy(m_newPassword);
    m_confirmLabel = new QLabel(m_changePanel);
    m_confirmPassword = new QLineEdit(m_changePanel);
    m_confirmPassword->setObjectName(QStringLiteral("confirmPassword"));
    m_confirmPassword->setEchoMode(QLineEdit::Password);
    m_confirmLabel->setBuddy(m_confirmPassword);
    changeForm->addRow(m_newLabel, m_newPassword);
    changeForm->addRow(m_confirmLabel, m_confirmPassword);
    changeLayout->addLayout(changeForm);
    m_change = new QPushButton(m_changePanel);
    m_change->setObjectName(QStringLiteral("changePassword"));
    changeLayout->addWidget(m_change, 0, Qt::AlignLeft);
    m_changePanel->hide();
    layout->addWidget(m_changePanel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_trustPanel->hide();
        if (m_flow)
            m_flow->confirmFingerprint(true);
    });
    connect(m_distrust, &QPushButton::clicked, this, [this] {
        m_trustPanel->hide();
        if (m_flow)
            m_flow->confirmFingerprint(false);
    });
    connect(m_change, &QPushButton::clicked, this, &LoginDialog::submitNewPassword);
    connect(m_confirmPassword, &QLineEdit::returnPressed, this, &LoginDialog::submitNewPassword);

    retranslateUi();
    m_server->setText(prefill.server.isValid() ? prefill.server.toString() : QString());
    m_company->setText(prefill.tenant);
    m_user->setText(prefill.user);
    QLineEdit *first = m_server;
    for (QLineEdit *edit : {m_server, m_company, m_user, m_password}) {
        first = edit;
        if (edit->text().isEmpty())
            break;
    }
    first->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setRetryPolicy(int baseMs, int maxAttempts)
{
    m_retryBaseMs = baseMs;
    m_retryMaxAttempts = maxAttempts;
}

std::unique_ptr<SessionContext> LoginDialog::takeSession()
{
    return std::move(m_session);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Depot"));
    m_intro->setText(tr("Sign in to your company's Depot server. After one sign-in on this computer, you can also "
                        "unlock it with your password when the server cannot be reached."));
    m_serverLabel->setText(tr("&Server:"));
    m_companyLabel->setText(tr("&Company:"));
    m_userLabel->setText(tr("&Email or phone:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_company->setPlaceholderText(tr("company identifier, e.g. acme-corp"));
    m_signIn->setText(tr("Sign &in"));
    m_trustPanel->setTitle(tr("Trust this server?"));
    m_trustText->setText(tr("This server's certificate is not signed by an authority this computer knows (a "
                            "self-hosted server). Compare its SHA-256 fingerprint with the one your administrator "
                            "gives you (depot-server prints it when it starts). Trust it only if they are "
                            "identical: it will be remembered, and a different certificate will be refused."));
    m_trust->setText(tr("&Trust this server"));
    m_distrust->setText(tr("Do &not trust"));
    m_changePanel->setTitle(tr("Choose a new password"));
    m_changeText->setText(tr("Your password was set by an administrator: choose your own before going on (at "
                             "least 10 characters)."));
    m_newLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("Con&firm:"));
    m_change->setText(tr("C&hange password"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_company), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!busy);
}

void LoginDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
    setBusy(false);
    m_password->selectAll();
    m_password->setFocus();
    emit waitingForUser();
}

void LoginDialog::accept()
{
    if (m_flow)
        return; // a sign-in is already running
    m_message->setStyleSheet(QString());
    m_message->clear();
    m_trustPanel->hide();
    m_changePanel->hide();
    setBusy(true);
    LoginFlow::Request request;
    request.root = m_root;
    request.server = m_server->text();
    request.tenant = m_company->text();
    request.user = m_user->text();
    request.password = m_password->text();
    request.credentials = m_credentials;
    // Another company on the same server: the certificate trusted for it is the one to expect.
    if (m_prefill.server.isValid() && QUrl(m_server->text().trimmed()) == m_prefill.server)
        request.pin = m_prefill.pin;
    request.retryBaseMs = m_retryBaseMs;
    request.retryMaxAttempts = m_retryMaxAttempts;
    m_flow = new LoginFlow(request, this);
    connect(m_flow, &LoginFlow::statusChanged, m_message, &QLabel::setText);
    connect(m_flow, &LoginFlow::fingerprintConfirmationNeeded, this, [this](const QString &fingerprint) {
        m_message->clear();
        m_fingerprint->setText(fingerprint);
        m_trustPanel->show();
        m_distrust->setFocus();
        emit waitingForUser();
    });
    connect(m_flow, &LoginFlow::passwordChangeRequired, this, [this] {
        m_message->clear();
        m_changePanel->show();
        m_newPassword->setFocus();
        emit waitingForUser();
    });
    connect(m_flow, &LoginFlow::passwordChangeFailed, this, [this](const QString &message) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(message);
        m_change->setEnabled(true);
        m_newPassword->selectAll();
        m_newPassword->setFocus();
        emit waitingForUser();
    });
    connect(m_flow, &LoginFlow::finished, this, [this](bool ok, const QString &message) {
        LoginFlow *flow = std::exchange(m_flow, nullptr);
        flow->deleteLater();
        m_changePanel->hide();
        if (!ok) {
            showError(message);
            return;
        }
        m_session = flow->takeSession();
        m_offline = flow->unlockedOffline();
        m_resultMessage = message;
        m_password->clear();
        QDialog::accept();
    });
    m_flow->start();
}

void LoginDialog::submitNewPassword()
{
    if (!m_flow)
        return;
    if (m_newPassword->text() != m_confirmPassword->text()) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(tr("The two new passwords differ. Type the same one twice."));
        m_confirmPassword->selectAll();
        m_confirmPassword->setFocus();
        emit waitingForUser();
        return;
    }
    if (m_newPassword->text().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(tr("Type a new password."));
        m_newPassword->setFocus();
        emit waitingForUser();
        return;
    }
    m_change->setEnabled(false);
    m_flow->changePassword(m_newPassword->text());
}

} // namespace depot::app
