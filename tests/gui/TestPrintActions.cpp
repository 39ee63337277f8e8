// The office's print actions, headless: save as PDF through the scripted file question (the PDF
// read back with zbar, the act in the audit trail), a cancelled question, a refused pass, a gate
// station, and no printer installed — each a message on screen and nothing written.

#include "../core/SyncFixture.h"
#include "../print/PdfReadBack.h"

#include "core/Auth.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"
#include "gui/office/PrintActions.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatepost;
using namespace gatepost::test;

class TestPrintActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Community> m_c;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<gui::OfficeServices> m_office;
    QTemporaryDir m_dir;
    QStringList m_codes;
    QString m_revoked;
    QWidget m_window;

    // The message the actions showed (closed after reading); empty when none is open.
    static QString takeMessage()
    {
        QString text;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (box && box->objectName() == QLatin1String(gui::PrintActions::kMessageName) &&
                box->isVisible()) {
                text = box->text();
                box->close();
            }
        }
        QCoreApplication::processEvents();
        return text;
    }

    QStringList serials() const
    {
        QStringList s;
        for (const QString& c : m_codes)
            s << serialOf(c);
        return s;
    }

    int printRows()
    {
        return static_cast<int>(m_c->office.count(
            "SELECT count(*) FROM audit_trail WHERE action = 'pass_print' AND actor = '王芳'"));
    }

