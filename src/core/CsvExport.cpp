#include "CsvExport.h"

#include "Database.h"
#include "Formats.h"
#include "Registry.h"

#include <QHash>

namespace gatepost::core::csvexport {

namespace {

struct Holder
{
    QString name;
    QString phone;
    QString idNumber;
};

QHash<QString, Holder> holdersBySerial(Database& db)
{
    QHash<QString, Holder> out;
    Statement q =
        db.prepare("SELECT p.serial, coalesce(pe.name, v.plate, ''), coalesce(pe.phone, ''),"
                   " coalesce(pe.id_number, '') FROM passes p LEFT JOIN people pe ON pe.id = p.person_id"
                   " LEFT JOIN vehicles v ON v.id = p.vehicle_id");
    while (q.step())
        out.insert(q.text(0), Holder{q.text(1), q.text(2), q.text(3)});
    return out;
}

} // namespace

QString cell(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QStringList crossingHeader()
{
    return {QStringLiteral("at_utc"),      QStringLiteral("station"),   QStringLiteral("seq"),
            QStringLiteral("gate"),        QStringLiteral("direction"), QStringLiteral("kind"),
            QStringLiteral("pass_serial"), QStringLiteral("holder"),    QStringLiteral("phone"),
            QStringLiteral("id_number"),   QStringLiteral("subject"),   QStringLiteral("verdict"),
            QStringLiteral("reasons"),     QStringLiteral("decision"),  QStringLiteral("override_reason"),
            QStringLiteral("operator"),    QStringLiteral("shift"),     QStringLiteral("temperature"),
            QStringLiteral("note"),        QStringLiteral("uuid")};
}

qint64 exportCrossings(Database& db, const CrossingFilter& filter, Role role,
                       const std::function<void(const QByteArray&)>& write)
{
    const bool reveal = Registry::mayReveal(role);
    const QHash<QString, Holder> holders = holdersBySerial(db);
    const bool hasVisits = db.hasTable("visits");
    std::optional<Statement> visit;
    if (hasVisits)
        visit.emplace(db.prepare("SELECT name, phone FROM visits WHERE visit_id = ?1"));

    QByteArray chunk("\xEF\xBB\xBF");
    chunk += crossingHeader().join(QLatin1Char(',')).toUtf8() + "\r\n";
    qint64 rows = 0;
    CrossingReview(db).forEach(filter, [&](const CrossingEntry& e) {
        Holder h = holders.value(e.passSerial);
        if (!e.visitorId.isEmpty() && visit) {
            visit->bind(1, e.visitorId);
            if (visit->step())
                h = Holder{visit->text(0), visit->text(1), {}};
            visit->reset();
        }
        QStringList reasons;
        for (Reason r : e.reasons)
            reasons << toString(r);
        const QString decision =
            e.letThrough ? (*e.letThrough ? QStringLiteral("let_through") : QStringLiteral("refused"))
                         : QString();
        const QStringList cells{formats::utcText(e.atUtc),
                                e.stationId,
                                QString::number(e.stationSeq),
                                e.gate,
                                toString(e.direction),
                                toString(e.kind),
                                e.passSerial,
                                h.name,
                                h.phone.isEmpty() || reveal ? h.phone : formats::maskPhone(h.phone),
                                h.idNumber.isEmpty() || reveal ? h.idNumber
                                                               : formats::maskIdNumber(h.idNumber),
                                toString(e.subjectKind),
                                toString(e.verdict),
                                reasons.join(QLatin1Char(';')),
                                decision,
                                e.overrideReason,
                                e.operatorName,
                                e.shift,
                                e.temperature ? QString::number(*e.temperature, 'f', 1) : QString(),
                                e.note,
                                e.uuid};
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString& c : cells)
            escaped << cell(c);
        chunk += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
        ++rows;
        if (chunk.size() > (1 << 16)) {
            write(chunk);
            chunk.clear();
        }
    });
    write(chunk);
    return rows;
}

} // namespace gatepost::core::csvexport
