// French and English: the French translation is complete, embedded, and the language switches at
// run time from the settings dialog (every screen retranslates on QEvent::LanguageChange).

#include "guitestutil.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "quickentrypage.h"
#include "settingsdialog.h"
#include "uitext.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QXmlStreamReader>

using namespace depot;
using namespace depot::test;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void frenchTranslationIsComplete()
    {
        QFile ts(QStringLiteral(DEPOT_TRANSLATIONS_DIR "/depot_fr.ts"));
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
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not translated: ") + missing.join(QStringLiteral(" | "))));
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
