#include "core/Rules.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace gatepost::core;

namespace {

// Local (Asia/Shanghai, UTC+8) wall-clock time as a UTC instant: the rules get UTC only.
QDateTime beijing(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).addSecs(-8 * 3600);
}

const QString kSerial = QStringLiteral("0001234");

// One registered resident's pass, reissued once (generation 2), and a station at the south gate.
struct Fixture
{
    QString oldSecret = passcode::newSecret();
    QString secret = passcode::newSecret();
    VerifyRequest req;

    Fixture()
    {
        PassSnapshot s;
        s.pass.id = 7;
        s.pass.serial = kSerial;
        s.pass.holderKind = HolderKind::Person;
        s.pass.holderId = 42;
        s.pass.category = Category::RegisteredResident;
        s.pass.validFrom = QDate(2026, 1, 1);
        s.pass.validUntil = QDate(2026, 12, 31);
        s.pass.generation = 2;
        s.pass.secret = QString(); // a gate holds no secret: the rules judge by the hashes
        s.holder.id = 42;
        s.holder.name = QStringLiteral("王芳");
        s.holder.address = QStringLiteral("清河四街 12排 3号");
        s.holder.phoneMasked = QStringLiteral("138****5678");
        s.secretHashes = {{1, passcode::secretHash(kSerial, 1, oldSecret)},
                          {2, passcode::secretHash(kSerial, 2, secret)}};
        req.pass = s;
        req.codeText = code(2, secret);
        req.nowUtc = beijing(2026, 11, 29, 10, 0);
        req.stationId = QStringLiteral("south-1");
        req.gate = QStringLiteral("south");
        req.direction = Direction::In;
        req.policy = Policy::defaults();
    }

    static QString code(int generation, const QString& secret)
    {
        return passcode::format(PassCode{kSerial, generation, secret});
    }
    Pass& pass() { return req.pass->pass; }

    // A crossing of this pass @p secsAgo seconds before now.
    RecentCrossing crossing(double secsAgo, Direction dir, const QString& station = QStringLiteral("south-1"),
                            Verdict verdict = Verdict::Allow, QList<Reason> reasons = {}) const
    {
        static int n = 0;
        RecentCrossing c;
        c.uuid = QStringLiteral("uuid-%1").arg(++n);
        c.atUtc = req.nowUtc.addMSecs(-std::llround(secsAgo * 1000));
        c.stationId = station;
        c.gate = station.startsWith(u"north") ? QStringLiteral("north") : QStringLiteral("south");
        c.direction = dir;
        c.verdict = verdict;
        c.reasons = std::move(reasons);
        c.passedThrough = verdict != Verdict::Deny;
        return c;
    }
};

using Reasons = QList<Reason>;

