#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace depot::app {

class LanguageManager;

/// Preferences of this computer: the interface language (switched at once, no restart), the
/// automatic sync interval, the sounds of scan feedback, and the data folder (used from the next
/// start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(LanguageManager &languages, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *syncIntervalSpin() const { return m_interval; }
    QLineEdit *dataFolderEdit() const { return m_dataFolder; }
    QCheckBox *soundsCheck() const { return m_sounds; }

    /// The automatic sync interval in minutes (0: only on demand); 5 by default.
    static int syncIntervalMinutes();
    /// The data folder chosen in the settings, or empty for the default.
    static QString savedDataFolder();

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
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_sounds = nullptr;
    QLabel *m_dataFolderLabel = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_dataNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace depot::app
