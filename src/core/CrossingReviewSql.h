#pragma once

// Internal to CrossingReview*.cpp: the WHERE clause of a filter and the row reader.

#include "CrossingReview.h"
#include "Database.h"

namespace gatepost::core::review {

// The column list readRow expects, in this order.
inline constexpr const char* kColumns =
    "row_id, uuid, station_id, station_seq, at_utc, gate, direction, entry_kind, pass_serial, visitor_id, "
    "subject_kind, verdict, reasons, ref_uuid, decision, override_reason, operator, shift, temperature, "
    "note, prev_hash, hash";

struct Arg
{
    QString text;
    qint64 number = 0;
    bool isInt = false;
};

// " WHERE a AND b ..." (empty when nothing filters) and its numbered arguments.
struct Where
{
    QString sql;
    QList<Arg> args;
    void add(const QString& clause);
    QString arg(const QString& text); // returns "?N"
    QString arg(qint64 n);
    void bind(Statement& s) const;
};

Where where(const CrossingFilter& filter);
CrossingEntry readRow(const Statement& q);

} // namespace gatepost::core::review
