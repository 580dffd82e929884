// Scan feedback sounds: the tones made by the app (valid WAV, a success and an error that differ),
// played or replaced by a beep where there is no audio output, silent when turned off in the
// settings, and the screens giving the right cue for a good and a bad scan.

#include "guitestutil.h"
#include "languagemanager.h"
#include "quickentrypage.h"
#include "settingsdialog.h"
#include "soundfeedback.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtEndian>

#include <cmath>

using namespace depot;
using namespace depot::test;
using app::SoundFeedback;

namespace {

quint32 le32(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 le16(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

/// Sign changes per second of the samples that are not silence: twice the pitch of a sine.
double crossingsPerSecond(const QByteArray &wav)
{
    const int samples = int(le32(wav, 40) / 2);
    int crossings = 0;
    int sounding = 0;
    qint16 previous = 0;
    for (int i = 0; i < samples; ++i) {
        const qint16 value = qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i);
        if (value == 0)
            continue;
        ++sounding;
        if (previous != 0 && (value > 0) != (previous > 0))
            ++crossings;
        previous = value;
    }
    return sounding ? crossings * double(SoundFeedback::kSampleRate) / sounding : 0;
}

} // namespace

class TestSounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().clear(); }

    void tonesAreWavFilesThatDiffer()
    {
        for (SoundFeedback::Cue cue : {SoundFeedback::Cue::Success, SoundFeedback::Cue::Error}) {
            const QByteArray wav = SoundFeedback::wav(cue);
            QVERIFY(wav.size() > 44);
            QCOMPARE(wav.left(4), QByteArray("RIFF"));
            QCOMPARE(le32(wav, 4), quint32(wav.size() - 8));
            QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
            QCOMPARE(le16(wav, 20), quint16(1)); // PCM
            QCOMPARE(le16(wav, 22), quint16(1)); // mono
            QCOMPARE(le32(wav, 24), quint32(SoundFeedback::kSampleRate));
            QCOMPARE(le16(wav, 34), quint16(16));
            QCOMPARE(wav.mid(36, 4), QByteArray("data"));
            QCOMPARE(le32(wav, 40), quint32(wav.size() - 44));
            // Short: feedback, not music.
            const double seconds = (wav.size() - 44) / 2.0 / SoundFeedback::kSampleRate;
            QVERIFY2(seconds > 0.05 && seconds < 0.6, qPrintable(QString::number(seconds)));
            // Starts and ends at rest: no click.
            QCOMPARE(qFromLittleEndian<qint16>(wav.constData() + 44), qint16(0));
        }
        const QByteArray success = SoundFeedback::wav(SoundFeedback::Cue::Success);
        const QByteArray error = SoundFeedback::wav(SoundFeedback::Cue::Error);
        QVERIFY(success != error);
        // The error is lower and longer.
        QVERIFY(crossingsPerSecond(error) * 2 < crossingsPerSecond(success));
        QVERIFY(error.size() > success.size());
    }

    void playsOrBeepsOrStaysSilent()
    {
        SoundFeedback &sounds = SoundFeedback::instance();
        QSignalSpy played(&sounds, &SoundFeedback::played);
        const SoundFeedback::Output expected =
            QMediaDevices::audioOutputs().isEmpty() ? SoundFeedback::Output::Beep : SoundFeedback::Output::Sound;
        QVERIFY(SoundFeedback::enabled()); // on by default
        QCOMPARE(sounds.play(SoundFeedback::Cue::Success), expected);
        QCOMPARE(sounds.play(SoundFeedback::Cue::Error), expected);
        SoundFeedback::setEnabled(false);
        QCOMPARE(sounds.play(SoundFeedback::Cue::Error), SoundFeedback::Output::Silent);
        QCOMPARE(played.size(), 3);
        QCOMPARE(played.at(1).at(0).value<SoundFeedback::Cue>(), SoundFeedback::Cue::Error);
        QCOMPARE(played.at(2).at(1).value<SoundFeedback::Output>(), SoundFeedback::Output::Silent);
    }

    void settingTurnsThemOff()
    {
        app::LanguageManager languages;
        {
            app::SettingsDialog dialog(languages);
            QVERIFY(dialog.soundsCheck()->isChecked());
            dialog.soundsCheck()->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!SoundFeedback::enabled());
        app::SettingsDialog again(languages);
        QVERIFY(!again.soundsCheck()->isChecked());
        again.soundsCheck()->setChecked(true);
        again.accept();
        QVERIFY(SoundFeedback::enabled());
    }

    void quickEntryGivesTheRightCue()
    {
        Fixture f;
        app::QuickEntryPage page(*f.context);
        page.setPermissions(app::Permissions::forRole(QStringLiteral("clerk"))); // an unknown code: no dialog
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy played(&SoundFeedback::instance(), &SoundFeedback::played);
        scan(page.scanField(), QStringLiteral("SHELF-A"));
        scan(page.scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f.store().movementCount(), 1);
        QVERIFY(played.size() >= 2);
        QCOMPARE(played.last().at(0).value<SoundFeedback::Cue>(), SoundFeedback::Cue::Success);
        scan(page.scanField(), QStringLiteral("0000000000"));
        QCOMPARE(f.store().movementCount(), 1);
        QCOMPARE(played.last().at(0).value<SoundFeedback::Cue>(), SoundFeedback::Cue::Error);
    }
};

QTEST_MAIN(TestSounds)
#include "tst_sounds.moc"
