#pragma once

// Shared fixture of the desktop GUI tests: a fresh store in a temporary folder with two locations
// and two products, isolated settings, and helpers to type into widgets like a scanner does.

#include "core/tenantstore.h"
#include "storecontext.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace depot::test {

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    // One settings file per test executable: ctest -j runs them side by side.
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<app::StoreContext> context;
    core::Location shelfA;
    core::Location shelfB;
    core::Product coffee; ///< barcode 3017620422003, SKU COF-250
    core::Product rice;   ///< barcode 3560070000001, SKU RIZ-5

    Fixture()
    {
        auto store = app::StoreContext::openDataDir(dir.path(), QStringLiteral("alice"));
        if (!store.ok())
            qFatal("cannot open the test store: %s", qPrintable(store.error().message));
        context = std::make_unique<app::StoreContext>(std::move(store).value());
        auto &s = context->store();
        shelfA = s.addLocation(location(QStringLiteral("SHELF-A"), QStringLiteral("Rayon A"))).value();
        shelfB = s.addLocation(location(QStringLiteral("SHELF-B"), QStringLiteral("Rayon B"))).value();
        core::Product p;
        p.sku = QStringLiteral("COF-250");
        p.name = QStringLiteral("Café moulu 250 g");
        p.barcodes = {QStringLiteral("3017620422003")};
        p.reorderPoint = core::Quantity::fromUnits(2);
        coffee = s.addProduct(p).value();
        p = {};
        p.sku = QStringLiteral("RIZ-5");
        p.name = QStringLiteral("Riz parfumé 5 kg");
        p.barcodes = {QStringLiteral("3560070000001")};
        rice = s.addProduct(p).value();
    }

    static core::Location location(const QString &code, const QString &name)
    {
        core::Location l;
        l.code = code;
        l.name = name;
        return l;
    }

    core::TenantStore &store() { return context->store(); }
    qint64 balance(const core::Product &p, const core::Location &l) { return store().balance(p.id, l.id).milli(); }
};

/// Types `text` into the field and presses Enter, as a barcode scanner does.
inline void scan(QLineEdit *field, const QString &text)
{
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Runs `handler` on the next modal dialog of type T once it is shown (from inside its exec()).
template<typename T>
void whenModal(std::function<void(T *)> handler)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handler] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handler(dialog);
        }
    });
    timer->start();
}

constexpr qint64 kUnit = core::Quantity::kScale;

} // namespace depot::test
