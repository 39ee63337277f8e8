#pragma once

// Glove-sized touch targets for the gate screens: outdoors, gloves, no training. A target of
// 15 mm is about 60 px at ~96 dpi; we use 64 px and type of at least 20 pt in fields and buttons.

class QLabel;
class QAbstractItemView;
class QStackedWidget;
class QPushButton;
class QString;
class QWidget;

namespace gatepost::gui::touch {

inline constexpr int kTargetPx = 64;  // minimum height of every button, field and list row
inline constexpr int kPrimaryPx = 96; // the primary action is the biggest button
inline constexpr int kInputPt = 20;   // fields and buttons
inline constexpr int kLabelPt = 18;   // field labels and hints
inline constexpr int kTitlePt = 26;   // a panel's title

/// Gives every button, field, combo box, spin box and list under @p root a target of at
/// least kTargetPx and big type (fonts only grow). Push buttons take no keyboard focus, so
/// the fields keep it and Enter/Escape reach the panel.
void apply(QWidget* root);
/// Biggest, bold, green: the one thing the volunteer is here to do.
void makePrimary(QPushButton* button);
/// Cancel is always there and easy to hit, but never as loud as the primary action.
void makeCancel(QPushButton* button);
void makeTitle(QLabel* label);
/// Red bold text that wraps; hidden while empty.
void makeError(QLabel* label);
void setError(QLabel* label, const QString& message);
/// Only the page on show sizes @p pages (the others' size policies are Ignored): a tall form
/// on a page that is not shown must not make the screen that is shown need a taller window.
void sizeByCurrentPage(QStackedWidget* pages);
/// Every row of @p view at least @p rowPx tall (installs a delegate owned by the view).
void makeRowsTall(QAbstractItemView* view, int rowPx = kTargetPx + 16);

} // namespace gatepost::gui::touch
