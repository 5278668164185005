// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/ClipPlayer.h"

#include <QAudioOutput>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

namespace asd::ui {

ClipPlayer::ClipPlayer(QObject *parent) : QObject(parent) {}

QMediaPlayer *ClipPlayer::player()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        const double t = ms / 1000.0;
        if (m_end > 0 && t >= m_end)
            m_player->stop();
        else
            Q_EMIT position(t);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::StoppedState)
            Q_EMIT position(-1.0);
        const bool playing = state == QMediaPlayer::PlayingState;
        if (playing != m_playing) {
            m_playing = playing;
            Q_EMIT playingChanged(playing);
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &text) { Q_EMIT failed(tr("Playback failed: %1").arg(text)); });
    return m_player;
}

void ClipPlayer::play(const QString &path, double beginSeconds, double endSeconds)
{
    // Without an output the player would run its clock and move the cursor in silence.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        Q_EMIT failed(tr("No audio output device on this machine: the clip cannot be played"));
        return;
    }
    m_end = endSeconds;
    QMediaPlayer *p = player();
    p->setSource(QUrl()); // the same path may hold new audio (the noise lab rewrites its mixture)
    p->setSource(QUrl::fromLocalFile(path));
    if (beginSeconds > 0)
        p->setPosition(qint64(beginSeconds * 1000));
    p->play();
}

void ClipPlayer::stop()
{
    if (m_player)
        m_player->stop();
}

} // namespace asd::ui
