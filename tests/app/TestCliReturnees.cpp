// gatepost-cli returnee ...: the real executable on a real file. The CLI runs on the system
// clock, so the returnees are written (through the core) relative to today.

#include "CliRun.h"
#include "core/Registry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace gatepost;

namespace {

using Run = gatepost::test::CliRun;

} // namespace

class TestCliReturnees : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today;
    qint64 m_done = 0;  // arrived 14 days ago: eligible today
    qint64 m_early = 0; // arrived 2 days ago
    qint64 m_other = 0; // arrived 2 days ago too

    Run cli(const QStringList& args) { return gatepost::test::runCli(m_db, args); }

    // The returnee rows of `returnee list --json`, by person id.
    QMap<qint64, QJsonObject> listed(const QStringList& extra = {})
    {
        const Run r =
            cli(QStringList{QStringLiteral("returnee"), QStringLiteral("list"), QStringLiteral("--json")} +
                extra);
        QMap<qint64, QJsonObject> out;
        for (const QJsonValue& g : r.doc().array())
            for (const QJsonValue& v : g.toObject()[QStringLiteral("returnees")].toArray())
                out.insert(v.toObject()[QStringLiteral("person_id")].toInteger(), v.toObject());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
        // The file written the way the gate desk writes a returnee: a person and a quarantine row.
        auto db = core::Database::open(m_db);
        core::SystemClock clock;
        core::Registry reg(*db, clock);
        m_today = reg.today();
        const qint64 home = reg.addHousehold(core::Household{0, QStringLiteral("清河四街 3排 8号"), 0, {}});
        const auto person = [&](const QString& name, const QString& phone, int daysAgo) {
            core::Person p;
            p.householdId = home;
            p.name = name;
            p.phone = phone;
            p.category = core::Category::MigrantResident;
            const qint64 id = reg.addPerson(p);
            const QDate arrival = m_today.addDays(-daysAgo);
            reg.addQuarantine(core::QuarantineRecord{0, id, core::QuarantineKind::Home, arrival,
                                                     core::homeQuarantineEnd(arrival, reg.policy()),
                                                     QStringLiteral("武汉")});
            return id;
        };
        m_done = person(QStringLiteral("郑凯"), QStringLiteral("13600006666"), 14);
        m_early = person(QStringLiteral("赵敏"), QStringLiteral("13900001111"), 2);
        m_other = person(QStringLiteral("钱伟"), QStringLiteral("13900002222"), 2);
    }

    void listGroupsByArrival()
    {
        const Run r = cli({QStringLiteral("returnee"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray groups = r.doc().array();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].toObject()[QStringLiteral("arrival")].toString(),
                 m_today.addDays(-2).toString(Qt::ISODate));
        QCOMPARE(groups[0].toObject()[QStringLiteral("returnees")].toArray().size(), 2);
        QCOMPARE(groups[1].toObject()[QStringLiteral("arrival")].toString(),
                 m_today.addDays(-14).toString(Qt::ISODate));
        const QJsonObject zhao = listed()[m_early];
        QCOMPARE(zhao[QStringLiteral("name")].toString(), QStringLiteral("赵敏"));
        QCOMPARE(zhao[QStringLiteral("phone")].toString(), QStringLiteral("139****1111"));
        QCOMPARE(zhao[QStringLiteral("address")].toString(), QStringLiteral("清河四街 3排 8号"));
        QCOMPARE(zhao[QStringLiteral("origin")].toString(), QStringLiteral("武汉"));
        QCOMPARE(zhao[QStringLiteral("kind")].toString(), QStringLiteral("home"));
        QCOMPARE(zhao[QStringLiteral("end")].toString(), m_today.addDays(12).toString(Qt::ISODate));
        QCOMPARE(zhao[QStringLiteral("days_left")].toInt(), 12);
        QCOMPARE(zhao[QStringLiteral("eligible")].toBool(), false);
        QCOMPARE(listed()[m_done][QStringLiteral("eligible")].toBool(), true);

        const Run text = cli({QStringLiteral("returnee"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("赵敏")));
        QVERIFY(!QString::fromUtf8(text.out).contains(QStringLiteral("13900001111")));
    }

    void temperaturesAndTheirRefusals()
    {
        const QString id = QString::number(m_early);
        Run r = cli({QStringLiteral("returnee"), QStringLiteral("temp"), id, QStringLiteral("--slot"),
                     QStringLiteral("morning"), QStringLiteral("--celsius"), QStringLiteral("36.6")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listed()[m_early][QStringLiteral("morning")].toDouble(), 36.6);
        // The same slot again replaces it.
        r = cli({QStringLiteral("returnee"), QStringLiteral("temp"), id, QStringLiteral("--slot"),
                 QStringLiteral("morning"), QStringLiteral("--celsius"), QStringLiteral("37.9")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listed()[m_early][QStringLiteral("morning")].toDouble(), 37.9);
        QVERIFY(listed()[m_early][QStringLiteral("flags")].toArray().contains(QStringLiteral("fever")));

        r = cli({QStringLiteral("returnee"), QStringLiteral("temp"), id, QStringLiteral("--slot"),
                 QStringLiteral("afternoon"), QStringLiteral("--celsius"), QStringLiteral("3.66")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("outside 30"), r.err.constData());
        QVERIFY(listed()[m_early][QStringLiteral("afternoon")].isNull());
        r = cli({QStringLiteral("returnee"), QStringLiteral("temp"), id, QStringLiteral("--slot"),
                 QStringLiteral("noon"), QStringLiteral("--celsius"), QStringLiteral("36.6")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("returnee"), QStringLiteral("temp"), id, QStringLiteral("--slot"),
                 QStringLiteral("morning"), QStringLiteral("--celsius"), QStringLiteral("36.6"),
                 QStringLiteral("--date"), m_today.addDays(1).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("future"), r.err.constData());
    }

    void checksAndMoves()
    {
        const QString id = QString::number(m_other);
        Run r = cli({QStringLiteral("returnee"), QStringLiteral("check"), id, QStringLiteral("--kind"),
                     QStringLiteral("video"), QStringLiteral("--result"), QStringLiteral("unwell"),
                     QStringLiteral("--note"), QStringLiteral("咳嗽")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(listed()[m_other][QStringLiteral("flags")].toArray().contains(QStringLiteral("unwell")));

        r = cli({QStringLiteral("returnee"), QStringLiteral("move"), id, QStringLiteral("--to"),
                 QStringLiteral("central")});
        QCOMPARE(r.exitCode, 2); // no reason
        QCOMPARE(listed()[m_other][QStringLiteral("kind")].toString(), QStringLiteral("home"));
        r = cli({QStringLiteral("returnee"), QStringLiteral("move"), id, QStringLiteral("--to"),
                 QStringLiteral("central"), QStringLiteral("--reason"), QStringLiteral("咳嗽，送定点酒店")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listed()[m_other][QStringLiteral("kind")].toString(), QStringLiteral("central"));

        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--json")});
        QStringList actions;
        for (const QJsonValue& v : audit.doc().array())
            actions << v.toObject()[QStringLiteral("action")].toString();
        QVERIFY(actions.contains(QStringLiteral("quarantine_check")));
        QVERIFY(actions.contains(QStringLiteral("quarantine_move")));
    }

    void releaseIssuesThePassAndWritesTheCertificate()
    {
        Run r = cli({QStringLiteral("returnee"), QStringLiteral("release"), QString::number(m_early)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("days left"), r.err.constData());

        const QString pdf = m_dir.filePath(QStringLiteral("证明.pdf"));
        r = cli({QStringLiteral("returnee"), QStringLiteral("release"), QString::number(m_done),
                 QStringLiteral("--certificate"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.doc().object();
        QCOMPARE(o[QStringLiteral("certificate")].toString(),
                 QStringLiteral("JK-%1-0001").arg(m_today.toString(QStringLiteral("yyyyMMdd"))));
        QCOMPARE(o[QStringLiteral("pass_issued")].toBool(), true);
        const QString serial = o[QStringLiteral("pass")].toString();
        QCOMPARE(serial.size(), 7);
        QVERIFY(QFileInfo::exists(pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            text.waitForFinished(30000);
            const QString t = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY(t.contains(QStringLiteral("郑凯")));
            QVERIFY(t.contains(o[QStringLiteral("certificate")].toString()));
        }

        // The pass is in the registry; the person has left the list; a second release is refused.
        const Run passes = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(passes.doc().array().size(), 1);
        QCOMPARE(passes.doc().array()[0].toObject()[QStringLiteral("serial")].toString(), serial);
        QVERIFY(!listed().contains(m_done));
        QVERIFY(listed({QStringLiteral("--released")}).contains(m_done));
        r = cli({QStringLiteral("returnee"), QStringLiteral("release"), QString::number(m_done)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already released"), r.err.constData());

        // The PDF can be made again from the registry (read-only).
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        r = cli({QStringLiteral("returnee"), QStringLiteral("certificate"),
                 o[QStringLiteral("certificate")].toString(), QStringLiteral("--out"), again});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(again).size() > 1000);
        r = cli({QStringLiteral("returnee"), QStringLiteral("certificate"),
                 QStringLiteral("JK-19990101-0001"), QStringLiteral("--out"), again});
        QCOMPARE(r.exitCode, 1);
    }

    void badInputWritesNothing()
    {
        Run r = cli({QStringLiteral("returnee"), QStringLiteral("release"), QStringLiteral("abc")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("returnee"), QStringLiteral("release"), QStringLiteral("99999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no person 99999"), r.err.constData());
        r = cli({QStringLiteral("returnee"), QStringLiteral("check"), QString::number(m_early),
                 QStringLiteral("--kind"), QStringLiteral("door")});
        QCOMPARE(r.exitCode, 2); // --result missing
    }
};

QTEST_GUILESS_MAIN(TestCliReturnees)
#include "TestCliReturnees.moc"
