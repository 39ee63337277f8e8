#include "gui/IncidentPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gatepost;

class TestIncidentPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void eachKindIsOneTapWithTheNote_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<core::IncidentKind>("kind");
        QTest::newRow("forced") << "forcedThroughButton" << core::IncidentKind::ForcedThrough;
        QTest::newRow("abuse") << "abuseButton" << core::IncidentKind::Abuse;
        QTest::newRow("other") << "otherButton" << core::IncidentKind::Other;
    }
    void eachKindIsOneTapWithTheNote()
    {
        QFETCH(QString, button);
        QFETCH(core::IncidentKind, kind);
        gui::IncidentPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy submitted(&panel, &gui::IncidentPanel::submitted);
        panel.findChild<QLineEdit*>(QStringLiteral("noteEdit"))
            ->setText(QStringLiteral("  蓝衣男子推开志愿者  "));
        auto* b = panel.findChild<QPushButton*>(button);
        QVERIFY(b);
        QVERIFY(b->height() >= 96); // the biggest targets on the panel
        QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(0).value<core::IncidentKind>(), kind);
        QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("蓝衣男子推开志愿者"));
    }

    void theNoteIsOptionalAndClearedByReset()
    {
        gui::IncidentPanel panel;
        QSignalSpy submitted(&panel, &gui::IncidentPanel::submitted);
        auto* note = panel.findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        note->setText(QStringLiteral("old"));
        panel.reset();
        QVERIFY(note->text().isEmpty());
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("forcedThroughButton")),
                          Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(submitted.at(0).at(1).toString().isEmpty());
    }

    void enterAsksWhatHappenedInsteadOfGuessing()
    {
        gui::IncidentPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy submitted(&panel, &gui::IncidentPanel::submitted);
        QSignalSpy cancelled(&panel, &gui::IncidentPanel::cancelled);
        auto* note = panel.findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        QTest::keyClicks(note, QStringLiteral("pushed the gate"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);
        auto* message = panel.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Tap what happened")));
        QTest::keyClick(note, Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 2);
    }

    void everyTargetIsGloveSized()
    {
        gui::IncidentPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (QPushButton* b : panel.findChildren<QPushButton*>())
            QVERIFY2(b->height() >= 64 && b->font().pointSize() >= 20, qPrintable(b->objectName()));
        QVERIFY(panel.findChild<QLineEdit*>(QStringLiteral("noteEdit"))->height() >= 64);
    }
};

QTEST_MAIN(TestIncidentPanel)
#include "TestIncidentPanel.moc"
