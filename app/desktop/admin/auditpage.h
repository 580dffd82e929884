#pragma once

#include "adminpage.h"

#include <QJsonArray>

class QTableWidget;

namespace depot::app {

/// The company's audit log from the server (admin and owner only), newest first, a page at a time.
/// The API offers no filter on it, so none is pretended here.
class AuditPage : public AdminPage
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit AuditPage(StoreContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QTableWidget *table() const { return m_table; }
    QJsonArray entries() const { return m_entries; }
    int offset() const { return m_offset; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }

public slots:
    void nextPage();
    void previousPage();

protected:
    void fetch() override;
    void retranslateUi() override;
    void updateActions() override;

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_range = nullptr;
    QJsonArray m_entries;
    int m_offset = 0;
};

} // namespace depot::app
