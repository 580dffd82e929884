#include "settingsdialog.h"

#include "languagemanager.h"
#include "soundfeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    form->addRow(m_note);
    m_intervalLabel = new QLabel(this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_intervalLabel->setBuddy(m_interval);
    form->addRow(m_intervalLabel, m_interval);
    m_sounds = new QCheckBox(this);
    m_sounds->setObjectName(QStringLiteral("sounds"));
    form->addRow(m_sounds);
    m_dataFolderLabel = new QLabel(this);
    m_dataFolder = new QLineEdit(this);
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    m_dataFolderLabel->setBuddy(m_dataFolder);
    m_browse = new QPushButton(this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(m_browse);
    form->addRow(m_dataFolderLabel, folderRow);
    m_dataNote = new QLabel(this);
    m_dataNote->setWordWrap(true);
    form->addRow(m_dataNote);
    layout->addLayout(form);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_dataFolder->text());
        if (!dir.isEmpty())
            m_dataFolder->setText(QDir::toNativeSeparators(dir));
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageManager::savedSetting())));
    m_interval->setValue(syncIntervalMinutes());
    m_sounds->setChecked(SoundFeedback::enabled());
    m_dataFolder->setText(QDir::toNativeSeparators(savedDataFolder()));
}

int SettingsDialog::syncIntervalMinutes()
{
    return qBound(0, QSettings().value(QStringLiteral("sync/intervalMinutes"), 5).toInt(), 24 * 60);
}

QString SettingsDialog::savedDataFolder()
{
    return QSettings().value(QStringLiteral("dataFolder")).toString();
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
    m_intervalLabel->setText(tr("&Sync every:"));
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only on demand (F9)"));
    m_sounds->setText(tr("Play a s&ound for each scan (a different one for an error)"));
    m_dataFolderLabel->setText(tr("&Data folder:"));
    m_dataFolder->setPlaceholderText(tr("default"));
    m_browse->setText(tr("&Browse…"));
    m_dataNote->setText(tr("Each company you sign in to keeps its own store in this folder. A new folder is used "
                           "from the next start; the data already recorded stays in the old one."));
}

void SettingsDialog::accept()
{
    const QString folder = m_dataFolder->text().trimmed();
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot create the data folder %1. Choose another one.").arg(folder));
        m_dataFolder->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("sync/intervalMinutes"), m_interval->value());
    SoundFeedback::setEnabled(m_sounds->isChecked());
    if (folder.isEmpty())
        settings.remove(QStringLiteral("dataFolder"));
    else
        settings.setValue(QStringLiteral("dataFolder"), QDir::fromNativeSeparators(QDir(folder).absolutePath()));
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
