#include "FakeClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/Auth.h"
#include "gui/SignOnDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace gatepost;
using gatepost::test::child;
using namespace std::chrono_literals;

class TestSignOnDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_t;
    test::FakeClock m_clock;
    std::unique_ptr<core::Auth> m_auth;

    static void tap(QWidget& w, const char* name)
    {
        QTest::mouseClick(child<QPushButton>(w, name), Qt::LeftButton);
    }
    static void tapPin(QWidget& w, const QString& pin)
    {
        for (QChar c : pin)
            tap(w, qPrintable(QStringLiteral("pinKey") + c));
    }
    static QString message(QWidget& w)
    {
        auto* m = child<QLabel>(w, "messageLabel");
        return m->isVisible() ? m->text() : QString();
    }
    static QStringList names(QWidget& w)
    {
        QStringList out;
        auto* list = child<QListWidget>(w, "operatorList");
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden())
                out << list->item(i)->data(Qt::UserRole).toString();
        return out;
    }
    static void tapName(QWidget& w, const QString& name)
    {
        auto* list = child<QListWidget>(w, "operatorList");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == name)
                return QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                         list->visualItemRect(list->item(i)).center());
        qFatal("%s is not listed", qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_t = std::make_unique<test::TempDb>();
        m_auth = std::make_unique<core::Auth>(m_t->db(), m_clock);
        m_auth->addOperator(QStringLiteral("张志愿"), core::Role::Volunteer, QStringLiteral("1234"),
                            gatepost::core::Actor::system());
        m_auth->addOperator(QStringLiteral("李班长"), core::Role::ShiftLead, QStringLiteral("567890"),
                            gatepost::core::Actor::system());
        const qint64 gone = m_auth->addOperator(QStringLiteral("王离开"), core::Role::Volunteer,
                                                QStringLiteral("1111"), gatepost::core::Actor::system());
        m_auth->setActive(gone, false, gatepost::core::Actor::system());
    }

    void theRightPinSignsOn()
    {
        gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(names(dialog),
                 (QStringList{QStringLiteral("张志愿"), QStringLiteral("李班长")})); // not the inactive one
        tapName(dialog, QStringLiteral("张志愿"));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("张志愿"));
        tapPin(dialog, QStringLiteral("1234"));
        auto* pin = child<QLineEdit>(dialog, "pinEdit");
        QCOMPARE(pin->text(), QStringLiteral("1234"));
        QCOMPARE(pin->echoMode(), QLineEdit::Password); // never readable over a shoulder
        tap(dialog, "signOnButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.signedOn());
        QCOMPARE(dialog.signedOn()->name, QStringLiteral("张志愿"));
        QVERIFY(dialog.signedOn()->role == core::Role::Volunteer);
    }

    void aWrongPinStaysOpenAndClearsThePin()
    {
        gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tapName(dialog, QStringLiteral("张志愿"));
        tapPin(dialog, QStringLiteral("4321"));
        tap(dialog, "signOnButton");
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.signedOn());
        QVERIFY(child<QLineEdit>(dialog, "pinEdit")->text().isEmpty());
        QVERIFY2(message(dialog).contains(QStringLiteral("wrong")), qPrintable(message(dialog)));
        // The physical keyboard works too: typed name, typed PIN, Enter.
        auto* name = child<QLineEdit>(dialog, "nameEdit");
        name->setText(QStringLiteral("李班长"));
        QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("56x7890")); // the x is refused
        QCOMPARE(child<QLineEdit>(dialog, "pinEdit")->text(), QStringLiteral("567890"));
        QTest::keyClick(child<QLineEdit>(dialog, "pinEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedOn()->name, QStringLiteral("李班长"));
    }

    void aShiftLeadLockRefusesAVolunteer()
    {
        gui::SignOnDialog dialog(*m_auth, core::Role::ShiftLead);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(names(dialog), QStringList{QStringLiteral("李班长")});
        QVERIFY(child<QLabel>(dialog, "titleLabel")
                    ->text()
                    .contains(QStringLiteral("A shift lead must sign on")));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("张志愿"));
        tapPin(dialog, QStringLiteral("1234")); // right PIN, too low a role
        tap(dialog, "signOnButton");
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.signedOn());
        QVERIFY2(message(dialog).contains(QStringLiteral("is a volunteer: this needs a shift lead")),
                 qPrintable(message(dialog)));
        QVERIFY(child<QLineEdit>(dialog, "pinEdit")->text().isEmpty());
        tapName(dialog, QStringLiteral("李班长"));
        tapPin(dialog, QStringLiteral("567890"));
        tap(dialog, "signOnButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.signedOn()->role == core::Role::ShiftLead);
    }

    void wrongPinsLockTheAccountEvenAfterTheDialogIsClosed()
    {
        const auto wrongPin = [this](gui::SignOnDialog& dialog) {
            tapName(dialog, QStringLiteral("张志愿"));
            tapPin(dialog, QStringLiteral("0000"));
            tap(dialog, "signOnButton");
        };
        {
            gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
            dialog.open();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            wrongPin(dialog);
            QVERIFY2(message(dialog).contains(QStringLiteral("(1 of 5)")), qPrintable(message(dialog)));
            wrongPin(dialog);
            dialog.reject(); // closing the dialog does not reset the count
        }
        gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        wrongPin(dialog);
        QVERIFY2(message(dialog).contains(QStringLiteral("(3 of 5)")), qPrintable(message(dialog)));
        wrongPin(dialog);
        wrongPin(dialog);
        QCOMPARE(message(dialog),
                 QStringLiteral("Too many wrong PINs. Wait 30 seconds, or ask the shift lead."));
        // Even the right PIN waits, and says how long is left.
        m_clock.advanceSecs(20);
        tapName(dialog, QStringLiteral("张志愿"));
        tapPin(dialog, QStringLiteral("1234"));
        tap(dialog, "signOnButton");
        QVERIFY(!dialog.signedOn());
        QCOMPARE(message(dialog),
                 QStringLiteral("Too many wrong PINs. Wait 10 seconds, or ask the shift lead."));
        QVERIFY(child<QLineEdit>(dialog, "pinEdit")->text().isEmpty());
        // Another volunteer is not locked out.
        tapName(dialog, QStringLiteral("李班长"));
        tapPin(dialog, QStringLiteral("567890"));
        tap(dialog, "signOnButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedOn()->name, QStringLiteral("李班长"));

        m_clock.advanceSecs(11);
        gui::SignOnDialog later(*m_auth, core::Role::Volunteer);
        later.open();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        tapName(later, QStringLiteral("张志愿"));
        tapPin(later, QStringLiteral("1234"));
        tap(later, "signOnButton");
        QCOMPARE(later.result(), int(QDialog::Accepted));
    }

    void lockTimesReadAsWords()
    {
        QCOMPARE(gui::SignOnDialog::durationInWords(1), QStringLiteral("1 second"));
        QCOMPARE(gui::SignOnDialog::durationInWords(45), QStringLiteral("45 seconds"));
        QCOMPARE(gui::SignOnDialog::durationInWords(60), QStringLiteral("1 minute"));
        QCOMPARE(gui::SignOnDialog::durationInWords(61), QStringLiteral("2 minutes"));
        QCOMPARE(gui::SignOnDialog::durationInWords(3600), QStringLiteral("1 hour"));
    }

    void cancelAndEscapeReject()
    {
        gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        dialog.open();
        tap(dialog, "cancelButton");
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.signedOn());
    }

    void keysAreGloveSized()
    {
        gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            QVERIFY2(b->height() >= 64 && b->width() >= 64, qPrintable(b->objectName()));
        auto* list = child<QListWidget>(dialog, "operatorList");
        QVERIFY(list->visualItemRect(list->item(0)).height() >= 64);
    }

    void cleanupTestCase() { m_auth.reset(); }
};

QTEST_MAIN(TestSignOnDialog)
#include "TestSignOnDialog.moc"
