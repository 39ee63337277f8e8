#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CategoryNames.h"
#include "core/CrossingLog.h"
#include "core/Registry.h"

#include <QHeaderView>
#include <QLocale>

namespace gatepost::gui {

MainWindow::MainWindow(const core::Registry& registry, core::CrossingLog* log, const QString& databasePath,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_registry(registry)
    , m_log(log)
    , m_databasePath(databasePath)
{
    m_ui->setupUi(this);
    QFont big = m_ui->stationLabel->font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    m_ui->stationLabel->setFont(big);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->countsTable->verticalHeader()->hide();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const auto station = m_registry.station();
    m_ui->stationLabel->setText(station ? tr("Station %1 — %2").arg(station->name, gateName(station->gate))
                                        : tr("No station set up yet"));
    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_databasePath));

    const core::RegistryCounts c = m_registry.counts();
    QList<QPair<QString, qint64>> rows{{tr("Households"), c.households},
                                       {tr("People"), c.people},
                                       {tr("Vehicles"), c.vehicles},
                                       {tr("Passes"), c.passes}};
    for (auto it = c.passesByStatus.cbegin(); it != c.passesByStatus.cend(); ++it)
        rows.append({tr("Passes: %1").arg(statusName(it.key())), it.value()});
    for (auto it = c.passesByCategory.cbegin(); it != c.passesByCategory.cend(); ++it)
        rows.append({tr("Passes: %1").arg(categoryName(it.key())), it.value()});
    rows.append({tr("People in home quarantine"), c.activeQuarantines});
    if (m_log)
        rows.append({tr("Crossings logged"), m_log->count()});

    const QLocale locale;
    m_ui->countsTable->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_ui->countsTable->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto* n = new QTableWidgetItem(locale.toString(rows[i].second));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->countsTable->setItem(i, 1, n);
    }
}

} // namespace gatepost::gui
