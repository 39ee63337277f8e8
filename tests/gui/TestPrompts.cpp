#include "FakeClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "gui/Prompts.h"
#include "gui/SignOnDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatepost;
using test::child;

// The station's questions: scripted answers are used in order and leave nothing behind; an
// unscripted question shows the real dialog, where a stray Enter never says yes.
class TestPrompts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDb> m_db;
    test::FakeClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<core::Auth> m_auth;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDb>();
        m_auth = std::make_unique<core::Auth>(m_db->db(), m_clock);
        m_auth->addOperator(QStringLiteral("Zhao Min"), core::Role::ShiftLead, QStringLiteral("2468"),
                            core::Actor::system());
    }
    void cleanupTestCase()
    {
        m_auth.reset();
        m_db.reset();
    }
    void cleanup() { gui::Prompts::clearScript(); }

    void scriptedAnswersAreUsedInOrder()
    {
        core::Operator lead;
        lead.name = QStringLiteral("Zhao Min");
        lead.role = core::Role::ShiftLead;
        gui::Prompts::setNextOperator(std::nullopt);
        gui::Prompts::setNextOperator(lead);
        gui::Prompts::setNextAnswer(true);
        gui::Prompts::setNextAnswer(false);
        QCOMPARE(gui::Prompts::pendingAnswers(), 4);
        QVERIFY(!gui::Prompts::askOperator(*m_auth, core::Role::ShiftLead, nullptr));
        QCOMPARE(gui::Prompts::askOperator(*m_auth, core::Role::ShiftLead, nullptr)->name, lead.name);
        QVERIFY(gui::Prompts::askYesNo(nullptr, QStringLiteral("t"), QStringLiteral("q?"),
                                       QStringLiteral("Yes"), QStringLiteral("No")));
        QVERIFY(!gui::Prompts::askYesNo(nullptr, QStringLiteral("t"), QStringLiteral("q?"),
                                        QStringLiteral("Yes"), QStringLiteral("No")));
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
    }

    void scriptedFileNamesAreUsedInOrder()
    {
        gui::Prompts::setNextFileName(QStringLiteral("/media/stick/a.gpbundle"));
        gui::Prompts::setNextFileName({}); // cancelled
        gui::Prompts::setNextAnswer(true);
        QCOMPARE(gui::Prompts::pendingAnswers(), 3);
        QCOMPARE(gui::Prompts::askSaveFile(nullptr, QStringLiteral("t"), QStringLiteral("/tmp/x"), {}),
                 QStringLiteral("/media/stick/a.gpbundle"));
        QCOMPARE(gui::Prompts::askOpenFile(nullptr, QStringLiteral("t"), QStringLiteral("/tmp"), {}),
                 QString());
        QCOMPARE(gui::Prompts::pendingAnswers(), 1); // the yes/no answer waits for its question
        gui::Prompts::setNextFileName(QStringLiteral("/left/over"));
        gui::Prompts::clearScript();
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
    }

    void unscriptedTheRealFileDialogProposesTheName()
    {
        QTemporaryDir dir;
        const QString suggested = dir.filePath(QStringLiteral("gatepost-north-1.gpbundle"));
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept: as its Save button
        });
        QCOMPARE(gui::Prompts::askSaveFile(nullptr, QStringLiteral("Export"), suggested,
                                           QStringLiteral("Bundles (*.gpbundle)")),
                 suggested);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        QVERIFY(gui::Prompts::askOpenFile(nullptr, QStringLiteral("Import"), dir.path(), {}).isEmpty());
    }

    void unscriptedTheRealSignOnChecksThePin()
    {
        // Nothing scripted: the real dialog, with the lead's real PIN.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<gui::SignOnDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* list = child<QListWidget>(dialog, "operatorList");
            const auto lead = list->findItems(QStringLiteral("Zhao Min"), Qt::MatchStartsWith);
            QCOMPARE(lead.size(), 1);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(lead.first()).center());
            child<QLineEdit>(dialog, "pinEdit")->setText(QStringLiteral("2468"));
            QTest::mouseClick(child<QPushButton>(dialog, "signOnButton"), Qt::LeftButton);
        });
        const auto who = gui::Prompts::askOperator(*m_auth, core::Role::ShiftLead, nullptr);
        QVERIFY(who);
        QCOMPARE(who->name, QStringLiteral("Zhao Min"));
    }

    void unscriptedAStrayEnterSaysNo()
    {
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::keyClick(box, Qt::Key_Return);
        });
        QVERIFY(!gui::Prompts::askYesNo(nullptr, QStringLiteral("Sign off"), QStringLiteral("Sign off now?"),
                                        QStringLiteral("Sign off"), QStringLiteral("Stay")));
    }
};

QTEST_MAIN(TestPrompts)
#include "TestPrompts.moc"
