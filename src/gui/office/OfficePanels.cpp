#include "OfficePanels.h"

#include "ImportDialog.h"
#include "OfficeWindow.h"
#include "PrintActions.h"
#include "QuarantinePanel.h"
#include "RegistryPage.h"
#include "gui/lead/LeadWindow.h"

#include "core/Auth.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace office {

namespace {

class ImportPanel final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(gatepost::gui::office::ImportPanel)

public:
    ImportPanel(OfficeServices& services, OfficeWindow& window, QWidget* parent)
        : QWidget(parent)
        , m_services(services)
        , m_window(window)
    {
        auto* layout = new QVBoxLayout(this);
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::PlainText);
        m_open = new QPushButton(this);
        m_open->setObjectName(QStringLiteral("openImport"));
        m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        layout->addWidget(m_text);
        layout->addWidget(m_open, 0, Qt::AlignLeft);
        layout->addStretch();
        connect(m_open, &QPushButton::clicked, this, &ImportPanel::openDialog);
        retranslate();
    }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        m_text->setText(
            tr("Import the lists the office already keeps in Excel or WPS, saved as CSV (UTF-8 or "
               "GB18030): households, registered residents, migrant residents, vehicles. Gatepost "
               "checks every row first and shows what it would do; only then does it import the good "
               "rows, all at once. Importing the same file again adds nothing."));
        m_open->setText(tr("Import a list…"));
    }

    void openDialog()
    {
        ImportDialog dialog(m_services, this);
        dialog.exec();
        // Whatever was imported shows at once in the counts and the registry tabs.
        m_window.refreshCounts();
        for (const char* name : {"householdsPage", "peoplePage", "vehiclesPage", "passesPage"})
            if (RegistryPage* page = m_window.page(name))
                page->refresh();
    }

    OfficeServices& m_services;
    OfficeWindow& m_window;
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace

QWidget* makeImportPanel(OfficeServices& services, OfficeWindow& window, QWidget* parent)
{
    return new ImportPanel(services, window, parent);
}

void printPasses(OfficeServices& services, const QStringList& serials, QWidget* parent)
{
    QMessageBox ask(QMessageBox::Question, OfficeWindow::tr("Print passes"),
                    OfficeWindow::tr("%1 passes chosen. Preview them, print them, or save them as a PDF?")
                        .arg(serials.size()),
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("printChoice"));
    QPushButton* preview = ask.addButton(OfficeWindow::tr("Preview…"), QMessageBox::AcceptRole);
    QPushButton* print = ask.addButton(OfficeWindow::tr("Print…"), QMessageBox::AcceptRole);
    QPushButton* pdf = ask.addButton(OfficeWindow::tr("Save as PDF…"), QMessageBox::AcceptRole);
    preview->setObjectName(QStringLiteral("printPreview"));
    print->setObjectName(QStringLiteral("printToPrinter"));
    pdf->setObjectName(QStringLiteral("printToPdf"));
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(preview);
    ask.exec();
    if (ask.clickedButton() == preview)
        PrintActions::preview(services, serials, parent);
    else if (ask.clickedButton() == print)
        PrintActions::printToPrinter(services, serials, parent);
    else if (ask.clickedButton() == pdf)
        PrintActions::saveAsPdf(services, serials, parent);
}

} // namespace office

void addOfficePanels(OfficeWindow& window)
{
    window.addPanel(
        "importPanel", [] { return OfficeWindow::tr("Import"); },
        [&window](OfficeServices& services, QWidget* parent) {
            return office::makeImportPanel(services, window, parent);
        });
    window.addPanel(
        "returneesPanel", [] { return OfficeWindow::tr("Returnees"); },
        [](OfficeServices& services, QWidget* parent) -> QWidget* {
            return new QuarantinePanel(services, parent);
        });
    // The shift lead's tools for an administrator at the office (operators, rules).
    window.addPanel(
        "leadPanel", [] { return OfficeWindow::tr("Operators and rules"); },
        [](OfficeServices& services, QWidget* parent) -> QWidget* {
            if (services.role != core::Role::Admin)
                return nullptr;
            for (const core::Operator& op : services.auth.operators())
                if (op.name == services.actor.name)
                    return new LeadWindow(
                        LeadServices{services.db, services.registry, services.auth, services.clock, op},
                        parent);
            return nullptr;
        });
    window.setPrintHandler(office::printPasses);
}

} // namespace gatepost::gui
