// The office's returnee tab, headless, on a station file: returnees registered at the gate,
// grouped by arrival; a group's temperatures typed in the grid; a check and a move; and the end
// of the quarantine: the pass and the health certificate saved as a PDF.

#include "FakeClock.h"
#include "Widgets.h"
#include "app/Station.h"
#include "core/GateDesk.h"
#include "core/Quarantine.h"
#include "core/Registry.h"
#include "gui/Language.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"
#include "gui/office/QuarantinePanel.h"
#include "gui/office/TemperatureGrid.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace gatepost;

namespace {

// 10:00 in Beijing on 2026-03-01.
const QDateTime kStart(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);

struct Office
{
    QTemporaryDir dir;
    test::FakeClock clock{kStart};
    std::unique_ptr<app::Station> station;
    std::unique_ptr<gui::OfficeServices> services;
    std::unique_ptr<gui::QuarantinePanel> panel;
    qint64 home = 0;

    Office()
    {
        station =
            app::Station::open(dir.filePath(QStringLiteral("office.db")), app::Station::Mode::CreateIfMissing,
                               app::Station::Access::ReadWrite, std::make_unique<test::ClockRef>(clock));
        station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
        home =
            station->registry().addHousehold(core::Household{0, QStringLiteral("清河四街 12排 3号"), 0, {}});
        services = std::make_unique<gui::OfficeServices>(gui::OfficeServices{
            station->db(), station->registry(), station->events(), station->auth(), station->clock(),
            core::Actor::operatorNamed(QStringLiteral("刘主任")), core::Role::Staff, station->db().path()});
    }
    ~Office()
    {
        panel.reset();
        services.reset();
        station.reset();
    }
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    // Registered at a gate, as a volunteer does it.
    qint64 arrive(const QString& name, const QString& phone, QDate arrival)
    {
        core::ReturneeArrival a;
        a.name = name;
        a.phone = phone;
        a.householdId = home;
        a.arrivalDate = arrival;
        a.origin = QStringLiteral("武汉");
        a.gate = QStringLiteral("north");
        a.operatorName = QStringLiteral("志愿者");
        return station->desk().registerReturnee(a).personId;
    }
    void open()
    {
        panel = std::make_unique<gui::QuarantinePanel>(*services);
        panel->resize(1366, 700);
        panel->show();
        // Focus moves between the grid's lines only in the active window.
        QApplication::setActiveWindow(panel.get());
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    }
    template<typename T> T* child(const char* name) const { return test::child<T>(panel.get(), name); }
    QTreeWidget* tree() const { return child<QTreeWidget>("returneeTree"); }
    QTreeWidgetItem* rowOf(const QString& name) const
    {
        const auto found = tree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }
    QString status() const { return child<QLabel>("statusLabel")->text(); }
    void click(const char* name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }
    qint64 count(const char* sql)
    {
        core::Statement q = station->db().prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }
};

enum Column { Name, Address, Phone, Origin, Kind, End, DaysLeft, Morning, Afternoon, Flags };

} // namespace

class TestQuarantinePanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { gui::Prompts::clearScript(); }

    void returneesAreGroupedByArrivalDate()
    {
        Office o;
        o.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        o.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"), QDate(2026, 2, 27));
        o.arrive(QStringLiteral("孙丽"), QStringLiteral("13900003333"), QDate(2026, 2, 25));
        o.open();
        QTreeWidget* tree = o.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2); // 2026-02-27, the newest first
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(Name).contains(QStringLiteral("2")));
        QTreeWidgetItem* zhao = o.rowOf(QStringLiteral("赵敏"));
        QVERIFY(zhao);
        QCOMPARE(zhao->text(Phone), QStringLiteral("139****1111"));
        QCOMPARE(zhao->text(Address), QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(zhao->text(Origin), QStringLiteral("武汉"));
        QCOMPARE(zhao->text(Kind), QStringLiteral("Home"));
        QCOMPARE(zhao->text(DaysLeft), QStringLiteral("12"));
        // Search as you type narrows the list.
        o.child<QLineEdit>("searchEdit")->setText(QStringLiteral("孙"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(o.rowOf(QStringLiteral("孙丽")));
        // The tab fits the office screen.
        QVERIFY(o.panel->minimumSizeHint().width() <= 1366);
        QVERIFY(o.panel->minimumSizeHint().height() <= 700);
    }

    void speaksChineseAndFitsTheOfficeScreen()
    {
        gui::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
        Office o;
        o.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        o.open();
        QVERIFY(o.panel->select(0, QDate(2026, 2, 27)));
        QCOMPARE(o.child<QPushButton>("releaseButton")->text(),
                 QStringLiteral("解除观察：发放出入证和健康证明"));
        QCOMPARE(o.rowOf(QStringLiteral("赵敏"))->text(Kind), QStringLiteral("居家"));
        QVERIFY(o.tree()->topLevelItem(0)->text(Name).contains(QStringLiteral("1 人")));
        // 1366x768 less the office window's title, tabs and status line.
        QVERIFY(o.panel->minimumSizeHint().width() <= 1366);
        QVERIFY(o.panel->minimumSizeHint().height() <= 660);
    }
    void cleanup()
    {
        // Back to the source language (English) for the next test.
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void temperaturesOfAGroupTypedInTheGrid()
    {
        Office o;
        const qint64 zhao =
            o.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const qint64 qian =
            o.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"), QDate(2026, 2, 27));
        o.open();
        QVERIFY(o.panel->select(0, QDate(2026, 2, 27)));
        auto* grid = o.child<gui::TemperatureGrid>("temperatureGrid");
        QCOMPARE(grid->lineCount(), 2);
        QCOMPARE(o.child<QComboBox>("slotCombo")->currentIndex(), 0); // 10:00: the morning report

        // Type, Enter to the next line, Enter on the last saves the group.
        QLineEdit* first = grid->edit(0);
        QLineEdit* second = grid->edit(1);
        first->setFocus();
        QTest::keyClicks(first, QStringLiteral("36.5"));
        QTest::keyClick(first, Qt::Key_Return);
        QVERIFY(second->hasFocus());
        QTest::keyClicks(second, QStringLiteral("37.6"));
        QTest::keyClick(second, Qt::Key_Return);
        QCOMPARE(o.count("SELECT count(*) FROM temperature_reports"), 2);
        QVERIFY2(o.status().contains(QStringLiteral("2")), qPrintable(o.status()));

        // Rows by pinyin: 钱 (qian) then 赵 (zhao).
        QCOMPARE(o.rowOf(QStringLiteral("钱伟"))->text(Morning), QStringLiteral("36.5"));
        QCOMPARE(o.rowOf(QStringLiteral("赵敏"))->text(Morning), QStringLiteral("37.6"));
        QVERIFY(o.rowOf(QStringLiteral("赵敏"))->text(Flags).contains(QStringLiteral("Fever")));
        QVERIFY(!o.rowOf(QStringLiteral("钱伟"))->text(Flags).contains(QStringLiteral("Fever")));
        core::QuarantineDesk desk(o.station->db(), o.station->registry(), o.clock);
        QCOMPARE(*desk.returnee(qian)->health.morning, 36.5);
        QCOMPARE(*desk.returnee(zhao)->health.morning, 37.6);

        // The grid shows what is stored; a typo refuses the whole group and saves nothing.
        QVERIFY(o.panel->select(0, QDate(2026, 2, 27)));
        grid = o.child<gui::TemperatureGrid>("temperatureGrid");
        QCOMPARE(grid->edit(1)->text(), QStringLiteral("37.6"));
        grid->edit(0)->setText(QStringLiteral("36.6"));
        grid->edit(1)->setText(QStringLiteral("3.71"));
        o.click("saveTemperaturesButton");
        QCOMPARE(o.status(),
                 gui::RefusalText::text(core::Refusal{core::RefusalCode::ValueOutOfRange,
                                                      core::RefusalField::Temperature,
                                                      {QStringLiteral("3.71"), QStringLiteral("30.0"),
                                                       QStringLiteral("45.0"), QString::number(zhao)}}));
        QVERIFY(grid->edit(1)->hasFocus());
        QCOMPARE(*desk.returnee(qian)->health.morning, 36.5);
        grid->edit(1)->setText(QStringLiteral("abc"));
        o.click("saveTemperaturesButton");
        QVERIFY(o.status().contains(QStringLiteral("赵敏")));
        QCOMPARE(o.count("SELECT count(*) FROM temperature_reports"), 2);
    }

    void aCheckAndAMove()
    {
        Office o;
        o.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const qint64 zhao = o.station->registry().searchPeople(QStringLiteral("赵敏")).first().person.id;
        o.open();
        QVERIFY(o.panel->select(zhao));
        auto* result = o.child<QComboBox>("checkResultCombo");
        result->setCurrentIndex(result->findData(static_cast<int>(core::CheckResult::Unwell)));
        o.child<QLineEdit>("checkNoteEdit")->setText(QStringLiteral("咳嗽"));
        o.click("recordCheckButton");
        QVERIFY(o.rowOf(QStringLiteral("赵敏"))->text(Flags).contains(QStringLiteral("Unwell")));
        QCOMPARE(o.count("SELECT count(*) FROM quarantine_checks WHERE result = 'unwell' AND note = '咳嗽'"),
                 1);

        // A move needs a reason.
        QCOMPARE(o.child<QPushButton>("moveButton")->text(), QStringLiteral("Move to central quarantine"));
        o.click("moveButton");
        QCOMPARE(o.status(),
                 gui::RefusalText::text(core::Refusal{core::RefusalCode::MoveReasonMissing, {}, {}}));
        QCOMPARE(o.rowOf(QStringLiteral("赵敏"))->text(Kind), QStringLiteral("Home"));
        o.child<QLineEdit>("moveReasonEdit")->setText(QStringLiteral("咳嗽，送定点酒店"));
        o.click("moveButton");
        QCOMPARE(o.rowOf(QStringLiteral("赵敏"))->text(Kind), QStringLiteral("Central"));
        QCOMPARE(o.child<QPushButton>("moveButton")->text(), QStringLiteral("Move home"));
        QCOMPARE(o.count("SELECT count(*) FROM audit_trail WHERE action = 'quarantine_move'"), 1);
    }

    void quarantineEndGivesThePassAndTheCertificate()
    {
        Office o;
        const qint64 zhao =
            o.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        o.open();
        QVERIFY(o.panel->select(zhao));
        auto* release = o.child<QPushButton>("releaseButton");
        QVERIFY(!release->isEnabled()); // twelve days to go
        QVERIFY(o.child<QLabel>("detailLabel")->text().contains(QStringLiteral("12")));

        o.clock.set(QDateTime(QDate(2026, 3, 13), QTime(1, 0), Qt::UTC)); // 09:00 on the first day out
        o.panel->refresh();
        QVERIFY(o.panel->select(zhao));
        QVERIFY(release->isEnabled());
        QVERIFY(o.rowOf(QStringLiteral("赵敏"))->text(Flags).contains(QStringLiteral("May be released")));

        // Cancelled at the file question: nothing is released.
        gui::Prompts::setNextFileName(QString());
        o.click("releaseButton");
        QCOMPARE(o.count("SELECT count(*) FROM health_certificates"), 0);

        const QString pdf = o.dir.filePath(QStringLiteral("健康证明-赵敏.pdf"));
        gui::Prompts::setNextFileName(pdf);
        o.click("releaseButton");
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        QCOMPARE(o.count("SELECT count(*) FROM health_certificates"), 1);
        QCOMPARE(o.count("SELECT count(*) FROM passes"), 1);
        QVERIFY2(o.status().contains(QStringLiteral("JK-20260313-0001")), qPrintable(o.status()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            info.waitForFinished(30000);
            QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                        .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        }
        // The pass is the person's, valid from today.
        const QList<core::Pass> passes = o.station->registry().passesOfHolder(core::HolderKind::Person, zhao);
        QCOMPARE(passes.size(), 1);
        QCOMPARE(passes[0].validFrom, QDate(2026, 3, 13));

        // Released people leave the list; shown again on request, the certificate can be saved again.
        QVERIFY(!o.rowOf(QStringLiteral("赵敏")));
        o.child<QCheckBox>("showReleasedCheck")->setChecked(true);
        QVERIFY(o.rowOf(QStringLiteral("赵敏"))->text(Flags).contains(QStringLiteral("JK-20260313-0001")));
        QVERIFY(o.panel->select(zhao));
        QVERIFY(release->isEnabled());
        const QString again = o.dir.filePath(QStringLiteral("again.pdf"));
        gui::Prompts::setNextFileName(again);
        o.click("releaseButton");
        QVERIFY(QFileInfo::exists(again));
        QCOMPARE(o.count("SELECT count(*) FROM health_certificates"), 1);
        QCOMPARE(o.count("SELECT count(*) FROM passes"), 1);
    }
};

QTEST_MAIN(TestQuarantinePanel)
#include "TestQuarantinePanel.moc"
