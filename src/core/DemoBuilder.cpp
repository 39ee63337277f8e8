#include "DemoBuilder.h"

#include "DemoCommunity.h"
#include "DemoData.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace gatepost::core::demo {

namespace {

constexpr int kChildAge = 14;         // children below this age get no pass
constexpr int kExternalWorkers = 300; // "a few hundred"
constexpr int kEmployedByHousehold = 70;
constexpr int kVisitors = 12;
constexpr int kInternalVehicles = 340;
constexpr int kExternalVehicles = 150;
constexpr int kHomeQuarantineActive = 150;
constexpr int kHomeQuarantineDone = 50;
constexpr int kCentralQuarantine = 5;
constexpr int kHeadActive = 40;  // the first active passes a volunteer or a check looks at
constexpr int kHeadSpecials = 3; // at most this many of them are special cases

QString pick(Random& rng, std::initializer_list<const char16_t*> options)
{
    return QString::fromUtf16(*(options.begin() + rng.below(static_cast<int>(options.size()))));
}

class Builder
{
public:
    Builder(quint32 seed, QDate today)
        : m_rng(seed)
        , m_today(today)
    {
    }

    void build()
    {
        makeHouseholds();
        spreadResidents();
        makeResidents();
        makeOutsiders();
        makeVehicles();
        makeQuarantines();
        makePasses();
    }

    World world;
    std::vector<HouseholdRec>& households = world.households;
    std::vector<PersonRec>& people = world.people;
    std::vector<VehicleRec>& vehicles = world.vehicles;
    std::vector<QuarantineRec>& quarantines = world.quarantines;
    std::vector<PassRec>& passes = world.passes;

private:
    // An office event on day d: 08:30-17:30 Beijing time, or before 10:00 when d is today.
    QDateTime officeTime(QDate d)
    {
        const int secs = d < m_today ? m_rng.between(8 * 3600 + 1800, 17 * 3600 + 1800)
                                     : m_rng.between(8 * 3600, 10 * 3600 - 1);
        return QDateTime(d, QTime(0, 0).addSecs(secs), QTimeZone(8 * 3600)).toUTC();
    }

    QDate birthFor(int age) { return m_today.addYears(-age).addDays(-m_rng.below(365)); }
    bool isChild(const PersonRec& p) const { return p.birth > m_today.addYears(-kChildAge); }

    template<typename T> void shuffle(std::vector<T>& v)
    {
        for (int i = static_cast<int>(v.size()) - 1; i > 0; --i)
            std::swap(v[static_cast<std::size_t>(i)], v[static_cast<std::size_t>(m_rng.below(i + 1))]);
    }

    void makeHouseholds()
    {
        static constexpr char16_t kNumerals[] = u"一二三四五六";
        std::vector<int> courtyardSizes;
        int outside = 0;
        for (int c = 0; c < demo::kCourtyards; ++c) {
            courtyardSizes.push_back(m_rng.between(9, 18));
            outside += courtyardSizes.back();
        }
        // The bungalow rows (排) along the central road, numbered houses in each row.
        const int main = demo::kHouseholds - outside;
        for (int row = 1; static_cast<int>(households.size()) < main; ++row) {
            const int houses = m_rng.between(16, 30);
            for (int h = 1; h <= houses && static_cast<int>(households.size()) < main; ++h)
                households.push_back({QStringLiteral("清河四街 %1排 %2号").arg(row).arg(h), 0, {}, 0, 0, 0});
        }
        for (int c = 0; c < demo::kCourtyards; ++c) {
            for (int h = 1; h <= courtyardSizes[static_cast<std::size_t>(c)]; ++h)
                households.push_back({QString(QChar(kNumerals[c])) + QStringLiteral("号院 %1号").arg(h),
                                      c + 1, QStringLiteral("院落值守，定时检查"), 0, 0, 0});
        }
    }

    // Registered families in most houses; migrants rent rooms, many in a few big courtyards.
    void spreadResidents()
    {
        std::vector<int> withFamily;
        for (std::size_t i = 0; i < households.size(); ++i) {
            if (m_rng.chance(households[i].courtyard == 0 ? 0.86 : 0.7)) {
                households[i].registered = 1;
                withFamily.push_back(static_cast<int>(i));
            }
        }
        for (int left = demo::kRegisteredResidents - static_cast<int>(withFamily.size()); left > 0;) {
            HouseholdRec& h = households[static_cast<std::size_t>(
                withFamily[static_cast<std::size_t>(m_rng.below(static_cast<int>(withFamily.size())))])];
            if (h.registered < 8) {
                ++h.registered;
                --left;
            }
        }
        std::vector<qint64> cumulative;
        qint64 total = 0;
        int left = demo::kMigrantResidents;
        for (HouseholdRec& h : households) {
            const bool rentsOut = h.registered == 0 || m_rng.chance(0.85);
            h.tenantWeight = rentsOut ? 1 + m_rng.below(6) + (m_rng.chance(0.25) ? m_rng.below(20) : 0) : 0;
            if (h.registered == 0) { // every household has somebody
                h.migrants = 1;
                --left;
            }
            total += h.tenantWeight;
            cumulative.push_back(total);
        }
        for (; left > 0; --left) {
            const qint64 r = m_rng.below(static_cast<int>(total));
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
            ++households[static_cast<std::size_t>(it - cumulative.begin())].migrants;
        }
        for (HouseholdRec& h : households) {
            if (h.migrants >= 8 && h.courtyard == 0)
                h.note = QStringLiteral("出租房屋");
        }
    }

