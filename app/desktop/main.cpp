#include "languagemanager.h"
#include "mainwindow.h"
#include "storecontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

using namespace depot::app;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Depot"));
    QApplication::setApplicationName(QStringLiteral("depot"));
    QApplication::setApplicationDisplayName(QStringLiteral("Depot"));
    QApplication::setApplicationVersion(QStringLiteral(DEPOT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/depot.png")));

    LanguageManager languages;
    languages.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Depot: offline-first stock management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Data folder holding store.sqlite."),
                                     QStringLiteral("DIR"), StoreContext::defaultDataDir());
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "Name recorded on movements."),
                                  QStringLiteral("USER"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "Interface language (en, fr)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Screen to open first (1-9)."),
                                  QStringLiteral("N"));
    parser.addOptions({dataDir, user, language, page});
    parser.process(app);

    if (parser.isSet(language))
        languages.setLanguage(parser.value(language));

    const QString dir = QDir(parser.value(dataDir)).absolutePath();
    auto store = StoreContext::openDataDir(dir, parser.value(user));
    if (!store.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("Depot"),
                              QCoreApplication::translate("main", "Cannot open the store in %1:\n%2")
                                  .arg(QDir::toNativeSeparators(dir), store.error().message));
        return 1;
    }
    StoreContext context(std::move(store).value());
    MainWindow window(context, languages);
    if (parser.isSet(page))
        window.showPage(parser.value(page).toInt() - 1);
    window.show();
    return app.exec();
}
