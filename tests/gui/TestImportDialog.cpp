// The import dialog, headless, on a real station file: choose a file (scripted through
// gui::Prompts), read the dry run's report, import, and what a refused file or a changed
// setting does to the "Import" button. A mapping chosen once is there for the next file.

#include "FakeClock.h"
#include "Widgets.h"
#include "app/Station.h"
#include "core/AuditTrail.h"
#include "core/Database.h"
#include "core/Import.h"
#include "core/Registry.h"
#include "gui/Language.h"
#include "gui/Prompts.h"
#include "gui/office/ImportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gatepost;
using test::child;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(GATEPOST_TEST_DATA "/import/") + QString::fromUtf8(name);
}

struct Office
{
    QTemporaryDir dir;
    test::FakeClock clock;
    std::unique_ptr<app::Station> station;
    std::unique_ptr<gui::OfficeServices> services;

    Office()
    {
        station =
            app::Station::open(dir.filePath(QStringLiteral("office.db")), app::Station::Mode::CreateIfMissing,
                               app::Station::Access::ReadWrite, std::make_unique<test::ClockRef>(clock));
        station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
        services.reset(new gui::OfficeServices{
            station->db(), station->registry(), station->events(), station->auth(), station->clock(),
            core::Actor::operatorNamed(QStringLiteral("王芳")), core::Role::Staff, station->db().path()});
        core::Importer importer(station->registry(), station->clock());
        core::ImportOptions o;
        o.kind = core::ImportKind::Households;
        importer.run(dataFile("households-utf8.csv"), o, core::Actor::system());
    }
    qint64 people()
    {
        core::Statement q = station->db().prepare("SELECT COUNT(*) FROM people");
        q.step();
        return q.int64(0);
    }
};

// Only this language's translations, as gatepost --lang installs them.
void useLanguage(const QString& lang)
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(lang));
    gui::installTranslations(QLocale(lang));
}

void choose(gui::ImportDialog& dialog, const QString& path)
{
    gui::Prompts::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog, "chooseButton"), Qt::LeftButton);
    QCOMPARE(gui::Prompts::pendingAnswers(), 0);
}

void setKind(gui::ImportDialog& dialog, core::ImportKind kind)
{
    auto* box = child<QComboBox>(dialog, "kindBox");
    box->setCurrentIndex(box->findData(static_cast<int>(kind)));
}

QString cell(gui::ImportDialog& dialog, int row, int column)
{
    return child<QTableView>(dialog, "reportView")->model()->index(row, column).data().toString();
}

