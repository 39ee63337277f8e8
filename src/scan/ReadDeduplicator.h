#pragma once

#include <QHash>
#include <QString>

namespace gatepost::scan {

/// Turns a stream of sightings (every frame in which the decoder found a text) into reads.
/// Pure logic; the caller passes the time (monotonic ms), so tests use synthetic instants.
///
/// A text is ONE read while it keeps being seen with gaps below repeatHoldMs: a pass held in
/// front of the camera for 30 s is one read, not 450. A text not seen for repeatHoldMs or
/// longer (the card was taken away and shown again) is a new read; the core's duplicate rule
/// and passback catch real re-scans. A different text is a new read at once. Each text keeps
/// its own hold, so two cards flickering in and out of the same picture (A, B, A, B ...) are
/// two reads, not a stream. Not thread-safe: use it from one thread.
class ReadDeduplicator final
{
public:
    explicit ReadDeduplicator(int repeatHoldMs = 3000);

    /// Records that @p text was seen at @p nowMs; true when this sighting is a new read.
    bool see(const QString& text, qint64 nowMs);
    /// Forgets every text, so the next sighting of any text is a new read.
    void reset();

    int repeatHoldMs() const { return m_repeatHoldMs; }
    void setRepeatHoldMs(int ms) { m_repeatHoldMs = ms; }

private:
    int m_repeatHoldMs = 3000;
    QHash<QString, qint64> m_lastSeen; // text -> last sighting; pruned as texts expire
};

} // namespace gatepost::scan
