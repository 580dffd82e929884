#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace depot::app {

class LanguageManager;

/// Preferences of this computer: the interface language, switched at once (no restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(LanguageManager &languages, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LanguageManager &m_languages;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace depot::app