    PersonRec makePerson(Category category, qint64 householdId, int age, Sex sex, const QString& surname)
    {
        PersonRec p;
        p.householdId = householdId;
        p.category = category;
        p.name = surname + demo::pickGivenName(m_rng, sex);
        p.birth = birthFor(age);
        if (age >= 16 && (age < 80 || m_rng.chance(0.6)))
            p.phone = demo::makeMobile(m_rng, m_phones);
        return p;
    }

    void makeResidents()
    {
        for (std::size_t hi = 0; hi < households.size(); ++hi) {
            const HouseholdRec& h = households[hi];
            const qint64 hid = static_cast<qint64>(hi) + 1;
            const QString family = demo::pickSurname(m_rng);
            for (int i = 0; i < h.registered; ++i) {
                const double u = m_rng.unit();
                // Old Beijing bungalow areas are old: a quarter are 60 or more.
                const int age = u < 0.13   ? m_rng.between(0, 13)
                                : u < 0.17 ? m_rng.between(14, 17)
                                : u < 0.75 ? m_rng.between(18, 59)
                                           : m_rng.between(60, 92);
                const Sex sex = m_rng.chance(0.5) ? Sex::Male : Sex::Female;
                const QString surname = m_rng.chance(0.7) ? family : demo::pickSurname(m_rng);
                PersonRec p = makePerson(Category::RegisteredResident, hid, age, sex, surname);
                p.idNumber = demo::makeIdNumber(m_rng, m_ids, u"110108", p.birth, sex);
                people.push_back(std::move(p));
            }
            const int origin = demo::pickOrigin(m_rng);
            const QString tenants = demo::pickSurname(m_rng);
            for (int i = 0; i < h.migrants; ++i) {
                const double u = m_rng.unit();
                const int age = u < 0.09   ? m_rng.between(0, 13)
                                : u < 0.11 ? m_rng.between(14, 17)
                                : u < 0.97
                                    ? (m_rng.chance(0.7) ? m_rng.between(20, 45) : m_rng.between(18, 59))
                                    : m_rng.between(60, 75);
                const Sex sex = m_rng.chance(0.55) ? Sex::Male : Sex::Female;
                // Tenants of one house often come from one place, and families share a surname.
                const int from = m_rng.chance(0.6) ? origin : demo::pickOrigin(m_rng);
                const QString surname = m_rng.chance(0.4) ? tenants : demo::pickSurname(m_rng);
                PersonRec p = makePerson(Category::MigrantResident, hid, age, sex, surname);
                p.origin = from;
                if (m_rng.chance(0.85))
                    p.idNumber = demo::makeIdNumber(
                        m_rng, m_ids, demo::makeRegion(m_rng, demo::originAt(from).regionPrefix), p.birth,
                        sex);
                people.push_back(std::move(p));
            }
        }
    }

    // External workers (shops, building sites, deliveries) and a few visitors.
    void makeOutsiders()
    {
        const int householdCount = static_cast<int>(households.size());
        for (int i = 0; i < kExternalWorkers + kVisitors; ++i) {
            const bool visitor = i >= kExternalWorkers;
            const bool employed = !visitor && i < kEmployedByHousehold;
            const qint64 hid = visitor || employed ? m_rng.below(householdCount) + 1 : 0;
            const Sex sex = m_rng.chance(visitor ? 0.5 : 0.7) ? Sex::Male : Sex::Female;
            const int age = m_rng.between(visitor ? 20 : 18, visitor ? 75 : 58);
            PersonRec p = makePerson(visitor ? Category::Visitor : Category::ExternalWorker, hid, age, sex,
                                     demo::pickSurname(m_rng));
            if (p.phone.isEmpty())
                p.phone = demo::makeMobile(m_rng, m_phones);
            p.origin = demo::pickOrigin(m_rng);
            if (m_rng.chance(visitor ? 0.5 : 0.7)) {
                // Visitors are mostly relatives from other districts of Beijing.
                const QString region = visitor && m_rng.chance(0.6)
                                           ? pick(m_rng, {u"110105", u"110102", u"110106", u"110114"})
                                           : demo::makeRegion(m_rng, demo::originAt(p.origin).regionPrefix);
                p.idNumber = demo::makeIdNumber(m_rng, m_ids, region, p.birth, sex);
            }
            people.push_back(std::move(p));
        }
    }

