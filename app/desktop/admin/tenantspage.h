#pragma once

#include "adminpage.h"

#include <QJsonArray>

#include <memory>

class QLineEdit;
class QTableWidget;
class QWidget;

namespace depot::app {

/// Every company on the server, with status, plan and statistics, for platform administrators:
/// suspend and reactivate after a confirmation. Platform sessions are separate from company ones
/// (no company, no refresh token), so the screen signs in on its own with the administrator's
/// password and keeps that access token only in memory.
class TenantsPage : public AdminPage
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit TenantsPage(StoreContext &context, QWidget *parent = nullptr);
    ~TenantsPage() override;
    QString title() const override;

    /// The server to sign in to (URL and trust of the company session); no token is taken from it.
    void setServer(const sync::Account &server, QNetworkAccessManager *network);
    QTableWidget *table() const { return m_table; }
    QJsonArray tenants() const { return m_tenants; }
    QLineEdit *identifierField() const { return m_identifier; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    bool selectSlug(const QString &slug);
    bool isSignedIn() const;

public slots:
    void signIn();
    void suspend();
    void reactivate();

protected:
    void fetch() override;
    void retranslateUi() override;
    void updateActions() override;

private:
    void setStatus(const QString &status);

    std::unique_ptr<sync::ApiClient> m_platform;
    QWidget *m_signInBox = nullptr;
    QLabel *m_signInText = nullptr;
    QLabel *m_identifierLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_identifier = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_reactivate = nullptr;
    QJsonArray m_tenants;
};

} // namespace depot::app
