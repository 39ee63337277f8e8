#include "Json.h"

#include "core/Formats.h"

namespace gatepost::cli::json {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject holder(const core::HolderInfo& h)
{
    QJsonObject o{{QStringLiteral("kind"), core::toString(h.kind)},
                  {QStringLiteral("id"), h.id},
                  {QStringLiteral("name"), h.name},
                  {QStringLiteral("category"), core::toString(h.category)},
                  {QStringLiteral("address"), h.address},
                  {QStringLiteral("courtyard"), h.courtyard},
                  {QStringLiteral("phone"), h.phoneMasked}};
    if (h.kind == core::HolderKind::Vehicle)
        o.insert(QStringLiteral("plate"), core::formats::displayPlate(h.plate));
    return o;
}

QJsonArray reasons(const QList<core::Reason>& reasons)
{
    QJsonArray a;
    for (core::Reason r : reasons)
        a.append(core::toString(r));
    return a;
}

QJsonObject pass(const core::Pass& p, const std::optional<core::HolderInfo>& h)
{
    QJsonObject o{{QStringLiteral("serial"), p.serial},
                  {QStringLiteral("category"), core::toString(p.category)},
                  {QStringLiteral("status"), core::toString(p.status)},
                  {QStringLiteral("generation"), p.generation},
                  {QStringLiteral("valid_from"), p.validFrom.toString(Qt::ISODate)},
                  {QStringLiteral("valid_until"), p.validUntil.toString(Qt::ISODate)},
                  {QStringLiteral("gates"), QJsonArray::fromStringList(p.gates)},
                  {QStringLiteral("qr"), p.secret.isEmpty() ? QJsonValue()
                                                            : QJsonValue(core::passcode::format(
                                                                  {p.serial, p.generation, p.secret}))}};
    if (!p.statusReason.isEmpty())
        o.insert(QStringLiteral("status_reason"), p.statusReason);
    if (h)
        o.insert(QStringLiteral("holder"), holder(*h));
    return o;
}

QJsonObject decision(const core::Decision& d)
{
    QJsonObject o{{QStringLiteral("verdict"), core::toString(d.verdict)},
                  {QStringLiteral("reasons"), reasons(d.reasons)},
                  {QStringLiteral("serial"), d.serial.isEmpty() ? QJsonValue() : QJsonValue(d.serial)},
                  {QStringLiteral("holder"), d.holder ? QJsonValue(holder(*d.holder)) : QJsonValue()}};
    if (d.codeError != core::CodeError::None)
        o.insert(QStringLiteral("code_error"), core::toString(d.codeError));
    if (d.previous) {
        o.insert(QStringLiteral("previous"),
                 QJsonObject{{QStringLiteral("at"), isoUtc(d.previous->atUtc)},
                             {QStringLiteral("gate"), d.previous->gate},
                             {QStringLiteral("direction"), core::toString(d.previous->direction)},
                             {QStringLiteral("verdict"), core::toString(d.previous->verdict)}});
    }
    return o;
}

QJsonObject crossing(const core::CrossingEntry& e)
{
    QJsonObject o{{QStringLiteral("uuid"), e.uuid},
                  {QStringLiteral("station"), e.stationId},
                  {QStringLiteral("seq"), e.stationSeq},
                  {QStringLiteral("at"), isoUtc(e.atUtc)},
                  {QStringLiteral("gate"), e.gate},
                  {QStringLiteral("direction"), core::toString(e.direction)},
                  {QStringLiteral("kind"), core::toString(e.kind)},
                  {QStringLiteral("pass_serial"), e.passSerial},
                  {QStringLiteral("subject_kind"), core::toString(e.subjectKind)},
                  {QStringLiteral("verdict"), core::toString(e.verdict)},
                  {QStringLiteral("reasons"), reasons(e.reasons)},
                  {QStringLiteral("operator"), e.operatorName},
                  {QStringLiteral("shift"), e.shift},
                  {QStringLiteral("temperature"), e.temperature ? QJsonValue(*e.temperature) : QJsonValue()},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("hash"), e.hash}};
    if (!e.visitorId.isEmpty())
        o.insert(QStringLiteral("visitor_id"), e.visitorId);
    if (!e.refUuid.isEmpty())
        o.insert(QStringLiteral("ref_uuid"), e.refUuid);
    if (e.letThrough)
        o.insert(QStringLiteral("decision"),
                 *e.letThrough ? QStringLiteral("let_through") : QStringLiteral("refused"));
    if (!e.overrideReason.isEmpty())
        o.insert(QStringLiteral("override_reason"), e.overrideReason);
    return o;
}

} // namespace gatepost::cli::json