// QTest's toString cannot print our enums (ADL picks core::toString, which returns QString):
// compare their snake_case names, which also reads well when a test fails.
QString str(Verdict v)
{
    return toString(v);
}
QString str(CodeError e)
{
    return toString(e);
}
QString str(const Reasons& reasons)
{
    QStringList names;
    for (Reason r : reasons)
        names.append(toString(r));
    return u'[' + names.join(u',') + u']';
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void plainAllowShowsHolder()
    {
        Fixture f;
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QVERIFY(d.reasons.isEmpty());
        QCOMPARE(d.serial, kSerial);
        QCOMPARE(d.code->generation, 2);
        QVERIFY(d.holder);
        QCOMPARE(d.holder->name, QStringLiteral("王芳"));
        QVERIFY(!d.previous);
        QVERIFY(!d.isDuplicate());
    }

    void garbageIsBadFormatWithTheParserError()
    {
        Fixture f;
        f.req.codeText = f.req.codeText.left(20); // truncated read
        f.req.recent = {f.crossing(1, Direction::In)};
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::BadFormat}));
        QCOMPARE(str(d.codeError), str(CodeError::WrongLength));
        QVERIFY(d.serial.isEmpty());
        QVERIFY(!d.holder);
        QVERIFY(!d.isDuplicate());
    }

    void unknownSerialIsUnknownPass()
    {
        Fixture f;
        f.req.pass.reset();
        Decision d = verify(f.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::UnknownPass}));
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(d.serial, kSerial);

        // A snapshot of some other pass never vouches for this code.
        Fixture g;
        g.pass().serial = QStringLiteral("0001235");
        d = verify(g.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::UnknownPass}));
        QVERIFY(!d.holder);
    }

    void wrongSecretSameGenerationHidesEverything()
    {
        Fixture f;
        f.pass().status = PassStatus::Revoked; // must not leak either
        f.req.recent = {f.crossing(1, Direction::In)};
        f.req.codeText = Fixture::code(2, passcode::newSecret());
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::WrongSecret}));
        QVERIFY(!d.holder);
        QVERIFY(!d.previous);
    }

    void oldGenerationGenuineIsSupersededForgedIsWrongSecret()
    {
        Fixture f;
        f.req.codeText = Fixture::code(1, f.oldSecret);
        Decision d = verify(f.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Superseded}));
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QVERIFY(d.holder); // a genuine old card: the volunteer may see whose it was

        for (const QString& forged : {passcode::newSecret(), f.secret}) {
            f.req.codeText = Fixture::code(1, forged);
            d = verify(f.req);
            QCOMPARE(str(d.reasons), str(Reasons{Reason::WrongSecret}));
            QVERIFY(!d.holder);
        }
        // A generation the registry has no secret for.
        f.req.pass->secretHashes.remove(1);
        f.req.codeText = Fixture::code(1, f.oldSecret);
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::WrongSecret}));
    }

    void higherGenerationIsWrongSecret()
    {
        Fixture f;
        f.req.codeText = Fixture::code(3, f.secret);
        const Decision d = verify(f.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::WrongSecret}));
        QVERIFY(!d.holder);
    }

    void forgedCodesNeverGetMoreThanWrongSecret()
    {
        Fixture f;
        f.pass().validUntil = QDate(2020, 1, 1);
        f.req.temperature = 39.0;
        for (int i = 0; i < 200; ++i) {
            f.req.codeText = Fixture::code(1 + i % 99, passcode::newSecret());
            const Decision d = verify(f.req);
            QCOMPARE(str(d.reasons), str(Reasons{Reason::WrongSecret}));
            QCOMPARE(str(d.verdict), str(Verdict::Deny));
            QVERIFY(!d.holder);
        }
    }

    void statusDenies_data()
    {
        QTest::addColumn<PassStatus>("status");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("revoked") << PassStatus::Revoked << Reason::Revoked;
        QTest::newRow("lost") << PassStatus::Lost << Reason::Lost;
        QTest::newRow("suspended") << PassStatus::Suspended << Reason::Suspended;
    }

    void statusDenies()
    {
        QFETCH(PassStatus, status);
        QFETCH(Reason, reason);
        Fixture f;
        f.pass().status = status;
        for (Direction dir : {Direction::In, Direction::Out}) {
            f.req.direction = dir;
            const Decision d = verify(f.req);
            QCOMPARE(str(d.verdict), str(Verdict::Deny));
            QCOMPARE(str(d.reasons), str(Reasons{reason}));
            QVERIFY(d.holder); // genuine pass: the volunteer sees whose it is
        }
    }

    void lastValidDayEndsAtLocalMidnight()
    {
        Fixture f;
        f.pass().validUntil = QDate(2026, 11, 29);
        f.req.nowUtc = beijing(2026, 11, 29, 23, 59, 59);
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        // 00:00 in Beijing is still the 29th in UTC.
        f.req.nowUtc = beijing(2026, 11, 30, 0, 0);
        QCOMPARE(f.req.nowUtc.date(), QDate(2026, 11, 29));
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Expired}));
    }

    void firstValidDayStartsAtLocalMidnight()
    {
        Fixture f;
        f.pass().validFrom = QDate(2026, 11, 30);
        f.req.nowUtc = beijing(2026, 11, 29, 23, 59, 59);
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::NotYetValid}));
        f.req.nowUtc = beijing(2026, 11, 30, 0, 0);
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void gatesOfThePassThenOfTheCategory()
    {
        Fixture f;
        f.pass().gates = {QStringLiteral("north")};
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::GateNotAllowed}));
        f.req.gate = QStringLiteral("north");
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));

        // Category list applies only when the pass names no gate.
        Fixture g;
        g.req.policy.gatesByCategory.insert(Category::RegisteredResident,
                                            {QStringLiteral("south"), QStringLiteral("north")});
        QCOMPARE(str(verify(g.req).verdict), str(Verdict::Allow));
        g.req.gate = QStringLiteral("office");
        QCOMPARE(str(verify(g.req).reasons), str(Reasons{Reason::GateNotAllowed}));
        g.pass().gates = {QStringLiteral("office")};
        QCOMPARE(str(verify(g.req).verdict), str(Verdict::Allow));
        g.req.gate = QStringLiteral("south");
        QCOMPARE(str(verify(g.req).reasons), str(Reasons{Reason::GateNotAllowed}));
    }

    void visitorHoursInLocalTimeForEntries()
    {
        Fixture f;
        f.pass().category = Category::Visitor;
        const auto at = [&](int h, int m, int s = 0) {
            f.req.nowUtc = beijing(2026, 11, 29, h, m, s);
            return verify(f.req);
        };
        QCOMPARE(str(at(5, 59, 59).reasons), str(Reasons{Reason::OutsideHours}));
        QCOMPARE(str(at(6, 0).verdict), str(Verdict::Allow)); // 22:00 UTC the day before
        QCOMPARE(str(at(21, 59, 59).verdict), str(Verdict::Allow));
        QCOMPARE(str(at(22, 0).verdict), str(Verdict::Deny));
        QCOMPARE(str(at(22, 0).reasons), str(Reasons{Reason::OutsideHours}));
        // Leaving late is never refused: that would keep the visitor inside.
        f.req.direction = Direction::Out;
        QCOMPARE(str(at(23, 30).verdict), str(Verdict::Allow));
        // Residents have no hours.
        f.req.direction = Direction::In;
        f.pass().category = Category::RegisteredResident;
        QCOMPARE(str(at(3, 0).verdict), str(Verdict::Allow));
    }

    void aGateWithItsOwnHoursDecidesThereAndOnlyThere()
    {
        Fixture f;
        f.pass().category = Category::Visitor;
        f.req.policy.gateHours[QStringLiteral("south")].insert(Category::Visitor,
                                                               HoursWindow{QTime(8, 0), QTime(18, 0)});
        f.req.nowUtc = beijing(2026, 11, 29, 7, 30);
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::OutsideHours}));
        f.req.nowUtc = beijing(2026, 11, 29, 18, 0);
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::OutsideHours}));
        // The north gate keeps the community's 06:00-22:00.
        f.req.gate = QStringLiteral("north");
        f.req.stationId = QStringLiteral("north-1");
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        f.req.nowUtc = beijing(2026, 11, 29, 7, 30);
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        // A gate open all day for a category with community hours.
        f.req.policy.gateHours[QStringLiteral("north")].insert(Category::Visitor,
                                                               HoursWindow{QTime(0, 0), QTime(0, 0)});
        f.req.nowUtc = beijing(2026, 11, 29, 23, 0);
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void homeQuarantineKeepsPeopleInUntilTheEndDay()
    {
        Fixture f;
        f.req.pass->quarantines = {QuarantineRecord{1, 42, QuarantineKind::Home, QDate(2026, 11, 16),
                                                    QDate(2026, 11, 30), QString()}};
        f.req.direction = Direction::Out;
        f.req.nowUtc = beijing(2026, 11, 29, 23, 59);
        Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::HomeQuarantine}));
        // Coming home is allowed, with the reason shown.
        f.req.direction = Direction::In;
        d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::HomeQuarantine}));
        // The end date is the first day out, in local time.
        f.req.direction = Direction::Out;
        f.req.nowUtc = beijing(2026, 11, 30, 0, 0);
        d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QVERIFY(d.reasons.isEmpty());
        // Not yet started.
        f.req.nowUtc = beijing(2026, 11, 15, 23, 59);
        QVERIFY(verify(f.req).reasons.isEmpty());
    }

    void centralQuarantineDeniesBothWays()
    {
        Fixture f;
        f.req.pass->quarantines = {QuarantineRecord{1, 42, QuarantineKind::Central, QDate(2026, 11, 20),
                                                    QDate(2026, 12, 4), QString()}};
        for (Direction dir : {Direction::In, Direction::Out}) {
            f.req.direction = dir;
            const Decision d = verify(f.req);
            QCOMPARE(str(d.verdict), str(Verdict::Deny));
            QCOMPARE(str(d.reasons), str(Reasons{Reason::CentralQuarantine}));
        }
    }

    void feverAtTheThreshold()
    {
        Fixture f;
        f.req.temperature = 37.2;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        f.req.temperature = 37.3;
        Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Fever}));
        // Threshold arithmetic must not let a rounded 37.3 through.
        f.req.temperature = 36.0 + 1.3;
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::Fever}));
        // Going out with a fever: the volunteer decides (and reports).
        f.req.direction = Direction::Out;
        f.req.temperature = 38.5;
        d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Fever}));
        // The threshold comes from the policy.
        f.req.direction = Direction::In;
        f.req.policy.feverThreshold = 37.5;
        f.req.temperature = 37.3;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void missingTemperatureOnlyWhenRequiredForEntries()
    {
        Fixture f;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        f.req.policy.temperatureRequired = true;
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::MissingTemperature}));
        f.req.direction = Direction::Out;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
        f.req.direction = Direction::In;
        f.req.temperature = 36.6;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void implausibleTemperatureIsNeverReadAsNoFever_data()
    {
        QTest::addColumn<double>("t");
        QTest::newRow("decimal slipped") << 3.73;
        QTest::newRow("point missing") << 373.0;
        QTest::newRow("fahrenheit") << 99.5;
        QTest::newRow("just below 30") << 29.9;
        QTest::newRow("just above 45") << 45.1;
        QTest::newRow("negative") << -37.3;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    }

    void implausibleTemperatureIsNeverReadAsNoFever()
    {
        QFETCH(double, t);
        Fixture f; // temperature not required: a bad reading still stops the allow
        f.req.temperature = t;
        const Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::MissingTemperature}));
    }

    void plausibleRangeEdges()
    {
        Fixture f;
        f.req.temperature = 45.0;
        QCOMPARE(str(verify(f.req).reasons), str(Reasons{Reason::Fever}));
        f.req.temperature = 30.0;
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void duplicateWithinWindowAtSameStation()
    {
        Fixture f;
        const RecentCrossing prev = f.crossing(4.9, Direction::In);
        f.req.recent = {prev};
        Decision d = verify(f.req);
        QVERIFY(d.isDuplicate());
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Duplicate}));
        QCOMPARE(d.previous->uuid, prev.uuid);
        QVERIFY(d.holder);

        // 5.1 s later it is a new event: and a second entry, so passback.
        f.req.recent = {f.crossing(5.1, Direction::In)};
        d = verify(f.req);
        QVERIFY(!d.isDuplicate());
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback}));

        // Another station's scan 4.9 s ago is not this station's repeat.
        f.req.recent = {f.crossing(4.9, Direction::In, QStringLiteral("north-1"))};
        d = verify(f.req);
        QVERIFY(!d.isDuplicate());
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback}));
        QCOMPARE(d.previous->gate, QStringLiteral("north"));
    }

    void duplicateRepeatsThePreviousVerdict()
    {
        Fixture f;
        f.pass().status = PassStatus::Revoked;
        f.req.recent = {
            f.crossing(2, Direction::In, QStringLiteral("south-1"), Verdict::Deny, {Reason::Revoked})};
        const Decision d = verify(f.req);
        QVERIFY(d.isDuplicate());
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Revoked, Reason::Duplicate}));

        // A clock a little behind the logged event still counts; far in the future does not.
        Fixture g;
        g.req.recent = {g.crossing(-4.9, Direction::In)};
        QVERIFY(verify(g.req).isDuplicate());
        g.req.recent = {g.crossing(-5.1, Direction::In)};
        QVERIFY(!verify(g.req).isDuplicate());
    }

    void duplicateNeedsSameDirectionAndAGenuinePrevious()
    {
        Fixture f;
        f.req.recent = {f.crossing(2, Direction::Out)};
        QVERIFY(!verify(f.req).isDuplicate());
        // The real card right after a forged one is judged on its own.
        f.req.recent = {
            f.crossing(2, Direction::In, QStringLiteral("south-1"), Verdict::Deny, {Reason::WrongSecret}),
            f.crossing(3, Direction::In, QStringLiteral("south-1"), Verdict::Deny, {Reason::Superseded})};
        const Decision d = verify(f.req);
        QVERIFY(!d.isDuplicate());
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
    }

    void passbackWindowEdges()
    {
        Fixture f;
        const double window = 240 * 60;
        f.req.recent = {f.crossing(window - 1, Direction::In, QStringLiteral("north-1"))};
        Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback}));
        QCOMPARE(d.previous->uuid, f.req.recent.first().uuid);
        QCOMPARE(d.previous->atUtc, f.req.nowUtc.addSecs(-(240 * 60 - 1)));

        f.req.recent = {f.crossing(window + 1, Direction::In, QStringLiteral("north-1"))};
        d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QVERIFY(!d.previous);

        f.req.policy.passbackWindowMinutes = 0; // switched off
        f.req.recent = {f.crossing(60, Direction::In, QStringLiteral("north-1"))};
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));
    }

    void passbackClearedByOppositeCrossing()
    {
        Fixture f;
        f.req.recent = {f.crossing(1800, Direction::Out, QStringLiteral("north-1")),
                        f.crossing(3600, Direction::In)};
        QCOMPARE(str(verify(f.req).verdict), str(Verdict::Allow));

        // A refused exit is not an exit.
        f.req.recent = {
            f.crossing(1800, Direction::Out, QStringLiteral("north-1"), Verdict::Deny, {Reason::Expired}),
            f.crossing(3600, Direction::In)};
        Decision d = verify(f.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback}));
        QCOMPARE(d.previous->uuid, f.req.recent.at(1).uuid);

        // The newest same-direction crossing is the one shown, in any input order.
        const RecentCrossing older = f.crossing(6000, Direction::Out);
        const RecentCrossing newer = f.crossing(600, Direction::Out, QStringLiteral("north-1"));
        f.req.direction = Direction::Out;
        f.req.recent = {older, f.crossing(3000, Direction::In), newer};
        d = verify(f.req);
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback}));
        QCOMPARE(d.previous->uuid, newer.uuid);
    }

    void allReasonsCollectedDenyFirst()
    {
        Fixture f;
        f.pass().category = Category::Visitor;
        f.pass().validUntil = QDate(2026, 11, 28);
        f.pass().gates = {QStringLiteral("north")};
        f.req.nowUtc = beijing(2026, 11, 29, 23, 0);
        f.req.temperature = 38.1;
        f.req.recent = {f.crossing(600, Direction::In, QStringLiteral("north-1"))};
        Decision d = verify(f.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Expired, Reason::GateNotAllowed, Reason::OutsideHours,
                                             Reason::Fever, Reason::Passback}));
        QVERIFY(d.previous);

        // Check reasons before informational ones.
        Fixture g;
        g.req.pass->quarantines = {QuarantineRecord{1, 42, QuarantineKind::Home, QDate(2026, 11, 20),
                                                    QDate(2026, 12, 4), QString()}};
        g.req.recent = {g.crossing(600, Direction::In, QStringLiteral("north-1"))};
        d = verify(g.req);
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::Passback, Reason::HomeQuarantine}));

        // Going out: fever is a check, home quarantine a deny, and deny comes first.
        g.req.direction = Direction::Out;
        g.req.temperature = 38.0;
        g.req.recent.clear();
        d = verify(g.req);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), str(Reasons{Reason::HomeQuarantine, Reason::Fever}));
    }

    void verdictForDependsOnDirection()
    {
        QCOMPARE(str(verdictFor(Reasons{}, Direction::In)), str(Verdict::Allow));
        QCOMPARE(str(verdictFor(Reasons{Reason::HomeQuarantine}, Direction::In)), str(Verdict::Allow));
        QCOMPARE(str(verdictFor(Reasons{Reason::HomeQuarantine}, Direction::Out)), str(Verdict::Deny));
        QCOMPARE(str(verdictFor(Reasons{Reason::Fever}, Direction::In)), str(Verdict::Deny));
        QCOMPARE(str(verdictFor(Reasons{Reason::Fever}, Direction::Out)), str(Verdict::Check));
        QCOMPARE(str(verdictFor((Reasons{Reason::Passback, Reason::Expired}), Direction::In)),
                 str(Verdict::Deny));
        QCOMPARE(str(verdictFor((Reasons{Reason::Duplicate, Reason::MissingTemperature}), Direction::In)),
                 str(Verdict::Check));
        for (Reason r : allReasons()) {
            const Verdict in = verdictFor(r, Direction::In);
            const Verdict out = verdictFor(r, Direction::Out);
            if (r != Reason::HomeQuarantine && r != Reason::Fever)
                QCOMPARE(str(in), str(out));
            if (r == Reason::Duplicate || r == Reason::HomeQuarantine)
                continue;
            QVERIFY2(in != Verdict::Allow || out != Verdict::Allow, qPrintable(toString(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
