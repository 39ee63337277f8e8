#include "StartupErrors.h"

#include "core/Database.h"

#include <QCoreApplication>

namespace gatepost::gui {

// Written out as QCoreApplication::translate("StartupErrors", ...) so that lupdate sees the context.
QString startupErrorText(const core::DbError& error)
{
    using Kind = core::DbError::Kind;
    switch (error.kind()) {
    case Kind::Locked: {
        const core::LockHolder h = error.holder().value_or(core::LockHolder{});
        const QString program =
            h.program.isEmpty() ? QCoreApplication::translate("StartupErrors", "another program") : h.program;
        if (!h.station.isEmpty())
            return QCoreApplication::translate("StartupErrors",
                                               "This station's database is in use by %1 (process %2), "
                                               "station %3 at gate %4. Only one "
                                               "program may write it at a time: close that one first.")
                .arg(program)
                .arg(h.pid)
                .arg(h.station, h.gate);
        return QCoreApplication::translate(
                   "StartupErrors",
                   "This station's database is in use by %1 (process %2). Only one program may write it at a "
                   "time: close that one first.")
            .arg(program)
            .arg(h.pid);
    }
    case Kind::NotDemo:
        return QCoreApplication::translate(
            "StartupErrors",
            "This file is not a demo file, so --demo will not open it (nothing was written to it). Start "
            "without --demo, or give --demo a new file name.");
    case Kind::NoWal:
        return QCoreApplication::translate(
            "StartupErrors",
            "The disk that holds the database cannot keep it safely (no WAL mode). Put the database on "
            "the station's own disk.");
    case Kind::NotPrivate:
        return QCoreApplication::translate(
            "StartupErrors",
            "Other accounts on this PC can read the database, and it could not be made private. Ask the "
            "administrator to fix its permissions.");
    case Kind::NewerSchema:
        return QCoreApplication::translate(
            "StartupErrors",
            "The database was written by a newer Gatepost. Install that version on this PC.");
    case Kind::Missing:
        return QCoreApplication::translate("StartupErrors", "The database or its folder does not exist.");
    case Kind::Sqlite:
        break;
    }
    if (error.isDiskFull())
        return QCoreApplication::translate("StartupErrors",
                                           "The disk is full: the station cannot write its database.");
    return QCoreApplication::translate("StartupErrors", "The database cannot be used: %1")
        .arg(error.message());
}

QString startupFailureText(const QString& path)
{
    return QCoreApplication::translate(
               "StartupErrors",
               "The station's data file %1 could not be opened. Nothing was changed in it. Ask whoever "
               "looks after this PC (the details were written to the program's error output).")
        .arg(path);
}

QString noStationIdentityText(const QString& path)
{
    return QCoreApplication::translate(
               "StartupErrors",
               "This database is not set up as a station yet.\nRun: gatepost-cli --db %1 init")
        .arg(path);
}

} // namespace gatepost::gui