    void makeVehicles()
    {
        const int householdCount = static_cast<int>(households.size());
        for (int i = 0; i < kInternalVehicles; ++i) {
            // Vehicle passes only for eligible residents: cars of households with a registered family.
            qint64 hid = 0;
            do {
                hid = m_rng.below(householdCount) + 1;
            } while (households[static_cast<std::size_t>(hid - 1)].registered == 0 && !m_rng.chance(0.1));
            vehicles.push_back({hid, demo::makePlate(m_rng, m_plates, u'京', m_rng.chance(0.15)), true});
        }
        for (int i = 0; i < kExternalVehicles; ++i) {
            const QChar province = m_rng.chance(0.35)
                                       ? QChar(u'京')
                                       : QChar(demo::originAt(demo::pickOrigin(m_rng)).plateProvince);
            const qint64 hid = m_rng.chance(0.2) ? m_rng.below(householdCount) + 1 : 0;
            vehicles.push_back({hid, demo::makePlate(m_rng, m_plates, province, m_rng.chance(0.08)), false});
        }
    }

    // Returnees (回京人员): home observation for 14 days, a few in central quarantine.
    void makeQuarantines()
    {
        const int residents = demo::kRegisteredResidents + demo::kMigrantResidents; // the first people
        const int wanted = kHomeQuarantineActive + kHomeQuarantineDone + kCentralQuarantine;
        for (int n = 0; n < wanted;) {
            const qint64 pid = m_rng.below(residents) + 1;
            PersonRec& p = people[static_cast<std::size_t>(pid - 1)];
            if (p.birth > m_today.addYears(-18) || p.inQuarantine || p.quarantineEnded.isValid())
                continue;
            QuarantineRec q;
            q.personId = pid;
            const QString home = p.origin >= 0
                                     ? QString::fromUtf16(demo::originAt(p.origin).city)
                                     : QString::fromUtf16(demo::originAt(demo::pickOrigin(m_rng)).city);
            if (n < kHomeQuarantineActive) {
                q.start = m_today.addDays(-m_rng.below(14));
                q.origin = home;
                p.inQuarantine = true;
            } else if (n < kHomeQuarantineActive + kHomeQuarantineDone) {
                q.start = m_today.addDays(-m_rng.between(15, 59));
                q.origin = home;
            } else {
                q.kind = QuarantineKind::Central;
                q.start = m_today.addDays(-m_rng.below(14));
                q.origin = demo::keyAreaCity(m_rng);
                p.inQuarantine = true;
            }
            q.end = q.start.addDays(14);
            if (!p.inQuarantine)
                p.quarantineEnded = q.end;
            q.created = officeTime(q.start);
            quarantines.push_back(std::move(q));
            ++n;
        }
    }

    void addPass(HolderKind kind, qint64 holderId, Category category, const PersonRec* person = nullptr)
    {
        PassRec p;
        p.holderKind = kind;
        p.holderId = holderId;
        p.category = category;
        p.holderInQuarantine = person && person->inQuarantine;
        if (category == Category::Visitor) {
            p.validFrom = m_today.addDays(-m_rng.below(3));
            p.validUntil = p.validFrom.addDays(m_rng.between(1, 7));
        } else {
            p.validFrom = m_today.addDays(-m_rng.below(60));
            // Issued when the quarantine ended, with the health certificate (健康证明).
            if (person && person->quarantineEnded.isValid())
                p.validFrom = person->quarantineEnded;
            p.validUntil = m_today.addDays(m_rng.between(30, 180));
        }
        passes.push_back(std::move(p));
    }

