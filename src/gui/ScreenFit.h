#pragma once

// Putting a gate window on its screen. A kiosk often runs without a window manager, and then
// showFullScreen() alone leaves the window at its own size (1280x800 cut off on a 1366x768
// screen): the kiosk window takes its screen's whole geometry itself, and follows the window
// to another screen or the screen to a new resolution.

class QWidget;

namespace gatepost::gui {

/// Shows @p window: with @p kiosk full screen on exactly its screen's geometry; otherwise as a
/// normal window no bigger than the screen's free area (a laptop with a task bar).
void presentOnScreen(QWidget* window, bool kiosk);

} // namespace gatepost::gui
