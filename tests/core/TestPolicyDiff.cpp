// PolicyDiff: the changed fields of a rule change, each with a code and old and new text.

#include "core/PolicyDiff.h"

#include <QTest>

using namespace gatepost::core;

class TestPolicyDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalPoliciesHaveNoChange() { QVERIFY(diff(Policy::defaults(), Policy::defaults()).isEmpty()); }

    void scalarsAreNamedWithOldAndNewText()
    {
        const Policy a = Policy::defaults();
        Policy b = a;
        b.passbackWindowMinutes = 30;
        b.temperatureRequired = !a.temperatureRequired;
        b.feverThreshold = 37.5;
        b.visitorVerdict = Verdict::Check;
        const QList<PolicyChange> d = diff(a, b);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d[0], (PolicyChange{QStringLiteral("passback_window_minutes"), QStringLiteral("240"),
                                     QStringLiteral("30")}));
        QCOMPARE(d[1].field, QStringLiteral("temperature_required"));
        QCOMPARE(d[1].newValue, a.temperatureRequired ? QStringLiteral("false") : QStringLiteral("true"));
        QCOMPARE(d[2], (PolicyChange{QStringLiteral("fever_threshold"), QStringLiteral("37.3"),
                                     QStringLiteral("37.5")}));
        QCOMPARE(d[3].field, QStringLiteral("visitor_verdict"));
        QCOMPARE(d[3].newValue, QStringLiteral("check"));
    }

    void perCategoryEntriesAreSeparateFields()
    {
        Policy a = Policy::defaults();
        a.hours.remove(Category::Visitor);
        Policy b = a;
        b.hours[Category::Visitor] = HoursWindow{QTime(8, 0), QTime(20, 0)};
        b.validityDays[Category::ExternalWorker] = 30;
        const QList<PolicyChange> d = diff(a, b);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0],
                 (PolicyChange{QStringLiteral("hours.visitor"), QString(), QStringLiteral("08:00-20:00")}));
        QCOMPARE(d[1].field, QStringLiteral("validity_days.external_worker"));
        QCOMPARE(d[1].newValue, QStringLiteral("30"));
        // And back: the entry is no longer set.
        const QList<PolicyChange> back = diff(b, a);
        QCOMPARE(back[0],
                 (PolicyChange{QStringLiteral("hours.visitor"), QStringLiteral("08:00-20:00"), QString()}));
    }

    void eachGatesHoursAreSeparateFields()
    {
        const Policy a = Policy::defaults();
        Policy b = a;
        b.gateHours[QStringLiteral("south")][Category::ExternalVehicle] =
            HoursWindow{QTime(7, 0), QTime(19, 0)};
        b.gateHours[QStringLiteral("north")][Category::Visitor] = HoursWindow{QTime(0, 0), QTime(0, 0)};
        const QList<PolicyChange> d = diff(a, b);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0], (PolicyChange{QStringLiteral("gate_hours.north.visitor"), QString(),
                                     QStringLiteral("00:00-00:00")}));
        QCOMPARE(d[1], (PolicyChange{QStringLiteral("gate_hours.south.external_vehicle"), QString(),
                                     QStringLiteral("07:00-19:00")}));
        // Dropping a gate's own hours (back to the community's) is a change of that entry only.
        Policy c = b;
        c.gateHours.remove(QStringLiteral("north"));
        const QList<PolicyChange> back = diff(b, c);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0], (PolicyChange{QStringLiteral("gate_hours.north.visitor"),
                                        QStringLiteral("00:00-00:00"), QString()}));
    }

    void auditTextNamesEachField()
    {
        Policy b = Policy::defaults();
        b.homeQuarantineDays = 21;
        const QList<PolicyChange> d = diff(Policy::defaults(), b);
        QCOMPARE(changesBefore(d), QStringLiteral("{\"home_quarantine_days\":\"14\"}"));
        QCOMPARE(changesAfter(d), QStringLiteral("{\"home_quarantine_days\":\"21\"}"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "TestPolicyDiff.moc"
