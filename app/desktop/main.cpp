#include "appcontroller.h"
#include "languagemanager.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "sessioncontext.h"
#include "settingsdialog.h"
#include "storecontext.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace depot::app;

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << "depot: " << message << '\n';
}

/// Saves a PNG of the window, then quits when asked (exit code `code`).
void screenshotThenMaybeQuit(MainWindow *window, const QString &file, bool quit, int code)
{
    // Let the pages read the store and the alerts finish on their worker before the picture.
    QTimer::singleShot(500, window, [window, file, quit, code] {
        const bool saved = window->grab().save(file, "PNG");
        if (!saved)
            printError(QCoreApplication::translate("main", "cannot save the screenshot to %1").arg(file));
        if (quit)
            QCoreApplication::exit(saved ? code : 1);
    });
}

/// For depot-bench-app: says "benchmark-ready" on stdout once the event loop first has nothing
/// left to do after the window showed (the window is usable).
void reportReadyWhenIdle()
{
    auto *once = new QMetaObject::Connection;
    *once = QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, [once] {
        QObject::disconnect(*once);
        delete once;
        std::fputs("benchmark-ready\n", stdout);
        std::fflush(stdout);
    });
}

} // namespace

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
    const QString savedFolder = SettingsDialog::savedDataFolder();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Data folder (each company's store and profile are under it)."),
        QStringLiteral("DIR"), savedFolder.isEmpty() ? StoreContext::defaultDataDir() : savedFolder);
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("main", "Sign in to this server (https://host:port)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption company(QStringLiteral("company"),
                                     QCoreApplication::translate("main", "Company identifier (slug) to sign in to."),
                                     QStringLiteral("SLUG"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Email or phone to sign in with (with --server); else the name recorded "
                                            "on movements of a local store."),
        QStringLiteral("ID"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("main", "Read the password from the first line of standard input."));
    const QCommandLineOption pin(
        QStringLiteral("pin"),
        QCoreApplication::translate("main", "Trust the server certificate with this SHA-256 fingerprint."),
        QStringLiteral("SHA256"));
    const QCommandLineOption credentialStore(
        QStringLiteral("credential-store"),
        QCoreApplication::translate("main", "Where the session is kept: keychain (default) or file (less safe)."),
        QStringLiteral("file|keychain"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once the first sync has finished."),
        QStringLiteral("FILE"));
    const QCommandLineOption quit(QStringLiteral("quit"),
                                  QCoreApplication::translate("main", "Quit after the screenshot."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "Interface language (en, fr)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Screen to open first (1-9)."),
                                  QStringLiteral("N"));
    parser.addOptions(
        {dataDir, server, company, user, passwordStdin, pin, credentialStore, screenshot, quit, language, page});
    QCommandLineOption benchmarkReady(QStringLiteral("benchmark-ready"));
    benchmarkReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkReady);
    parser.process(app);

    if (parser.isSet(language) && !languages.setLanguage(parser.value(language))) {
        printError(
            QCoreApplication::translate("main", "unknown language '%1' (use en or fr)").arg(parser.value(language)));
        return 2;
    }

    AppController::Options options;
    options.root = QDir(parser.value(dataDir)).absolutePath();
    QString storeKind =
        parser.isSet(credentialStore) ? parser.value(credentialStore) : qEnvironmentVariable("DEPOT_CREDENTIAL_STORE");
    if (storeKind.isEmpty())
        storeKind = QStringLiteral("keychain");
    if (storeKind == u"file") {
        options.credentials = CredentialStoreKind::File;
    } else if (storeKind != u"keychain") {
        printError(QCoreApplication::translate("main", "--credential-store must be file or keychain (got '%1')")
                       .arg(storeKind));
        return 2;
    }
    const bool signIn = parser.isSet(server);
    if (signIn) {
        QStringList missing;
        if (!parser.isSet(company))
            missing << QStringLiteral("--company");
        if (!parser.isSet(user))
            missing << QStringLiteral("--user");
        if (!parser.isSet(passwordStdin))
            missing << QStringLiteral("--password-stdin");
        if (!missing.isEmpty()) {
            printError(
                QCoreApplication::translate("main", "--server needs %1").arg(missing.join(QStringLiteral(", "))));
            return 2;
        }
    } else {
        options.localUser = parser.value(user);
        for (const QCommandLineOption *o : {&company, &passwordStdin, &pin})
            if (parser.isSet(*o)) {
                printError(
                    QCoreApplication::translate("main", "--%1 is used only with --server").arg(o->names().first()));
                return 2;
            }
    }
    if (parser.isSet(quit) && !parser.isSet(screenshot)) {
        printError(QCoreApplication::translate("main", "--quit is used only with --screenshot"));
        return 2;
    }
    const QString screenshotFile = parser.value(screenshot);
    if (!screenshotFile.isEmpty())
        options.retryMaxAttempts = 0; // report the first sync's failure in the picture, not minutes later

    AppController controller(languages, options);
    QObject::connect(&controller, &AppController::quitRequested, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&controller, &AppController::failed, &app, [&controller](const QString &message) {
        printError(message);
        if (!controller.window()) {
            QMessageBox::critical(nullptr, QStringLiteral("Depot"), message);
            QCoreApplication::exit(1);
        } else {
            QMessageBox::warning(controller.window(), QStringLiteral("Depot"), message);
        }
    });
    const auto whenWindow = [&](MainWindow *window) {
        if (parser.isSet(page))
            window->showPage(parser.value(page).toInt() - 1);
    };
    QObject::connect(&controller, &AppController::windowChanged, &app, whenWindow);

    if (!signIn) {
        if (parser.isSet(benchmarkReady))
            QObject::connect(&controller, &AppController::windowChanged, &app, [] { reportReadyWhenIdle(); });
        if (!screenshotFile.isEmpty()) {
            // A local window has no first sync: the picture is taken once it shows.
            QObject::connect(&controller, &AppController::windowChanged, &app, [&](MainWindow *window) {
                screenshotThenMaybeQuit(window, screenshotFile, parser.isSet(quit), 0);
            });
        }
        QTimer::singleShot(0, &controller, &AppController::start);
        return app.exec();
    }

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(QCoreApplication::translate("main", "cannot read the password from standard input"));
        return 2;
    }
    QString password = QString::fromUtf8(input.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        printError(QCoreApplication::translate("main", "no password on standard input (give it as the first line)"));
        return 2;
    }

    LoginFlow::Request request;
    request.root = options.root;
    request.server = parser.value(server);
    request.tenant = parser.value(company);
    request.user = parser.value(user);
    request.password = password;
    request.pin = parser.value(pin);
    request.credentials = options.credentials;
    request.interactive = false;
    request.retryBaseMs = options.retryBaseMs;
    request.retryMaxAttempts = options.retryMaxAttempts;
    LoginFlow flow(request);
    password.fill(u'\0');
    QObject::connect(&flow, &LoginFlow::finished, &app, [&](bool ok, const QString &message) {
        if (!ok) {
            printError(QCoreApplication::translate("main", "sign-in failed: %1").arg(message));
            if (screenshotFile.isEmpty()) {
                QCoreApplication::exit(1);
                return;
            }
            // The picture shows the local window of the data folder with the error in the status bar.
            if (auto opened = controller.openLocal(options.root); !opened.ok()) {
                printError(opened.error().message);
                QCoreApplication::exit(1);
                return;
            }
            controller.window()->statusBar()->showMessage(message);
            screenshotThenMaybeQuit(controller.window(), screenshotFile, parser.isSet(quit), 1);
            return;
        }
        if (!message.isEmpty())
            QTextStream(stderr) << "depot: " << message << '\n';
        auto session = flow.takeSession();
        SessionContext *s = session.get();
        if (!screenshotFile.isEmpty()) {
            QObject::connect(&controller, &AppController::windowChanged, &app, [&, s](MainWindow *window) {
                if (controller.session() != s)
                    return;
                auto *once = new QMetaObject::Connection;
                *once = QObject::connect(
                    window, &MainWindow::syncFinished, window, [&, window, once](bool synced, const QString &error) {
                        QObject::disconnect(*once);
                        delete once;
                        if (!synced)
                            printError(QCoreApplication::translate("main", "first sync failed: %1").arg(error));
                        screenshotThenMaybeQuit(window, screenshotFile, parser.isSet(quit), synced ? 0 : 1);
                    });
            });
        }
        if (auto opened = controller.openSession(std::move(session), message); !opened.ok()) {
            printError(opened.error().message);
            QCoreApplication::exit(1);
        }
    });
    QTimer::singleShot(0, &flow, &LoginFlow::start);
    return app.exec();
}
