#include "ScannerInput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

#include <memory>

namespace gatepost::gui {

ScannerInput::ScannerInput(QObject* parent)
    : QObject(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_now = [timer] {
        return timer->elapsed();
    };
    m_flush.setSingleShot(true);
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, &ScannerInput::abandon);
}

ScannerInput::~ScannerInput() = default;

void ScannerInput::setTimeSource(TimeSource source)
{
    m_now = std::move(source);
}

void ScannerInput::setEnabled(bool enabled)
{
    if (!enabled)
        abandon();
    m_enabled = enabled;
}

void ScannerInput::clear()
{
    m_flush.stop();
    m_buffer.clear();
    m_delivered = 0;
    m_target.clear();
}

void ScannerInput::abandon()
{
    // Keys held back from a burst that never became a code were somebody's typing (or a
    // scanner whose Enter got lost): give them to the widget they were meant for.
    const QString held = m_buffer.mid(m_delivered);
    QPointer<QWidget> target = m_target;
    clear();
    if (held.isEmpty() || !target)
        return;
    m_replaying = true;
    for (const QChar c : held) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
        if (!target)
            break;
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_enabled || m_replaying || !watched->isWidgetType())
        return false;
    // An ignored key event travels up to the parents with the same event object.
    if (event == m_lastEvent && m_lastReceiver && watched != m_lastReceiver.data() &&
        static_cast<QWidget*>(watched)->isAncestorOf(qobject_cast<QWidget*>(m_lastReceiver.data())))
        return false;
    m_lastEvent = event;
    m_lastReceiver = watched;
    return handleKey(static_cast<QWidget*>(watched), static_cast<QKeyEvent*>(event));
}

bool ScannerInput::handleKey(QWidget* receiver, QKeyEvent* key)
{
    const qint64 now = m_now();
    if (m_trailing) {
        if (now - m_lastKeyMs <= m_maxGapMs) {
            m_lastKeyMs = now; // still the scanner's rhythm: part of what it sent, not a person
            return true;
        }
        m_trailing = false;
    }
    const bool inBurst = !m_buffer.isEmpty() && now - m_lastKeyMs <= m_maxGapMs;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);

    if (enter) {
        if (inBurst && m_buffer.size() >= m_minLength && m_delivered < m_buffer.size()) {
            const QString code = m_buffer;
            // The first key went through before anyone could know: take it back out of a field.
            if (auto* edit = qobject_cast<QLineEdit*>(m_target.data()))
                for (int i = 0; i < m_delivered; ++i)
                    edit->backspace();
            clear();
            m_trailing = true;
            m_lastKeyMs = now;
            if (QApplication::activeModalWidget())
                emit codeDropped(); // a dialog has the screen: not a scan, and not its typing
            else
                emit codeScanned(code);
            return true; // the scanner's Enter must not confirm anything on screen
        }
        abandon();
        return false;
    }

    const QString text = key->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint() && !key->isAutoRepeat() && mods == 0;
    if (!printable) {
        if (key->key() != Qt::Key_Shift) // scanners press Shift for capitals
            abandon();
        return false;
    }

    if (!inBurst) {
        abandon();
        m_buffer = text;
        m_delivered = 1;
        m_target = receiver;
        m_lastKeyMs = now;
        return false; // a person may be typing: deliver
    }
    m_buffer += text;
    m_lastKeyMs = now;
    m_flush.start();
    return true; // fast: part of a scan, hold it back
}

} // namespace gatepost::gui
