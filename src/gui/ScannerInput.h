#pragma once

// A USB scanner gun (扫码枪) types like a keyboard: a burst of keystrokes a few ms apart,
// ended by Enter. ScannerInput is an event filter (install it on the QApplication) that
// recognises such a burst by its inter-key timing wherever the focus is, and emits the text
// once. Human typing is slower than the threshold and passes through untouched: the first key
// of every burst is delivered normally; from the second fast key on, keys are held back; on
// Enter the burst becomes a code (and the first key is taken back out of a QLineEdit), and if
// the burst breaks off short of a code the held keys are replayed to where they were going.
//
// What a scan leaves behind is swallowed, so it can never confirm or dismiss the screen the
// code brings up (a red verdict above all): the burst's Enter, and any key that follows it
// within the burst's rhythm (a second Enter, a line feed, a Tab suffix). A fast burst that
// ends in Enter while a modal dialog is open (the shift lead's PIN, the settings) is not a
// code: it is dropped whole, so it neither scans nor types into the dialog nor presses its
// default button.
//
// Time comes from an injectable source (milliseconds, monotonic) so tests never sleep.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QKeyEvent;
class QWidget;

namespace gatepost::gui {

class ScannerInput final : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<qint64()>;

    static constexpr int kDefaultMaxGapMs = 35; // scanner guns: 2-20 ms; people: > 60 ms
    static constexpr int kDefaultMinLength = 4; // shorter bursts are not codes

    explicit ScannerInput(QObject* parent = nullptr);
    ~ScannerInput() override;

    /// Largest gap between two keys of one burst.
    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    int maxGapMs() const { return m_maxGapMs; }
    void setMinLength(int n) { m_minLength = n; }
    /// Milliseconds from any fixed origin; default: a QElapsedTimer started on construction.
    void setTimeSource(TimeSource source);
    /// While disabled every key passes through untouched.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void codeScanned(const QString& text);
    /// A burst that was a code but arrived while a modal dialog was open; nothing was scanned.
    void codeDropped();

private:
    bool handleKey(QWidget* receiver, QKeyEvent* key);
    void abandon(); // replays held keys and forgets the burst
    void clear();

    TimeSource m_now;
    QTimer m_flush; // a burst that stops without Enter is handed back after a short while
    int m_maxGapMs = kDefaultMaxGapMs;
    int m_minLength = kDefaultMinLength;
    bool m_enabled = true;
    bool m_replaying = false;
    bool m_trailing = false; // a code just ended: keys in its rhythm are its leftovers

    QString m_buffer; // every character of the current burst
    qint64 m_lastKeyMs = 0;
    int m_delivered = 0;                 // leading characters that went through to the receiver
    QPointer<QWidget> m_target;          // where the first key went
    const QEvent* m_lastEvent = nullptr; // key events propagate to parents: count each once
    QPointer<QObject> m_lastReceiver;
};

} // namespace gatepost::gui
