// The office as the station app builds it (addOfficePanels): the Import and Returnees tabs
// beside the registry's, an import that shows at once in the registry tabs, and Print on the
// Passes tab ending in a PDF whose code reads back.

#include "OfficeFixture.h"
#include "gui/office/ImportDialog.h"
#include "gui/office/OfficePanels.h"
#include "gui/office/QuarantinePanel.h"

#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

using namespace gatepost;

namespace {

// Clicks @p button in the modal box or dialog named @p name as soon as it is open.
void clickWhenOpen(const char* name, const char* button)
{
    QTimer::singleShot(0, [name, button] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String(name))
            return clickWhenOpen(name, button);
        if (auto* b = modal->findChild<QPushButton*>(QLatin1String(button)))
            b->click();
    });
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestOfficePanels : public QObject, private test::OfficeFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void theOfficeHasImportAndReturneesTabs()
    {
        auto w = std::make_unique<gui::OfficeWindow>(app::officeServices(*m_station));
        gui::addOfficePanels(*w);
        w->show();
        QVERIFY(w->signOn(staff()));
        QVERIFY(w->tabs()->findChild<QWidget*>(QStringLiteral("importPanel")));
        QVERIFY(w->tabs()->findChild<gui::QuarantinePanel*>());
        QStringList titles;
        for (int i = 0; i < w->tabs()->count(); ++i)
            titles << w->tabs()->tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Import")) && titles.contains(QStringLiteral("Returnees")),
                 qPrintable(titles.join(QLatin1Char(','))));
        // Signing off drops them with the rest.
        w->signOff();
        QVERIFY(!w->tabs()->findChild<QWidget*>(QStringLiteral("importPanel")));
    }

    void aListImportedFromTheImportTabShowsInThePeopleTab()
    {
        auto w = std::make_unique<gui::OfficeWindow>(app::officeServices(*m_station));
        gui::addOfficePanels(*w);
        w->show();
        QVERIFY(w->signOn(staff()));
        auto* people = show(*w, "peoplePage");
        QVERIFY(!column(people, 0).contains(QStringLiteral("赵六")));

        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,身份证号,手机号,住址\r\n赵六,%1,13900001111,清河四街 12排 3号\r\n")
                    .arg(validId(QStringLiteral("11010819850505123")))
                    .toUtf8());
        f.close();

        auto* panel = w->tabs()->findChild<QWidget*>(QStringLiteral("importPanel"));
        w->tabs()->setCurrentWidget(panel);
        gui::Prompts::setNextFileName(csv);
        // The file chosen is checked at once; Import then writes it; closing returns to the tab.
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<gui::ImportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QPushButton*>(QStringLiteral("chooseButton"))->click();
            QTRY_VERIFY(dialog->report() != nullptr);
            auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
            if (import && import->isEnabled())
                import->click();
            QTRY_VERIFY(dialog->report() && dialog->report()->imported > 0);
            dialog->accept();
        });
        QPushButton* open = panel->findChild<QPushButton*>(QStringLiteral("openImport"));
        QVERIFY(open);
        open->click();
        const auto imported = m_registry->personByIdNumber(validId(QStringLiteral("11010819850505123")));
        QVERIFY(imported);
        QCOMPARE(imported->name, QStringLiteral("赵六"));
        QVERIFY2(column(people, 0).contains(QStringLiteral("赵六")),
                 qPrintable(column(people, 0).join(QLatin1Char(','))));
    }

    void printFromThePassesTabSavesAPdfThatReadsBack()
    {
        auto w = std::make_unique<gui::OfficeWindow>(app::officeServices(*m_station));
        gui::addOfficePanels(*w);
        w->resize(1366, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->signOn(staff()));
        const core::Pass pass = m_registry->issue({core::HolderKind::Person, m_wang, {}, {}, {}, {}},
                                                  core::Actor::system(QStringLiteral("test")));
        auto* passes = show(*w, "passesPage");
        choose(passes, pass.serial);
        const QString pdf = m_dir.filePath(QStringLiteral("passes.pdf"));
        gui::Prompts::setNextFileName(pdf);
        clickWhenOpen("printChoice", "printToPdf");
        press(child<QTableView>(passes, "table"), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(pdf));
        QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(pass.serial));
        const QString png = m_dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                                         QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, png});
        const QString read = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"),
                                                             png + QStringLiteral(".png")})
                                 .trimmed();
        QCOMPARE(read, core::Registry::qrText(pass));
    }
};

QTEST_MAIN(TestOfficePanels)
#include "TestOfficePanels.moc"
