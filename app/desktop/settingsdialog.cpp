#include "settingsdialog.h"

#include "languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace depot::app {

SettingsDialog::SettingsDialog(LanguageManager &languages, QWidget *parent) : QDialog(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageManager::savedSetting())));
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    const QString current = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so that anyone finds their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_note->setText(tr("The language changes at once, without restarting Depot."));
}

void SettingsDialog::accept()
{
    m_languages.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace depot::app
