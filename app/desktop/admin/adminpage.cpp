#include "adminpage.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace depot::app {

AdminPage::AdminPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    m_layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    connect(m_refresh, &QPushButton::clicked, this, &AdminPage::reload);
    addButtonShortcut(m_refresh, QKeySequence::Refresh);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_refresh);
    m_layout->addLayout(bar);
}

void AdminPage::setClient(sync::ApiClient *client)
{
    m_client = client;
    if (isVisible())
        reload();
}

void AdminPage::reload()
{
    m_refresh->setText(tr("Re&fresh (F5)"));
    if (!m_client) {
        showMessage(tr("This screen needs the server: sign in to your company's server to use it. "
                       "Everything else works on this computer without it."),
                    true);
        updateActions();
        return;
    }
    showMessage(QString(), false);
    fetch();
}

QString AdminPage::errorText(const sync::ApiResult &result)
{
    if (result.code == u"forbidden")
        return tr("Your role does not allow this. Ask an administrator of your company.");
    if (result.code == u"network_error")
        return tr("These screens need the server, and it cannot be reached now (%1). Everything else keeps "
                  "working on this computer; try again when the network is back.")
            .arg(result.message);
    if (result.code == u"tls_refused")
        return tr("The server's certificate is not the one this computer trusts: nothing was sent.");
    if (result.code == u"not_signed_in" || result.code == u"session_expired" || result.code == u"device_revoked"
        || result.code == u"token_expired" || result.code == u"invalid_token")
        return tr("Your session with the server has ended. Sign in again to use these screens.");
    if (result.code == u"tenant_suspended" || result.code == u"tenant_cancelled" || result.code == u"trial_expired")
        return tr("The server refuses your company for now: %1").arg(result.message);
    return tr("The server refused: %1").arg(result.message);
}

void AdminPage::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                     std::function<void(const sync::ApiResult &)> onSuccess)
{
    if (!m_client) {
        reload();
        return;
    }
    if (m_inflight++ == 0)
        m_busy->show();
    updateActions();
    m_client->request(method, path, body, this, [this, onSuccess = std::move(onSuccess)](const sync::ApiResult &r) {
        if (r.ok()) {
            onSuccess(r);
        } else {
            showMessage(errorText(r), true);
        }
        if (--m_inflight == 0) {
            m_busy->hide();
            updateActions();
            emit idle();
        }
    });
}

bool AdminPage::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void AdminPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString AdminPage::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString roleName(const QString &role)
{
    if (role == u"owner")
        return AdminPage::tr("Owner");
    if (role == u"admin")
        return AdminPage::tr("Administrator");
    if (role == u"manager")
        return AdminPage::tr("Manager");
    if (role == u"clerk")
        return AdminPage::tr("Clerk");
    if (role == u"viewer")
        return AdminPage::tr("Viewer");
    return role;
}

} // namespace depot::app
