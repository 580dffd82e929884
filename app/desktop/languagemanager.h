#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace depot::app {

/// Loads the app's translation (embedded :/i18n/depot_<lang>.qm) and Qt's own for the chosen
/// language, and switches them at run time: every widget then gets QEvent::LanguageChange and
/// retranslates itself. The choice is kept in QSettings ("language"); empty means the system locale.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Language codes with a translation: "en", "fr".
    static QStringList availableLanguages();
    /// The language used for `setting` ("" = the first supported language of the system, else English).
    static QString effectiveLanguage(const QString &setting);

    /// The saved setting ("" for the system language).
    static QString savedSetting();
    /// Applies and saves a setting.
    bool setLanguage(const QString &setting);
    /// Applies the saved setting (at start-up).
    void applySaved();
    QString currentLanguage() const { return m_current; }

private:
    bool load(const QString &language);

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};

} // namespace depot::app