    // The special cases are drawn independently for every pass, so they fall anywhere.
    void decorate(PassRec& p)
    {
        const qint64 length = p.validFrom.daysTo(p.validUntil);
        const double v = m_rng.unit();
        if (v < 0.03) { // expired
            p.validUntil = m_today.addDays(-m_rng.between(1, 20));
            p.validFrom = p.validUntil.addDays(-length);
        } else if (v < 0.04) { // not yet valid: issued ahead of the start
            p.validFrom = m_today.addDays(m_rng.between(1, 7));
            p.validUntil = p.validFrom.addDays(length);
        }
        if ((p.category == Category::ExternalWorker && m_rng.chance(0.3)) ||
            (p.category == Category::ExternalVehicle && m_rng.chance(0.4)))
            p.gates = QStringLiteral("south");

        const int generations = m_rng.chance(0.02) ? (m_rng.chance(0.7) ? 2 : 3) : 1;
        QDate day = std::min(p.validFrom.addDays(-m_rng.below(3)), m_today);
        for (int g = 1; g <= generations; ++g) {
            if (g > 1) // a reissue after a lost or damaged card
                day = day.addDays(m_rng.below(static_cast<int>(day.daysTo(m_today)) + 1));
            p.secrets.append(demo::makeDemoSecret(m_rng));
            QDateTime at = officeTime(day);
            if (!p.issued.isEmpty() && at <= p.issued.last()) // reissued the same day, later
                at = p.issued.last().addSecs(m_rng.between(300, 3600));
            p.issued.append(at);
        }
        p.updated = p.issued.last();

        const double s = m_rng.unit();
        if (s < 0.025) {
            if (s < 0.01) {
                p.status = PassStatus::Revoked;
                p.statusReason = pick(m_rng, {u"已搬离社区", u"退租搬走", u"证件信息不符"});
            } else if (s < 0.02) {
                p.status = PassStatus::Lost;
                p.statusReason = pick(m_rng, {u"持证人报失", u"出入证丢失，本人挂失"});
            } else {
                p.status = PassStatus::Suspended;
                p.statusReason = pick(m_rng, {u"未按要求每日两次上报体温", u"拒不配合检查，暂停使用"});
            }
            const QDate last = p.issued.last().toTimeZone(QTimeZone(8 * 3600)).date();
            p.updated =
                std::max(officeTime(last.addDays(m_rng.below(static_cast<int>(last.daysTo(m_today)) + 1))),
                         p.issued.last());
        }
    }

    void makePasses()
    {
        std::vector<int> migrants;
        for (std::size_t i = 0; i < people.size(); ++i) {
            const PersonRec& p = people[i];
            const qint64 pid = static_cast<qint64>(i) + 1;
            // Most returnees still at home get their pass only when the observation ends.
            if (isChild(p) || (p.inQuarantine && !m_rng.chance(1.0 / 3)))
                continue;
            switch (p.category) {
            case Category::RegisteredResident:
                if (m_rng.chance(0.9))
                    addPass(HolderKind::Person, pid, p.category, &p);
                break;
            case Category::MigrantResident:
                migrants.push_back(static_cast<int>(i));
                break;
            case Category::ExternalWorker:
                if (m_rng.chance(0.88))
                    addPass(HolderKind::Person, pid, p.category, &p);
                break;
            default:
                addPass(HolderKind::Person, pid, p.category, &p);
                break;
            }
        }
        for (std::size_t i = 0; i < vehicles.size(); ++i) {
            if (m_rng.chance(vehicles[i].internal ? 0.95 : 0.8))
                addPass(HolderKind::Vehicle, static_cast<qint64>(i) + 1,
                        vehicles[i].internal ? Category::InternalVehicle : Category::ExternalVehicle);
        }
        // Many migrants were still in their home towns after the Spring Festival: the rest of the
        // nearly 7,000 passes go to a random part of them.
        shuffle(migrants);
        const int want = std::clamp(demo::kTargetPasses - static_cast<int>(passes.size()), 0,
                                    static_cast<int>(migrants.size()));
        for (int k = 0; k < want; ++k) {
            const int i = migrants[static_cast<std::size_t>(k)];
            addPass(HolderKind::Person, i + 1, Category::MigrantResident,
                    &people[static_cast<std::size_t>(i)]);
        }
        shuffle(passes); // serials are handed out in an order unrelated to the category
        for (PassRec& p : passes)
            decorate(p);
        keepHeadOrdinary();
    }

    // The first active passes in serial order are what a volunteer tries first: keep at most a
    // few special cases there by swapping the others with ordinary passes from far behind.
    void keepHeadOrdinary()
    {
        const int n = static_cast<int>(passes.size());
        int active = 0;
        int specials = 0;
        for (int i = 0; i < n && active < kHeadActive; ++i) {
            PassRec& p = passes[static_cast<std::size_t>(i)];
            if (p.status != PassStatus::Active)
                continue;
            ++active;
            if (!p.special(m_today))
                continue;
            if (specials < kHeadSpecials) {
                ++specials;
                continue;
            }
            for (;;) {
                PassRec& other = passes[static_cast<std::size_t>(m_rng.between(n / 2, n - 1))];
                if (other.status == PassStatus::Active && !other.special(m_today)) {
                    std::swap(p, other);
                    break;
                }
            }
        }
    }

    Random m_rng;
    QDate m_today;
    QSet<QString> m_ids;
    QSet<QString> m_phones;
    QSet<QString> m_plates;
};

} // namespace

World buildWorld(quint32 seed, QDate today)
{
    Builder b(seed, today);
    b.build();
    return std::move(b.world);
}

} // namespace gatepost::core::demo
