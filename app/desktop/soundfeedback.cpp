#include "soundfeedback.h"

#include <QApplication>
#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QPointer>
#include <QSettings>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

#include <cmath>

namespace depot::app {

namespace {

const QString kSetting = QStringLiteral("feedback/sounds");

/// A note of a cue: a frequency (0 for a rest) held for some milliseconds.
struct Note
{
    double hz;
    int ms;
};

QList<Note> notesOf(SoundFeedback::Cue cue)
{
    // A success rises and is over quickly; an error falls, low and twice as long, in two parts.
    if (cue == SoundFeedback::Cue::Success)
        return {{880.0, 55}, {1320.0, 75}};
    return {{330.0, 140}, {0.0, 50}, {220.0, 220}};
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QByteArray SoundFeedback::wav(Cue cue)
{
    constexpr double kPi = 3.14159265358979323846;
    constexpr double kAmplitude = 0.45 * 32767;
    constexpr int kFadeSamples = kSampleRate * 6 / 1000; // 6 ms in and out: no click
    QByteArray samples;
    for (const Note &note : notesOf(cue)) {
        const int count = kSampleRate * note.ms / 1000;
        for (int i = 0; i < count; ++i) {
            double value = 0;
            if (note.hz > 0) {
                const double fade = std::min({1.0, double(i) / kFadeSamples, double(count - 1 - i) / kFadeSamples});
                value = kAmplitude * fade * std::sin(2 * kPi * note.hz * i / kSampleRate);
            }
            appendLe16(samples, quint16(qint16(std::lround(value))));
        }
    }
    QByteArray out;
    out.reserve(44 + samples.size());
    out.append("RIFF", 4);
    appendLe32(out, quint32(36 + samples.size()));
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16);              // size of this chunk
    appendLe16(out, 1);               // PCM
    appendLe16(out, 1);               // mono
    appendLe32(out, kSampleRate);     // samples per second
    appendLe32(out, kSampleRate * 2); // bytes per second
    appendLe16(out, 2);               // bytes per frame
    appendLe16(out, 16);              // bits per sample
    out.append("data", 4);
    appendLe32(out, quint32(samples.size()));
    out.append(samples);
    return out;
}

SoundFeedback::SoundFeedback(QObject *parent) : QObject(parent) { }

SoundFeedback::~SoundFeedback() = default;

SoundFeedback &SoundFeedback::instance()
{
    // Owned by the application object: gone with it, before Qt Multimedia is torn down.
    static QPointer<SoundFeedback> instance;
    if (!instance)
        instance = new SoundFeedback(qApp);
    return *instance;
}

bool SoundFeedback::enabled()
{
    return QSettings().value(kSetting, true).toBool();
}

void SoundFeedback::setEnabled(bool enabled)
{
    QSettings().setValue(kSetting, enabled);
}

QSoundEffect *SoundFeedback::effect(Cue cue)
{
    QSoundEffect *&effect = cue == Cue::Success ? m_success : m_error;
    if (effect)
        return effect;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return nullptr;
    }
    const QString path =
        m_dir->filePath(cue == Cue::Success ? QStringLiteral("success.wav") : QStringLiteral("error.wav"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav(cue)) < 0)
        return nullptr;
    file.close();
    effect = new QSoundEffect(this);
    effect->setSource(QUrl::fromLocalFile(path));
    effect->setVolume(0.8f);
    return effect;
}

void SoundFeedback::beep(Cue cue)
{
    QApplication::beep();
    if (cue == Cue::Error) // a second beep: an error is heard as different from a success
        QTimer::singleShot(180, this, [] { QApplication::beep(); });
}

SoundFeedback::Output SoundFeedback::play(Cue cue)
{
    Output output = Output::Silent;
    if (!enabled()) {
        output = Output::Silent;
    } else if (QMediaDevices::audioOutputs().isEmpty()) {
        beep(cue);
        output = Output::Beep;
    } else if (QSoundEffect *sound = effect(cue); sound && sound->status() != QSoundEffect::Error) {
        sound->play(); // plays once loaded when it is still loading (the first time)
        output = Output::Sound;
    } else {
        beep(cue);
        output = Output::Beep;
    }
    emit played(cue, output);
    return output;
}

} // namespace depot::app
