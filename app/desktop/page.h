#pragma once

#include "permissions.h"

#include <QWidget>

namespace depot::app {

class StoreContext;

/// A screen of the main window. Reloads its data when the store changed while it was hidden
/// (lazily, on show) and retranslates itself when the language changes at run time.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(StoreContext &context, QWidget *parent = nullptr);

    /// The name shown in the navigation list, translated.
    virtual QString title() const = 0;
    /// Re-reads what the page shows from the store.
    virtual void reload() = 0;
    /// What the user's role allows here (full rights until told otherwise: a local store).
    void setPermissions(const Permissions &permissions);
    const Permissions &permissions() const { return m_permissions; }

signals:
    void titleChanged();

protected:
    /// Sets every user-visible text; called once by the derived constructor and on LanguageChange.
    virtual void retranslateUi() = 0;
    /// Gives the keyboard focus to the page's main field when it is shown.
    virtual void focusMainField() { }
    /// Enables or disables what permissions() no longer allows; called by setPermissions().
    virtual void applyPermissions() { }
    /// Drops what the page keeps from the store between reloads (counts, lists of choices); called
    /// at each change of the store, before the reload it causes.
    virtual void storeChanged() { }

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

    StoreContext &m_context;

private:
    bool m_dirty = true;
    Permissions m_permissions = Permissions::full();
};

} // namespace depot::app
