// A person's photo (schema 5): a small JPEG kept in the registry, so it travels to the gates
// with the person and the verdict screen can show it. The newest row of a person counts.

#include "Refusal.h"
#include "Registry.h"

namespace gatepost::core {

namespace {

bool looksLikeJpeg(const QByteArray& bytes)
{
    return bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
           static_cast<unsigned char>(bytes[1]) == 0xD8 && static_cast<unsigned char>(bytes[2]) == 0xFF &&
           static_cast<unsigned char>(bytes[bytes.size() - 2]) == 0xFF &&
           static_cast<unsigned char>(bytes[bytes.size() - 1]) == 0xD9;
}

} // namespace

void Registry::setPhoto(qint64 personId, const QByteArray& jpeg, const Actor& actor)
{
    if (!looksLikeJpeg(jpeg))
        core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
    if (jpeg.size() > kMaxPhotoBytes)
        core::refuse(RefusalCode::PhotoTooLarge, RefusalField::Photo,
                     {QString::number(jpeg.size() / 1024), QString::number(kMaxPhotoBytes / 1024)});
    Transaction tx(m_db);
    if (!personExists(personId))
        core::refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    bool replacing = false;
    {
        // One row per person where this station can help it: a replacement updates the row
        // (same uid at every station); only two stations photographing at once leave two.
        auto q = query("SELECT id FROM person_photos WHERE person_id = ?1 ORDER BY updated_utc DESC, id DESC"
                       " LIMIT 1");
        q->bind(1, personId);
        const qint64 rowId = q->step() ? q->int64(0) : 0;
        q->reset();
        replacing = rowId != 0;
        if (replacing) {
            auto u = query("UPDATE person_photos SET jpeg_base64 = ?1, updated_utc = ?2 WHERE id = ?3");
            u->bind(1, QString::fromLatin1(jpeg.toBase64())).bind(2, nowText()).bind(3, rowId).exec();
        } else {
            auto i =
                query("INSERT INTO person_photos (person_id, jpeg_base64, updated_utc) VALUES (?1, ?2, ?3)");
            i->bind(1, personId).bind(2, QString::fromLatin1(jpeg.toBase64())).bind(3, nowText()).exec();
        }
    }
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PhotoSet, QStringLiteral("person:%1").arg(personId),
                replacing ? QStringLiteral("replaced") : QString(),
                QStringLiteral("%1 bytes").arg(jpeg.size()));
    tx.commit();
}

QByteArray Registry::photo(qint64 personId) const
{
    auto q = query("SELECT jpeg_base64 FROM person_photos WHERE person_id = ?1"
                   " ORDER BY updated_utc DESC, id DESC LIMIT 1");
    q->bind(1, personId);
    if (!q->step())
        return {};
    return QByteArray::fromBase64(q->text(0).toLatin1());
}

} // namespace gatepost::core
