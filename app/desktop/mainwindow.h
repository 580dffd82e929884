#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace depot::app {

class LanguageManager;
class Page;
class StoreContext;

/// The desktop app's window: a navigation list on the left (Ctrl+1..Ctrl+9), the screens on the
/// right, and a status bar that says which store is open, how many changes wait to be synced and,
/// honestly, that this build is not connected to a server.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StoreContext &context, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const { return int(m_pages.size()); }
    Page *page(int index) const { return m_pages.value(index); }
    /// The first page of the given type.
    template<typename T>
    T *findPage() const
    {
        for (Page *p : m_pages)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    int currentPageIndex() const;
    Page *currentPage() const;
    QListWidget *navigation() const { return m_navigation; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *connectionLabel() const { return m_connection; }

public slots:
    void showPage(int index);
    void openSettings();
    void refreshStatus();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page, const QString &iconName);
    void buildMenus();
    void retranslateUi();
    void showShortcuts();
    void showAbout();

    StoreContext &m_context;
    LanguageManager &m_languages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QLabel *m_store = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_connection = nullptr;
    QMenu *m_depotMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace depot::app
