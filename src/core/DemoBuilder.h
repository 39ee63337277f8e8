#pragma once

// The demo community as plain records, before it is written (internal to DemoCommunity.cpp).

#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace gatepost::core::demo {

struct HouseholdRec
{
    QString address;
    int courtyard = 0;
    QString note;
    int registered = 0;
    int migrants = 0;
    int tenantWeight = 0;
};

struct PersonRec
{
    qint64 householdId = 0; // 0 = none (NULL)
    QString name;
    Category category = Category::RegisteredResident;
    QString phone;
    QString idNumber;
    QDate birth;
    int origin = -1; // index into demo::originAt(); -1 = Beijing
    bool inQuarantine = false;
    QDate quarantineEnded; // a finished quarantine: the pass starts with the health certificate
};

struct VehicleRec
{
    qint64 householdId = 0;
    QString plate;
    bool internal = true;
};

struct QuarantineRec
{
    qint64 personId = 0;
    QuarantineKind kind = QuarantineKind::Home;
    QDate start;
    QDate end;
    QString origin;
    QDateTime created;
};

struct PassRec
{
    HolderKind holderKind = HolderKind::Person;
    qint64 holderId = 0;
    Category category = Category::RegisteredResident;
    bool holderInQuarantine = false;
    QDate validFrom;
    QDate validUntil;
    QString gates;
    QStringList secrets; // one per generation, oldest first
    QList<QDateTime> issued;
    PassStatus status = PassStatus::Active;
    QString statusReason;
    QDateTime updated;

    bool special(QDate today) const
    {
        return validFrom > today || validUntil < today || !gates.isEmpty() || secrets.size() > 1 ||
               holderInQuarantine;
    }
};

struct World
{
    std::vector<HouseholdRec> households; // id = index + 1
    std::vector<PersonRec> people;        // id = index + 1
    std::vector<VehicleRec> vehicles;     // id = index + 1
    std::vector<QuarantineRec> quarantines;
    std::vector<PassRec> passes; // in serial order; id = serial = index + 1
};

/// The whole community for a seed and a reference date; the same inputs give the same World.
World buildWorld(quint32 seed, QDate today);

} // namespace gatepost::core::demo
