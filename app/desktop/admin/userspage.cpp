#include "userspage.h"

#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

namespace {
const QStringList kAssignableRoles = {QStringLiteral("viewer"), QStringLiteral("clerk"), QStringLiteral("manager"),
                                      QStringLiteral("admin")};

QString memberName(const QJsonObject &m)
{
    const QString name =
        (m.value(QStringLiteral("first_name")).toString() + u' ' + m.value(QStringLiteral("last_name")).toString())
            .trimmed();
    if (!name.isEmpty())
        return name;
    const QString email = m.value(QStringLiteral("email")).toString();
    return email.isEmpty() ? m.value(QStringLiteral("phone")).toString() : email;
}
} // namespace

NewMemberDialog::NewMemberDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newMemberDialog"));
    setWindowTitle(UsersPage::tr("New member"));
    auto *form = new QFormLayout;
    email = new QLineEdit(this);
    email->setObjectName(QStringLiteral("email"));
    phone = new QLineEdit(this);
    phone->setObjectName(QStringLiteral("phone"));
    firstName = new QLineEdit(this);
    firstName->setObjectName(QStringLiteral("firstName"));
    lastName = new QLineEdit(this);
    lastName->setObjectName(QStringLiteral("lastName"));
    role = new QComboBox(this);
    role->setObjectName(QStringLiteral("role"));
    for (const QString &r : kAssignableRoles)
        role->addItem(roleName(r), r);
    role->setCurrentIndex(1);
    form->addRow(UsersPage::tr("&Email:"), email);
    form->addRow(UsersPage::tr("&Phone:"), phone);
    form->addRow(UsersPage::tr("&First name:"), firstName);
    form->addRow(UsersPage::tr("&Last name:"), lastName);
    form->addRow(UsersPage::tr("&Role:"), role);
    error = new QLabel(this);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(UsersPage::tr("A new person gets a temporary password, shown once, that they "
                                               "change when they first sign in. Someone who already has a Depot "
                                               "account keeps their own password."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}

QJsonObject NewMemberDialog::body() const
{
    QJsonObject o{{QStringLiteral("role"), role->currentData().toString()}};
    if (!email->text().trimmed().isEmpty())
        o.insert(QStringLiteral("email"), email->text().trimmed());
    if (!phone->text().trimmed().isEmpty())
        o.insert(QStringLiteral("phone"), phone->text().trimmed());
    if (!firstName->text().trimmed().isEmpty())
        o.insert(QStringLiteral("first_name"), firstName->text().trimmed());
    if (!lastName->text().trimmed().isEmpty())
        o.insert(QStringLiteral("last_name"), lastName->text().trimmed());
    return o;
}

void NewMemberDialog::accept()
{
    if (email->text().trimmed().isEmpty() && phone->text().trimmed().isEmpty()) {
        error->setText(UsersPage::tr("Give the person's email or phone number."));
        email->setFocus();
        return;
    }
    QDialog::accept();
}

UsersPage::UsersPage(StoreContext &context, QWidget *parent) : AdminPage(context, parent)
{
    setObjectName(QStringLiteral("usersPage"));
    m_table = makeTable(this, QStringLiteral("users"), 5);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_role = new QPushButton(this);
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_active = new QPushButton(this);
    m_active->setObjectName(QStringLiteral("toggleActive"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_role);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    m_layout->addLayout(buttons);
    addButtonShortcut(m_add, QKeySequence::New);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addMember);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateActions);
    retranslateUi();
    updateActions();
}

QString UsersPage::title() const
{
    return tr("Users and roles");
}

void UsersPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email or phone"), tr("Role"), tr("Status"), tr("Since")});
    m_add->setText(tr("&New member… (Ctrl+N)"));
    m_role->setText(tr("Change &role…"));
    updateActions();
}

void UsersPage::updateActions()
{
    const QJsonObject m = selected();
    const bool usable = client() && !isBusy();
    m_add->setEnabled(usable);
    m_role->setEnabled(usable && !m.isEmpty() && m.value(QStringLiteral("role")).toString() != u"owner");
    m_active->setEnabled(usable && !m.isEmpty() && m.value(QStringLiteral("role")).toString() != u"owner");
    m_active->setText(!m.isEmpty() && !m.value(QStringLiteral("active")).toBool() ? tr("Re&activate…")
                                                                                  : tr("Dea&ctivate…"));
}

void UsersPage::fetch()
{
    call("GET", QStringLiteral("/users"), {}, [this](const sync::ApiResult &r) { showMembers(r.items()); });
}

