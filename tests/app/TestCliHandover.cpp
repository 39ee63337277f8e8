// gatepost-cli handover: the real executable on a real file. The CLI runs on the system clock,
// so the crossings are written (through the core) into yesterday's second shift.

#include "CliRun.h"
#include "core/Auth.h"
#include "core/CrossingLog.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using namespace Qt::StringLiterals;

class TestCliHandover : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_shift; // yesterday's shift 2 (06:00-12:00 in Beijing)
    QString m_serial;

    test::CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_db, args, 180000, input);
    }

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        if (!p.waitForFinished(60000))
            return {};
        // Qt's PDF writer maps some ideographs back to their Kangxi radicals (⾏ for 行): NFKC
        // folds them (see TestHealthCertificate).
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"office.db"_s);
        QCOMPARE(cli({u"init"_s, u"--station"_s, u"office"_s, u"--gate"_s, u"office"_s}).exitCode, 0);
        QCOMPARE(cli({u"demo-community"_s, u"--seed"_s, u"4"_s, u"--json"_s}).exitCode, 0);

        auto db = core::Database::open(m_db);
        core::SystemClock clock;
        core::Registry reg(*db, clock);
        const core::Roster roster(reg.policy());
        const core::Shift shift = *roster.shift(reg.today().addDays(-1), 2);
        m_shift = shift.id();
        m_serial = reg.passes().first().serial;
        core::Auth auth(*db, clock);
        auth.addOperator(u"张伟"_s, core::Role::ShiftLead, u"2468"_s, core::Actor::system());
        auth.addOperator(u"李娜"_s, core::Role::ShiftLead, u"1357"_s, core::Actor::system());

        // Seven crossings in the shift, one just before it and one at its end (next shift).
        core::CrossingLog log(*db, u"north-pc"_s, clock);
        const auto write = [&](qint64 secsFromStart, const QString& gate, core::Direction d, core::Verdict v,
                               QList<core::Reason> reasons = {}) {
            core::CrossingEntry e;
            e.atUtc = shift.startUtc.addSecs(secsFromStart);
            e.gate = gate;
            e.direction = d;
            e.passSerial = m_serial;
            e.verdict = v;
            e.reasons = std::move(reasons);
            e.operatorName = u"小刘"_s;
            return log.append(e);
        };
        write(-1, u"north"_s, core::Direction::In, core::Verdict::Allow);
        for (int i = 0; i < 4; ++i)
            write(600 + i * 60, u"north"_s, core::Direction::In, core::Verdict::Allow);
        write(3600, u"south"_s, core::Direction::Out, core::Verdict::Allow);
        write(7200, u"south"_s, core::Direction::In, core::Verdict::Deny, {core::Reason::Passback});
        write(9000, u"north"_s, core::Direction::Out, core::Verdict::Check, {core::Reason::ManualEntry});
        write(shift.startUtc.secsTo(shift.endUtc), u"north"_s, core::Direction::In, core::Verdict::Allow);
        // An incident with a note (not a crossing): the PDF lists it with its reason and note.
        core::CrossingEntry incident;
        incident.atUtc = shift.startUtc.addSecs(5400);
        incident.gate = u"north"_s;
        incident.kind = core::EntryKind::Incident;
        incident.verdict = core::Verdict::Deny;
        incident.reasons = {core::Reason::ForcedThrough};
        incident.note = u"barrier rammed"_s;
        incident.operatorName = u"小刘"_s;
        log.append(incident);
    }

    void jsonTotalsEqualTheLogOfTheShift()
    {
        const test::CliRun r = cli({u"handover"_s, u"--shift"_s, m_shift, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject h = r.json();
        QCOMPARE(h[u"total"_s].toInt(), 7);
        QCOMPARE(h[u"in"_s].toInt(), 5);
        QCOMPARE(h[u"out"_s].toInt(), 2);
        QCOMPARE(h[u"deny"_s].toInt(), 1);
        QCOMPARE(h[u"denials_by_reason"_s].toObject()[u"passback"_s].toInt(), 1);
        QCOMPARE(h[u"gates"_s].toObject()[u"south"_s].toObject()[u"total"_s].toObject()[u"total"_s].toInt(),
                 2);

        const test::CliRun south =
            cli({u"handover"_s, u"--shift"_s, m_shift, u"--gate"_s, u"south"_s, u"--json"_s});
        QCOMPARE(south.json()[u"total"_s].toInt(), 2);
    }

    void aBadShiftIsOneClearLine()
    {
        const test::CliRun r = cli({u"handover"_s, u"--shift"_s, u"2026-12-01/7"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no shift '2026-12-01/7'"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void pdfReadsBackInChinese()
    {
        const QString pdf = m_dir.filePath(u"handover.pdf"_s);
        const test::CliRun r = cli({u"handover"_s, u"--shift"_s, m_shift, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"交接班"_s), qPrintable(text));
        QVERIFY2(text.contains(m_shift), qPrintable(text));
        QVERIFY2(text.contains(u"通行: 7"_s), qPrintable(text));
        QVERIFY2(text.contains(u"放行 5"_s) && text.contains(u"拒绝 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"拒绝原因"_s), qPrintable(text));
        const QString en = m_dir.filePath(u"handover-en.pdf"_s);
        QCOMPARE(cli({u"handover"_s, u"--shift"_s, m_shift, u"--out"_s, en, u"--lang"_s, u"en"_s}).exitCode,
                 0);
        const QString english = pdfText(en);
        QVERIFY2(english.contains(u"Shift handover"_s), qPrintable(english));
        // The people and patrol sections are there even when nobody signed on and nothing was checked.
        QVERIFY2(english.contains(u"Team and people on duty"_s), qPrintable(english));
        QVERIFY2(english.contains(u"Courtyard checks: 0"_s), qPrintable(english));
        QVERIFY2(english.contains(u"Incidents: 1"_s), qPrintable(english));
        QVERIFY2(english.contains(u"barrier rammed"_s), qPrintable(english));
    }

    void leadsSignAndAcknowledgeWithTheirPin()
    {
        const QStringList sign{u"handover"_s, u"sign"_s,    u"--shift"_s,       m_shift,    u"--lead"_s,
                               u"张伟"_s,     u"--notes"_s, u"gate arm slow"_s, u"--json"_s};
        const test::CliRun wrong = cli(sign, "1111\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong name or PIN"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("1111"));

        const test::CliRun ok = cli(sign, "2468\n");
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.json()[u"signed"_s].toObject()[u"lead"_s].toString(), u"张伟"_s);
        QCOMPARE(cli(sign, "2468\n").exitCode, 1); // once

        const QStringList ack{u"handover"_s, u"ack"_s,  u"--shift"_s, m_shift,
                              u"--lead"_s,   u"李娜"_s, u"--json"_s};
        const test::CliRun taken = cli(ack, "1357\n");
        QVERIFY2(taken.exitCode == 0, taken.err.constData());
        const QJsonObject h = cli({u"handover"_s, u"--shift"_s, m_shift, u"--json"_s}).json();
        QCOMPARE(h[u"notes"_s].toString(), u"gate arm slow"_s);
        QCOMPARE(h[u"acknowledged"_s].toObject()[u"lead"_s].toString(), u"李娜"_s);
        QCOMPARE(h[u"total"_s].toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliHandover)
#include "TestCliHandover.moc"
