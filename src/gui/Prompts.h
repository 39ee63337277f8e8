#pragma once

// The station's modal questions in one place: "a shift lead must sign on for this" and plain
// yes/no questions. In the style of KeePassXC's MessageBox::setNextAnswer, a test scripts the
// next answers here instead of the window carrying a test-only hook, so GUI tests never block
// on a modal dialog and production code calls the same function either way.

#include "core/Types.h"

#include <QString>

#include <optional>

class QWidget;

namespace gatepost::core {
class Auth;
}

namespace gatepost::gui {

class Prompts final
{
public:
    Prompts() = delete;

    /// Asks an operator of at least @p role to sign on with name and PIN (SignOnDialog).
    /// The operator who did, or nothing when the dialog was cancelled.
    static std::optional<core::Operator> askOperator(core::Auth& auth, core::Role role, QWidget* parent);

    /// A yes/no question; @p yes and @p no are the buttons' words. True for yes.
    static bool askYesNo(QWidget* parent, const QString& title, const QString& question, const QString& yes,
                         const QString& no);

    /// Scripted answers, used in order by the next calls instead of showing a dialog (tests).
    /// std::nullopt scripts a cancelled sign-on.
    static void setNextOperator(std::optional<core::Operator> answer);
    static void setNextAnswer(bool yes);
    /// Scripted answers not used yet (a test checks the station asked as often as it should).
    static int pendingAnswers();
    /// Forgets every scripted answer.
    static void clearScript();
};

} // namespace gatepost::gui
