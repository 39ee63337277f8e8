#include "gui/ScannerInput.h"
#include "gui/VerdictPanel.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace gatepost;

// The scanner gun is a keyboard: these tests type with QTest on real widgets and move a fake
// millisecond clock between keys (fast = scanner, slow = a person).
class TestScannerInput : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1000;
    std::unique_ptr<gui::ScannerInput> m_scanner;
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_button = nullptr;

    void type(QWidget* target, const QString& text, int gapMs)
    {
        for (const QChar c : text) {
            QTest::keyClick(target, c.toLatin1());
            m_now += gapMs;
        }
    }
    void enter(QWidget* target) { QTest::keyClick(target, Qt::Key_Return); }

private slots:
    void init()
    {
        m_now = 1000;
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_edit = new QLineEdit(m_window.get());
        m_edit->setObjectName(QStringLiteral("searchEdit"));
        m_button = new QPushButton(QStringLiteral("Next"), m_window.get());
        layout->addWidget(m_edit);
        layout->addWidget(m_button);
        m_scanner = std::make_unique<gui::ScannerInput>();
        m_scanner->setTimeSource([this] { return m_now; });
        qApp->installEventFilter(m_scanner.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        qApp->removeEventFilter(m_scanner.get());
        m_scanner.reset();
        m_window.reset();
    }

    void fastBurstWithEnterIsOneCodeAnywhere()
    {
        m_button->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        QSignalSpy clicked(m_button, &QPushButton::clicked);
        const QString code = QStringLiteral("GP1:0001234:01:ABCDEFGHJKMNPQRS");
        type(m_button, code, 8);
        enter(m_button);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), code);
        QCOMPARE(clicked.count(), 0); // the scanner's Enter pressed nothing
    }

    void burstIntoAFocusedFieldLeavesTheFieldAsItWas()
    {
        m_edit->setFocus();
        QTest::keyClicks(m_edit, QStringLiteral("wang")); // a person typed this earlier, slowly
        m_now += 5000;
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        type(m_edit, QStringLiteral("GP1:0000042:01:ZZZZZZZZZZZZZZZZ"), 5);
        enter(m_edit);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("GP1:0000042:01:ZZZZZZZZZZZZZZZZ"));
        QCOMPARE(m_edit->text(), QStringLiteral("wang"));
    }

    void slowTypingInAFocusedFieldIsNotStolen()
    {
        m_edit->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        QSignalSpy returned(m_edit, &QLineEdit::returnPressed);
        type(m_edit, QStringLiteral("12 row 3"), 180);
        enter(m_edit);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_edit->text(), QStringLiteral("12 row 3"));
        QCOMPARE(returned.count(), 1); // the person's Enter still searches
    }

    void aFastPairFromAPersonIsReplayed()
    {
        // Key rollover: two keys within the threshold, then a pause and Enter.
        m_edit->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        type(m_edit, QStringLiteral("li"), 10);
        m_now += 300;
        type(m_edit, QStringLiteral("u"), 200);
        enter(m_edit);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_edit->text(), QStringLiteral("liu"));
    }

    void heldKeysComeBackWhenTheBurstJustStops()
    {
        m_edit->setFocus();
        type(m_edit, QStringLiteral("ab"), 5); // fast, then nothing: no Enter ever comes
        QTRY_COMPARE(m_edit->text(), QStringLiteral("ab"));
    }

    void tooShortABurstIsNotACode()
    {
        m_button->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        type(m_button, QStringLiteral("ab"), 5);
        enter(m_button);
        QCOMPARE(scanned.count(), 0);
    }

    void thresholdIsAParameter()
    {
        m_button->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        type(m_button, QStringLiteral("GP1:0000001"), 50); // too slow for the default
        enter(m_button);
        QCOMPARE(scanned.count(), 0);
        m_now += 1000;
        m_scanner->setMaxGapMs(60);
        type(m_button, QStringLiteral("GP1:0000001"), 50);
        enter(m_button);
        QCOMPARE(scanned.count(), 1);
    }

    void aScanWhileADialogIsOpenIsDropped()
    {
        // The shift lead's PIN dialog is up: a pass scanned now neither scans nor types the code
        // into the PIN field, and its Enter does not press the dialog's default button.
        QDialog dialog(m_window.get());
        dialog.setModal(true);
        auto* layout = new QVBoxLayout(&dialog);
        auto* pin = new QLineEdit(&dialog);
        auto* ok = new QPushButton(QStringLiteral("Sign on"), &dialog);
        ok->setDefault(true);
        connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
        layout->addWidget(pin);
        layout->addWidget(ok);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::activeModalWidget(), &dialog);
        pin->setFocus();
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        QSignalSpy dropped(m_scanner.get(), &gui::ScannerInput::codeDropped);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        type(pin, QStringLiteral("GP1:0000042:01:ZZZZZZZZZZZZZZZZ"), 5);
        enter(pin);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(pin->text(), QString());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        // A person typing the PIN is not disturbed, and their Enter signs on.
        m_now += 1000;
        type(pin, QStringLiteral("2468"), 200);
        enter(pin);
        QCOMPARE(pin->text(), QStringLiteral("2468"));
        QCOMPARE(accepted.count(), 1);
        // With the dialog gone, the same scan is a code again.
        m_now += 1000;
        m_edit->setFocus();
        type(m_edit, QStringLiteral("GP1:0000042:01:ZZZZZZZZZZZZZZZZ"), 5);
        enter(m_edit);
        QCOMPARE(scanned.count(), 1);
    }

    void keysTrailingAScanCannotDismissTheRedScreen()
    {
        // The station shows the verdict of the code the scanner just sent; the scanner then sends
        // a second Enter (CR LF), a Tab and a space within its own rhythm.
        gui::VerdictPanel panel;
        panel.setRapidModeMs(0);
        panel.resize(1024, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        panel.setFocus();
        connect(m_scanner.get(), &gui::ScannerInput::codeScanned, &panel, [&panel] {
            core::GateOutcome red;
            red.decision.verdict = core::Verdict::Deny;
            red.decision.reasons = {core::Reason::Revoked};
            red.logged = true;
            red.crossingUuid = QStringLiteral("crossing-1");
            red.actions.overrideDeny = true;
            panel.showOutcome(red);
        });
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        QSignalSpy finished(&panel, &gui::VerdictPanel::finished);
        QSignalSpy refused(&panel, &gui::VerdictPanel::refuseChosen);
        QSignalSpy overridden(&panel, &gui::VerdictPanel::overrideChosen);
        type(&panel, QStringLiteral("GP1:0000042:01:ZZZZZZZZZZZZZZZZ"), 5);
        enter(&panel);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(core::toString(panel.shownVerdict()), core::toString(core::Verdict::Deny));
        for (const Qt::Key k : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab, Qt::Key_Space, Qt::Key_Return}) {
            m_now += 5;
            QTest::keyClick(&panel, k);
        }
        QCOMPARE(finished.count(), 0);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(overridden.count(), 0);
        QCOMPARE(core::toString(panel.shownVerdict()), core::toString(core::Verdict::Deny));
        QVERIFY(panel.isVisible());
        // The volunteer's own Enter, a moment later, does confirm the screen.
        m_now += 800;
        QTest::keyClick(&panel, Qt::Key_Return);
        QCOMPARE(finished.count(), 1);
    }

    void disabledPassesEverything()
    {
        m_edit->setFocus();
        m_scanner->setEnabled(false);
        QSignalSpy scanned(m_scanner.get(), &gui::ScannerInput::codeScanned);
        type(m_edit, QStringLiteral("GP1:0000001"), 5);
        enter(m_edit);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_edit->text(), QStringLiteral("GP1:0000001"));
    }
};

QTEST_MAIN(TestScannerInput)
#include "TestScannerInput.moc"
