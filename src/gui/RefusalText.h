#pragma once

// The core's refusal codes and database problems in the volunteer's language. The core never
// hands a sentence to a screen; these are the only words a gate screen shows for a refusal.

#include "core/Refusal.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace gatepost::gui {

class RefusalText
{
    Q_DECLARE_TR_FUNCTIONS(RefusalText)

public:
    /// One short sentence for @p refusal, its arguments filled in.
    static QString text(const core::Refusal& refusal);
    /// What went wrong with the database, and what to do.
    static QString dbProblem(core::DbProblem problem);
    /// For a failure a screen caught itself (settings, status): a DbError's kind in words,
    /// a refusal's text, and for anything else a plain "could not be saved" (never what()).
    static QString error(const std::exception& e);
};

} // namespace gatepost::gui
