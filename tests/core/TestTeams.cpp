#include "FakeClock.h"
#include "TempDb.h"

#include "core/Auth.h"
#include "core/Teams.h"

#include <QTest>

using namespace gatepost::core;
using gatepost::test::FakeClock;
using gatepost::test::TempDb;

namespace {

const Actor kLead = Actor::operatorNamed(QStringLiteral("老周"));

template<typename F> RefusalCode refusalOf(F&& f)
{
    try {
        f();
    } catch (const RefusedError& e) {
        return e.refusal().code;
    }
    throw std::logic_error("not refused");
}

int auditRows(Database& db, const char* action)
{
    Statement q = db.prepare("SELECT count(*) FROM audit_trail WHERE action = ?1");
    q.bind(1, action);
    q.step();
    return q.int32(0);
}

} // namespace

class TestTeams : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_file = std::make_unique<TempDb>();
        Auth auth(m_file->db(), m_clock);
        for (const char* name : {"老周", "王芳", "李强", "赵敏"})
            auth.addOperator(QString::fromUtf8(name), Role::Volunteer, QStringLiteral("2468"), kLead);
    }

    void defaultTeamsAreStoredOnDemand()
    {
        Teams teams(m_file->db(), m_clock);
        QVERIFY(teams.teams().isEmpty()); // the migration makes none
        const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                QStringLiteral("D")};
        QCOMPARE(teams.ensure(codes, kLead), 4);
        QCOMPARE(teams.ensure(codes, kLead), 0);
        QCOMPARE(teams.teams().size(), 4);
        QCOMPARE(teams.team(QStringLiteral("C"))->name, QStringLiteral("C"));
        QCOMPARE(auditRows(m_file->db(), "team_add"), 4);
    }

    void theDefaultTeamsCommitWithTheFirstChangeOrNotAtAll()
    {
        Teams teams(m_file->db(), m_clock);
        const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                QStringLiteral("D")};
        // A refused change (nobody of that name) leaves no default team behind.
        QVERIFY(refusalOf([&] {
                    teams.changeWithDefaults(codes, kLead, [&] {
                        teams.addMember(QStringLiteral("A"), QStringLiteral("无此人"), QString(), kLead);
                    });
                }) == RefusalCode::TeamOperatorUnknown);
        QVERIFY(teams.teams().isEmpty());
        QCOMPARE(auditRows(m_file->db(), "team_add"), 0);

        teams.changeWithDefaults(codes, kLead, [&] {
            teams.addMember(QStringLiteral("B"), QStringLiteral("王芳"), QString(), kLead);
        });
        QCOMPARE(teams.teams().size(), 4);
        QCOMPARE(teams.memberNamed(QStringLiteral("王芳"))->team, QStringLiteral("B"));
    }

    void membersLeadsAndMoves()
    {
        Teams teams(m_file->db(), m_clock);
        teams.add(QStringLiteral("A"), QStringLiteral("一班"), kLead);
        teams.add(QStringLiteral("B"), QStringLiteral("二班"), kLead);
        teams.addMember(QStringLiteral("A"), QStringLiteral("王芳"), QStringLiteral("north"), kLead);
        teams.addMember(QStringLiteral("A"), QStringLiteral("李强"), QString(), kLead);
        teams.setLead(QStringLiteral("A"), QStringLiteral("王芳"), kLead);
        QCOMPARE(teams.team(QStringLiteral("A"))->lead, QStringLiteral("王芳"));
        QCOMPARE(teams.membersOf(QStringLiteral("A")).size(), 2);
        QCOMPARE(teams.memberNamed(QStringLiteral("王芳"))->gate, QStringLiteral("north"));

        // The lead moves to B: A has no lead any more; B's member keeps the home gate.
        teams.moveMember(QStringLiteral("王芳"), QStringLiteral("B"), std::nullopt, kLead);
        QCOMPARE(teams.team(QStringLiteral("A"))->lead, QString());
        QCOMPARE(teams.membersOf(QStringLiteral("B")),
                 (QList<TeamMember>{TeamMember{QStringLiteral("王芳"), QStringLiteral("volunteer"),
                                               QStringLiteral("B"), QStringLiteral("north"), true}}));
        teams.removeMember(QStringLiteral("李强"), kLead);
        QVERIFY(teams.membersOf(QStringLiteral("A")).isEmpty());
        QVERIFY(!teams.memberNamed(QStringLiteral("李强")));
        // Out of every team, they can join again.
        teams.addMember(QStringLiteral("B"), QStringLiteral("李强"), QStringLiteral("south"), kLead);
        QCOMPARE(teams.members().size(), 2);

        teams.rename(QStringLiteral("B"), QStringLiteral("二班（南门）"), kLead);
        QCOMPARE(teams.team(QStringLiteral("B"))->name, QStringLiteral("二班（南门）"));

        for (const char* action : {"team_lead", "team_member_move", "team_member_remove", "team_rename"})
            QVERIFY2(auditRows(m_file->db(), action) >= 1, action);
        QCOMPARE(auditRows(m_file->db(), "team_member_add"), 3);
    }

    void refusalsChangeNothing()
    {
        Teams teams(m_file->db(), m_clock);
        teams.add(QStringLiteral("A"), QStringLiteral("一班"), kLead);
        teams.add(QStringLiteral("B"), QStringLiteral("二班"), kLead);
        teams.addMember(QStringLiteral("A"), QStringLiteral("王芳"), QString(), kLead);
        const auto before = teams.members();
        const auto teamsBefore = teams.teams();
        const qint64 audit = AuditTrail(m_file->db(), m_clock).count();

        QVERIFY(refusalOf([&] { teams.add(QStringLiteral("A"), QStringLiteral("x"), kLead); }) ==
                RefusalCode::TeamAlreadyExists);
        QVERIFY(refusalOf([&] { teams.add(QStringLiteral("A B"), QStringLiteral("x"), kLead); }) ==
                RefusalCode::TeamCodeInvalid);
        QVERIFY(refusalOf([&] { teams.add(QStringLiteral("E"), QStringLiteral("  "), kLead); }) ==
                RefusalCode::TeamNameMissing);
        QVERIFY(refusalOf([&] { teams.addMember(QStringLiteral("Z"), QStringLiteral("李强"), {}, kLead); }) ==
                RefusalCode::TeamUnknown);
        QVERIFY(refusalOf([&] {
                    teams.addMember(QStringLiteral("A"), QStringLiteral("nobody"), {}, kLead);
                }) == RefusalCode::TeamOperatorUnknown);
        QVERIFY(refusalOf([&] {
                    teams.addMember(QStringLiteral("A"), QStringLiteral("李强"), QStringLiteral("west"),
                                    kLead);
                }) == RefusalCode::GateUnknown);
        QVERIFY(refusalOf([&] { teams.addMember(QStringLiteral("B"), QStringLiteral("王芳"), {}, kLead); }) ==
                RefusalCode::TeamMemberElsewhere);
        QVERIFY(refusalOf([&] { teams.setLead(QStringLiteral("B"), QStringLiteral("王芳"), kLead); }) ==
                RefusalCode::TeamLeadNotMember);
        QVERIFY(refusalOf([&] { teams.removeMember(QStringLiteral("赵敏"), kLead); }) ==
                RefusalCode::TeamNotMember);
        QCOMPARE(teams.members(), before);
        QCOMPARE(teams.teams(), teamsBefore);
        QCOMPARE(AuditTrail(m_file->db(), m_clock).count(), audit);
    }

    void teamsSurviveAReopen()
    {
        {
            Teams teams(m_file->db(), m_clock);
            teams.add(QStringLiteral("A"), QStringLiteral("一班"), kLead);
            teams.addMember(QStringLiteral("A"), QStringLiteral("赵敏"), QStringLiteral("south"), kLead);
        }
        m_file->reopen();
        Teams teams(m_file->db(), m_clock);
        QCOMPARE(teams.membersOf(QStringLiteral("A")).first().operatorName, QStringLiteral("赵敏"));
        // Replicated rows: each has its sync uid.
        Statement q = m_file->db().prepare("SELECT count(*) FROM team_members WHERE sync_uid IS NOT NULL");
        q.step();
        QCOMPARE(q.int32(0), 1);
    }

private:
    FakeClock m_clock;
    std::unique_ptr<TempDb> m_file;
};

QTEST_GUILESS_MAIN(TestTeams)
#include "TestTeams.moc"