int rows(gui::ImportDialog& dialog)
{
    return child<QTableView>(dialog, "reportView")->model()->rowCount();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        gui::Prompts::clearScript();
        useLanguage(QStringLiteral("en"));
    }

    void checkShowsEveryRowThenImportWritesTheGoodOnes()
    {
        Office o;
        gui::ImportDialog dialog(*o.services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* importButton = child<QPushButton>(dialog, "importButton");
        QVERIFY(!importButton->isEnabled()); // nothing checked yet
        setKind(dialog, core::ImportKind::Migrants);
        choose(dialog, dataFile("migrants-broken-gb18030.csv"));

        // The check ran on choosing: every row, its result and what to do; nothing written.
        QCOMPARE(rows(dialog), 11);
        QCOMPARE(cell(dialog, 0, 1), QStringLiteral("Accepted"));
        QCOMPARE(cell(dialog, 1, 0), QStringLiteral("3"));
        QCOMPARE(cell(dialog, 1, 1), QStringLiteral("Wrong ID number"));
        QCOMPARE(cell(dialog, 1, 3), QStringLiteral("110***********1234"));
        QCOMPARE(cell(dialog, 4, 4), QStringLiteral("The same as line 2."));
        QCOMPARE(cell(dialog, 5, 1), QStringLiteral("Formula"));
        QCOMPARE(cell(dialog, 6, 1), QStringLiteral("Unknown household"));
        // Colours follow the outcome: an accepted row and a refused one differ.
        auto* model = child<QTableView>(dialog, "reportView")->model();
        QVERIFY(model->index(0, 1).data(Qt::BackgroundRole) != model->index(1, 1).data(Qt::BackgroundRole));
        QVERIFY2(child<QLabel>(dialog, "countsLabel")->text().startsWith(QStringLiteral("To import: 2")),
                 qPrintable(child<QLabel>(dialog, "countsLabel")->text()));
        QCOMPARE(o.people(), 0);
        QVERIFY(importButton->isEnabled());

        // Only the problems, when asked.
        child<QCheckBox>(dialog, "problemsOnlyBox")->setChecked(true);
        QCOMPARE(rows(dialog), 9);
        child<QCheckBox>(dialog, "problemsOnlyBox")->setChecked(false);

        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(o.people(), 2);
        QVERIFY2(
            child<QLabel>(dialog, "messageLabel")->text().startsWith(QStringLiteral("Imported rows: 2.")),
            qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        QVERIFY(!importButton->isEnabled()); // once per check

        // Checked again: every good row is registered now, so nothing more to import.
        QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
        QCOMPARE(cell(dialog, 0, 1), QStringLiteral("Already registered"));
        QVERIFY(!importButton->isEnabled());
        QCOMPARE(core::AuditTrail(o.station->db(), o.clock).query().last().actor, QStringLiteral("王芳"));
    }

    void aChangedSettingNeedsANewCheck()
    {
        Office o;
        gui::ImportDialog dialog(*o.services);
        setKind(dialog, core::ImportKind::Migrants);
        choose(dialog, dataFile("migrants-broken-gb18030.csv"));
        auto* importButton = child<QPushButton>(dialog, "importButton");
        QVERIFY(importButton->isEnabled());
        child<QCheckBox>(dialog, "createHouseholdsBox")->setChecked(true);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(
            child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("check the file again")));
        QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
        QVERIFY(importButton->isEnabled());
        QCOMPARE(cell(dialog, 6, 1), QStringLiteral("Accepted, new household"));
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(o.people(), 3);
        QVERIFY(o.station->registry().householdByAddress(QStringLiteral("清河四街 99排 9号")));
    }

    void aRefusedFileSaysWhyAndCannotBeImported()
    {
        Office o;
        gui::ImportDialog dialog(*o.services);
        choose(dialog, dataFile("unclosed-quote.csv"));
        const QString said = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("line 3")) && said.contains(QStringLiteral("never closes")),
                 qPrintable(said));
        QCOMPARE(rows(dialog), 0);
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());

        choose(dialog, dataFile("mixed-encoding.csv"));
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("line 4")));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QCOMPARE(o.people(), 0);
    }

    void closingWithoutImportingWritesNothing()
    {
        Office o;
        const qint64 auditRows = core::AuditTrail(o.station->db(), o.clock).count();
        {
            gui::ImportDialog dialog(*o.services);
            dialog.show();
            choose(dialog, dataFile("residents-utf8.csv"));
            QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
            QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        {
            // A cancelled file question changes nothing either.
            gui::ImportDialog dialog(*o.services);
            choose(dialog, QString());
            QVERIFY(dialog.fileName().isEmpty());
            QVERIFY(!child<QPushButton>(dialog, "checkButton")->isEnabled());
        }
        QCOMPARE(o.people(), 0);
        QCOMPARE(core::AuditTrail(o.station->db(), o.clock).count(), auditRows);
    }

    void unknownColumnsAreMappedOnceAndRemembered()
    {
        Office o;
        {
            gui::ImportDialog dialog(*o.services);
            choose(dialog, dataFile("unknown-headers-utf8.csv"));
            QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("\"Name\"")),
                     qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
            auto* table = child<QTableWidget>(dialog, "mappingTable");
            QCOMPARE(table->rowCount(), 4);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("人名"));
            const QList<core::ImportField> fields{core::ImportField::Name, core::ImportField::IdNumber,
                                                  core::ImportField::Address, core::ImportField::Phone};
            for (int i = 0; i < 4; ++i) {
                auto* box =
                    child<QComboBox>(dialog, QStringLiteral("mapping%1").arg(i).toLatin1().constData());
                QCOMPARE(box->currentText(), QStringLiteral("Not imported"));
                box->setCurrentIndex(box->findData(static_cast<int>(fields.at(i))));
            }
            QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
            QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
            QCOMPARE(rows(dialog), 2);
            QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
            QCOMPARE(o.people(), 2);
        }
        // Another time, the same headers: the columns are known.
        gui::ImportDialog dialog(*o.services);
        choose(dialog, dataFile("unknown-headers-utf8.csv"));
        QCOMPARE(child<QComboBox>(dialog, "mapping0")->currentText(), QStringLiteral("Name"));
        QCOMPARE(child<QComboBox>(dialog, "mapping3")->currentText(), QStringLiteral("Mobile number"));
        QCOMPARE(cell(dialog, 0, 1), QStringLiteral("Already registered"));
    }

    void speaksChinese()
    {
        useLanguage(QStringLiteral("zh_CN"));
        Office o;
        gui::ImportDialog dialog(*o.services);
        setKind(dialog, core::ImportKind::Migrants);
        choose(dialog, dataFile("migrants-broken-gb18030.csv"));
        QCOMPARE(cell(dialog, 1, 1), QStringLiteral("身份证号有误"));
        QCOMPARE(child<QPushButton>(dialog, "importButton")->text(), QStringLiteral("导入"));
        // An office screen fits 1366x768, in Chinese too.
        QVERIFY(dialog.minimumSizeHint().width() <= 1366 && dialog.minimumSizeHint().height() <= 768);
        QVERIFY(dialog.size().width() <= 1366 && dialog.size().height() <= 768);
        choose(dialog, dataFile("unclosed-quote.csv"));
        QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("第 3 行")),
                 qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
