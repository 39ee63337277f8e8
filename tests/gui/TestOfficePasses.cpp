// The Passes tab: issue, reissue (the old card is refused at a gate afterwards), report lost,
// suspend and resume, revoke, extend, batch issue; each names who did it and, where the core
// keeps one, why.

#include "OfficeFixture.h"
#include "core/Checkpoint.h"
#include "gui/Language.h"
#include "gui/office/PassesPage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QListWidget>

using namespace gatepost;
using gatepost::gui::office::OfficeDialog;

class TestOfficePasses : public QObject, protected test::OfficeFixture
{
    Q_OBJECT

    std::unique_ptr<gui::OfficeWindow> m_w;

    // What a gate decides for @p code right now (the rules on the same registry file).
    core::Decision atTheGate(const QString& code)
    {
        core::CheckInput in;
        in.codeText = code;
        in.gate = QStringLiteral("north");
        return m_station->checkpoint().evaluate(in);
    }

    // Issues a pass to 王小明 through the Issue dialog (holder found by typing), returns it.
    core::Pass issueToWang(gui::office::RegistryPage* passes)
    {
        press(child<QTableView>(passes, "table"), Qt::Key_N, Qt::ControlModifier);
        auto* d = dialog<OfficeDialog>(passes, "issueDialog");
        type(d, "holderEdit", QStringLiteral("王小明"));
        auto* list = child<QListWidget>(d, "holderList");
        if (list->count() != 1)
            qFatal("王小明 not found once");
        click(d, "okButton");
        if (d->isVisible())
            qFatal("issue refused");
        const auto mine = m_registry->passesOfHolder(core::HolderKind::Person, m_wang);
        return mine.last();
    }

    void changeWithReason(gui::office::RegistryPage* passes, const char* button, const QString& reason)
    {
        click(passes, button);
        auto* d = dialog<OfficeDialog>(passes, "reasonDialog");
        type(d, "reasonEdit", reason);
        click(d, "okButton");
        if (d->isVisible())
            qFatal("%s refused: %s", button, qPrintable(d->fieldMessage(core::RefusalField::None)));
    }

private slots:
    void initTestCase()
    {
        gui::installTranslations(QLocale(QStringLiteral("en")));
        setUp();
    }
    void cleanupTestCase()
    {
        m_w.reset();
        tearDown();
    }
    void init() { m_w = office(); }
    void cleanup() { m_w.reset(); }

    void issueThenReissueAndTheOldCodeIsRefusedAtAGate()
    {
        auto* passes = show(*m_w, "passesPage");
        const core::Pass first = issueToWang(passes);
        const QString oldCode = core::Registry::qrText(first);
        QCOMPARE(core::toString(atTheGate(oldCode).verdict), core::toString(core::Verdict::Allow));
        QVERIFY2(passes->message().contains(first.serial), qPrintable(passes->message()));
        QCOMPARE(passes->currentKey().toString(), first.serial);
        QCOMPARE(audit(QStringLiteral("pass_issue")).last().actor, QStringLiteral("王芳"));

        gui::Prompts::setNextAnswer(false); // the warning, answered "Cancel": nothing changes
        click(passes, "reissueButton");
        QCOMPARE(m_registry->pass(first.serial)->generation, first.generation);

        gui::Prompts::setNextAnswer(true);
        click(passes, "reissueButton");
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        const core::Pass second = *m_registry->pass(first.serial);
        QCOMPARE(second.generation, first.generation + 1);
        QVERIFY(passes->message().contains(QStringLiteral("old one is refused")));
        const core::Decision old = atTheGate(oldCode);
        QCOMPARE(core::toString(old.verdict), core::toString(core::Verdict::Deny));
        QVERIFY(old.reasons.contains(core::Reason::Superseded));
        QCOMPARE(core::toString(atTheGate(core::Registry::qrText(second)).verdict),
                 core::toString(core::Verdict::Allow));
        QCOMPARE(audit(QStringLiteral("pass_reissue")).last().actor, QStringLiteral("王芳"));
    }

