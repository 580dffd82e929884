#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace depot::app {

namespace {
const QString kLanguageSetting = QStringLiteral("language");
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString LanguageManager::effectiveLanguage(const QString &setting)
{
    if (availableLanguages().contains(setting))
        return setting;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageManager::savedSetting()
{
    return QSettings().value(kLanguageSetting).toString();
}

bool LanguageManager::setLanguage(const QString &setting)
{
    QSettings().setValue(kLanguageSetting, setting);
    return load(effectiveLanguage(setting));
}

void LanguageManager::applySaved()
{
    load(effectiveLanguage(savedSetting()));
}

bool LanguageManager::load(const QString &language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    // Numbers follow the language: a French clerk types and reads "2,5".
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system : QLocale(language));
    m_current = language;

    bool ok = true;
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/depot_%1.qm").arg(language))) {
        m_app = app;
        QCoreApplication::installTranslator(m_app);
    } else {
        delete app;
        ok = language == QLatin1String("en"); // English is the source language
    }
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        QCoreApplication::installTranslator(m_qt);
    } else {
        delete qt;
    }
    if (!m_app && !m_qt) {
        // Nothing was installed, so no LanguageChange event was sent: send one so texts go back to English.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return ok;
}

} // namespace depot::app
