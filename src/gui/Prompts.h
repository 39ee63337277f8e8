#pragma once

// The station's modal questions in one place: "a shift lead must sign on for this", plain
// yes/no questions and which file to write or read (a USB bundle). In the style of KeePassXC's
// MessageBox::setNextAnswer, a test scripts the next answers here instead of the window carrying a test-only
// hook, so GUI tests never block on a modal dialog and production code calls the same function either way.

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

    /// A file to write (@p suggested: the path proposed); empty when cancelled.
    static QString askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter);
    /// An existing file to read, starting in @p folder; empty when cancelled.
    static QString askOpenFile(QWidget* parent, const QString& title, const QString& folder,
                               const QString& filter);

    /// Scripted answers, used in order by the next calls instead of showing a dialog (tests).
    /// std::nullopt scripts a cancelled sign-on.
    static void setNextOperator(std::optional<core::Operator> answer);
    static void setNextAnswer(bool yes);
    /// The next file question's answer (either kind); an empty path scripts a cancelled one.
    static void setNextFileName(const QString& path);
    /// Scripted answers not used yet (a test checks the station asked as often as it should).
    static int pendingAnswers();
    /// Forgets every scripted answer.
    static void clearScript();
};

} // namespace gatepost::gui
