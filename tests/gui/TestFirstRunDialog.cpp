#include "FakeClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "gui/FirstRunDialog.h"
#include "gui/Language.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace gatepost;
using gatepost::test::child;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

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

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void createsTheFirstAdminWithThePinTypedTwice()
    {
        test::TempDb t;
        test::FakeClock clock;
        core::Auth auth(t.db(), clock);
        gui::FirstRunDialog dialog(auth);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("刘主任"));
        // The keypad types into the PIN field that has the focus.
        child<QLineEdit>(dialog, "pinEdit")->setFocus();
        tapPin(dialog, QStringLiteral("2580"));
        child<QLineEdit>(dialog, "pinAgainEdit")->setFocus();
        tapPin(dialog, QStringLiteral("2581"));
        QCOMPARE(child<QLineEdit>(dialog, "pinEdit")->text(), QStringLiteral("2580"));
        QCOMPARE(child<QLineEdit>(dialog, "pinAgainEdit")->echoMode(), QLineEdit::Password);
        tap(dialog, "createButton");
        QVERIFY(dialog.isVisible());
        QCOMPARE(message(dialog), QStringLiteral("The two PINs differ. Type the PIN twice again."));
        QVERIFY(child<QLineEdit>(dialog, "pinEdit")->text().isEmpty()); // never left on screen
        QVERIFY(!auth.hasOperators());

        child<QLineEdit>(dialog, "pinEdit")->setFocus();
        tapPin(dialog, QStringLiteral("2580"));
        child<QLineEdit>(dialog, "pinAgainEdit")->setFocus();
        tapPin(dialog, QStringLiteral("2580"));
        tap(dialog, "createButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.created());
        QCOMPARE(dialog.created()->name, QStringLiteral("刘主任"));
        QVERIFY(dialog.created()->role == core::Role::Admin);
        QVERIFY(auth.signOn(QStringLiteral("刘主任"), QStringLiteral("2580")));
        QCOMPARE(core::AuditTrail(t.db(), clock).query().value(0).action, QStringLiteral("operator_add"));
    }

    void refusesAnEmptyNameAShortPinAndASecondRun()
    {
        test::TempDb t;
        test::FakeClock clock;
        core::Auth auth(t.db(), clock);
        gui::FirstRunDialog dialog(auth);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tap(dialog, "createButton");
        QCOMPARE(message(dialog), QStringLiteral("Type the administrator's name."));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(dialog, "pinEdit")->setText(QStringLiteral("12"));
        child<QLineEdit>(dialog, "pinAgainEdit")->setText(QStringLiteral("12"));
        tap(dialog, "createButton");
        QCOMPARE(message(dialog), QStringLiteral("A PIN is 4 to 8 digits."));
        QVERIFY(!auth.hasOperators());

        // Someone else set the station up meanwhile: this dialog cannot add a second admin.
        auth.addOperator(QStringLiteral("other"), core::Role::Admin, QStringLiteral("9999"),
                         core::Actor::system());
        child<QLineEdit>(dialog, "pinEdit")->setText(QStringLiteral("1234"));
        child<QLineEdit>(dialog, "pinAgainEdit")->setText(QStringLiteral("1234"));
        tap(dialog, "createButton");
        QVERIFY(dialog.isVisible());
        QCOMPARE(message(dialog),
                 QStringLiteral("This station already has operators. Close this and sign on."));
        QCOMPARE(auth.operators().size(), 1);
        tap(dialog, "cancelButton");
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void isGloveSizedAndTranslated()
    {
        test::TempDb t;
        test::FakeClock clock;
        core::Auth auth(t.db(), clock);
        QCOMPARE(gui::installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        {
            gui::FirstRunDialog dialog(auth);
            dialog.resize(1024, 768);
            dialog.open();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (QPushButton* b : dialog.findChildren<QPushButton*>())
                QVERIFY2(b->height() >= 64 && b->width() >= 64, qPrintable(b->objectName()));
            for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
                QVERIFY2(e->height() >= 64, qPrintable(e->objectName()));
            for (const char* name :
                 {"titleLabel", "explanationLabel", "nameLabel", "pinLabel", "pinAgainLabel"}) {
                const QString text = child<QLabel>(dialog, name)->text();
                QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                         qPrintable(text));
            }
            QVERIFY(child<QPushButton>(dialog, "createButton")->text() !=
                    QStringLiteral("Create administrator"));
            tap(dialog, "createButton");
            QVERIFY2(!message(dialog).contains(QStringLiteral("name")), qPrintable(message(dialog)));
        }
        gui::installTranslations(QLocale(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
