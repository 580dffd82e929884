#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

class QSoundEffect;
class QTemporaryDir;

namespace depot::app {

/// The sounds of scan feedback: one short high tone for a success, two lower ones for an error,
/// so that a clerk who looks at the goods, not at the screen, hears which it was.
///
/// The tones are made here (16-bit PCM WAV, a sine with short fades so that it does not click),
/// written once to a temporary folder and played with QSoundEffect. Where there is no audio output
/// (or QSoundEffect cannot play), QApplication::beep() stands in, twice for an error. The
/// "feedback/sounds" setting (on by default) turns both off. GUI thread only.
class SoundFeedback : public QObject
{
    Q_OBJECT
public:
    enum class Cue {
        Success,
        Error
    };
    Q_ENUM(Cue)
    enum class Output {
        Silent,
        Sound,
        Beep
    };
    Q_ENUM(Output)

    static constexpr int kSampleRate = 22050;

    /// The application's instance, made on first use.
    static SoundFeedback &instance();
    /// Shorthand for instance().play(cue).
    static void cue(Cue cue) { instance().play(cue); }

    /// Gives `cue` as the settings and the machine allow, and says how.
    Output play(Cue cue);

    static bool enabled();
    static void setEnabled(bool enabled);

    /// The WAV file (RIFF, PCM, 16-bit, mono, kSampleRate) of a cue.
    static QByteArray wav(Cue cue);

signals:
    void played(depot::app::SoundFeedback::Cue cue, depot::app::SoundFeedback::Output output);

private:
    explicit SoundFeedback(QObject *parent);
    ~SoundFeedback() override;
    /// The effect of `cue`, loaded on first use; null when it cannot be made.
    QSoundEffect *effect(Cue cue);
    void beep(Cue cue);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSoundEffect *m_success = nullptr;
    QSoundEffect *m_error = nullptr;
};

} // namespace depot::app
