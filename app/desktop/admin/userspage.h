#pragma once

#include "adminpage.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace depot::app {

/// Adds a member: email and/or phone, name, role. Refuses to close without an email or a phone.
class NewMemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMemberDialog(QWidget *parent = nullptr);
    QJsonObject body() const;
    void accept() override;

    QLineEdit *email = nullptr;
    QLineEdit *phone = nullptr;
    QLineEdit *firstName = nullptr;
    QLineEdit *lastName = nullptr;
    QComboBox *role = nullptr;
    QLabel *error = nullptr;
};

/// The company's members and their roles (admin and owner only): add one with a temporary password
/// shown once, change a role, deactivate or reactivate.
class UsersPage : public AdminPage
{
    Q_OBJECT
public:
    explicit UsersPage(StoreContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QTableWidget *table() const { return m_table; }
    QJsonArray members() const { return m_members; }
    /// Selects the member with this email (tests, and after adding one).
    bool selectEmail(const QString &email);

public slots:
    void addMember();
    void changeRole();
    void toggleActive();

protected:
    void fetch() override;
    void retranslateUi() override;
    void updateActions() override;

private:
    QJsonObject selected() const;
    void showMembers(const QJsonArray &members);

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_active = nullptr;
    QJsonArray m_members;
    QString m_select;
};

} // namespace depot::app