private slots:
    void initTestCase()
    {
        if (!haveReadBackTools())
            QSKIP("poppler-utils and zbar-tools are needed to read the printed passes back");
        m_c = std::make_unique<Community>();
        for (int i = 0; i < 3; ++i)
            m_codes << m_c->issueResident(QStringLiteral("清河四街 3排 %1号").arg(i + 1),
                                          QStringLiteral("居民%1").arg(i + 1));
        const QString gone = m_c->issueResident(QStringLiteral("清河四街 4排 1号"), QStringLiteral("搬走"));
        m_revoked = serialOf(gone);
        m_c->office.reg->setStatus(m_revoked, PassStatus::Revoked, QStringLiteral("moved"), Actor::system());
        m_auth = std::make_unique<Auth>(m_c->office.t.db(), m_c->clock);
        m_office.reset(new gui::OfficeServices{
            m_c->office.t.db(), *m_c->office.reg, *m_c->office.events, *m_auth, m_c->clock,
            Actor::operatorNamed(QStringLiteral("王芳")), Role::Staff, m_c->office.t.path()});
        m_window.resize(800, 600);
        m_window.show();
        gui::Prompts::clearScript();
    }

    void saveAsPdfWritesCodesThatReadBackAndIsAudited()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("selection.pdf"));
        gui::Prompts::setNextFileName(pdf);
        QCOMPARE(gui::PrintActions::saveAsPdf(*m_office, serials(), &m_window),
                 gui::PrintActions::Outcome::Done);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        QCOMPARE(takeMessage(), QString());
        QCOMPARE(pageCount(pdf), 1);
        QVERIFY(!rasterise(pdf, 1, 200, m_dir.path()).isNull());
        QCOMPARE(zbarCodes(m_dir.filePath(QStringLiteral("page1-200.png"))),
                 QSet<QString>(m_codes.begin(), m_codes.end()));
        QCOMPARE(printRows(), 1);
    }

    void aNameWithoutPdfGetsTheExtension()
    {
        const QString base = m_dir.filePath(QStringLiteral("named"));
        gui::Prompts::setNextFileName(base);
        QCOMPARE(gui::PrintActions::saveAsPdf(*m_office, serials().mid(0, 1), &m_window),
                 gui::PrintActions::Outcome::Done);
        QVERIFY(QFile::exists(base + QStringLiteral(".pdf")));
    }

    void cancellingTheFileQuestionWritesNothing()
    {
        const int before = printRows();
        gui::Prompts::setNextFileName(QString());
        QCOMPARE(gui::PrintActions::saveAsPdf(*m_office, serials(), &m_window),
                 gui::PrintActions::Outcome::Cancelled);
        QCOMPARE(takeMessage(), QString());
        QCOMPARE(printRows(), before);
    }

    void aRevokedPassIsRefusedWithAMessage()
    {
        const int before = printRows();
        const QString pdf = m_dir.filePath(QStringLiteral("revoked.pdf"));
        gui::Prompts::setNextFileName(pdf);
        QCOMPARE(gui::PrintActions::saveAsPdf(*m_office, serials() << m_revoked, &m_window),
                 gui::PrintActions::Outcome::Refused);
        QCOMPARE(takeMessage(), gui::RefusalText::text({RefusalCode::PassNotPrintable,
                                                        RefusalField::Serial,
                                                        {m_revoked, QStringLiteral("revoked")}}));
        QCOMPARE(gui::Prompts::pendingAnswers(), 1); // refused before asking for a file
        gui::Prompts::clearScript();
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(printRows(), before);
    }

    void aFileThatCannotBeWrittenIsAMessage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder.pdf"));
        gui::Prompts::setNextFileName(pdf);
        QCOMPARE(gui::PrintActions::saveAsPdf(*m_office, serials(), &m_window),
                 gui::PrintActions::Outcome::Failed);
        QVERIFY(takeMessage().contains(QDir::toNativeSeparators(pdf)));
        QVERIFY(!QFile::exists(pdf));
    }

    void noPrinterInstalledIsSaid()
    {
        if (!QPrinterInfo::availablePrinters().isEmpty())
            QSKIP("this machine has a printer installed");
        const int before = printRows();
        QCOMPARE(gui::PrintActions::printToPrinter(*m_office, serials(), &m_window),
                 gui::PrintActions::Outcome::Failed);
        QVERIFY(takeMessage().contains(QStringLiteral("No printer is installed")));
        QCOMPARE(printRows(), before);
    }

    void thePrinterPathPaintsTheSamePages()
    {
        // A QPrinter (here printing to a file, as CUPS gets a PDF): same sheets, read back.
        const print::PrintJob job =
            print::PassDocument::collect(m_office->registry, serials(), gui::PrintActions::texts());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(pdf);
        const int before = printRows();
        QVERIFY(gui::PrintActions::printJob(*m_office, job, printer, &m_window));
        QCOMPARE(takeMessage(), QString());
        QCOMPARE(pageSize(pdf, 1), QStringLiteral("595 x 842"));
        QVERIFY(!rasterise(pdf, 1, 200, m_dir.path()).isNull());
        QCOMPARE(zbarCodes(m_dir.filePath(QStringLiteral("page1-200.png"))),
                 QSet<QString>(m_codes.begin(), m_codes.end()));
        QCOMPARE(printRows(), before + 1);
    }

    void aPrinterThatFailsIsAMessageAndNotRecorded()
    {
        const print::PrintJob job =
            print::PassDocument::collect(m_office->registry, serials(), gui::PrintActions::texts());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("gone/away.pdf")));
        const int before = printRows();
        QVERIFY(!gui::PrintActions::printJob(*m_office, job, printer, &m_window));
        QVERIFY(takeMessage().contains(QStringLiteral("did not take the passes")));
        QCOMPARE(printRows(), before);
    }

    void previewShowsTheSheetsAndPlacards()
    {
        // Two people and a car: one sheet and one placard in the preview; closing it prints nothing.
        Vehicle car;
        car.plate = QStringLiteral("京E76D65");
        const Pass carPass = m_c->office.reg->issue(
            IssueRequest{HolderKind::Vehicle, m_c->office.reg->addVehicle(car), {}, {}, {}, {}},
            Actor::system());
        int pages = -1;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* view = dialog->findChild<QPrintPreviewWidget*>();
            QVERIFY(view);
            pages = view->pageCount();
            dialog->reject();
        });
        const int before = printRows();
        QCOMPARE(gui::PrintActions::preview(*m_office, serials().mid(0, 2) << carPass.serial, &m_window),
                 gui::PrintActions::Outcome::Cancelled);
        QCOMPARE(pages, 2);
        QCOMPARE(printRows(), before);
    }

    void aGateStationCannotPrint()
    {
        m_c->north.pull(m_c->office);
        Auth gateAuth(m_c->north.t.db(), m_c->clock);
        gui::OfficeServices gate{m_c->north.t.db(),  *m_c->north.reg,
                                 *m_c->north.events, gateAuth,
                                 m_c->clock,         Actor::operatorNamed(QStringLiteral("王芳")),
                                 Role::Staff,        m_c->north.t.path()};
        gui::Prompts::setNextFileName(m_dir.filePath(QStringLiteral("gate.pdf")));
        QCOMPARE(gui::PrintActions::saveAsPdf(gate, serials(), &m_window),
                 gui::PrintActions::Outcome::Refused);
        QCOMPARE(takeMessage(),
                 gui::RefusalText::text({RefusalCode::NoPassSecrets, RefusalField::Serial, {}}));
        gui::Prompts::clearScript();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gate.pdf"))));
    }
};

QTEST_MAIN(TestPrintActions)
#include "TestPrintActions.moc"