void UsersPage::showMembers(const QJsonArray &members)
{
    const QString keep = m_select.isEmpty() ? selected().value(QStringLiteral("id")).toString() : QString();
    m_members = members;
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const QJsonObject m = members.at(row).toObject();
        const QString email = m.value(QStringLiteral("email")).toString();
        auto *name = makeItem(memberName(m));
        name->setData(Qt::UserRole, m.value(QStringLiteral("id")).toString());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, makeItem(email.isEmpty() ? m.value(QStringLiteral("phone")).toString() : email));
        m_table->setItem(row, 2, makeItem(roleName(m.value(QStringLiteral("role")).toString())));
        auto *status = makeItem(m.value(QStringLiteral("active")).toBool() ? tr("Active") : tr("Deactivated"));
        if (!m.value(QStringLiteral("active")).toBool())
            status->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(row, 3, status);
        m_table->setItem(row, 4,
                         makeItem(UiText::dateTime(QDateTime::fromString(
                             m.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs))));
        if ((!m_select.isEmpty() && email == m_select) || (!keep.isEmpty() && m.value(QStringLiteral("id")) == keep))
            m_table->selectRow(row);
    }
    m_select.clear();
    updateActions();
}

QJsonObject UsersPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty() || row >= m_members.size())
        return {};
    return m_members.at(row).toObject();
}

bool UsersPage::selectEmail(const QString &email)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).toObject().value(QStringLiteral("email")).toString() == email) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void UsersPage::addMember()
{
    NewMemberDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject body = dialog.body();
    call("POST", QStringLiteral("/users"), body, [this](const sync::ApiResult &r) {
        const QJsonObject m = r.data.toObject();
        const QString who = memberName(m);
        const QString temporary = m.value(QStringLiteral("temporary_password")).toString();
        showMessage(tr("%1 was added as %2.").arg(who, roleName(m.value(QStringLiteral("role")).toString())), false);
        m_select = m.value(QStringLiteral("email")).toString();
        fetch();
        QMessageBox box(QMessageBox::Information, tr("New member"), QString(), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("temporaryPasswordBox"));
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (temporary.isEmpty()) {
            box.setText(tr("%1 already has a Depot account and signs in with their own password.").arg(who));
        } else {
            box.setText(tr("Give this temporary password to %1 now. It is shown only this once; they choose "
                           "their own when they first sign in.")
                            .arg(who));
            box.setInformativeText(QStringLiteral("<b><tt>%1</tt></b>").arg(temporary.toHtmlEscaped()));
        }
        box.exec();
    });
}

void UsersPage::changeRole()
{
    const QJsonObject m = selected();
    if (m.isEmpty())
        return;
    QStringList names;
    for (const QString &r : kAssignableRoles)
        names << roleName(r);
    bool ok = false;
    const int current = int(kAssignableRoles.indexOf(m.value(QStringLiteral("role")).toString()));
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(memberName(m)),
                                                 names, qMax(0, current), false, &ok);
    if (!ok)
        return;
    const QString role = kAssignableRoles.value(int(names.indexOf(chosen)));
    if (role.isEmpty())
        return;
    call("PATCH", QStringLiteral("/users/") + segment(m.value(QStringLiteral("id")).toString()),
         {{QStringLiteral("role"), role}}, [this, m](const sync::ApiResult &r) {
             showMessage(tr("%1 is now %2.")
                             .arg(memberName(m), roleName(r.data.toObject().value(QStringLiteral("role")).toString())),
                         false);
             fetch();
         });
}

void UsersPage::toggleActive()
{
    const QJsonObject m = selected();
    if (m.isEmpty())
        return;
    const bool active = m.value(QStringLiteral("active")).toBool();
    const QString who = memberName(m);
    if (active
        && !confirm(tr("Deactivate"), tr("Deactivate %1? Their sessions end at once and they can no longer sign in to "
                                         "this company. Their movements stay in the journal.")
                                          .arg(who)))
        return;
    if (!active && !confirm(tr("Reactivate"), tr("Give %1 access to this company again?").arg(who)))
        return;
    call("PATCH", QStringLiteral("/users/") + segment(m.value(QStringLiteral("id")).toString()),
         {{QStringLiteral("active"), !active}}, [this, who, active](const sync::ApiResult &) {
             showMessage(active ? tr("%1 was deactivated.").arg(who) : tr("%1 was reactivated.").arg(who), false);
             fetch();
         });
}

} // namespace depot::app
