// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace asd::ui {

// Plays a WAV file, optionally only from one time to another, and reports where it is so
// a view can move its playback cursor. The QMediaPlayer is made on first use: Qt
// Multimedia's GStreamer back end can fail badly on machines without audio plugins, which
// must not stop anyone from inspecting clips.
class ClipPlayer : public QObject {
    Q_OBJECT
public:
    explicit ClipPlayer(QObject *parent = nullptr);

    // Plays `path` from `beginSeconds`; stops at `endSeconds` when that is > 0.
    void play(const QString &path, double beginSeconds = 0.0, double endSeconds = -1.0);
    void stop();
    bool isPlaying() const { return m_playing; }

Q_SIGNALS:
    void position(double seconds); // while playing; -1 when playback stops
    void failed(const QString &message);
    void playingChanged(bool playing);

private:
    QMediaPlayer *player();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    double m_end = -1.0;
    bool m_playing = false;
};

} // namespace asd::ui
