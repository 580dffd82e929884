// French and English: the French translation is complete, embedded, and the language switches at
// run time from the settings dialog (every screen retranslates on QEvent::LanguageChange).

#include "guitestutil.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "quickentrypage.h"
#include "profile.h"
#include "settingsdialog.h"
#include "sync/apiclient.h"
#include "sync/credentialstore.h"
#include "uitext.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace depot;
using namespace depot::test;

namespace {

/// "context\x1fsource\x1fcomment" of every message of a .ts file. Core's messages are looked up as
/// depot::core::TenantStore whatever scope lupdate files them under (as translations/fill_fr.py
/// merges them).
QSet<QString> messagesOf(const QString &path)
{
    QSet<QString> out;
    QFile ts(path);
    if (!ts.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment);
            source.clear();
            comment.clear();
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            if (context == u"depot::core" || context == u"depot::core::TenantStore::Private")
                context = QStringLiteral("depot::core::TenantStore");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        }
    }
    return out;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    /// Neither file has an unfinished (or empty) translation: French is translated, English is
    /// its source text.
    void translationsAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral("depot_fr.ts");
        QTest::newRow("en") << QStringLiteral("depot_en.ts");
    }
    void translationsAreComplete()
    {
        QFETCH(QString, file);
        QFile ts(QStringLiteral(DEPOT_TRANSLATIONS_DIR "/") + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty()) // unfinished, vanished, obsolete
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not translated: ") + missing.join(QStringLiteral(" | "))));
    }

    /// Every tr() string of the sources is in both .ts files, under the context it is looked up
    /// with, and nothing else is: lupdate runs on the sources into a temporary file to compare.
    void everyTrStringIsInTheTsFiles()
    {
#if defined(DEPOT_LUPDATE) && defined(DEPOT_LUPDATE_PROJECT)
        if (!QFile::exists(QStringLiteral(DEPOT_LUPDATE)) || !QFile::exists(QStringLiteral(DEPOT_LUPDATE_PROJECT)))
            QFAIL("lupdate or its project file is not there (qt6-l10n-tools): the check cannot run");
        // Every source file of the app and of the layers under it that translates is in the project
        // (qt_add_translations SOURCES), or its strings would never reach the .ts files.
        QFile projectFile(QStringLiteral(DEPOT_LUPDATE_PROJECT));
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        QSet<QString> projectSources;
        for (const QJsonValue &v : QJsonDocument::fromJson(projectFile.readAll())[QLatin1String("sources")].toArray())
            projectSources.insert(QFileInfo(v.toString()).canonicalFilePath());
        static const QRegularExpression translates(QStringLiteral("(\\btr|QT_TR_NOOP|translate)\\("));
        QStringList outside;
        for (const char *layer : {"app/desktop", "core", "sync"}) {
            QDirIterator it(QStringLiteral(DEPOT_SOURCE_DIR "/") + QLatin1String(layer), {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile source(it.next());
                QVERIFY(source.open(QIODevice::ReadOnly));
                if (translates.match(QString::fromUtf8(source.readAll())).hasMatch()
                    && !projectSources.contains(QFileInfo(source.fileName()).canonicalFilePath()))
                    outside << source.fileName();
            }
        }
        QVERIFY2(outside.isEmpty(), qPrintable(QStringLiteral("translated but not in qt_add_translations SOURCES: ")
                                               + outside.join(QStringLiteral(", "))));

        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(DEPOT_LUPDATE),
                      {QStringLiteral("-project"), QStringLiteral(DEPOT_LUPDATE_PROJECT), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(240000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QSet<QString> expected = messagesOf(fresh);
        QVERIFY(expected.size() > 200);
        for (const char *file : {"depot_fr.ts", "depot_en.ts"}) {
            const QSet<QString> committed =
                messagesOf(QStringLiteral(DEPOT_TRANSLATIONS_DIR "/") + QLatin1String(file));
            QStringList missing = (expected - committed).values();
            QStringList stale = (committed - expected).values();
            missing.sort();
            stale.sort();
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(QStringLiteral("%1: run the depot_gui_lupdate target and translations/fill_fr.py;"
                                               " missing: %2; not in the sources: %3")
                                    .arg(QLatin1String(file), missing.join(QStringLiteral(" | ")),
                                         stale.join(QStringLiteral(" | ")))));
        }
#else
        QFAIL("built without lupdate (qt6-l10n-tools): the check cannot run");
#endif
    }

    /// Messages of the layers under the app (sync's credential file, ApiClient) and of the profile
    /// reach the user in French: they are found under the context they are looked up with.
    void layerMessagesAreTranslated()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("fr")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not json");
        damaged.close();
        sync::FileCredentialStore credentials(path);
        const auto read = credentials.read(QStringLiteral("refresh"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("endommagé")), qPrintable(read.error().message));
        QCOMPARE(app::CompanyProfile::tr("Not enough memory to protect the password."),
                 QStringLiteral("Pas assez de mémoire pour protéger le mot de passe."));
        QCOMPARE(sync::ApiClient::tr("The session with the server has ended. Sign in again."),
                 QStringLiteral("La session avec le serveur a pris fin. Reconnectez-vous."));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(credentials.read(QStringLiteral("refresh")).error().message,
                 QStringLiteral("The credential file %1 is damaged; sign in again.").arg(path));
    }

    void translationsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/depot_fr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/depot_en.qm")));
    }

    void effectiveLanguage()
    {
        QCOMPARE(app::LanguageManager::effectiveLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(app::LanguageManager::effectiveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        // The system default is one of ours, never a language without a translation.
        QVERIFY(app::LanguageManager::availableLanguages().contains(app::LanguageManager::effectiveLanguage({})));
        QVERIFY(app::LanguageManager::availableLanguages().contains(
            app::LanguageManager::effectiveLanguage(QStringLiteral("xx"))));
    }

    void switchAtRunTimeFromSettings()
    {
        Fixture f;
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        app::MainWindow window(*f.context, languages);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Quick entry"));
        auto *quick = window.findPage<app::QuickEntryPage>();
        scan(quick->scanField(), QStringLiteral("SHELF-A"));
        scan(quick->scanField(), QStringLiteral("2*RIZ-5"));
        QCOMPARE(quick->recentTable()->item(0, 1)->text(), QStringLiteral("Receipt"));

        whenModal<app::SettingsDialog>([](app::SettingsDialog *dialog) {
            dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("fr")));
            dialog->accept();
        });
        window.openSettings();
        QCOMPARE(app::LanguageManager::savedSetting(), QStringLiteral("fr"));
        QCOMPARE(languages.currentLanguage(), QStringLiteral("fr"));

        QTRY_COMPARE(window.navigation()->item(0)->text(), QStringLiteral("Saisie rapide"));
        QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("Produits"));
        QCOMPARE(window.connectionLabel()->text(), QStringLiteral("● Local seulement (non connecté)"));
        QCOMPARE(quick->recentTable()->horizontalHeaderItem(5)->text(), QStringLiteral("Stock après"));
        QCOMPARE(quick->recentTable()->item(0, 1)->text(), QStringLiteral("Réception"));
        QCOMPARE(app::UiText::kindName(core::MovementKind::Count), QStringLiteral("Inventaire"));
        // Numbers follow the language: a decimal comma in French.
        QCOMPARE(app::UiText::quantity(core::Quantity::fromMilli(2500)), QStringLiteral("2,5"));
        // A hidden screen is retranslated too.
        auto *journal = window.findPage<app::JournalPage>();
        QCOMPARE(journal->kindCombo()->itemText(0), QStringLiteral("Tous les types"));
        // Messages produced afterwards are French.
        scan(quick->scanField(), QStringLiteral("RIZ-5"));
        QVERIFY2(quick->messageLabel()->text().contains(QStringLiteral("stock maintenant")),
                 qPrintable(quick->messageLabel()->text()));

        // The store's own refusals are French too.
        scan(quick->scanField(), QStringLiteral("0*RIZ-5"));
        QVERIFY2(quick->messageLabel()->text().contains(QStringLiteral("supérieure à zéro")),
                 qPrintable(quick->messageLabel()->text()));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window.navigation()->item(0)->text(), QStringLiteral("Quick entry"));
        QCOMPARE(app::UiText::quantity(core::Quantity::fromMilli(2500)), QStringLiteral("2.5"));
        QCOMPARE(window.connectionLabel()->text(), QStringLiteral("● Local only (not signed in)"));
        QCOMPARE(app::UiText::money(core::Money(1750050, QStringLiteral("EUR"))), QStringLiteral("17,500.50 EUR"));
        QCOMPARE(app::UiText::money(core::Money(-17500, QStringLiteral("XOF"))), QStringLiteral("-17,500 XOF"));
        QCOMPARE(app::UiText::money(core::Money()), QString());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