    void suspendNeedsAReasonAndResumeLetsTheCardThroughAgain()
    {
        auto* passes = show(*m_w, "passesPage");
        const core::Pass pass = issueToWang(passes);
        const QString code = core::Registry::qrText(pass);

        click(passes, "suspendButton");
        auto* d = dialog<OfficeDialog>(passes, "reasonDialog");
        QVERIFY(!child<QLabel>(d, "warningLabel")->text().isEmpty());
        click(d, "okButton"); // no reason
        QVERIFY(d->isVisible());
        QVERIFY(!child<QLabel>(d, "reasonError")->text().isEmpty());
        QCOMPARE(core::toString(m_registry->pass(pass.serial)->status),
                 core::toString(core::PassStatus::Active));
        type(d, "reasonEdit", QStringLiteral("moved out for a month"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(core::toString(m_registry->pass(pass.serial)->status),
                 core::toString(core::PassStatus::Suspended));
        QVERIFY(atTheGate(code).reasons.contains(core::Reason::Suspended));
        const auto suspended = audit(QStringLiteral("pass_suspend"));
        QCOMPARE(suspended.last().actor, QStringLiteral("王芳"));
        QVERIFY(suspended.last().after.contains(QStringLiteral("moved out for a month")) ||
                suspended.last().before.contains(QStringLiteral("moved out for a month")));
        QVERIFY(column(passes, 6).contains(QStringLiteral("suspended")));

        changeWithReason(passes, "resumeButton", QStringLiteral("back home"));
        QCOMPARE(core::toString(m_registry->pass(pass.serial)->status),
                 core::toString(core::PassStatus::Active));
        QCOMPARE(core::toString(atTheGate(code).verdict), core::toString(core::Verdict::Allow));
    }

    void lostAndRevokedCardsAreRefused()
    {
        auto* passes = show(*m_w, "passesPage");
        const core::Pass pass = issueToWang(passes);
        changeWithReason(passes, "lostButton", QStringLiteral("lost at the market"));
        QCOMPARE(core::toString(m_registry->pass(pass.serial)->status),
                 core::toString(core::PassStatus::Lost));
        QVERIFY(atTheGate(core::Registry::qrText(pass)).reasons.contains(core::Reason::Lost));

        const core::Pass other = issueToWang(passes);
        changeWithReason(passes, "revokeButton", QStringLiteral("moved away"));
        QCOMPARE(core::toString(m_registry->pass(other.serial)->status),
                 core::toString(core::PassStatus::Revoked));
        QVERIFY(atTheGate(core::Registry::qrText(other)).reasons.contains(core::Reason::Revoked));
    }

    void extendMovesTheLastDay()
    {
        auto* passes = show(*m_w, "passesPage");
        const core::Pass pass = issueToWang(passes);
        press(child<QTableView>(passes, "table"), Qt::Key_F2);
        auto* d = dialog<OfficeDialog>(passes, "extendDialog");
        const QDate until = pass.validUntil.addDays(30);
        child<QDateEdit>(d, "validUntilEdit")->setDate(until);
        type(d, "reasonEdit", QStringLiteral("contract renewed"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(m_registry->pass(pass.serial)->validUntil, until);
        QCOMPARE(audit(QStringLiteral("pass_extend")).last().actor, QStringLiteral("王芳"));
        QVERIFY(passes->message().contains(until.toString(Qt::ISODate)));
    }

    void aBatchForAHouseholdSkipsWhoHoldsAValidPass()
    {
        auto* households = show(*m_w, "householdsPage");
        choose(households, m_courtyard);
        click(households, "batchIssueButton");
        auto* d = dialog<OfficeDialog>(households, "batchIssueDialog");
        QCOMPARE(child<QLineEdit>(d, "householdEdit")->text(), QStringLiteral("一号院 4号"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QVERIFY2(households->message().contains(QStringLiteral("Passes issued: 1. Skipped: 0")),
                 qPrintable(households->message()));
        QCOMPARE(m_registry->passesOfHolder(core::HolderKind::Person, m_li).size(), 1);

        click(households, "batchIssueButton"); // again: everyone holds one now
        d = dialog<OfficeDialog>(households, "batchIssueDialog");
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QVERIFY2(households->message().contains(QStringLiteral("Passes issued: 0. Skipped: 1")),
                 qPrintable(households->message()));
        QCOMPARE(m_registry->passesOfHolder(core::HolderKind::Person, m_li).size(), 1);
    }

    void printHandsTheChosenSerialsOn()
    {
        QStringList printed;
        QString printedBy;
        m_w->setPrintHandler([&](gui::OfficeServices& s, const QStringList& serials, QWidget*) {
            printed = serials;
            printedBy = s.actor.name;
        });
        m_w->signOn(staff()); // the handler reaches the tab made at the sign-on
        auto* passes = show(*m_w, "passesPage");
        const core::Pass pass = issueToWang(passes);
        press(child<QTableView>(passes, "table"), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printed, QStringList{pass.serial});
        QCOMPARE(printedBy, QStringLiteral("王芳"));
    }
};

QTEST_MAIN(TestOfficePasses)
#include "TestOfficePasses.moc"
